"""The ``corrcheck`` command line (also ``python -m corrcheck``).

    corrcheck list [--paper P]
    corrcheck verify [--paper P] [--claim ID ...] [--dps N] [--samples K] [--seed S]
                     [--search X] [--workers N] [--json FILE|-]
    corrcheck show ID
    corrcheck report [--out reports/] [--workers N]

``verify`` exits 0 only if every verdict equals its expected verdict, 1 otherwise,
2 on bad usage.
"""
import argparse
import json
import os
import platform
import sys
from importlib import metadata
from pathlib import Path

import sympy

from .registry import get, keys, papers, registry
from .verdict import DEFAULT_DPS, DEFAULT_SAMPLES
from .report import SETTINGS, write, write_atomic
from .run import bar, verify

LAST = Path(".corrcheck") / "last.json"
WORKERS = min(4, os.cpu_count() or 1)


def _version(dist):
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def versions():
    return {"corrcheck": _version("corrcheck"), "python": platform.python_version(),
            **{d: _version(d) for d in ("sympy", "mpmath", "numpy", "scipy", "python-flint")}}


def _precisions(n):
    """``--dps N``: claims are checked at round(0.6 N) and N digits (default 30 and 50)."""
    if n is None:
        return DEFAULT_DPS
    if n < 20:
        raise SystemExit(2)
    return (round(0.6 * n), n)


def parser():
    p = argparse.ArgumentParser(prog="corrcheck", description="Check the equations of papers on "
                                "the thermodynamics of quantum correlations, symbolically and at "
                                "high precision.")
    p.add_argument("--version", action="version", version=f"corrcheck {_version('corrcheck')}")
    sub = p.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list", help="list claims: id, equation, title, expected verdict")
    ls.add_argument("--paper", metavar="KEY")
    v = sub.add_parser("verify", help="check claims; exit 0 only if every verdict is as expected")
    v.add_argument("--paper", metavar="KEY")
    v.add_argument("--claim", action="append", metavar="ID", help="claim id (repeatable)")
    v.add_argument("--dps", type=int, metavar="N",
                   help="highest working precision in digits; claims are checked at 0.6 N and N "
                        f"(default {DEFAULT_DPS[0]} and {DEFAULT_DPS[1]})")
    v.add_argument("--samples", type=int, default=DEFAULT_SAMPLES, metavar="K",
                   help=f"random draws per random sampler (default {DEFAULT_SAMPLES})")
    v.add_argument("--seed", type=int, default=0, metavar="S", help="first seed (default 0)")
    v.add_argument("--search", type=float, default=1.0, metavar="X",
                   help="scale of the counterexample-search budget (0 disables; default 1)")
    v.add_argument("--workers", type=int, default=WORKERS, metavar="N",
                   help=f"worker processes (default {WORKERS}; results do not depend on it)")
    v.add_argument("--json", metavar="FILE", help="write results as JSON to FILE ('-' for stdout)")
    s = sub.add_parser("show", help="a claim's declaration, statement and last result")
    s.add_argument("id")
    r = sub.add_parser("report", help="verify everything and write Markdown reports")
    r.add_argument("--out", default="reports", metavar="DIR")
    r.add_argument("--workers", type=int, default=WORKERS, metavar="N",
                   help=f"worker processes (default {WORKERS})")
    return p


def _select(args):
    try:
        if getattr(args, "claim", None):
            return [get(i) for i in args.claim]
        return registry(args.paper)
    except KeyError as exc:
        print(f"corrcheck: {exc.args[0]}", file=sys.stderr)
        raise SystemExit(2) from None


def payload(claims, results, dps, seed):
    """The JSON document of a run."""
    corrected = {c.corrects: c.id for c in claims if c.corrects}
    rows = []
    for c, r in zip(claims, results):
        rows.append({"id": c.id, "paper": c.paper, "equation": c.eq, "title": c.title,
                     "kind": c.kind, "role": c.role, "verdict": r.verdict, "expected": c.expected,
                     "method": r.method, "max_residual": r.max_residual, "min_margin": r.min_margin,
                     "values": r.values, "corrected": corrected.get(c.id), "corrects": c.corrects,
                     "counterexample": r.counterexample, "search": r.search, "proof": r.proof,
                     "notes": r.notes})
    return {"dps": list(dps), "seed": seed, "versions": versions(), "claims": rows}


