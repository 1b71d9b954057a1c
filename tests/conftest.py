"""Registry-driven test generation: one case per (claim, sample, precision).

Case ids read ``<claim id>[<sample id>@dps<N>]``, e.g.
``alipour2016.eq26.heat_balance[hs-2x3-seed1@dps50]``, so ``pytest -k alipour2016``
selects a paper and ``-k heat_balance`` a claim.
"""
from functools import lru_cache

import pytest

from corrcheck.registry import registry
from corrcheck.verdict import DEFAULT_DPS, check, samples_of


@lru_cache(maxsize=None)
def decided(claim):
    """The verdict of a claim at default settings (computed once per test process)."""
    return check(claim)


def _claims():
    return [c for c in registry() if c.kind != "definition"]


def pytest_generate_tests(metafunc):
    if "claim_sample" in metafunc.fixturenames:
        cases, ids = [], []
        for c in _claims():
            for sampler, seed in samples_of(c):
                for p in DEFAULT_DPS:
                    cases.append(pytest.param((c, sampler, seed, p), marks=group(c)))
                    ids.append(f"{c.id}[{sampler.sample_id(seed)}@dps{p}]")
        metafunc.parametrize("claim_sample", cases, ids=ids)
    if "claim" in metafunc.fixturenames:
        claims = _claims()
        metafunc.parametrize("claim", [pytest.param(c, marks=group(c)) for c in claims],
                             ids=[c.id for c in claims])


def group(claim):
    """All cases of one claim run in one xdist worker (``--dist loadgroup``), which then
    computes each sample once for the per-sample cases, the verdict and the mutants."""
    return pytest.mark.xdist_group(claim.id)
