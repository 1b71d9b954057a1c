"""Relative entropy of entanglement of two qubits, with a certified lower bound.

E_R(rho) = min S(rho || sigma) over separable two-qubit states sigma.  For two qubits the
separable states are exactly the PPT states (Horodecki, Horodecki and Horodecki 1996), so
the minimum runs over {sigma >= 0, sigma^T_B >= 0, Tr sigma = 1}, a convex problem.

Method (:func:`ree`):

1. PPT states: E_R = 0 with sigma = rho (the lower bound 0 is Klein's inequality).
2. X states (nonzero entries only on the diagonal and on the (00,11), (01,10) anti-diagonal),
   after a diagonal local unitary that makes both coherences real and non-negative.  They are
   invariant under sigma_z (x) sigma_z and complex conjugation, so (S(rho||.) convex, the PPT
   set invariant) a minimiser can be taken real and X-shaped: q = diag(sigma), s = sigma_(00,11),
   u = sigma_(01,10).  With the entanglement in the (00,11) coherence (c^2 > rho_01 rho_10;
   otherwise a local sigma_x on B swaps the two blocks) the PPT constraint s^2 <= q_01 q_10 is
   active at the optimum (if not, rho itself would minimise), which leaves the four unknowns
   (q_00, q_11, q_01, u): damped Newton in float64 from a boundary start, then Newton at the
   working precision (exact gradient, Hessian by central differences at extra precision).
   If the (01,10) block of rho vanishes (e.g. a|00> + b|11>), the minimiser lies on the face
   q_01 = q_10 = 0, where the stationary point is sigma = diag(rho_00, 0, 0, rho_11)
   (the certificate below then confirms that leaving the face does not help).
   Pure states are first brought to Schmidt form by local unitaries (E_R is invariant).
3. Any other state: sigma on the PPT boundary, sigma^T_B = Y Y^dag / Tr(Y Y^dag) with Y 4x3.
   Damped (modified) Newton in float64 from boundary starts (rho mixed with I/4 or with
   rho_A (x) rho_B just enough to become PPT), then Newton at the working precision with the
   exact gradient 2 ((G^T_B + 1) / Tr(Y Y^dag)) Y, G = -Dlog_sigma[rho], and the float64 Hessian.
   This needs a full-rank minimiser; if the minimiser is singular (rank-deficient rho other
   than the X and pure cases) the certificate stays open and :class:`NotConverged` is raised.

Certificate.  f(sigma) = S(rho||sigma) is convex, so for every separable tau
f(tau) >= f(sigma) + 1 - Tr[D tau], D = Dlog_sigma[rho] (on the support of sigma; Tr[D sigma] = 1).
Write (1 - D)^T_B = Z - N with Z, N >= 0 (positive and negative parts).  For a product vector
<ab|D|ab> = 1 - <a b*|Z|a b*> + <a b*|N|a b*> <= 1 + ||N||, hence Tr[D tau] <= 1 + ||N|| and

    f(sigma) - ||N|| <= E_R(rho) <= f(sigma).

At the exact minimiser N = 0 (the optimality condition D = 1 - Z^T_B).  The bound is computed
in working-precision arithmetic (not interval arithmetic).  The sigma returned is checked to be
PSD and PPT to within the rounding of the working precision.

Accuracy.  The work is done with GUARD_DIGITS = 10 extra digits and the value rounded to the
working precision; the certified gap (:attr:`REE.gap`, kept unrounded) was at most 8e-36 at 30
digits and 1.3e-55 at 50 digits (relative) on 36 random entangled states of ranks 1-4, i.e. the
value is exact to the working precision.  :func:`ree` raises :class:`NotConverged` if the gap
exceeds ``tol`` (default 10^-(dps - 10)).  float64 input runs the float64 stages only (gap
< 1e-9; the value itself is accurate to ~1e-15 since the error is second order in sigma).
Cost at 50 digits: ~40 ms per state (general path), X states and pure states less.
Limitation: a rank-deficient minimiser outside the X and pure cases (e.g. a rank-2 state
supported on span{|e0 f0>, |e1 f1>} for rotated local bases) is not handled: the general path
then raises :class:`NotConverged` rather than return an uncertified value.
"""
import math
from dataclasses import dataclass

import mpmath as mp
import numpy as np

from . import linalg
from .arrays import is_mp, to_array
from .checks import (BIPARTITE, EXACT_SQUARE, HERMITIAN, STATE, Choice, Real, clean_state,
                     kernel)
from .context import FLOAT64_EPS
from .errors import InvalidOperator, InvalidState, NotConverged, SingularMatrix
from .quantities import TWO_QUBITS, relative_entropy

