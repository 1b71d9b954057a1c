"""Hermitian eigendecomposition at high precision (object arrays of mpmath numbers).

:func:`eigh_mp` tries, in order:

1. 2x2: the closed form (no iteration; of the two formulas for the eigenvector, the one
   without cancellation);
2. eigenvalues only, up to CHARPOLY_MAX and when LAPACK's float64 eigenvalues are
   separated: Arb's certified roots of the characteristic polynomial, accepted if every
   enclosure is within ``tol``;
3. LAPACK's float64 eigenvectors, refined in Arb by the iteration of Ogita and Aishima
   (Japan J. Indust. Appl. Math. 35, 1007 (2018), Algorithm 1): the first step at 128 bits
   with a float64 correction (from FLOAT64_STEP_MIN on, in float64 with Ozaki's error-free
   products, :mod:`numeric._ozaki`), then the error squares at each step;
4. Arb's approximate QR eigensolver (at the working precision plus guard bits), columns
   normalised, then the same refinement: it separates eigenvalues that float64 cannot
   (e.g. a gap of 1e-30 at 50 digits);
5. mpmath's Householder-QL solver ``eighe``.

3 and 4 are accepted only when max |X^dag X - I| and max |X^dag A X - (I - R) Lambda|
(the residual in the eigenbasis, R = I - X^dag X) are at most ``tol``; when only
eigenvalues are wanted, as soon as a Kato-Temple bound puts each Rayleigh quotient within
``tol`` (one product, A X, per check instead of three).  Eigenvectors can stay an acb_mat
(``arb=True``) for the products that rebuild a function of the matrix.
"""
import math

import flint
import mpmath as mp
import numpy as np

from . import _arb, _ozaki
from .arrays import identity
from .context import rounding_tolerance
from .errors import NotConverged

REFINE_MAX_PREC = 900  # bits (~270 digits): see _attempts
FAST_BITS = 128  # Arb multiplies matrices of two-limb numbers about 3x faster than wider ones
CHARPOLY_MAX = 9  # eigenvalues only: polynomial roots beat refinement up to 9x9
SEPARATED = 2.0**-26  # relative float64 eigenvalue gaps above this: Arb isolates the roots
FLOAT64_STEP_MIN = 10  # from 10x10 on, the first step costs less in float64 (_float64_step)


def eigh_mp(a, vectors=True, arb=False):
    """Eigenvalues (ascending, an object array of mpf) and orthonormal eigenvectors (columns,
    an object array; None unless ``vectors``) of the Hermitian object array ``a``.

    With ``arb`` the eigenvectors of an iterative result stay an acb_mat at the flint
    precision of :func:`numeric._arb.arb_precision` (for products that follow in Arb; the
    closed form and the fallback answer with an object array).
    Iterative results are checked against tol = 2^8 n eps max(1, max|a_ij|)
    (:func:`numeric.context.rounding_tolerance`).
    """
    n = a.shape[0]
    if n == 1:
        return np.array([mp.re(a[0, 0])], dtype=object), identity(1, a) if vectors else None
    if n == 2:
        return _closed_form(a, vectors)
    with _arb.arb_precision():
        m = _arb.hermitian_to_acb(a)
        f = _arb.entries(m).astype(complex)  # float64 copy: the scale, LAPACK's start
        finite = np.all(np.isfinite(f))  # else NaN/inf, or entries beyond 1e308
        if not finite and not all(mp.isfinite(x) for x in a.flat):
            raise ValueError("eigh: the matrix has NaN or infinite entries")
        tol = rounding_tolerance(n, np.abs(f).max() if finite else max(abs(x) for x in a.flat))
        found = next(filter(None, _attempts(m, f, tol, vectors)), None)
        if found:
            lam, x = found
            w = [_arb.real(v) for v in lam]
            order = sorted(range(n), key=w.__getitem__)
            w = np.array([w[i] for i in order], dtype=object)
            if not vectors:
                return w, None
            if arb:
                return w, _arb.columns(x, order)
            return w, _arb.from_acb(x)[:, order]
    return _eighe(a, vectors)


def _attempts(m, f, tol, vectors):
    """Candidate (eigenvalues as arbs, eigenvectors as acb_mat or None), each checked
    against ``tol``, or None; cheapest first, generated lazily.  ``f`` is the float64
    copy of ``m``.  Refinement judges residuals in float64, which holds them only down to
    10^-300: beyond REFINE_MAX_PREC, or for entries beyond float64's range, there are no
    candidates (mpmath's eighe answers)."""
    if mp.mp.prec > REFINE_MAX_PREC or not np.all(np.isfinite(f)):
        return
    w, v = _lapack(f)
    if (not vectors and m.nrows() <= CHARPOLY_MAX
            and np.min(np.diff(w)) > SEPARATED * max(1, np.abs(w).max())):
        yield _charpoly_roots(m, tol)
    if m.nrows() >= FLOAT64_STEP_MIN:
        x, first = _float64_step(m, f, v), 1
    else:
        x, first = _arb.from_complex(v), 0
    if x is not None:
        yield _refine(m, x, tol, vectors, first)
    x = _arb_start(m)
    if x is not None:
        yield _refine(m, x, tol, vectors)


