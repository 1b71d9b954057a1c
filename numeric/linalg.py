"""Linear algebra on high-precision and float64 arrays.

Tensor order is the order of ``dims`` (party 0 leftmost in ``kron``), so for a
bipartite system S (x) B an S-local operator is ``kron(A, I_B)``.
"""
import functools
import math
import operator

import flint
import mpmath as mp
import numpy as np

from . import _arb, eigen
from .arrays import is_mp, zeros
from .checks import (DIMS, EXACT_MATRIX, EXACT_SQUARE, HERMITIAN, SQUARE, Function, Integer,
                     Operands, Parties, Vector, exactly_hermitian, kernel)
from .context import eps, rounding_tolerance
from .errors import InvalidOperator, SingularMatrix


ARB_MIN = 3  # from 3x3 on, Arb multiplies high-precision matrices faster than numpy's object @


def in_arb(*arrays):
    """True if Arb should do the products: 2-D high-precision arrays of mpmath numbers
    (not SymPy expressions, which stay exact), at least ARB_MIN x ARB_MIN."""
    return (all(is_mp(a) and a.ndim == 2 for a in arrays) and min(arrays[0].shape) >= ARB_MIN
            and all(_arb.holds_mpmath(a) for a in arrays))


def matmul(*factors):
    """Matrix product, leftmost factor first; through Arb when :func:`in_arb` (each factor
    converted once, one rounding at the end)."""
    if in_arb(*factors):
        return _arb.compute(lambda *m: functools.reduce(operator.mul, m), *factors)
    return functools.reduce(np.matmul, factors)


def _kron_dims(call, out):
    """QuTiP dims of a tensor product: the factors' dims (their shape if not Qobj)."""
    rows, cols = [], []
    for k, op in enumerate(call.args["ops"]):
        d = call.qobjs.get(f"ops[{k}]", [[op.shape[0]], [op.shape[1]]])
        rows, cols = rows + list(d[0]), cols + list(d[1])
    return [rows, cols]


@kernel(ops=Operands(EXACT_MATRIX), qdims=_kron_dims)
def kron(*ops):
    """Tensor product, leftmost factor first."""
    out = ops[0]
    for op in ops[1:]:
        out = np.kron(out, op)
    return out


@kernel(a=EXACT_MATRIX, qdims=lambda call, out: call.qobj_dims[::-1])
def dagger(a):
    """Conjugate transpose."""
    return a.conj().T


@kernel(a=EXACT_SQUARE, b=EXACT_SQUARE.same_as("a"))
def commutator(a, b):
    """[a, b] = ab - ba.  For exactly Hermitian high-precision a and b (the usual case)
    it is ab - (ab)^dag: one product, half the conversions, exactly anti-Hermitian."""
    if in_arb(a, b):
        if exactly_hermitian(a) and exactly_hermitian(b):
            with _arb.arb_precision():
                p = _arb.hermitian_to_acb(a) * _arb.hermitian_to_acb(b)
                return _arb.from_acb_hermitian(p - _arb.dagger(p), sign=-1)
        return _arb.compute(lambda x, y: x * y - y * x, a, b)
    return a @ b - b @ a


@kernel(a=EXACT_SQUARE)
def trace(a):
    """Trace of a square matrix (a scalar)."""
    return np.trace(a)


def trace_product(a, b):
    """Tr[ab] in O(n^2), without forming ab (for mpmath entries by ``fdot``: one rounding)."""
    if is_mp(a) and _arb.holds_mpmath(a) and _arb.holds_mpmath(b):
        return mp.fdot(a.ravel(), b.T.ravel())
    return np.sum(a * b.T)


def _kept_dims(call, out):
    keep = sorted({int(k) for k in np.atleast_1d(call.args["keep"])})
    kept = [int(call.args["dims"][k]) for k in keep]
    return [kept, kept]