GUARD_DIGITS = 10
_X_ENTRIES = {(0, 0), (1, 1), (2, 2), (3, 3), (0, 3), (3, 0), (1, 2), (2, 1)}
_SWAP_B = [1, 0, 3, 2]  # sigma_x on B: |00> <-> |01>, |10> <-> |11>


@dataclass(frozen=True)
class REE:
    """Result of :func:`ree`.

    ``value`` = S(rho || sigma) at the returned closest separable state ``sigma`` (an upper
    bound on E_R), ``gap`` the certified accuracy (value - gap <= E_R <= value; computed with
    the guard digits, so it can be far below the working precision), ``method`` the path taken
    ("ppt", "x-state", "x-state (Schmidt frame)", "general") and ``steps`` the number of
    working-precision Newton steps.
    """
    value: object
    gap: object
    sigma: object
    method: str
    steps: int = 0

    @property
    def lower(self):
        """The certified lower bound value - gap."""
        return self.value - self.gap


# ---------------------------------------------------------------- small helpers

def _eps(a):
    return FLOAT64_EPS if not is_mp(a) else mp.mpf(2) ** (1 - mp.mp.prec)


def _tol(a):
    """Rounding tolerance of a 4x4 state of ``a``'s kind."""
    return 2 ** 10 * _eps(a)


def _herm(a):
    return (a + a.conj().T) / 2


def _eye(n, like):
    if is_mp(like):
        out = np.full((n, n), mp.mpf(0), dtype=object)
        for i in range(n):
            out[i, i] = mp.mpf(1)
        return out
    return np.eye(n, dtype=complex)


def _re(x):
    return mp.re(x) if isinstance(x, (mp.mpf, mp.mpc)) else float(np.real(x))


def _sqrt(x):
    return mp.sqrt(x) if isinstance(x, (mp.mpf, mp.mpc)) else math.sqrt(x)


@kernel(dims=BIPARTITE, party=Choice((0, 1)), rho=EXACT_SQUARE.on("dims"))
def partial_transpose(rho, dims=(2, 2), party=1):
    """Partial transpose of a bipartite operator on ``party`` (0 or 1; default the second).

    >>> import numpy as np
    >>> m = np.arange(16.).reshape(4, 4)
    >>> bool(np.all(partial_transpose(partial_transpose(m)) == m))
    True
    """
    da, db = (int(d) for d in dims)
    t = rho.reshape(da, db, da, db)
    t = t.transpose(0, 3, 2, 1) if party == 1 else t.transpose(2, 1, 0, 3)
    return t.reshape(da * db, da * db)


@kernel(dims=BIPARTITE, rho=STATE.on("dims"))
def is_ppt(rho, dims=(2, 2)):
    """True if the partial transpose has no eigenvalue below minus the rounding tolerance."""
    return bool(linalg.eigvalsh(_herm(partial_transpose(rho, dims)))[0] >= -_tol(rho))


# ---------------------------------------------------------------- float64 linear algebra

def _dlog64(sigma, x):
    """Dlog_sigma[x] in float64 (divided differences of log on the eigenvalues of sigma)."""
    w, v = np.linalg.eigh(sigma)
    if w[0] <= 0:
        return None
    lw = np.log(w)
    diff = w[:, None] - w[None, :]
    close = np.abs(diff) <= 1e-9 * np.maximum(w[:, None], w[None, :])
    k = np.where(close, 2 / (w[:, None] + w[None, :]),
                 (lw[:, None] - lw[None, :]) / np.where(close, 1, diff))
    return v @ (k * (v.conj().T @ x @ v)) @ v.conj().T


def _relent64(rho, sigma, s_rho):
    """S(rho||sigma) = -S(rho) - Tr[rho log sigma] in float64 (inf if sigma is not PD)."""
    w, v = np.linalg.eigh(sigma)
    if w[0] <= 0:
        return math.inf
    r = np.real(np.einsum("ij,ji->i", v.conj().T, rho @ v))
    return float(-s_rho - np.dot(r, np.log(w)))


def _entropy64(rho):
    w = np.linalg.eigvalsh(rho)
    w = w[w > 1e-300]
    return float(-np.sum(w * np.log(w)))


