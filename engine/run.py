"""Running claims: serially, in local worker processes or on any ``concurrent.futures``
executor (a Dask cluster's), with identical results; stored results are reused.

Each claim is decided independently and deterministically, so a result depends only on the
claim and the settings, never on where or in which order it ran.  A worker receives a claim's
id and, for a paper loaded from a file, that file's path (which it loads itself: on a cluster
the file must be readable at the same path on every worker).
"""
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass

from . import registry, store as stores
from .verdict import DEFAULT_DPS, DEFAULT_SAMPLES


def settings(dps=DEFAULT_DPS, samples=DEFAULT_SAMPLES, seed=0, search=1.0):
    """The settings a result depends on, as keyword arguments of :func:`verdict.check`."""
    return {"dps": tuple(dps), "samples": samples, "seed": seed, "search": search}


def _job(claim, kw, remote):
    """What a worker gets: the claim itself in this process; its id and its paper's file (None
    for shipped and installed papers) in another."""
    if not remote:
        return claim, None, kw
    try:
        source = registry.paper(claim.paper).source
    except KeyError:
        raise ValueError(f"{claim.id}: its paper {claim.paper!r} is not registered (load it with "
                         "corrcheck.load_file), so worker processes cannot find it") from None
    return claim.id, source, kw


def _one(job):
    """Decide one claim: (result, the proof it used as a dict or None)."""
    claim, source, kw = job
    if source is not None:
        registry.load_file(source)
    if isinstance(claim, str):
        claim = registry.get(claim)
    kw = dict(kw)
    stored = kw.pop("proof", None)
    from .symbolic.outcome import Proof
    from .verdict import check as decide
    res = decide(claim, proof=Proof.from_dict(stored) if stored else None, **kw)
    return res, res.proof


def verify(claims, workers=1, progress=None, store=None, executor=None, **kw):
    """Results for ``claims`` (in the same order).

    ``kw`` are the settings of :func:`settings`; ``workers`` local processes, or the
    ``concurrent.futures`` ``executor`` given (e.g. ``dask.distributed.Client.get_executor()``);
    ``store`` a :class:`~corrcheck.store.Store` whose results are reused and extended;
    ``progress`` a callable(n) told each time n more claims are done.  Results come back as
    their JSON round trip (what a store returns), so a report does not depend on where they
    came from.
    """
    from .verdict import Result
    kw = settings(**kw)
    results, keys, proofs = [None] * len(claims), {}, {}
    if store is not None:
        fp = stores.Fingerprinter()
        for i, c in enumerate(claims):
            keys[i] = stores.result_key(c, kw, fp)
            results[i] = store.result(keys[i])
            if results[i] is None:
                proofs[i] = stores.proof_key(c, fp)
        if progress:
            progress(sum(r is not None for r in results))
    todo = [i for i, r in enumerate(results) if r is None]
    remote = executor is not None or workers > 1 and len(todo) > 1
    jobs = []
    for i in todo:
        job_kw = dict(kw)
        if i in proofs:
            job_kw["proof"] = store.proof(proofs[i])
        jobs.append(_job(claims[i], job_kw, remote))
    for i, (res, proof) in zip(todo, _map(jobs, workers, executor)):
        results[i] = Result(**stores.plain(res))
        if store is not None:
            store.put_result(keys[i], results[i])
            if proof is not None:
                store.put_proof(proofs[i], proof)
        if progress:
            progress(1)
    return results


def _map(jobs, workers, executor):
    if executor is not None:
        return executor.map(_one, jobs)
    if workers <= 1 or len(jobs) <= 1:
        return map(_one, jobs)  # jobs hold the claims themselves
    # contiguous chunks: neighbouring claims share samplers, whose samples and memoised values
    # a worker then computes once
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)))
    return _closing(pool, pool.map(_one, jobs, chunksize=max(1, len(jobs) // (4 * workers))))


def _closing(pool, it):
    with pool:
        yield from it


@contextmanager
def bar(total, stream=None):
    """A progress bar with an ETA (tqdm) while ``stream`` (stderr) is a terminal: yields the
    ``progress`` callable of :func:`verify`, or None (nothing is shown) otherwise."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield None
        return
    from tqdm import tqdm
    with tqdm(total=total, file=stream, unit="claim", dynamic_ncols=True, leave=False) as t:
        yield t.update


# ------------------------------------------------------------------ one claim, interactively

@dataclass
class Checked:
    """The decision on one claim; renders itself in Jupyter (``_repr_markdown_``)."""
    claim: object
    result: object

    @property
    def verdict(self):
        return self.result.verdict

    def _repr_markdown_(self):
        from .report import claim_markdown
        return claim_markdown(self.claim, self.result)

    def __repr__(self):
        r = self.result
        res = ", ".join(f"@{p}: {v:.1e}" for p, v in r.max_residual.items())
        return (f"<{self.claim.id}: {r.verdict} (expected {self.claim.expected})"
                + (f", max residual {res}" if res else "") + ">")

    def to_json(self):
        return asdict(self.result)


def check(claim, *, dps=DEFAULT_DPS, samples=DEFAULT_SAMPLES, seed=0, search=1.0, cache=True):
    """Decide one claim (a :class:`~corrcheck.claim.Claim` or its id) and return a
    :class:`Checked`, which Jupyter shows as its verdict, residuals per precision and
    counterexample.  ``cache``: reuse and extend the result store (:mod:`corrcheck.store`).

    >>> from corrcheck import check
    >>> check("alipour2016.eq26.heat_balance", search=0, cache=False).verdict
    'HOLDS'
    """
    if isinstance(claim, str):
        claim = registry.get(claim)
    store = stores.Store() if cache else None
    [result] = verify([claim], store=store, dps=dps, samples=samples, seed=seed, search=search)
    return Checked(claim, result)
