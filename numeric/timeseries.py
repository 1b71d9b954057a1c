"""Scalar time series along a unitary flow: derivatives on grids, certified roots.

A quantity of a closed system, q(rho(t)) with rho(t) = exp(-iHt) rho0 exp(iHt), is an
analytic function of t.  Listing every sign change of such a function on [a, b] from
samples on a grid alone can miss a root pair (a narrow interval) between two grid
points.  This module

* evaluates rho(t) and its time derivatives on a whole grid at once, with H diagonalised
  once (:class:`FlowSeries`; float64 for screening, the working precision for polishing);
  rho^(k)(t) = V [(-i w_jk)^k e^{-i w_jk t} r_jk] V^dag with w_jk = E_j - E_k, and
  ||rho^(k)(t)||_2 = ||ad_H^k rho0||_2 for every t (:meth:`FlowSeries.derivative_norms`),
  the constants from which bounds on derivatives of polynomial quantities follow;
* isolates roots with a certificate per grid cell (:func:`isolate_roots`): given f and f'
  at the cell ends and M >= sup |f''| on the cell,

  - *no root* if f has the same sign at both ends and min(|f(a)|, |f(b)|) > M h^2 / 8
    (the linear interpolant of f differs from f by at most M h^2 / 8 on a cell of width h);
  - *exactly one simple root* if f changes sign and f' has the same sign at both ends with
    |f'(a)| + |f'(b)| > M h (f' is M-Lipschitz, so it cannot vanish in between);
  - otherwise the cell is bisected, down to a minimum width; cells still undecided there
    are reported, never dropped;

  every test keeps a margin ``err`` above the float64 rounding error of f and f';
* polishes each isolated root at the working precision (:func:`polish_root`: Newton from
  the float64 root, bisection if Newton leaves the bracket) and confirms it by a sign
  change of f at root -+ delta, evaluated at that precision.
"""
from dataclasses import dataclass, field

import flint
import mpmath as mp
import numpy as np
from scipy.optimize import brentq

from . import _arb
from .arrays import is_mp
from .checks import HERMITIAN, SQUARE, Function, Integer, Real, kernel
from .errors import InvalidParameter
from .linalg import eigh


@kernel(h=HERMITIAN, rho0=SQUARE.same_as("h"), answer=False, name="FlowSeries", screen=True)
def _flow_inputs(h, rho0):
    """The Hamiltonian and initial state of a FlowSeries, checked and in one kind."""
    return h, rho0


