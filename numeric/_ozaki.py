"""Float64 matrix products to about twice float64's precision (Ozaki's error-free splitting).

Each row of the left factor and each column of the right is cut into slices that share one
exponent and carry at most 52 - beta bits, beta = ceil((54 + log2 k)/2) for inner dimension
k: a dot product of two slices is then exact in float64 in any order of summation (BLAS's
included).  The slice products, summed largest first with an error-free two-sum, give the
product as an unevaluated sum hi + lo within about 2^-100 (k |A||B|, row and column-wise):
double-double accuracy at BLAS speed.  T. Ozaki, T. Ogita, S. M. Rump, S. Oishi, "Error-free
transformations of matrix multiplication by using fast routines of matrix multiplication and
its applications", Numer. Algorithms 59, 95 (2012).

The eigensolver's first refinement step (:mod:`numeric.eigen`) uses it: that step needs its
residuals to about 10^-32, not to the working precision, and its result is checked later.
"""
import math

import numpy as np

SLICES = 5  # slices of each factor: 5 x ~22 bits cover a float64 and its 2^-106 tail
ORDER = 4  # slice products (p, q) with p + q <= ORDER (the rest is below 2^-100)


def _split(a, axis, beta):
    """Slices of the real array ``a`` sharing one exponent along ``axis`` (1: rows, 0:
    columns); their sum is ``a`` up to the last slice's remainder (below 2^-100 max|a|)."""
    out = []
    for _ in range(SLICES):
        top = np.max(np.abs(a), axis=axis, keepdims=True)
        if not top.any():
            break
        sigma = np.ldexp(1.0, np.frexp(top)[1] + beta)  # 2^beta times a power of 2 >= top
        hi = (a + sigma) - sigma
        out.append(hi)
        a = a - hi
    return out


def product(a, b):
    """(hi, lo) with hi + lo = a @ b to about 2^-100 of |a||b|, for real float64 ``a``, ``b``."""
    beta = math.ceil((54 + math.log2(max(a.shape[1], 1))) / 2)
    left, right = _split(a, 1, beta), _split(b, 0, beta)
    hi = np.zeros((a.shape[0], b.shape[1]))
    lo = np.zeros_like(hi)
    for order in range(ORDER + 1):
        for p in range(max(0, order - len(right) + 1), min(order, len(left) - 1) + 1):
            t = left[p] @ right[order - p]
            s = hi + t  # two-sum: s + err = hi + t exactly
            v = s - hi
            lo += (hi - (s - v)) + (t - v)
            hi = s
    return hi, lo


def cproduct(a, b):
    """(hi, lo) as :func:`product` for complex ``a``, ``b``, through the real product
    [[Re a, -Im a], [Im a, Re a]] [Re b; Im b] = [Re ab; Im ab]."""
    n = a.shape[0]
    hi, lo = product(np.block([[a.real, -a.imag], [a.imag, a.real]]),
                     np.vstack([b.real, b.imag]))
    return hi[:n] + 1j * hi[n:], lo[:n] + 1j * lo[n:]
