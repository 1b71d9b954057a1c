"""Information-theoretic and correlation quantities (natural logarithm, nats).

Bipartite functions take ``dims = (d_S, d_B)`` with kron order S (x) B.
"""
import math

import mpmath as mp
import numpy as np
from mpmath.libmp import mpc_conjugate, mpc_mul, mpc_sub, mpf_sub, round_nearest

from .arrays import is_mp
from .checks import BIPARTITE, MATRIX, STATE, kernel
from .errors import InvalidState
from .linalg import (_rebuild, eigh, eigvalsh, kron, matmul, ptrace, round_tol,
                     sqrt_eigenvalues, zero_cutoff)

TWO_QUBITS = STATE.on((2, 2))


def _xlogx(ws, who):
    """sum lambda log lambda over eigenvalues, 0 log 0 = 0 below the precision-scaled cut-off."""
    cut = zero_cutoff(ws)
    if ws[0] < -cut:
        raise InvalidState(f"{who}: not positive: smallest eigenvalue {mp.nstr(ws[0], 5)} "
                           f"below -{mp.nstr(cut, 3)}")
    log = mp.log if is_mp(ws) else math.log
    return sum((x * log(x) for x in ws if x > cut), mp.mpf(0) if is_mp(ws) else 0.0)


@kernel(rho=STATE)
def entropy(rho):
    """Von Neumann entropy -Tr[rho log rho] in nats (0 log 0 = 0 below :func:`zero_cutoff`).

    >>> import mpmath
    >>> from corrcheck.numeric import maximally_mixed, precision
    >>> with precision(30):   # log 3: multiplicities counted
    ...     mpmath.nstr(entropy(maximally_mixed(3)), 20)
    '1.0986122886681096914'
    """
    return -_xlogx(eigvalsh(rho), "entropy")


@kernel(rho=STATE, sigma=STATE.same_as("rho"))
def relative_entropy(rho, sigma):
    """S(rho || sigma) = Tr[rho log rho] - Tr[rho log sigma]; mpmath ``inf`` when supp rho
    is not contained in supp sigma (weight of rho on ker sigma above the cut-off)."""
    ws, vs = eigh(sigma)
    cut = zero_cutoff(ws)
    if ws[0] < -cut:
        raise InvalidState(f"relative_entropy: sigma not positive: smallest eigenvalue "
                           f"{mp.nstr(ws[0], 5)}")
    r = matmul(vs.conj().T, rho, vs)  # rho in sigma's eigenbasis
    kernel = [i for i, x in enumerate(ws) if x <= cut]
    if sum(abs(r[i, i]) for i in kernel) > zero_cutoff(ws, len(ws)):
        return mp.inf
    log = mp.log if is_mp(ws) else math.log
    cross = sum(r[i, i] * log(ws[i]) for i in range(len(ws)) if i not in kernel)
    val = _xlogx(eigvalsh(rho), "relative_entropy") - cross
    return mp.re(val) if is_mp(rho) else float(np.real(val))


@kernel(dims=BIPARTITE, rho=STATE.on("dims"))
def marginals(rho, dims):
    """(rho_S, rho_B) = (Tr_B rho, Tr_S rho)."""
    return ptrace(rho, dims, 0), ptrace(rho, dims, 1)


@kernel(dims=BIPARTITE, rho=STATE.on("dims"))
def mutual_information(rho, dims):
    """I(S:B) = S(rho_S) + S(rho_B) - S(rho)."""
    rs, rb = marginals(rho, dims)
    return entropy(rs) + entropy(rb) - entropy(rho)


@kernel(dims=BIPARTITE, rho=STATE.on("dims"))
def correlation_matrix(rho, dims):
    """chi = rho - rho_S (x) rho_B (alipour2016 eq. 8); at high precision exactly Hermitian,
    from the upper triangle (half the arithmetic)."""
    rs, rb = marginals(rho, dims)
    if not is_mp(rho):
        return rho - kron(rs, rb)
    ds, db = (int(d) for d in dims)
    n = ds * db
    src, a, b = (_mpc_parts(m) for m in (rho, rs, rb))
    prec, make = mp.mp.prec, mp.make_mpc
    out = [None] * (n * n)
    for i in range(n):
        i1, i2 = divmod(i, db)
        row = i * n
        out[row + i] = mp.make_mpf(mpf_sub(src[row + i][0], mpc_mul(
            a[i1 * ds + i1], b[i2 * db + i2], prec, round_nearest)[0], prec, round_nearest))
        for j in range(i + 1, n):
            j1, j2 = divmod(j, db)
            z = mpc_sub(src[row + j], mpc_mul(a[i1 * ds + j1], b[i2 * db + j2], prec,
                                              round_nearest), prec, round_nearest)
            out[row + j], out[j * n + i] = make(z), make(mpc_conjugate(z, prec, round_nearest))
    return np.array(out, dtype=object).reshape(n, n)


