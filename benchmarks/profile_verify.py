"""Where the time of ``corrcheck verify`` goes, claim by claim (one process, cold caches).

    python benchmarks/profile_verify.py [--paper P] [--top K] [--json FILE]

Splits each claim's check as :func:`corrcheck.verdict.check` runs it: the symbolic proof, the
evaluation of its samples at each precision, the counterexample search, and the rest (the
verdict, a counterexample's bindings, the algebra-alone test).  Also times the imports and the
loading of each paper.  Samples shared between claims are computed once, as in a serial run.
"""
import argparse
import json
import time
from collections import defaultdict

t0 = time.perf_counter()
import corrcheck.cli  # noqa: E402,F401  (what the command line imports)
import corrcheck.run  # noqa: E402,F401
IMPORTS = time.perf_counter() - t0


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--paper")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--json", help="write the per-claim split to this file")
    args = p.parse_args()
    from corrcheck import registry, verdict
    from corrcheck.proof import prove, proves
    dps = verdict.DEFAULT_DPS
    load = {}
    for key in [args.paper] if args.paper else registry.keys():
        t = time.perf_counter()
        registry.paper(key)
        load[key] = time.perf_counter() - t
    rows = []
    for c in registry.registry(args.paper):
        row = {"id": c.id, "prove": 0.0, "search": 0.0, "rest": 0.0, **{f"eval{p}": 0.0 for p in dps}}
        t = time.perf_counter()
        proof = prove(c) if c.kind != "definition" else None
        row["prove"] = time.perf_counter() - t
        if c.kind != "definition":
            for smp, s in verdict.samples_of(c):
                for p in dps:
                    t = time.perf_counter()
                    verdict.run_sample(c, smp, s, p)
                    row[f"eval{p}"] += time.perf_counter() - t
            if c.searched and not proves(c, proof):
                t = time.perf_counter()
                verdict.counterexample_search(c, dps)
                row["search"] = time.perf_counter() - t
        t = time.perf_counter()
        verdict.check(c, proof=proof)  # samples cached; the search (if any) runs again: subtracted
        row["rest"] = max(0.0, time.perf_counter() - t - row["search"])
        row["total"] = sum(v for k, v in row.items() if k != "id")
        rows.append(row)
    phases = ["prove"] + [f"eval{p}" for p in dps] + ["search", "rest"]
    total = sum(r["total"] for r in rows)
    print(f"imports (corrcheck.cli, corrcheck.run): {IMPORTS:6.2f} s")
    print("loading papers: " + ", ".join(f"{k} {v:.2f} s" for k, v in load.items())
          + f"; total {sum(load.values()):.2f} s")
    print(f"checking {len(rows)} claims: {total:.1f} s")
    for ph in phases:
        s = sum(r[ph] for r in rows)
        print(f"  {ph:<8} {s:7.1f} s  {100 * s / max(total, 1e-9):5.1f} %")
    by_paper = defaultdict(float)
    for r in rows:
        by_paper[r["id"].split(".")[0]] += r["total"]
    print("per paper: " + ", ".join(f"{k} {v:.1f} s" for k, v in by_paper.items()))
    print(f"slowest {args.top} claims (" + " / ".join(phases) + "):")
    for r in sorted(rows, key=lambda r: -r["total"])[:args.top]:
        print(f"  {r['total']:6.2f} s  {r['id']:<60} "
              + " / ".join(f"{r[ph]:.2f}" for ph in phases))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"imports": IMPORTS, "load": load, "claims": rows}, f, indent=1)


if __name__ == "__main__":
    main()
