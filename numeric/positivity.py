"""Positivity along a line of Hermitian matrices.

:func:`psd_interval` answers: for which real c is rho + c X positive semidefinite?
For positive definite rho the set is a closed interval [lo, hi] containing 0, with

    lo = -1 / mu_max,   hi = -1 / mu_min,   mu = eigenvalues of rho^(-1/2) X rho^(-1/2)

(lo = -inf if mu_max <= 0, hi = +inf if mu_min >= 0), because
rho + c X = rho^(1/2) (I + c M) rho^(1/2) with M = rho^(-1/2) X rho^(-1/2).
"""
import mpmath as mp
import numpy as np

from .arrays import is_mp
from .checks import HERMITIAN, kernel
from .errors import SingularMatrix
from .linalg import eigvalsh, funm_hermitian, zero_cutoff


@kernel(rho=HERMITIAN, x=HERMITIAN.same_as("rho"))
def psd_interval(rho, x):
    """The interval (lo, hi) of real c for which ``rho + c x`` is positive semidefinite.

    ``rho`` must be positive definite (raises :class:`SingularMatrix` otherwise), ``x``
    Hermitian.  Endpoints are exact up to the working precision; an unbounded side is
    +-inf (``mp.inf`` for high-precision input, ``numpy.inf`` for float64).

    >>> from corrcheck import numeric as qn
    >>> with qn.precision(30):
    ...     lo, hi = psd_interval(qn.to_matrix(qn.to_array([[0.75, 0], [0, 0.25]])),
    ...                           qn.to_matrix(qn.to_array([[1, 0], [0, -1]])))
    >>> print(lo, hi)
    -0.75 0.25
    """
    w = eigvalsh(rho)
    cut = zero_cutoff(w)
    if w[0] <= cut:
        raise SingularMatrix(f"psd_interval: rho must be positive definite; smallest eigenvalue "
                             f"{mp.nstr(w[0], 5)} <= zero cut-off {mp.nstr(cut, 3)}")
    inv_sqrt = funm_hermitian(rho, lambda e: 1 / mp.sqrt(e))
    m = inv_sqrt @ x @ inv_sqrt
    mu = eigvalsh((m + m.conj().T) / 2)
    inf = mp.inf if is_mp(rho) else np.inf
    lo = -1 / mu[-1] if mu[-1] > 0 else -inf
    hi = -1 / mu[0] if mu[0] < 0 else inf
    return lo, hi
