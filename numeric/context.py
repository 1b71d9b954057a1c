"""Working precision.

Every numeric function works at the *current* mpmath precision and never changes it
globally; :func:`precision` is the only way to set it, and it restores the previous
precision on exit.  Arrays come in two kinds (see :mod:`numeric.arrays`): ``object``
arrays of mpmath numbers, computed at the working precision, and ``complex128``
arrays, computed in float64 (used to screen quickly before confirming at high
precision).  :func:`eps` gives the unit roundoff of either kind.
"""
from contextlib import contextmanager

import mpmath as mp

FLOAT64_EPS = 2.0**-52


@contextmanager
def precision(dps):
    """Run a block at ``dps`` decimal digits; the previous precision is restored after.

    >>> import mpmath
    >>> with precision(40):
    ...     mpmath.mp.dps
    40
    """
    if int(dps) != dps or dps < 5:
        raise ValueError(f"precision: dps must be an integer >= 5, got {dps!r}")
    with mp.workdps(int(dps)):
        yield


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
