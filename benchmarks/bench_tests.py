"""Wall time of the default test run beside its target (issue 14, part 6).

    python benchmarks/bench_tests.py [--workers N] [--durations K]

Runs ``python -m pytest -n N`` (the command ``.ci/run`` runs after installing; default N = 2,
this project's machine) from the repository root and prints its wall and CPU time beside the
target (under 60 s on 2 cores), the number of tests, and the K slowest tests.  The load
average before and after is printed too: on a shared machine the wall time measures the
neighbours as well.
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 60.0  # seconds, default run on 2 cores


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--durations", type=int, default=10)
    args = p.parse_args()
    load = os.getloadavg()[0]
    t = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", str(args.workers),
                          f"--durations={args.durations}"], cwd=ROOT, capture_output=True,
                         text=True)
    wall = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = next((line for line in reversed(run.stdout.splitlines())
                    if re.search(r"\d+ (passed|failed)", line)), run.stderr.strip()[-300:])
    print(f"default pytest, {args.workers} workers: {wall:6.1f} s wall   (target < {TARGET:.0f} s)"
          f"   CPU {usage.ru_utime + usage.ru_stime:6.1f} s   load {load:.1f} -> "
          f"{os.getloadavg()[0]:.1f}")
    print(f"  {summary}")
    slowest = run.stdout.split("slowest", 1)[-1].splitlines()[1:args.durations + 1]
    for line in slowest:
        print(f"  {line.strip()}")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