def _newton64(f, grad, x, steps=60, hstep=1e-6, gtol=1e-13):
    """Damped modified Newton in float64: Hessian by central differences of ``grad``,
    negative curvature flipped, near-null directions (gauge) dropped, backtracking on f."""
    fx = f(x)
    n = len(x)
    for _ in range(steps):
        g = grad(x)
        if g is None or not np.all(np.isfinite(g)):
            break
        if np.linalg.norm(g) <= gtol * max(1.0, abs(fx)):
            break
        h = np.empty((n, n))
        for k in range(n):
            e = np.zeros(n)
            e[k] = hstep
            gp, gm = grad(x + e), grad(x - e)
            if gp is None or gm is None:
                gp = gm = g  # at the edge of the domain: no curvature information
            h[:, k] = (gp - gm) / (2 * hstep)
        lam, vec = np.linalg.eigh((h + h.T) / 2)
        keep = np.abs(lam) > 1e-9 * max(1.0, np.abs(lam).max())
        step = -vec[:, keep] @ ((vec[:, keep].T @ g) / np.abs(lam[keep]))
        t, improved = 1.0, False
        for _ in range(40):
            ft = f(x + t * step)
            if ft <= fx - 1e-4 * t * abs(np.dot(g, step)) or (ft <= fx and t < 1e-3):
                improved = True
                break
            t /= 2
        if not improved:
            break
        x, fx = x + t * step, ft
    return x, fx


# ---------------------------------------------------------------- X states

def _x_frame(a):
    """(real X parameters, frame) for an X state: phases u (diagonal local unitary) and whether
    the blocks were swapped so that the (00,11) coherence carries the entanglement."""
    p = [_re(a[i, i]) for i in range(4)]
    c, d = a[0, 3], a[1, 2]
    if is_mp(a):
        ac, ad = (mp.arg(c) if c != 0 else mp.mpf(0)), (mp.arg(d) if d != 0 else mp.mpf(0))
        al, be = (ac + ad) / 2, (ac - ad) / 2
        u = [mp.mpf(1), mp.expj(be), mp.expj(al), mp.expj(al + be)]
        c, d = abs(c), abs(d)
    else:
        ac, ad = np.angle(c), np.angle(d)
        al, be = (ac + ad) / 2, (ac - ad) / 2
        u = [1.0, np.exp(1j * be), np.exp(1j * al), np.exp(1j * (al + be))]
        c, d = float(abs(c)), float(abs(d))
    swap = d * d > p[0] * p[3]
    if swap:
        p = [p[i] for i in _SWAP_B]
        c, d = d, c
    return (p, c, d), (u, swap)


def _x_matrix(q, s, u, like):
    """The real X matrix with diagonal q, (00,11) entry s and (01,10) entry u."""
    m = np.zeros((4, 4), dtype=object if is_mp(like) else complex)
    if is_mp(like):
        m[:, :] = mp.mpf(0)
    for i in range(4):
        m[i, i] = q[i]
    m[0, 3] = m[3, 0] = s
    m[1, 2] = m[2, 1] = u
    return m


def _x_unframe(m, frame):
    """An X matrix of the real frame taken back to the original frame."""
    u, swap = frame
    if swap:
        m = m[np.ix_(_SWAP_B, _SWAP_B)]
    ub = np.array([x.conjugate() for x in u], dtype=m.dtype)
    return ub[:, None] * m * np.array(u, dtype=m.dtype)[None, :]


def _block(a, b, c):
    """[[a, c], [c, b]] as a 2x2 array of the kind of ``a``."""
    return np.array([[a, c], [c, b]], dtype=object if isinstance(a, mp.mpf) else float)


class _XProblem:
    """S(rho||sigma) for real X rho, sigma on the face s^2 = q01 q10, in the unknowns
    x = (q00, q11, q01, u) with q10 = 1 - q00 - q11 - q01 and s = sqrt(q01 q10)."""

    def __init__(self, p, c, d):
        self.p, self.c, self.d = p, c, d
        self.ra = _block(p[0], p[3], c)
        self.rb = _block(p[1], p[2], d)

    def sigma_blocks(self, x):
        q0, q3, q1, u = x
        q2 = 1 - q0 - q3 - q1
        if min(q0, q3, q1, q2) <= 0:
            return None
        s = _sqrt(q1 * q2)
        if s * s >= q0 * q3 or u * u >= q1 * q2:
            return None
        return _block(q0, q3, s), _block(q1, q2, u), s, q2

    def f(self, x):
        """-Tr[rho_A log sigma_A] - Tr[rho_B log sigma_B] (S(rho||sigma) up to -S(rho))."""
        blocks = self.sigma_blocks(x)
        if blocks is None:
            return math.inf if not isinstance(x[0], mp.mpf) else mp.inf
        sa, sb, _, _ = blocks
        return -(_trlog(self.ra, sa) + _trlog(self.rb, sb))

    def grad(self, x):
        blocks = self.sigma_blocks(x)
        if blocks is None:
            return None
        sa, sb, s, q2 = blocks
        q0, q3, q1, u = x
        ga = -_dlog2(sa, self.ra)
        gb = -_dlog2(sb, self.rb)
        ds_dq0 = -q1 / (2 * s)  # s = sqrt(q1 q2), q2 = 1 - q0 - q3 - q1
        ds_dq1 = (q2 - q1) / (2 * s)
        return [ga[0, 0] - gb[1, 1] + 2 * ga[0, 1] * ds_dq0,
                ga[1, 1] - gb[1, 1] + 2 * ga[0, 1] * ds_dq0,
                gb[0, 0] - gb[1, 1] + 2 * ga[0, 1] * ds_dq1,
                2 * gb[0, 1]]