def _closed_form(a, vectors):
    """[[p, q], [q*, d]]: eigenvalues (p + d)/2 -+ r, r = sqrt(((p - d)/2)^2 + |q|^2); the
    one of smaller magnitude as det / (the larger), which keeps a tiny eigenvalue's
    relative accuracy (diag(1, 1e-40) gives 1e-40, not 0)."""
    p, q, d = mp.re(a[0, 0]), a[0, 1], mp.re(a[1, 1])
    qq = mp.re(q) ** 2 + mp.im(q) ** 2
    h, mid = (p - d) / 2, (p + d) / 2
    r = mp.sqrt(h * h + qq)
    big = mid + r if mid >= 0 else mid - r
    small = (p * d - qq) / big if big else big
    w = np.array([small, big] if mid >= 0 else [big, small], dtype=object)
    if not vectors:
        return w, None
    if r == 0:
        return w, identity(2, a)
    if h >= 0:  # eigenvector (u0, u1) of mid + r, from the row without cancellation
        norm = mp.sqrt((h + r) ** 2 + qq)
        u0, u1 = (h + r) / norm, mp.conj(q) / norm
    else:
        norm = mp.sqrt(qq + (r - h) ** 2)
        u0, u1 = q / norm, (r - h) / norm
    return w, np.array([[-mp.conj(u1), u0], [mp.conj(u0), u1]], dtype=object)


def _lapack(f):
    """LAPACK's eigenvalues and eigenvectors of the float64 copy (the refinement's start)."""
    return np.linalg.eigh(f)


def _charpoly_roots(m, tol):
    """Eigenvalues as Arb's certified roots of the characteristic polynomial (computed in
    ball arithmetic), accepted if every enclosure is within ``tol``."""
    try:
        roots = m.charpoly().roots(tol=flint.arb(tol), maxprec=2 * flint.ctx.prec)
    except ValueError:  # not isolated at this precision
        return None
    if max(float(z.rad()) for z in roots) > tol:
        return None
    return [z.real for z in roots], None


def _arb_start(m):
    try:
        _, x = m.eig(right=True, algorithm="approx")
    except (ValueError, ZeroDivisionError):
        return None
    norms = [1 / g.real.sqrt() for g in (_arb.dagger(x) * x).entries()[::m.nrows() + 1]]
    return (x * _arb.diagonal(norms)).mid()


def _float64_step(m, f, v):
    """LAPACK's eigenvectors ``v`` after the first Ogita-Aishima step (:func:`_refine`),
    computed in float64 with error-free products (:mod:`numeric._ozaki`) on M = f + m2 (``f``
    the float64 copy of the Hermitian acb_mat ``m``, m2 the float64 rounding of the rest):
    X = V (I + E) as an acb_mat at the flint precision set by the caller, its error about
    the square of V's; None if float64 overflows on the way."""
    n = m.nrows()
    m2 = _arb.entries(m - _arb.from_complex(f)).astype(complex)
    vh = v.conj().T
    with np.errstate(all="ignore"):  # a useless start (NaN) is answered with None
        p_hi, p_lo = _ozaki.cproduct(f, v)  # M V to ~2^-100
        hi, lo = _ozaki.cproduct(vh, np.hstack([p_hi, v]))  # V^dag [M V, V]
        s = hi[:, :n] + (lo[:, :n] + vh @ (p_lo + m2 @ v))  # S = V^dag M V
        r = (np.eye(n) - hi[:, n:]) - lo[:, n:]  # R = I - V^dag V
        lam = s.diagonal().real / (1 - r.diagonal().real)
        e = _correction(s, r, lam)
    if not np.all(np.isfinite(e)):
        return None
    return (_arb.from_complex(v) + _arb.from_complex(v @ e)).mid()


def _residual(s, r, lam):
    """N = S - (I - R) Lambda off the diagonal, in float64 (``s``, ``r`` complex, ``lam`` real
    float64 arrays)."""
    nf = s + r * lam[None, :]
    np.fill_diagonal(nf, 0)
    return nf


def _apart(nf, rf, lf):
    """Pairs (i, j) of eigenvalues further apart than delta = 2 (|N| + 2 max|lambda| |R|)."""
    delta = 2 * (np.linalg.norm(nf) + 2 * np.abs(lf).max() * np.linalg.norm(rf))
    return np.abs(lf[None, :] - lf[:, None]) > delta


def _correction(s, r, lam):
    """E of an Ogita-Aishima step in float64: N_ij / (lambda_j - lambda_i) for eigenvalues
    apart (:func:`_apart`), R_ij / 2 within a cluster."""
    nf = _residual(s, r, lam)
    apart = _apart(nf, r, lam)
    gaps = np.where(apart, lam[None, :] - lam[:, None], 1)
    return np.where(apart, nf / gaps, r / 2)


