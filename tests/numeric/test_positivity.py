"""numeric.positivity.psd_interval: closed forms and the defining property at the endpoints."""
import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm
from corrcheck.numeric.positivity import psd_interval


def test_diagonal_closed_form(dps, tol):
    """diag(p) + c diag(s): the interval is [max_{s_k > 0} -p_k/s_k, min_{s_k < 0} p_k/|s_k|]."""
    p = [mp.mpf(1) / 10, mp.mpf(2) / 10, mp.mpf(3) / 10, mp.mpf(4) / 10]
    rho = nm.to_matrix(np.diag(np.array(p, dtype=object)))
    x = nm.to_matrix(np.diag(np.array([mp.mpf(v) for v in (1, -1, -2, 1)], dtype=object)))
    lo, hi = psd_interval(rho, x)
    assert abs(lo - (-p[0])) < tol and abs(hi - p[2] / 2) < tol


@pytest.mark.parametrize("dims", [(2, 2), (2, 3)])
def test_endpoints_are_where_positivity_is_lost(dims, dps, tol):
    rho = nm.random_density(dims, seed=3)
    x = nm.random_hermitian(int(np.prod(dims)), 4)
    lo, hi = psd_interval(rho, x)
    assert lo < 0 < hi
    for c in (lo, hi):
        assert abs(nm.eigvalsh(rho + c * x)[0]) < tol
    for c in (lo * (1 - mp.mpf(10) ** -6), hi * (1 - mp.mpf(10) ** -6)):
        assert nm.eigvalsh(rho + c * x)[0] > 0
    for c in (lo * (1 + mp.mpf(10) ** -6), hi * (1 + mp.mpf(10) ** -6)):
        assert nm.eigvalsh(rho + c * x)[0] < 0


def test_unbounded_side_and_float64():
    rho = np.diag([0.5, 0.5]).astype(complex)
    lo, hi = psd_interval(rho, np.diag([1.0, 1.0]).astype(complex))
    assert abs(lo + 0.5) < 1e-14 and hi == np.inf
    with nm.precision(30):
        lo, hi = psd_interval(nm.maximally_mixed((2,)), nm.to_matrix(nm.to_array([[-1, 0], [0, 0]])))
    assert lo == -mp.inf and abs(hi - mp.mpf(1) / 2) < mp.mpf(10) ** -25


def test_singular_rho_is_refused():
    with nm.precision(30):
        with pytest.raises(nm.SingularMatrix, match="positive definite"):
            psd_interval(nm.to_matrix(nm.to_array([[1, 0], [0, 0]])),
                         nm.to_matrix(nm.to_array([[0, 1], [1, 0]])))