def _trlog(r, s):
    """Tr[r log s] for real symmetric 2x2 r, s (s positive definite)."""
    if isinstance(s[0, 0], mp.mpf):
        w, v = linalg.eigh(s)
        rr = v.conj().T @ r @ v
        return mp.re(sum(rr[i, i] * mp.log(w[i]) for i in range(2) if rr[i, i] != 0))
    w, v = np.linalg.eigh(s)
    rr = np.diag(v.T @ r @ v)
    return float(np.dot(rr, np.log(w)))


def _dlog2(s, r):
    if isinstance(s[0, 0], mp.mpf):
        return np.vectorize(mp.re, otypes=[object])(linalg.dlogm_psd(s, r))
    return np.real(_dlog64(s.astype(complex), r.astype(complex)))


def _x_start(p, c, d):
    """A feasible start on the face: rho mixed with I/4 until s^2 = q01 q10."""
    # ((1-l) c)^2 = ((1-l) p1 + l/4)((1-l) p2 + l/4): quadratic in m = l / (1 - l)
    a, b, cc = 1 / 16, (p[1] + p[2]) / 4, p[1] * p[2] - c * c
    m = (-b + math.sqrt(b * b - 4 * a * cc)) / (2 * a)
    lam = m / (1 + m) * (1 + 1e-9)
    q = [(1 - lam) * x + lam / 4 for x in p]
    return np.array([q[0], q[3], q[1], (1 - lam) * d])


def _solve_x(p, c, d, kind):
    """Real X parameters (q, s, u) of the minimiser; steps of working-precision Newton."""
    if p[1] == 0 and p[2] == 0 and d == 0:  # (01,10) block empty: the face q01 = q10 = 0
        tot = p[0] + p[3]
        zero = mp.mpf(0) if kind == "mp" else 0.0
        return [p[0] / tot, zero, zero, p[3] / tot], zero, zero, 0
    pf = [float(x) for x in p]
    prob64 = _XProblem(pf, float(c), float(d))
    x, _ = _newton64(prob64.f, lambda y: _arr(prob64.grad(y)), _x_start(pf, float(c), float(d)))
    steps = 0
    if kind == "mp":
        prob = _XProblem(p, c, d)
        x, steps = _polish(prob.grad, [mp.mpf(v) for v in x])
    q0, q3, q1, u = x
    q2 = 1 - q0 - q3 - q1
    return [q0, q1, q2, q3], _sqrt(q1 * q2), u, steps


def _arr(g):
    return None if g is None else np.array([float(v) for v in g])