def _refine(m, x, tol, vectors, first=0):
    """Ogita-Aishima iterations X <- X (I + E) on approximate eigenvectors ``x`` of the
    Hermitian acb_mat ``m`` (at the flint precision set by the caller).

    With S = X^dag M X, R = I - X^dag X, lambda_i = S_ii / (1 - R_ii) (Rayleigh quotients)
    and N = S - (I - R) Lambda (the residuals A x_i - lambda_i x_i in the basis X):
    E_ij = N_ij / (lambda_j - lambda_i) for eigenvalues further apart than
    delta = 2 (|N| + 2 max|lambda| |R|), else R_ij / 2 (a cluster is only
    re-orthonormalised).  The first step corrects the float64-sized errors of a start at
    FAST_BITS with E in float64 (for LAPACK's vectors :func:`_float64_step` takes it, and
    the iterations start at ``first`` = 1); later steps run at the full precision with E
    in Arb, so the error squares at each step.  Accepted at the full precision once
    max|N| and max|R| are at most ``tol`` or, without ``vectors``, once the Rayleigh
    quotients are settled to ``tol`` (:func:`_rayleigh`: one product, M X, instead of the
    three of a step).  Returns (lambda as arbs, X) or None.
    """
    n = m.nrows()
    one = _arb.identity(n)
    bound = float(tol)
    full = flint.ctx.prec
    fast = min(full, FAST_BITS)
    if first == 0:
        with _arb.arb_precision(fast):
            m_fast = (m * 1).mid()  # rounded to two limbs
    for step in range(first, 3 + max(0, math.ceil(math.log2(full / FAST_BITS)))):
        with _arb.arb_precision(fast if step == 0 else full):
            mx = ((m_fast if step == 0 else m) * x).mid()  # balls: 2x slower
            if step > 0 and not vectors:
                lam = _rayleigh(x, mx, bound)
                if lam is not None:
                    return lam, x
            xh = _arb.dagger(x)
            s = _arb.entries(xh * mx)
            r = _arb.entries(one - xh * x)
            lam = np.array([s[i, i].real / (1 - r[i, i].real) for i in range(n)], dtype=object)
            lf, rf = lam.astype(float), r.astype(complex)
            sf = s.astype(complex)
            nf = _residual(sf, rf, lf)
            if flint.ctx.prec == full and max(np.abs(nf).max(), np.abs(rf).max()) <= bound:
                return lam, x
            if step == 0:
                e = _arb.from_complex(_correction(sf, rf, lf))
            else:
                apart = _apart(nf, rf, lf)
                res = s + r * lam[None, :]
                gaps = np.where(apart, lam[None, :] - lam[:, None], 1)
                e = _arb.from_entries(np.where(apart, res / gaps, r / 2)).mid()
            x = (x + x * e).mid()
    return None


def _rayleigh(x, mx, bound):
    """The Rayleigh quotients theta_i = x_i^dag M x_i / x_i^dag x_i of the columns of ``x``
    (arbs) if each is within ``bound`` of an eigenvalue of M, else None; ``mx`` = M X.

    Each interval theta_i +- rho_i, rho_i = |M x_i - theta_i x_i| / |x_i|, holds an
    eigenvalue (Krylov-Weinstein); when the intervals are disjoint each holds exactly one,
    and the Kato-Temple bound rho_i^2 / delta_i (delta_i the distance to the other
    intervals) is checked against ``bound``.  Vectors need not be orthonormal.  The
    quotients take real and imaginary parts as arbs (half the work of complex entries); the
    residuals M X - X Theta are formed in Arb and only then rounded to float64.
    """
    xr, xi, mr, mi = (_arb.entries(p) for p in (x.real, x.imag, mx.real, mx.imag))
    norms = (xr * xr + xi * xi).sum(axis=0)
    theta = (xr * mr + xi * mi).sum(axis=0) / norms  # x^dag M x is real for Hermitian M
    res = _arb.entries(mx - _arb.scale_columns(x, theta)).astype(complex)
    tf = theta.astype(float)
    rho = np.sqrt((np.abs(res) ** 2).sum(axis=0) / norms.astype(float)) * (1 + 1e-12)
    dist = np.abs(tf[None, :] - tf[:, None])
    np.fill_diagonal(dist, np.inf)
    if np.any(dist <= rho[:, None] + rho[None, :]):
        return None
    if np.all(rho ** 2 <= bound * np.min(dist - rho[None, :], axis=1)):
        return theta
    return None


def _eighe(a, vectors):
    try:
        e, q = mp.eighe(mp.matrix(a.tolist()))
    except Exception as exc:  # mpmath raises RuntimeError on non-convergence
        raise NotConverged(f"eigh: mpmath eighe failed on a {a.shape[0]}x{a.shape[0]} matrix: "
                           f"{exc}") from exc
    n = a.shape[0]
    order = sorted(range(n), key=lambda i: e[i])
    w = np.array([mp.re(e[i]) for i in order], dtype=object)
    if not vectors:
        return w, None
    return w, np.array([[q[r, c] for c in order] for r in range(n)], dtype=object)
