"""Wall time of a full ``corrcheck verify`` at default settings, and the time per claim.

    python benchmarks/bench_verify.py [--workers N] [--paper P] [--top K]

Target: the whole registry verifies in under 30 s on 2 cores (``--workers 2``).
Prints the total wall time, per-paper totals (single-process timing of each claim) and the
slowest claims.
"""
import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corrcheck.registry import registry  # noqa: E402
from corrcheck.run import verify  # noqa: E402
from corrcheck.verdict import check, clear_caches  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    p.add_argument("--paper")
    p.add_argument("--top", type=int, default=10)
    args = p.parse_args()
    claims = registry(args.paper)

    t0 = time.perf_counter()
    results = verify(claims, workers=args.workers)
    wall = time.perf_counter() - t0
    bad = sum(not r.as_expected for r in results)
    print(f"verify: {len(claims)} claims, {args.workers} worker(s): {wall:.1f} s wall "
          f"({bad} not as expected)")

    clear_caches()
    per = []
    for c in claims:
        t = time.perf_counter()
        check(c)
        per.append((time.perf_counter() - t, c.id))
    by_paper = {}
    for dt, cid in per:
        by_paper[cid.split(".")[0]] = by_paper.get(cid.split(".")[0], 0) + dt
    print("single-process time per paper (samples shared between claims as in a serial run):")
    for k, v in by_paper.items():
        n = sum(1 for _, cid in per if cid.startswith(k + "."))
        print(f"  {k:<16} {v:7.2f} s  {n:4d} claims  {1000 * v / max(n, 1):7.1f} ms/claim")
    print(f"slowest {args.top} claims:")
    for dt, cid in sorted(per, reverse=True)[:args.top]:
        print(f"  {dt * 1000:8.1f} ms  {cid}")


if __name__ == "__main__":
    main()