def _mpc_parts(m):
    """Entries of an object array of mpmath numbers as mpc tuples, row-major."""
    return [v._mpc_ if type(v) is mp.mpc else mp.mpc(v)._mpc_ for v in m.ravel().tolist()]


def _svals(a):
    """Singular values of a (via the Hermitian a^dag a)."""
    return sqrt_eigenvalues(eigvalsh(matmul(a.conj().T, a)))


def _is_hermitian(a):
    return a.shape[0] == a.shape[1] and max(abs(x) for x in (a - a.conj().T).flat) <= round_tol(a)


@kernel(a=MATRIX)
def hs_norm(a):
    """Hilbert-Schmidt (Frobenius) norm sqrt(Tr[a^dag a])."""
    s = sum(abs(x) ** 2 for x in a.flat)
    return mp.sqrt(s) if is_mp(a) else float(np.sqrt(s))


@kernel(a=MATRIX)
def trace_norm(a):
    """Trace norm Tr sqrt(a^dag a) (sum of |eigenvalues| for Hermitian a)."""
    if _is_hermitian(a):
        return sum(abs(x) for x in eigvalsh(a))
    return sum(_svals(a))


@kernel(a=MATRIX)
def operator_norm(a):
    """Operator (spectral) norm: the largest singular value (max |eigenvalue| if Hermitian)."""
    if _is_hermitian(a):
        w = eigvalsh(a)
        return max(abs(w[0]), abs(w[-1]))
    return max(_svals(a))


@kernel(rho=TWO_QUBITS)
def concurrence(rho):
    """Wootters concurrence of any two-qubit state: max(0, l1 - l2 - l3 - l4), l_i the
    decreasing eigenvalues of sqrt(sqrt(rho) rho~ sqrt(rho)), rho~ = (sy sy) rho* (sy sy)."""
    yy = np.array([[0, 0, 0, -1], [0, 0, 1, 0], [0, 1, 0, 0], [-1, 0, 0, 0]],
                  dtype=object if is_mp(rho) else complex)
    w, v = eigh(rho)
    cut = zero_cutoff(w)
    if w[0] < -cut:
        raise InvalidState(f"concurrence: rho: not positive: smallest eigenvalue "
                           f"{mp.nstr(w[0], 5)} below -{mp.nstr(cut, 3)}")
    s = _rebuild(v, np.array(sqrt_eigenvalues(w), dtype=w.dtype))
    m = matmul(s, yy, rho.conj(), yy, s)
    lam = sorted(sqrt_eigenvalues(eigvalsh((m + m.conj().T) / 2)), reverse=True)
    c = lam[0] - lam[1] - lam[2] - lam[3]
    return max(c, 0 * c)


@kernel(rho=TWO_QUBITS)
def concurrence_x(rho):
    """Concurrence of a two-qubit X state (only diagonal, 14 and 23 entries nonzero):
    2 max(0, |rho_23| - sqrt(rho_11 rho_44), |rho_14| - sqrt(rho_22 rho_33))."""
    tol = round_tol(rho)
    xmask = {(0, 0), (1, 1), (2, 2), (3, 3), (0, 3), (3, 0), (1, 2), (2, 1)}
    off = max(abs(rho[i, j]) for i in range(4) for j in range(4) if (i, j) not in xmask)
    if off > tol:
        raise InvalidState(f"concurrence_x: rho: not an X state: largest entry outside the X pattern "
                           f"{mp.nstr(off, 5)}")
    sq = mp.sqrt if is_mp(rho) else np.sqrt
    re = mp.re if is_mp(rho) else np.real
    p = [re(rho[i, i]) for i in range(4)]
    # positive iff the diagonal and both 2x2 blocks (00,11), (01,10) are
    worst = min(p + [p[0] * p[3] - abs(rho[0, 3]) ** 2, p[1] * p[2] - abs(rho[1, 2]) ** 2])
    if worst < -tol:
        raise InvalidState(f"concurrence_x: rho: not positive: a diagonal entry or 2x2 block "
                           f"determinant is {mp.nstr(worst, 5)}")
    a = abs(rho[1, 2]) - sq(re(rho[0, 0]) * re(rho[3, 3]))
    b = abs(rho[0, 3]) - sq(re(rho[1, 1]) * re(rho[2, 2]))
    return 2 * max(0 * a, a, b)
