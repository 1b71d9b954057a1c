"""Bridge to python-flint's Arb matrices, used for the O(n^3) work at high precision.

Arb's C routines are one to two orders of magnitude faster than mpmath's pure-Python
matrices.  Conversion is exact in both directions (binary floating point); flint
works with ``GUARD_BITS`` more than the working precision.
"""
from contextlib import contextmanager

import flint
import mpmath as mp
import numpy as np

GUARD_BITS = 30


@contextmanager
def arb_precision():
    old = flint.ctx.prec
    flint.ctx.prec = mp.mp.prec + GUARD_BITS
    try:
        yield
    finally:
        flint.ctx.prec = old


def to_acb(a):
    """Object ndarray of mpmath numbers as an acb_mat (exact)."""
    rows = []
    for row in a.tolist():
        out = []
        for v in row:
            if isinstance(v, mp.mpc):
                out.append(flint.acb(v.real, v.imag))
            else:
                out.append(flint.acb(mp.mpf(v)))
        rows.append(out)
    return flint.acb_mat(rows)


def from_acb(m):
    """acb_mat midpoints as an object ndarray of mpc, rounded to the working precision."""
    n, k = m.nrows(), m.ncols()
    out = np.empty((n, k), dtype=object)
    for i in range(n):
        for j in range(k):
            z = m[i, j]
            out[i, j] = mp.mpc(z.real.mid(), z.imag.mid())
    return out


def acb_real(z):
    return mp.mpf(z.real.mid())