def summary(claims, results, out=sys.stdout):
    width = max((len(c.id) for c in claims), default=10)
    for c, r in zip(claims, results):
        mark = " " if r.as_expected else "✗"
        res = max(r.max_residual.values(), default=None)
        print(f"{mark} {c.id:<{width}}  {r.verdict:<10} (expected {c.expected:<10}) "
              f"{'' if res is None else f'max residual {res:.1e}'}", file=out)
    bad = [c.id for c, r in zip(claims, results) if not r.as_expected]
    tally = {}
    for r in results:
        tally[r.verdict] = tally.get(r.verdict, 0) + 1
    print(f"\n{len(claims)} claims: " + ", ".join(f"{v} {k}" for k, v in sorted(tally.items()))
          + (f"; {len(bad)} not as expected: {', '.join(bad)}" if bad else "; all as expected"),
          file=out)
    return not bad


def cmd_list(args):
    for c in _select(args):
        print(f"{c.id}\t({c.eq})\t{c.title}\t{c.expected}")
    return 0


def cmd_verify(args):
    dps = _precisions(args.dps)
    claims = _select(args)
    results = verify(claims, workers=args.workers, progress=bar(), dps=dps, samples=args.samples,
                     seed=args.seed, search=args.search)
    doc = payload(claims, results, dps, args.seed)
    text = json.dumps(doc, indent=1, default=str)
    if args.json == "-":
        print(text)
    else:
        ok = summary(claims, results)
        if args.json:
            write_atomic(args.json, text)
        LAST.parent.mkdir(exist_ok=True)
        write_atomic(LAST, text)
        return 0 if ok else 1
    return 0 if all(r.as_expected for r in results) else 1


def cmd_show(args):
    try:
        c = get(args.id)
    except KeyError as exc:
        print(f"corrcheck: {exc.args[0]}", file=sys.stderr)
        return 2
    print(f"{c.id}  (eq. {c.eq}, {c.paper})\n{c.title}\nkind {c.kind}, role {c.role}, "
          f"expected {c.expected}" + (f": {c.reason}" if c.reason else ""))
    print(f"statement: {c.statement}")
    for name, side in (("lhs", c.lhs), ("rhs", c.rhs)):
        if side is not None:
            print(f"{name}: {side.__name__ + ' (hand-written)' if callable(side) and not isinstance(side, sympy.Basic) else sympy.sstr(side)}")
    for a in c.assumptions:
        print(f"assumption: {a}")
    for p in c.preconditions:
        print(f"precondition: {p.text}")
    for s in c.samplers:
        print(f"sampler {s.name}: " + "; ".join(s.describe()))
    last = None
    for source in (LAST, Path("reports") / "results.json"):
        if source.exists():
            rows = {r["id"]: r for r in json.loads(source.read_text())["claims"]}
            if c.id in rows:
                last = (source, rows[c.id])
                break
    if last is None:
        from .verdict import check
        r = check(c)
        print(f"result (computed now): {r.verdict}, method {r.method}, max residual {r.max_residual}")
        for n in r.notes:
            print(f"note: {n}")
    else:
        row = last[1]
        print(f"last result ({last[0]}): {row['verdict']}, method {row['method']}, "
              f"max residual {row['max_residual']}")
        if row.get("counterexample"):
            print(f"counterexample: {row['counterexample']}")
        for n in row.get("notes") or []:
            print(f"note: {n}")
    return 0


def cmd_report(args):
    claims = registry()
    results = verify(claims, workers=args.workers, progress=bar(), dps=DEFAULT_DPS,
                     samples=DEFAULT_SAMPLES, seed=0, search=1.0)
    by_paper = {p.key: [r for c, r in zip(claims, results) if c.paper == p.key] for p in papers()}
    write(papers(), by_paper, args.out, SETTINGS)
    doc = payload(claims, results, DEFAULT_DPS, 0)
    doc.pop("versions")
    write_atomic(Path(args.out) / "results.json", json.dumps(doc, indent=1, default=str) + "\n")
    ok = summary(claims, results)
    return 0 if ok else 1


def main(argv=None):
    args = parser().parse_args(argv)
    return {"list": cmd_list, "verify": cmd_verify, "show": cmd_show, "report": cmd_report}[args.cmd](args)
