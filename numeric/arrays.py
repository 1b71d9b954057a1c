"""Matrix representation and conversion.

Internally every matrix is a 2-D :class:`numpy.ndarray`:

* ``dtype=object`` holding mpmath numbers: *high-precision* arrays, all arithmetic at
  the working precision (``@``, ``+``, ``.conj()`` work element-wise on mpmath numbers);
* ``dtype=complex128``: *float64* arrays, used for fast screening and searches.

The same kernel code serves both kinds; only the eigensolver and the scalar
functions applied to eigenvalues dispatch on the kind.  Public kernel functions
accept every input :func:`to_array` takes and answer in kind (:mod:`numeric.checks`).
"""
import mpmath as mp
import numpy as np


def is_mp(a):
    """True for a high-precision (object) array."""
    return a.dtype == object


def mpc_array(rows):
    """Object array of mpmath numbers converted at the working precision."""
    return np.array([[mp.mpmathify(x) for x in row] for row in rows], dtype=object)


def to_array(x):
    """An mpmath matrix, nested list, SymPy matrix or ndarray as a 2-D ndarray.

    mpmath and SymPy input and lists of exact numbers give object arrays at the
    working precision; numpy float/complex input keeps its float64 kind.
    """
    if isinstance(x, np.ndarray):
        if x.dtype == object:
            return x
        return x.astype(complex, copy=False)
    if isinstance(x, mp.matrix):
        return np.array(x.tolist(), dtype=object)
    if hasattr(x, "full") and callable(x.full):  # QuTiP Qobj
        return np.asarray(x.full(), dtype=complex)
    if hasattr(x, "tolist") and hasattr(x, "shape") and hasattr(x, "evalf"):  # SymPy Matrix
        return np.array([[sympy_to_mp(v) for v in row] for row in x.tolist()], dtype=object)
    rows = [list(r) for r in x]
    if any(isinstance(v, (float, complex, np.floating, np.complexfloating)) for r in rows for v in r):
        return np.array(rows, dtype=complex)
    return mpc_array(rows)


def sympy_to_mp(v):
    import sympy
    z = sympy.N(v, mp.mp.dps + 10)
    re, im = z.as_real_imag()
    return mp.mpc(mp.mpf(str(re)), mp.mpf(str(im))) if im != 0 else mp.mpf(str(re))


def to_matrix(a):
    """A 2-D (or 1-D, as a column) array, in any form :func:`to_array` takes, as an mpmath
    matrix."""
    if not isinstance(a, np.ndarray):
        a = to_array(a)
    if a.ndim == 1:
        return mp.matrix([[x] for x in a.tolist()])
    return mp.matrix(a.tolist())


def _units(like):
    """(0, 1) in the element type of ``like``: mpmath numbers, or SymPy integers for exact
    arrays (object arrays of SymPy expressions, as built for fixed-dimension proofs)."""
    first = next(iter(like.flat), None)
    if first is not None and type(first).__module__.startswith("sympy"):
        import sympy
        return sympy.Integer(0), sympy.Integer(1)
    return mp.mpf(0), mp.mpf(1)


def identity(n, like):
    """n x n identity of the same kind as ``like``."""
    if is_mp(like):
        zero, one = _units(like)
        out = np.full((n, n), zero, dtype=object)
        for i in range(n):
            out[i, i] = one
        return out
    return np.eye(n, dtype=complex)


def zeros(shape, like):
    """Zeros of the given shape in the kind (and element type) of ``like``."""
    if is_mp(like):
        return np.full(shape, _units(like)[0], dtype=object)
    return np.zeros(shape, dtype=complex)