@kernel(dims=DIMS, keep=Parties("dims"), rho=EXACT_SQUARE.on("dims"), qdims=_kept_dims)
def ptrace(rho, dims, keep):
    """Partial trace keeping the parties ``keep`` (indices into ``dims``, as in QuTiP).

    ``keep`` may be an int or a sequence; the kept parties stay in their original
    order.  Any number of parties and any dimensions.

    >>> import numpy as np
    >>> a, b = np.diag([1., 0]), np.diag([.25, .75])
    >>> ptrace(np.kron(a, b), [2, 2], 1).real
    array([[0.25, 0.  ],
           [0.  , 0.75]])
    """
    dims = [int(d) for d in dims]
    keep = sorted({int(k) for k in np.atleast_1d(keep)})
    t = rho.reshape(dims + dims)
    for party in reversed([i for i in range(len(dims)) if i not in keep]):
        t = np.trace(t, axis1=party, axis2=party + t.ndim // 2)
    m = math.prod(dims[i] for i in keep)
    return t.reshape(m, m)


@kernel(dims=DIMS, support=Parties("dims"), a=EXACT_SQUARE.on("dims", "support"),
        qdims=lambda call, out: [list(call.args["dims"])] * 2)
def embed(a, dims, support):
    """The operator ``a`` acting on the parties ``support`` as an operator on all ``dims``.

    ``a`` is ordered like ``support`` (ascending party indices); the result is
    ``a (x) I`` with the factors put in the order of ``dims``.
    """
    support = [int(i) for i in np.atleast_1d(support)]
    dims = [int(d) for d in dims]
    rest = [i for i in range(len(dims)) if i not in support]
    d_rest = math.prod(dims[i] for i in rest)
    m = a.shape[0]
    full = zeros((m * d_rest,) * 2, a) if is_mp(a) else np.zeros((m * d_rest,) * 2, dtype=a.dtype)
    blocks = full.reshape(m, d_rest, m, d_rest)  # a (x) I by placing blocks: no arithmetic
    for j in range(d_rest):
        blocks[:, j, :, j] = a
    order = support + rest
    k = len(dims)
    shape = [dims[i] for i in order]
    t = full.reshape(shape + shape)
    perm = [order.index(i) for i in range(k)]
    t = t.transpose(perm + [p + k for p in perm])
    n = math.prod(dims)
    return t.reshape(n, n)


def _max_abs(a):
    """max |a_ij| (for high-precision arrays a float64 estimate: it only sets a scale)."""
    if a.size == 0:
        return 0
    try:
        m = float(np.max(np.abs(a.astype(complex))))
    except (TypeError, OverflowError):
        m = math.inf
    return m if math.isfinite(m) else max(abs(x) for x in a.flat)


def round_tol(a):
    """Rounding tolerance for n x n ``a`` at its precision: 2^8 n eps max(1, max|a_ij|)."""
    return rounding_tolerance(a.shape[0], _max_abs(a), a)


@kernel(a=HERMITIAN)
def eigh(a):
    """Eigenvalues (ascending, real) and orthonormal eigenvectors (columns) of a Hermitian matrix.

    float64 arrays go to LAPACK.  High-precision arrays: closed form for 2x2, else LAPACK's
    eigenvectors refined in Arb to the working precision (Ogita-Aishima), with Arb's QR
    solver and mpmath's ``eighe`` as fallbacks for clusters float64 cannot separate; every
    iterative result passes a residual check at the working precision (:mod:`numeric.eigen`).
    """
    if not is_mp(a):
        return np.linalg.eigh(a)
    return eigen.eigh_mp(a)


@kernel(a=HERMITIAN)
def eigvalsh(a):
    """Eigenvalues (ascending) of a Hermitian matrix (eigenvectors are not formed)."""
    if not is_mp(a):
        return np.linalg.eigvalsh(a)
    return eigen.eigh_mp(a, vectors=False)[0]


@kernel(w=Vector(), n=Integer(1, optional=True))
def zero_cutoff(w, n=None):
    """Eigenvalues with |lambda| below this count as zero: 2^8 n eps max(1, max|lambda|).

    The cut-off scales with the working precision (about 1e-47 at 50 digits for a
    density matrix), never a fixed number.
    """
    n = len(w) if n is None else n
    scale = max([abs(x) for x in w] + [1])
    return 256 * n * eps(w) * scale


def _apply(f, w):
    if is_mp(w):
        return np.array([f(x) for x in w], dtype=object)
    return np.array([f(float(x)) for x in w], dtype=complex)


def _spectrum(a):
    """(w, v) as :func:`eigh`, with v an acb_mat for a high-precision array from ARB_MIN on
    (the eigenvectors stay in Arb for the products that rebuild a function of ``a``)."""
    if in_arb(a):
        with _arb.arb_precision():
            return eigen.eigh_mp(a, arb=True)
    return eigh(a)


def _rebuild(v, fw):
    """V diag(fw) V^dag (exactly Hermitian at high precision when fw is real); ``v`` an
    ndarray or an acb_mat (:func:`_spectrum`)."""
    if isinstance(v, flint.acb_mat) or in_arb(v):
        real = all(mp.im(f) == 0 for f in fw)
        with _arb.arb_precision():
            x = v if isinstance(v, flint.acb_mat) else _arb.to_acb(v)
            m = _arb.scale_columns(x, fw) * _arb.dagger(x)
            return _arb.from_acb_hermitian(m) if real else _arb.from_acb(m)
    return (v * fw[None, :]) @ v.conj().T


@kernel(a=HERMITIAN, f=Function())
def funm_hermitian(a, f):
    """f(a) = V f(Lambda) V^dag for Hermitian ``a``; ``f`` acts on one real eigenvalue.

    Use ``mpmath`` functions in ``f`` (they also accept floats).
    """
    w, v = _spectrum(a)
    return _rebuild(v, _apply(f, w))


@kernel(a=HERMITIAN)
def logm_psd(a):
    """Natural logarithm of a positive definite matrix.

    Raises :class:`SingularMatrix` when an eigenvalue is within the zero cut-off
    (:func:`zero_cutoff`) of 0: the logarithm does not exist there;
    :class:`InvalidOperator` when one is below minus the cut-off.
    """
    w, v = _definite_spectrum(a, "logm: matrix is singular where a log is needed")
    return _rebuild(v, _apply(mp.log, w))


def _check_positive(w, cut, who):
    if w[0] < -cut:
        raise InvalidOperator(f"{who}: not positive semidefinite: smallest eigenvalue "
                              f"{mp.nstr(w[0], 5)} below -{mp.nstr(cut, 3)}")


def _definite_spectrum(a, what):
    """_spectrum(a), raising SingularMatrix (``what``, the smallest eigenvalue, the cut-off) if
    an eigenvalue is within the zero cut-off of 0, InvalidOperator if one is below minus it."""
    w, v = _spectrum(a)
    cut = zero_cutoff(w)
    _check_positive(w, cut, what.split(":")[0])
    if w[0] <= cut:
        raise SingularMatrix(f"{what}: smallest eigenvalue {mp.nstr(w[0], 5)} <= zero cut-off "
                             f"{mp.nstr(cut, 3)}")
    return w, v


@kernel(a=HERMITIAN)
def expm_hermitian(a):
    """exp(a) for Hermitian ``a``."""
    return funm_hermitian(a, mp.exp)


@kernel(a=HERMITIAN)
def sqrtm_psd(a):
    """Square root of a positive semidefinite matrix (eigenvalues within the cut-off of 0 -> 0)."""
    w, v = _spectrum(a)
    cut = zero_cutoff(w)
    _check_positive(w, cut, "sqrtm_psd")
    return _rebuild(v, _apply(lambda x: mp.sqrt(x) if x > cut else 0 * x, w))


def sqrt_eigenvalues(w):
    """sqrt of eigenvalues of a positive semidefinite matrix, those within the zero cut-off -> 0.

    Rounding leaves a zero eigenvalue at about eps; its square root, about sqrt(eps), would
    cost half the digits (e.g. a Bell state's concurrence 1 - 3e-16 at 30 digits).
    """
    cut = zero_cutoff(w)
    sqrt = mp.sqrt if is_mp(w) else math.sqrt
    return [sqrt(x) if x > cut else 0 * x for x in w]


def divided_differences(w, f, df):
    """Matrix of first divided differences f^[1](w_i, w_j) (Daleckii-Krein kernel).

    (f(w_i) - f(w_j)) / (w_i - w_j) loses log2(scale / gap) bits to cancellation, so it is
    evaluated with that many extra bits: every entry is accurate to the precision of
    ``w``'s kind, however close the pair.  Pairs equal to within the roundoff use df at
    their midpoint (error O(gap^2), far below the roundoff).
    """
    n = len(w)
    prec = mp.mp.prec if is_mp(w) else 53
    x = [mp.mpf(v) if is_mp(w) else mp.mpf(float(v)) for v in w]
    scale = max([abs(v) for v in x] + [1])
    same = scale * mp.ldexp(1, -prec)
    gaps = [abs(a - b) for a in x for b in x if abs(a - b) > same]
    extra = int(mp.log(scale / min(gaps), 2)) + 10 if gaps else 10
    with mp.workprec(prec + extra):
        fx = [f(v) for v in x]
        k = [[df((x[i] + x[j]) / 2) if abs(x[i] - x[j]) <= same else (fx[i] - fx[j]) / (x[i] - x[j])
              for j in range(n)] for i in range(n)]
    if is_mp(w):
        return np.array([[+v for v in row] for row in k], dtype=object)
    return np.array([[complex(v) for v in row] for row in k], dtype=complex)


def _frechet(w, v, e, f, df):
    """V (K o (V^dag e V)) V^dag, K the divided differences of f on w; in Arb when ``v`` is an
    acb_mat and ``e`` holds mpmath numbers."""
    k = divided_differences(w, f, df)
    if isinstance(v, flint.acb_mat) and not in_arb(e):
        v = _arb.from_acb(v)
    if isinstance(v, flint.acb_mat):
        with _arb.arb_precision():
            vh = _arb.dagger(v)
            t = _arb.entries((vh * _arb.to_acb(e) * v).mid())
            kt = _arb.from_entries(np.vectorize(flint.acb, otypes=[object])(k) * t)
            return _arb.from_acb(v * kt * vh)
    vh = v.conj().T
    return matmul(v, k * matmul(vh, e, v), vh)


@kernel(a=HERMITIAN, e=SQUARE.same_as("a"), f=Function(), df=Function())
def dfunm_hermitian(a, e, f, df):
    """Frechet derivative of the matrix function f at Hermitian ``a`` in direction ``e``.

    d/dt f(a + t e)|_{t=0} = V (K o (V^dag e V)) V^dag with K the divided differences
    of f on the eigenvalues (exact, no finite differences).
    """
    w, v = _spectrum(a)
    return _frechet(w, v, e, f, df)


@kernel(a=HERMITIAN, e=SQUARE.same_as("a"))
def dlogm_psd(a, e):
    """Frechet derivative of log at a positive definite ``a`` in direction ``e``."""
    w, v = _definite_spectrum(a, "dlogm: derivative of log at a singular matrix")
    return _frechet(w, v, e, mp.log, lambda x: 1 / x)
