"""Running many claims: serially or in worker processes, with identical results."""
import sys
from concurrent.futures import ProcessPoolExecutor

from .verdict import check as decide
from .registry import get


def _one(args):
    claim_id, kw = args
    claim = get(claim_id)
    return decide(claim, **kw)


def verify(claims, workers=1, progress=None, **kw):
    """Results for ``claims`` (in the same order), using ``workers`` processes.

    Each claim is decided independently and deterministically, so the results do
    not depend on ``workers``.  ``progress`` is a callable(done, total, claim_id) or None.
    """
    jobs = [(c.id, kw) for c in claims]
    out = []
    if workers <= 1:
        for i, job in enumerate(jobs):
            out.append(_one(job))
            if progress:
                progress(i + 1, len(jobs), job[0])
        return out
    # contiguous chunks: neighbouring claims share samplers, whose samples and memoised
    # values a worker then computes once
    chunk = max(1, len(jobs) // (4 * workers))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i, res in enumerate(pool.map(_one, jobs, chunksize=chunk)):
            out.append(res)
            if progress:
                progress(i + 1, len(jobs), res.id)
    return out


def bar(stream=sys.stderr):
    """A one-line progress bar on a terminal, nothing otherwise."""
    if not stream.isatty():
        return None

    def show(done, total, claim_id):
        width = 30
        filled = width * done // total
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {claim_id[:50]:<50}")
        if done == total:
            stream.write("\n")
        stream.flush()
    return show
