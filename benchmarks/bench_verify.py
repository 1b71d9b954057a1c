"""Wall time of the main job and of one claim, and the time per claim.

    python benchmarks/bench_verify.py [--workers N] [--paper P] [--top K] [--no-profile]

Prints, each beside its target:

* ``corrcheck verify`` with a cold result store (target: under 10 s on 2 cores, issue 14);
* ``corrcheck report`` right after it, reusing the stored results (the README's main job
  verifies once; target: a few seconds, the cost of loading, fingerprinting and writing);
* ``corrcheck verify --claim ID`` for a typical claim, as a fresh process (target: under 1 s),
  of a shipped paper (its whole paper is loaded) and of a user's small paper file;
* per-paper totals (single-process timing of each claim) and the slowest claims.

``benchmarks/profile_verify.py`` splits each claim's time further (proof, each precision,
counterexample search); ``benchmarks/PROFILE.md`` summarises a run.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPICAL = "alipour2016.eq26.heat_balance"
USER_FILE = ROOT / "tests" / "data" / "mypaper.py"  # a physicist's own few claims
USER_CLAIM = "mypaper.eq2.local_energy"


def corrcheck(*args, env):
    t = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "corrcheck", *args], env=env, cwd=ROOT,
                         capture_output=True, text=True)
    return time.perf_counter() - t, run


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    p.add_argument("--paper")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--no-profile", action="store_true", help="skip the per-claim timing")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CORRCHECK_CACHE": tmp}
        select = ["--paper", args.paper] if args.paper else []
        wall, run = corrcheck("verify", *select, "--workers", str(args.workers), "--quiet", env=env)
        print(f"verify, cold store, {args.workers} worker(s): {wall:6.1f} s   (target < 10 s)  "
              f"{run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr}")
        if not args.paper:
            wall, run = corrcheck("report", "--out", str(Path(tmp) / "reports"), "--quiet",
                                  env=env)
            print(f"report after verify (stored results): {wall:6.1f} s   (target: a few s)")
        wall, run = corrcheck("verify", "--claim", TYPICAL, "--no-cache", "--quiet", env=env)
        print(f"verify --claim {TYPICAL} (fresh process): {wall:5.2f} s   (target < 1 s)")
        wall, run = corrcheck("verify", str(USER_FILE), "--claim", USER_CLAIM, "--no-cache",
                              "--quiet", env=env)
        print(f"verify {USER_FILE.name} --claim {USER_CLAIM} (a user's file, fresh process): "
              f"{wall:5.2f} s   (target < 1 s)")
    if args.no_profile:
        return
    sys.path.insert(0, str(ROOT))
    from corrcheck.registry import registry
    from corrcheck.verdict import check, clear_caches
    claims = registry(args.paper)
    clear_caches()
    per = []
    for c in claims:
        t = time.perf_counter()
        check(c)
        per.append((time.perf_counter() - t, c.id))
    by_paper = {}
    for dt, cid in per:
        by_paper[cid.split(".")[0]] = by_paper.get(cid.split(".")[0], 0) + dt
    total = sum(dt for dt, _ in per)
    print(f"verify in one process (claims only, no start-up): {total:6.1f} s   "
          f"(2 workers at best halve it; target for 2 workers < 10 s)")
    print("single-process time per paper (samples shared between claims as in a serial run):")
    for k, v in by_paper.items():
        n = sum(1 for _, cid in per if cid.startswith(k + "."))
        print(f"  {k:<16} {v:7.2f} s  {n:4d} claims  {1000 * v / max(n, 1):7.1f} ms/claim")
    print(f"slowest {args.top} claims:")
    for dt, cid in sorted(per, reverse=True)[:args.top]:
        print(f"  {dt * 1000:8.1f} ms  {cid}")


if __name__ == "__main__":
    main()
