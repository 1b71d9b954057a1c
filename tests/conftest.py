"""Registry-driven test generation: one case per (claim, sample, precision).

Case ids read ``<claim id>[<sample id>@dps<N>]``, e.g.
``alipour2016.eq26.heat_balance[hs-2x3-seed1@dps50]``, so ``pytest -k alipour2016``
selects a paper and ``-k heat_balance`` a claim.  The cases, their ids and their assertions
are those of the pytest plugin (``pytest --corrcheck mypaper.py``): one implementation.
"""
import pytest

from corrcheck.plugin import decided, group, sample_cases, verdict_cases
from corrcheck.registry import registry

__all__ = ["decided", "group"]


def pytest_generate_tests(metafunc):
    if "claim_sample" in metafunc.fixturenames:
        cases = sample_cases(registry())
        metafunc.parametrize("claim_sample", [pytest.param(case, marks=group(case[0]))
                                              for case, _ in cases], ids=[i for _, i in cases])
    if "claim" in metafunc.fixturenames:
        cases = verdict_cases(registry())
        metafunc.parametrize("claim", [pytest.param(c, marks=group(c)) for c, _ in cases],
                             ids=[i for _, i in cases])


@pytest.fixture(autouse=True)
def _user_papers_forgotten():
    """Papers a test loads from files are forgotten after it: the registry is process-wide, and
    the registry-driven tests of the same worker must see the shipped papers only."""
    from corrcheck import registry
    before = dict(registry._FILES)
    yield
    registry._FILES.clear()
    registry._FILES.update(before)
