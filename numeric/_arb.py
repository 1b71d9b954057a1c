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
from mpmath.libmp import fzero, from_man_exp, round_nearest

GUARD_BITS = 20
LIMB = 64

_MPMATH = (mp.mpf, mp.mpc, int)
_I = flint.acb(0, 1)


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
    return flint.acb_mat(n, k, a.ravel().tolist())


def hermitian_to_acb(a):
    """The Hermitian matrix with the upper triangle and real diagonal of ``a`` as an
    acb_mat (converts n(n+1)/2 entries)."""
    n = a.shape[0]
    src = a.ravel().tolist()
    flat = [None] * (n * n)
    acb = flint.acb
    for i in range(n):
        row = i * n
        flat[row + i] = acb(mp.re(src[row + i]))
        for j in range(i + 1, n):
            flat[row + j] = z = acb(src[row + j])
            flat[j * n + i] = z.conjugate()
    return flint.acb_mat(n, n, flat)


def _mpf(x, prec):
    """The midpoint of an arb as an mpf tuple rounded to ``prec`` bits."""
    man, exp = x.mid().man_exp()
    return from_man_exp(int(man), int(exp), prec, round_nearest)


def real(z):
    """The midpoint of an arb (or of an acb's real part) as an mpf at the working precision."""
    x = z.real if isinstance(z, flint.acb) else z
    return mp.make_mpf(_mpf(x, mp.mp.prec))


def from_acb(m):
    """acb_mat midpoints as an object ndarray of mpc, rounded to the working precision."""
    prec = mp.mp.prec
    make = mp.make_mpc
    out = np.empty(m.nrows() * m.ncols(), dtype=object)
    out[:] = [make((_mpf(x, prec), _mpf(y, prec)))
              for x, y in zip(m.real.entries(), m.imag.entries())]
    return out.reshape(m.nrows(), m.ncols())


def from_acb_hermitian(m, sign=1):
    """acb_mat with m^dag = sign m (sign = 1: Hermitian, -1: anti-Hermitian) as an object
    ndarray: the upper triangle converted as in :func:`from_acb`, the lower triangle its
    (signed) mirror, the diagonal real (imaginary); exact in that symmetry."""
    prec = mp.mp.prec
    n = m.nrows()
    re, im = m.real.entries(), m.imag.entries()
    out = np.empty((n, n), dtype=object)
    for i in range(n):
        row = i * n
        if sign == 1:
            out[i, i] = mp.make_mpf(_mpf(re[row + i], prec))
        else:
            out[i, i] = mp.make_mpc((fzero, _mpf(im[row + i], prec)))
        for j in range(i + 1, n):
            v = mp.make_mpc((_mpf(re[row + j], prec), _mpf(im[row + j], prec)))
            out[i, j], out[j, i] = v, v.conjugate() if sign == 1 else -v.conjugate()
    return out


def from_complex(a):
    """complex128 ndarray of finite entries as an acb_mat (exact): real and imaginary parts
    as arb_mats (a float converts ~6x faster than a complex), joined by exact operations."""
    n, k = a.shape
    re = flint.acb_mat(flint.arb_mat(n, k, a.real.ravel().tolist()))
    if not a.imag.any():
        return re
    return re + flint.acb_mat(flint.arb_mat(n, k, a.imag.ravel().tolist())) * _I


def entries(m):
    """acb_mat as an object ndarray of acb (for element-wise work in Arb)."""
    return np.array(m.entries(), dtype=object).reshape(m.nrows(), m.ncols())


def from_entries(a):
    """Object ndarray of acb (or arb) as an acb_mat."""
    n, k = a.shape
    return flint.acb_mat(n, k, a.ravel().tolist())


def columns(m, order):
    """The acb_mat with the columns of ``m`` in ``order``."""
    n, k = m.nrows(), m.ncols()
    e = m.entries()
    return flint.acb_mat(n, len(order), [e[i * k + j] for i in range(n) for j in order])


def scale_columns(m, values):
    """m diag(values) (elementwise: n^2 multiplications, not a product)."""
    n, k = m.nrows(), m.ncols()
    e = m.entries()
    f = [flint.acb(v) for v in values]
    return flint.acb_mat(n, k, [e[i * k + j] * f[j] for i in range(n) for j in range(k)])


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
