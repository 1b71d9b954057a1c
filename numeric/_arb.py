"""Bridge to python-flint's Arb matrices, used for the O(n^3) work at high precision.

Arb's C routines are one to two orders of magnitude faster than mpmath's pure-Python
matrices.  Conversion is exact into Arb; results come back as midpoints rounded to the
working precision.  flint works with at least ``GUARD_BITS`` more than the working
precision, rounded up to whole 64-bit limbs (a product of 3-limb numbers costs about the
same at 170 bits as at 192, a fourth limb a third more).  Conversions cost about 2 us per
entry in and 5 us out, so callers convert each operand once and bring back only the result.
"""
from contextlib import contextmanager

import flint
import mpmath as mp
import numpy as np
from mpmath.libmp import mpf_pos, round_nearest

GUARD_BITS = 20
LIMB = 64

_MPMATH = (mp.mpf, mp.mpc, int)


@contextmanager
def arb_precision(bits=None):
    """flint works at ``bits`` in the block (default: the working precision plus at least
    GUARD_BITS, rounded up to whole limbs)."""
    old = flint.ctx.prec
    flint.ctx.prec = bits or -(-(mp.mp.prec + GUARD_BITS) // LIMB) * LIMB
    try:
        yield
    finally:
        flint.ctx.prec = old


def holds_mpmath(a):
    """True if every entry of the object array is an mpmath number or an int (so Arb can
    take it exactly); False for e.g. SymPy expressions, which must stay exact."""
    return all(type(v) in _MPMATH for v in a.flat)


def to_acb(a):
    """Object ndarray (2-D) of mpmath numbers, ints or floats as an acb_mat (exact)."""
    n, k = a.shape
    return flint.acb_mat(n, k, [flint.acb(v) for v in a.flat])


def hermitian_to_acb(a):
    """The Hermitian matrix with the upper triangle and real diagonal of ``a`` as an
    acb_mat (converts n(n+1)/2 entries)."""
    n = a.shape[0]
    flat = [None] * (n * n)
    for i in range(n):
        flat[i * n + i] = flint.acb(mp.re(a[i, i]))
        for j in range(i + 1, n):
            flat[i * n + j] = z = flint.acb(a[i, j])
            flat[j * n + i] = z.conjugate()
    return flint.acb_mat(n, n, flat)


def real(z):
    """The midpoint of an arb (or of an acb's real part) as an mpf at the working precision."""
    x = z.real if isinstance(z, flint.acb) else z
    return mp.make_mpf(mpf_pos(x._mpf_, mp.mp.prec, round_nearest))


def from_acb(m):
    """acb_mat midpoints as an object ndarray of mpc, rounded to the working precision."""
    prec = mp.mp.prec
    out = np.empty(m.nrows() * m.ncols(), dtype=object)
    for i, z in enumerate(m.entries()):
        re, im = z._mpc_
        out[i] = mp.make_mpc((mpf_pos(re, prec, round_nearest), mpf_pos(im, prec, round_nearest)))
    return out.reshape(m.nrows(), m.ncols())


def from_acb_hermitian(m, sign=1):
    """acb_mat with m^dag = sign m (sign = 1: Hermitian, -1: anti-Hermitian) as an object
    ndarray: the upper triangle converted as in :func:`from_acb`, the lower triangle its
    (signed) mirror, the diagonal real (imaginary); exact in that symmetry."""
    prec = mp.mp.prec
    n = m.nrows()
    out = np.empty((n, n), dtype=object)
    for i in range(n):
        z = m[i, i]
        if sign == 1:
            out[i, i] = mp.make_mpf(mpf_pos(z.real._mpf_, prec, round_nearest))
        else:
            out[i, i] = mp.make_mpc((mp.mpf(0)._mpf_, mpf_pos(z.imag._mpf_, prec, round_nearest)))
        for j in range(i + 1, n):
            re, im = m[i, j]._mpc_
            v = mp.make_mpc((mpf_pos(re, prec, round_nearest), mpf_pos(im, prec, round_nearest)))
            out[i, j], out[j, i] = v, v.conjugate() if sign == 1 else -v.conjugate()
    return out


def from_complex(a):
    """complex128 ndarray as an acb_mat (exact)."""
    n, k = a.shape
    return flint.acb_mat(n, k, a.ravel().tolist())


def entries(m):
    """acb_mat as an object ndarray of acb (for element-wise work in Arb)."""
    return np.array(m.entries(), dtype=object).reshape(m.nrows(), m.ncols())


def from_entries(a):
    """Object ndarray of acb (or arb) as an acb_mat."""
    n, k = a.shape
    return flint.acb_mat(n, k, a.ravel().tolist())


def identity(n):
    return flint.acb_mat(n, n, [1 if i == j else 0 for i in range(n) for j in range(n)])


def diagonal(values):
    """Diagonal acb_mat of mpmath numbers, arbs or Python numbers (exact)."""
    n = len(values)
    zero = flint.acb(0)
    return flint.acb_mat(n, n, [flint.acb(values[i]) if i == j else zero
                                for i in range(n) for j in range(n)])


def dagger(m):
    return m.conjugate().transpose()


def compute(fn, *arrays):
    """``fn`` of the object arrays as acb_mats (``*`` is the matrix product there), at the
    working precision plus guard bits; the acb_mat it returns comes back as an object array,
    rounded once."""
    with arb_precision():
        return from_acb(fn(*[to_acb(a) for a in arrays]))