class FlowSeries:
    """rho(t) = exp(-iHt) rho0 exp(iHt) and its t-derivatives, H diagonalised once.

    Built from float64 arrays it evaluates on numpy arrays of times (vectorised; also inside
    a precision block: it is the float64 screen), built from high-precision arrays at one
    time at the working precision, in Arb
    (:meth:`derivatives_acb`, balls whose radii bound the rounding after the
    diagonalisation) or as mpmath arrays (:meth:`derivatives`).
    """

    roles = _flow_inputs.roles

    def __init__(self, h, rho0):
        h, rho0 = _flow_inputs(h, rho0)
        self.mp = is_mp(h)
        self.w, self.v = eigh.unchecked(h)
        vh = self.v.conj().T
        self.r0 = vh @ rho0 @ self.v  # rho0 in the eigenbasis of H
        n = len(self.w)
        if self.mp:
            with _arb.arb_precision():
                self._v = _arb.to_acb(self.v)
                self._vh = _arb.dagger(self._v)
                self._r0 = [[flint.acb(self.r0[j, k]) for k in range(n)] for j in range(n)]
                self._w = [flint.arb(x) for x in self.w]
        else:
            w = np.asarray(self.w, dtype=float)
            self.omega = w[:, None] - w[None, :]
            self._vh = vh

    def derivatives_acb(self, t, order=1):
        """[rho(t), ..., rho^(order)(t)] as acb_mats at the working precision plus guard bits;
        call it (and use the answer) inside :func:`numeric._arb.arb_precision`."""
        if not self.mp:
            raise TypeError("derivatives_acb needs a high-precision FlowSeries")
        t = flint.arb(mp.mpf(t)) if not isinstance(t, flint.arb) else t
        n = len(self._w)
        phase = [flint.acb(0, -(t * x)).exp() for x in self._w]  # exp(-i E_j t)
        cur = [[self._r0[j][k] * phase[j] * phase[k].conjugate() for k in range(n)] for j in range(n)]
        out = []
        for k in range(order + 1):
            out.append(self._v * flint.acb_mat(cur) * self._vh)
            if k < order:
                cur = [[cur[j][l] * flint.acb(0, self._w[l] - self._w[j]) for l in range(n)]
                       for j in range(n)]
        return out

    def derivatives(self, t, order=1):
        """[rho(t), rho'(t), ..., rho^(order)(t)].

        float64: ``t`` an array of T times, the answer an array (order + 1, T, n, n);
        high precision: ``t`` one number, the answer a list of object arrays of mpc.
        """
        if self.mp:
            with _arb.arb_precision():
                return [_arb.from_acb(m) for m in self.derivatives_acb(t, order)]
        t = np.atleast_1d(np.asarray(t, dtype=float))
        base = self.r0[None, :, :] * np.exp(-1j * self.omega[None, :, :] * t[:, None, None])
        fac = -1j * self.omega
        out = np.empty((order + 1,) + base.shape, dtype=complex)
        cur = base
        for k in range(order + 1):
            out[k] = self.v @ cur @ self._vh
            cur = cur * fac
        return out

    def derivative_norms(self, order):
        """R_k = ||rho^(k)(t)||_2 = ||ad_H^k rho0||_2 for k = 0..order (independent of t),
        as floats rounded up by one part in 10^12."""
        w = np.array([float(x) for x in self.w])
        a = np.abs(np.array(self.r0.tolist(), dtype=complex)) ** 2
        om = np.abs(w[:, None] - w[None, :])
        return [float(np.sqrt(np.sum(a * om ** (2 * k)))) * (1 + 1e-12) for k in range(order + 1)]


@dataclass
class Isolation:
    """The outcome of :func:`isolate_roots`.

    ``brackets``: cells (a, b) each holding exactly one simple root, with f(a), f(b);
    ``unresolved``: cells of the minimum width that neither test could decide;
    ``cells``: number of cells examined (grid cells and bisections).
    """
    brackets: list = field(default_factory=list)
    unresolved: list = field(default_factory=list)
    cells: int = 0


@kernel(fun=Function(), lo=Real(), hi=Real(), ncells=Integer(1), bound2=Function(),
        err=Real(lo=0), min_width=Real(positive=True))
