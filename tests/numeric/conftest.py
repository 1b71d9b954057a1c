"""Fixtures for the numeric kernel tests: working precision and tolerances derived from it.

Every high-precision tolerance is 10^(-dps + k) at the working precision of the test,
never a fixed number.
"""
import mpmath as mp
import pytest

from corrcheck import numeric as nm


@pytest.fixture(params=[30, 60], ids=lambda d: f"dps{d}")
def dps(request):
    """Run the test at 30 and at 60 digits."""
    with nm.precision(request.param):
        yield request.param


@pytest.fixture
def tol(dps):
    """10^(-dps + 8): the residual allowed for an exact identity at the working precision."""
    return mp.mpf(10) ** (8 - dps)
