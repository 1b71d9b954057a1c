"""Working precision.

Every numeric function works at the *current* mpmath precision and never changes it
globally; :func:`precision` is the only way to set it, and it restores the previous
precision on exit.  Arrays come in two kinds (see :mod:`numeric.arrays`): ``object``
arrays of mpmath numbers, computed at the working precision, and ``complex128``
arrays, computed in float64 (used to screen quickly before confirming at high
precision).  Inside a :func:`precision` block every public function computes at that
precision, float64 input included (taken as its exact binary values); outside one,
float64 input is computed in float64.  :func:`eps` gives the unit roundoff of either kind.
"""
from contextlib import contextmanager
from contextvars import ContextVar

import mpmath as mp

from .errors import InvalidParameter

FLOAT64_EPS = 2.0**-52

_BLOCK = ContextVar("corrcheck_numeric_precision_block", default=False)


@contextmanager
def precision(dps):
    """Run a block at ``dps`` decimal digits; the previous precision is restored after.

    >>> import mpmath
    >>> with precision(40):
    ...     mpmath.mp.dps
    40
    """
    if not isinstance(dps, (int, float)) or isinstance(dps, bool) or int(dps) != dps or dps < 5:
        raise InvalidParameter(f"precision: dps must be an integer >= 5, got {dps!r}")
    token = _BLOCK.set(True)
    try:
        with mp.workdps(int(dps)):
            yield
    finally:
        _BLOCK.reset(token)


@contextmanager
def float64():
    """Run a block as outside any :func:`precision` block, even inside one: float64 input is
    computed in float64 there (a float64 screen or search run from a high-precision
    evaluation); the mpmath precision is left as it is.

    >>> import numpy as np
    >>> from corrcheck.numeric import trace
    >>> with precision(40), float64():
    ...     trace(np.eye(2, dtype=complex))
    np.complex128(2+0j)
    """
    token = _BLOCK.set(False)
    try:
        yield
    finally:
        _BLOCK.reset(token)


def in_precision_block():
    """True inside a :func:`precision` block (float64 input is then computed at its precision)."""
    return _BLOCK.get()


def dps():
    """The current working precision in decimal digits."""
    return mp.mp.dps


def eps(array=None):
    """Unit roundoff for ``array``'s kind: float64 for complex128 arrays, else working precision."""
    if array is not None and getattr(array, "dtype", object) != object:
        return FLOAT64_EPS
    return mp.ldexp(1, 1 - mp.mp.prec)


def rounding_tolerance(n, scale, array=None):
    """2^8 n eps max(1, scale): what rounding may leave of an exact zero in an n x n
    computation with entries up to ``scale``, eps that of ``array``'s kind."""
    return 256 * n * eps(array) * max(1, scale)