def isolate_roots(fun, lo, hi, ncells, bound2, err, min_width=1e-12):
    """Isolate every root of a C^2 function f on [lo, hi] (see the module docstring).

    ``fun(ts)`` returns (f, f') at the float64 array ``ts``; ``bound2(a, b, fa, fb)``
    returns upper bounds of |f''| on the cells [a_i, b_i] (arrays; the values of f's
    helpers at the ends may be used through ``fa``/``fb``, the extra arrays ``fun``
    returns after f and f'); ``err`` bounds the absolute float64 error of f and f'.
    Roots closer than ``err / |f'|`` to a grid point are still isolated (the bisection
    moves the cell ends off them).
    """
    if not lo < hi:
        raise InvalidParameter(f"isolate_roots: needs lo < hi, got [{lo}, {hi}]")
    edges = np.linspace(lo, hi, ncells + 1)
    vals = fun(edges)
    a, b = edges[:-1], edges[1:]
    fa = [v[:-1] for v in vals]
    fb = [v[1:] for v in vals]
    out = Isolation()
    while len(a):
        out.cells += len(a)
        h = b - a
        m = bound2(a, b, fa, fb)
        f0, f1, d0, d1 = fa[0], fb[0], fa[1], fb[1]
        clear = (np.abs(f0) > err) & (np.abs(f1) > err)
        same = clear & (np.sign(f0) == np.sign(f1))
        no_root = same & (np.minimum(np.abs(f0), np.abs(f1)) > m * h * h / 8 + err)
        change = clear & (np.sign(f0) != np.sign(f1))
        monotone = ((np.abs(d0) > err) & (np.abs(d1) > err) & (np.sign(d0) == np.sign(d1))
                    & (np.abs(d0) + np.abs(d1) > m * h + 2 * err))
        one = change & monotone
        for i in np.flatnonzero(one):
            out.brackets.append((float(a[i]), float(b[i]), float(f0[i]), float(f1[i])))
        rest = ~(no_root | one)
        small = rest & (h <= min_width)
        for i in np.flatnonzero(small):
            out.unresolved.append((float(a[i]), float(b[i])))
        split = rest & ~small
        if not split.any():
            break
        a, b = a[split], b[split]
        mid = (a + b) / 2
        vm = fun(mid)
        fa_s = [v[split] for v in fa]
        fb_s = [v[split] for v in fb]
        a = np.concatenate([a, mid])
        b = np.concatenate([mid, b])
        fa = [np.concatenate([x, y]) for x, y in zip(fa_s, vm)]
        fb = [np.concatenate([y, x]) for x, y in zip(fb_s, vm)]
    out.brackets.sort()
    return out


@kernel(fun=Function(), a=Real(), b=Real(), tol=Real(positive=True))
def float_root(fun, a, b, tol=1e-15):
    """The root of f in a certified bracket (a, b), in float64 (Brent's method);
    ``fun(ts)`` as for :func:`isolate_roots`."""
    return brentq(lambda x: float(fun(np.array([x]))[0][0]), a, b, xtol=tol, rtol=4 * np.finfo(float).eps)


@kernel(f=Function(), df=Function(), t0=Real(), a=Real(), b=Real(),
        delta=Real(positive=True, optional=True), sign=Function(optional=True))
def polish_root(f, df, t0, a, b, delta=None, sign=None):
    """A simple root of f in (a, b) at the working precision, from the estimate ``t0``.

    ``f(t)`` and ``df(t)`` evaluate at the working precision.  Newton's method from t0;
    if an iterate leaves (a, b) or Newton does not settle, bisection on (a, b) instead.
    Returns (root, confirmed): confirmed when f has opposite signs at root - delta and
    root + delta (delta defaults to 10^(-dps/2)); ``sign(t)`` may give a certified sign
    there (+1, -1, or 0 when undetermined, e.g. from a ball containing 0), else the sign
    of ``f(t)`` is used.
    """
    if not a <= t0 <= b:
        raise InvalidParameter(f"polish_root: t0 = {t0} outside [{a}, {b}]")
    a, b = mp.mpf(a), mp.mpf(b)
    t = mp.mpf(t0)
    tol = mp.eps * 1024 * max(1, abs(t))
    ok = False
    for _ in range(30):
        step = f(t) / df(t)
        t = t - step
        if not a <= t <= b:
            break
        if abs(step) <= tol:
            ok = True
            break
    if not ok:
        fa = f(a)
        lo, hi = a, b
        while hi - lo > tol:
            mid = (lo + hi) / 2
            fm = f(mid)
            if mp.sign(fm) == mp.sign(fa):
                lo, fa = mid, fm
            else:
                hi = mid
        t = (lo + hi) / 2
    delta = mp.mpf(10) ** (-(mp.mp.dps // 2)) if delta is None else mp.mpf(delta)
    sign = sign or (lambda x: int(mp.sign(f(x))))
    left, right = sign(t - delta), sign(t + delta)
    return t, bool(left * right < 0)