def _polish(grad, x, max_steps=12):
    """Newton at the working precision on grad = 0 (few unknowns): Jacobian by central
    differences with h = 10^-(dps/2 + 5) at twice the precision (error ~ 10^-(dps + 10))."""
    n = len(x)
    target = mp.mpf(10) ** (3 - mp.mp.dps)  # x is kept at the working precision
    for step in range(1, max_steps + 1):
        with mp.workdps(2 * mp.mp.dps + 20):
            g = grad(x)
            if g is None:
                raise NotConverged("ree: Newton left the feasible region")
            h = mp.mpf(10) ** (-(mp.mp.dps // 4) - 5)
            jac = mp.matrix(n, n)
            for k in range(n):
                xp, xm = list(x), list(x)
                xp[k] += h
                xm[k] -= h
                gp, gm = grad(xp), grad(xm)
                if gp is None or gm is None:
                    raise NotConverged("ree: Newton step at the edge of the feasible region")
                for i in range(n):
                    jac[i, k] = (gp[i] - gm[i]) / (2 * h)
            dx = mp.lu_solve(jac, mp.matrix(g))
            x = [x[i] - dx[i] for i in range(n)]
        x = [+v for v in x]
        if max(abs(v) for v in dx) <= target:
            return x, step
    return x, max_steps


# ---------------------------------------------------------------- Schmidt frame of pure states

def _schmidt_frame(a):
    """Local unitary W = U (x) V with W rho W^dag in Schmidt form, for a pure two-qubit rho."""
    w, v = linalg.eigh(a)
    psi = v[:, 3]
    m = psi.reshape(2, 2)  # psi = sum m_ij |i>|j>
    mm = m @ m.conj().T
    lw, lu = linalg.eigh(_herm(mm))
    lu = lu[:, ::-1]  # larger Schmidt coefficient first
    sv = [_sqrt(max(x, 0 * x)) for x in lw[::-1]]
    # m = U S V^dag with V = m^dag U S^-1 (s_2 > 0: otherwise rho is a product, hence PPT)
    vv = (m.conj().T @ lu) / np.array(sv, dtype=lu.dtype)[None, :]
    # psi = sum_k s_k (U e_k) (x) (conj(V) e_k): W = U^dag (x) V^T maps it to sum_k s_k |kk>
    return linalg.kron(lu.conj().T, vv.T), sv


# ---------------------------------------------------------------- general states

def _y_to_sigma(y):
    tau = y @ y.conj().T
    t = np.trace(tau)
    return _herm(partial_transpose(tau)) / t, t


def _pack(y):
    return np.concatenate([y.real.ravel(), y.imag.ravel()])


def _unpack(x):
    return (x[:12] + 1j * x[12:]).reshape(4, 3)


_BASIS = np.array([_unpack(e) for e in np.eye(24)])  # dY/dx_a


def _f1(x, y):
    """First divided difference of log."""
    if abs(x - y) <= 1e-6 * max(x, y):
        return 2 / (x + y)
    return (math.log(x) - math.log(y)) / (x - y)


def _f2(x, y, z):
    """Second divided difference of log (symmetric in its arguments)."""
    lo, mid, hi = sorted((x, y, z))
    if hi - lo <= 1e-6 * hi:
        m = (lo + mid + hi) / 3
        return -1 / (2 * m * m)
    return (_f1(lo, mid) - _f1(mid, hi)) / (lo - hi)


class _GeneralProblem:
    """S(rho||sigma) over sigma with sigma^T_B = Y Y^dag / Tr, Y 4x3, in float64: value,
    gradient and the exact Hessian (second divided differences of log)."""

    def __init__(self, rho):
        self.rho = rho
        self.s_rho = _entropy64(rho)

    def f(self, x):
        sigma, _ = _y_to_sigma(_unpack(x))
        return _relent64(self.rho, sigma, self.s_rho)

    def grad(self, x):
        y = _unpack(x)
        sigma, t = _y_to_sigma(y)
        d = _dlog64(sigma, self.rho)
        if d is None:
            return None
        g = (partial_transpose(-d) + np.eye(4)) / np.real(t)
        return _pack(2 * g @ y)

    def hess(self, x):
        """d^2 f / dx_a dx_b = D^2 g[sigma_a, sigma_b] + Tr[G sigma_ab], g(sigma) = -Tr[rho log sigma],
        G = -Dlog_sigma[rho], sigma = (Y Y^dag)^T_B / t."""
        y = _unpack(x)
        sigma, t = _y_to_sigma(y)
        t = float(np.real(t))
        w, v = np.linalg.eigh(sigma)
        k1 = np.array([[_f1(w[i], w[j]) if i != j else 1 / w[i] for j in range(4)] for i in range(4)])
        rt = v.conj().T @ self.rho @ v
        gmat = -(v @ (k1 * rt) @ v.conj().T)
        kmat = partial_transpose(gmat)
        ya = _BASIS
        tau_a = np.einsum("aij,kj->aik", ya, y.conj())
        tau_a = tau_a + tau_a.conj().transpose(0, 2, 1)
        t_a = np.real(np.einsum("aii->a", tau_a))
        pt_a = np.array([partial_transpose(m) for m in tau_a])
        u_a = np.real(np.einsum("ij,aji->a", gmat, pt_a))
        sig_a = pt_a / t - sigma[None] * (t_a / t)[:, None, None]
        s_a = np.einsum("ki,akl,lj->aij", v.conj(), sig_a, v)
        f2 = np.array([[[_f2(w[i], w[k], w[j]) for j in range(4)] for k in range(4)]
                       for i in range(4)])
        m = rt.T[:, None, :] * f2  # M_ikj = rho~_ji F_ikj
        h1 = -np.einsum("ikj,aik,bkj->ab", m, s_a, s_a)
        h1 = h1 + h1.T
        mm = 2 * np.real(np.einsum("bkj,kl,alj->ab", ya.conj(), kmat, ya))
        h2 = (mm / t - (np.outer(u_a, t_a) + np.outer(t_a, u_a)) / t ** 2
              + 2 * np.eye(24) / t - 2 * np.outer(t_a, t_a) / t ** 2)
        h = np.real(h1) + h2
        return (h + h.T) / 2


def _gauge_complement(y):
    """Orthonormal basis (24 x 14) of the directions that change sigma: the complement of
    Y -> Y U (U in U(3)) and Y -> c Y."""
    gens = [y]
    for i in range(3):
        for j in range(3):
            h = np.zeros((3, 3), dtype=complex)
            if i == j:
                h[i, i] = 1j
            elif i < j:
                h[i, j], h[j, i] = 1, -1
            else:
                h[i, j], h[j, i] = 1j, 1j
            gens.append(y @ h)
    g = np.array([_pack(m) for m in gens]).T
    u, _, _ = np.linalg.svd(g)
    return u[:, 10:]


def _newton_matrix(prob, x):
    """P with step = -P grad: the Newton step on the gauge complement, negative curvature
    flipped (modified Newton)."""
    qc = _gauge_complement(_unpack(x))
    hc = qc.T @ prob.hess(x) @ qc
    lam, vec = np.linalg.eigh((hc + hc.T) / 2)
    lam = np.maximum(np.abs(lam), 1e-12 * np.abs(lam).max())
    return qc @ vec @ np.diag(1 / lam) @ vec.T @ qc.T


def _normalise(x):
    return x / np.linalg.norm(x)


def _newton_general(prob, x, steps=50):
    x = _normalise(x)
    fx = prob.f(x)
    for _ in range(steps):
        g = prob.grad(x)
        if g is None:
            break
        step = -_newton_matrix(prob, x) @ g
        xt = _normalise(x + step)
        ft = prob.f(xt)
        gt = prob.grad(xt) if abs(ft - fx) <= 1e-13 * (1 + abs(fx)) else None
        if gt is None or np.linalg.norm(gt) >= np.linalg.norm(g):
            # f decides while it is above its rounding noise; below, the gradient norm does
            t = 1.0
            while t > 1e-12:
                xt = _normalise(x + t * step)
                ft = prob.f(xt)
                if ft <= fx + 1e-4 * t * np.dot(g, step):
                    break
                t /= 2
            else:
                break
        small = np.linalg.norm(xt - x) <= 1e-14
        x, fx = xt, ft
        if small:
            break
    return x, fx


def _boundary_start(rho, other):
    """Y for (1 - l) rho + l other with l the smallest weight making it PPT (other PPT, PD)."""
    lo, hi = 0.0, 1.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if np.linalg.eigvalsh(partial_transpose((1 - mid) * rho + mid * other))[0] < 0:
            lo = mid
        else:
            hi = mid
    tau = _herm(partial_transpose((1 - hi) * rho + hi * other))
    w, v = np.linalg.eigh(tau)
    return _pack(v[:, 1:] * np.sqrt(np.maximum(w[1:], 0))[None, :])


def _grad_mp(rho, y):
    """Gradient 2 ((G^T_B + 1) / t) Y at the working precision, G = -Dlog_sigma[rho]."""
    sigma, t = _y_to_sigma(y)
    d = linalg.dlogm_psd(sigma, rho)
    g = 2 * ((partial_transpose(-d) + _eye(4, rho)) / mp.re(t)) @ y
    return np.concatenate([np.vectorize(mp.re, otypes=[object])(g).ravel(),
                           np.vectorize(mp.im, otypes=[object])(g).ravel()])


def _solve_general(a):
    """Closest separable sigma of a non-X, non-PPT state (float64 or working precision)."""
    r64 = a.astype(complex) if is_mp(a) else a
    prob = _GeneralProblem(r64)
    ra, rb = linalg.ptrace(r64, [2, 2], 0), linalg.ptrace(r64, [2, 2], 1)
    best = None
    for other in (np.eye(4) / 4, np.kron(ra, rb)):
        if np.linalg.eigvalsh(other)[0] <= 1e-12:
            continue
        x, fx = _newton_general(prob, _boundary_start(r64, other))
        if best is None or fx < best[1]:
            best = (x, fx)
    x = best[0]
    if not is_mp(a):
        return _y_to_sigma(_unpack(x))[0], 0
    # Newton at the working precision: exact gradient, float64 Hessian (rate ~ cond * 1e-16)
    xm = np.array([mp.mpf(float(v)) for v in x], dtype=object)
    target = mp.mpf(10) ** (3 - mp.mp.dps)
    for step in range(1, 16):
        p64 = _newton_matrix(prob, xm.astype(float))
        pm = np.vectorize(lambda v: mp.mpf(float(v)), otypes=[object])(p64)
        y = np.array([[mp.mpc(xm[3 * i + j], xm[12 + 3 * i + j]) for j in range(3)]
                      for i in range(4)], dtype=object)
        try:
            dx = pm @ _grad_mp(a, y)
        except (SingularMatrix, InvalidOperator) as exc:  # an iterate at or past the boundary
            raise NotConverged("ree: the general path reached a singular sigma (the closest "
                               "separable state is rank-deficient; not handled)") from exc
        xm = xm - dx
        xm = xm / mp.sqrt(mp.fsum(v * v for v in xm))
        if max(abs(v) for v in dx) <= target:
            break
    y = np.array([[mp.mpc(xm[3 * i + j], xm[12 + 3 * i + j]) for j in range(3)]
                  for i in range(4)], dtype=object)
    return _y_to_sigma(y)[0], step


# ---------------------------------------------------------------- certificate

def _dlog_on_support(sigma, rho, tol=None):
    """D = Dlog_sigma[rho] on the support of sigma (rho must have no weight off it, to ``tol``)."""
    w, v = linalg.eigh(sigma)
    cut = linalg.zero_cutoff(w) if tol is None else tol
    r = linalg.matmul(v.conj().T, rho, v)
    supp = [i for i in range(4) if w[i] > cut]
    off = [r[i, j] for i in range(4) for j in range(4) if i not in supp or j not in supp]
    if off and max(abs(x) for x in off) > (2 ** 10 * _eps(rho) if tol is None else tol):
        raise InvalidState("ree: rho has weight outside the support of sigma")
    k = np.zeros((4, 4), dtype=object if is_mp(rho) else complex)
    if is_mp(rho):
        k[:, :] = mp.mpf(0)
    sub = np.array([w[i] for i in supp], dtype=w.dtype)
    kk = linalg.divided_differences(sub, mp.log, lambda x: 1 / x)
    for a_, i in enumerate(supp):
        for b_, j in enumerate(supp):
            k[i, j] = kk[a_, b_]
    return linalg.matmul(v, k * r, v.conj().T)


def certificate(rho, sigma, tol=None):
    """||N||, N the negative part of (1 - Dlog_sigma[rho])^T_B: E_R >= S(rho||sigma) - ||N||.

    ``tol``: eigenvalues of sigma up to ``tol`` count as zero (default: the zero cut-off)."""
    a, s = to_array(rho), to_array(sigma)
    d = _dlog_on_support(s, a, tol)
    w = linalg.eigvalsh(_herm(partial_transpose(_eye(4, a) - d)))
    return max(-w[0], 0 * w[0])


# ---------------------------------------------------------------- public

_CACHE = {}


def _key(a):
    if is_mp(a):
        return ("mp", mp.mp.prec) + tuple(mp.mpc(x)._mpc_ for x in a.flat)
    return ("f64", a.tobytes())


@kernel(rho=TWO_QUBITS, tol=Real(positive=True, optional=True))
def ree(rho, tol=None):
    """Relative entropy of entanglement of a two-qubit state, as a certified :class:`REE`.

    ``rho``: 4x4 density matrix (object array / mpmath matrix at the working precision, or a
    float64 array).  ``tol``: largest accepted certified gap (default 10^-(dps - 10), or 1e-7
    for float64 input); a larger gap raises :class:`NotConverged`.

    >>> import mpmath; from corrcheck import numeric
    >>> with numeric.precision(30):
    ...     r = ree(numeric.bell("phi+"))
    ...     mpmath.nstr(r.value, 15), r.method
    ('0.693147180559945', 'x-state')
    """
    a = _herm(rho)
    key = _key(a)
    if key not in _CACHE:
        if len(_CACHE) > 2048:
            _CACHE.clear()
        tol_in = 2 ** 12 * _eps(a)  # structure is judged at the input's precision
        if is_mp(a):
            with mp.workdps(mp.mp.dps + GUARD_DIGITS):
                res = _ree(a, tol_in)
            res = REE(+res.value, +res.gap, np.vectorize(lambda x: +x, otypes=[object])(res.sigma),
                      res.method, res.steps)
        else:
            res = _ree(a, tol_in)
        _CACHE[key] = res
    res = _CACHE[key]
    if tol is None:
        tol = mp.mpf(10) ** (10 - mp.mp.dps) if is_mp(a) else 1e-7
    if res.gap > tol * max(1, abs(res.value)):
        raise NotConverged(f"ree: certified gap {mp.nstr(res.gap, 3)} exceeds {mp.nstr(tol, 3)} "
                           f"(method {res.method}; a singular closest separable state?)")
    return res


def _ree(a, tol):
    if is_mp(a):  # eigenvalues within the input's rounding of zero become zero
        a = clean_state(a, (2, 2), tol, "ree", "rho")
    else:
        w, v = np.linalg.eigh(a)
        if w[0] < -tol:
            raise InvalidState(f"ree: rho: not positive: smallest eigenvalue {w[0]:.3g}")
        a = (v * np.maximum(w, 0)[None, :]) @ v.conj().T
        a = a / np.real(np.trace(a))
    if linalg.eigvalsh(_herm(partial_transpose(a)))[0] >= -tol:
        zero = mp.mpf(0) if is_mp(a) else 0.0
        return REE(zero, zero, a, "ppt")
    kind = "mp" if is_mp(a) else "float64"
    frame_w = None
    if max(abs(a[i, j]) for i in range(4) for j in range(4) if (i, j) not in _X_ENTRIES) > tol:
        w = linalg.eigvalsh(a)
        if w[2] <= tol:  # pure: Schmidt frame
            frame_w, sv = _schmidt_frame(a)
            phi = np.array([sv[0], 0 * sv[0], 0 * sv[0], sv[1]], dtype=a.dtype)
            a_x = np.outer(phi, phi.conj())  # = W rho W^dag to the input's precision
        else:
            sigma, steps = _solve_general(a)
            return _finish(a, sigma, "general", steps, tol)
    else:
        a_x = a
    (p, c, d), frame = _x_frame(a_x)
    if max(p[1], p[2], d) <= tol:  # the (01,10) block is empty to the input's precision
        p[1], p[2], d = 0 * p[1], 0 * p[2], 0 * d
    for (i, j), x in (((0, 3), c), ((1, 2), d)):  # blocks PSD to the input's precision
        if x * x > p[i] * p[j]:
            if x * x - p[i] * p[j] > tol:
                raise InvalidState(f"ree: not positive: |rho_{i}{j}|^2 > rho_{i}{i} rho_{j}{j}")
            if (i, j) == (0, 3):
                c = _sqrt(p[0] * p[3])
            else:
                d = _sqrt(p[1] * p[2])
    q, s, u, steps = _solve_x(p, c, d, kind)
    method = "x-state" if frame_w is None else "x-state (Schmidt frame)"
    # value and certificate in the real X frame (local unitaries leave both unchanged)
    res = _finish(_x_matrix(p, c, d, a), _x_matrix(q, s, u, a), method, steps, tol)
    sigma = _x_unframe(res.sigma, frame)
    if frame_w is not None:
        sigma = linalg.matmul(frame_w.conj().T, sigma, frame_w)
    return REE(res.value, res.gap, sigma, method, steps)


def _finish(a, sigma, method, steps, tol):
    sigma = _herm(sigma)
    value = relative_entropy(a, sigma)
    if value == mp.inf or not math.isfinite(float(value)):
        raise NotConverged(f"ree: the {method} minimiser does not contain the support of rho")
    gap = certificate(a, sigma, tol)
    wp = linalg.eigvalsh(_herm(partial_transpose(sigma)))[0]
    ws = linalg.eigvalsh(sigma)[0]
    if min(wp, ws) < -tol:
        raise NotConverged(f"ree: the {method} minimiser is not PPT/PSD (eigenvalue "
                           f"{mp.nstr(min(wp, ws), 3)})")
    return REE(value, gap, sigma, method, steps)


@kernel(rho=TWO_QUBITS, rho_dot=HERMITIAN.same_as("rho").traceless(),
        tol=Real(positive=True, optional=True))
def ree_rate(rho, rho_dot, tol=None):
    """d/dt E_R(rho(t)) for rho(t) = rho + t rho_dot + ... (Tr rho_dot = 0), by the envelope
    theorem: Tr[rho_dot (log rho - log sigma*)] with sigma* the closest separable state
    (each logarithm on its support; rho_dot must not leave the support of rho)."""
    a, da = _herm(rho), _herm(rho_dot)
    res = ree(a, tol)
    return _tr_log(da, a) - _tr_log(da, res.sigma)


def _tr_log(x, m):
    """Tr[x log m] with log on the support of m (x must vanish on its kernel)."""
    w, v = linalg.eigh(m)
    cut = linalg.zero_cutoff(w)
    r = linalg.matmul(v.conj().T, x, v)
    out = 0 * w[0]
    for i in range(4):
        if w[i] > cut:
            out += _re(r[i, i]) * (mp.log(w[i]) if is_mp(m) else math.log(w[i]))
        elif abs(r[i, i]) > 2 ** 10 * _eps(m):
            raise InvalidState("ree_rate: the derivative leaves the support (infinite rate)")
    return out
