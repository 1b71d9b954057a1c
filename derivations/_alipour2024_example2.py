"""alipour2024, Example II: the certified sign-change intervals of dI/dt and d||chi||_2/dt, and
the figures drawn from them (Figs. 2 and 3).

Split from :mod:`corrcheck.derivations.alipour2024` (whose claims of Supplement I and Fig. 2
use it): a two-qubit state evolved under a time-independent H, the rates

    f = dI/dt = d S(rho_S)/dt + d S(rho_B)/dt        (S(rho_SB) is constant),
    g = d||chi||_2^2/dt = 2 Tr[chi chi']             (the sign of d||chi||_2/dt),

in two forms:

* float64 on grids (screening): with p_a = |r_a|^2 = 2 Tr rho_a^2 - 1 the squared Bloch
  radius of qubit a, d S(rho_a)/dt = -A(p_a) p_a'/2 with A(p) = artanh(sqrt p)/sqrt p; A and
  all its derivatives are positive and increasing on [0, 1) (A = sum_k p^k/(2k+1)), and
  |p_a^(k)|, ||chi^(k)||_2 are bounded by the time-independent R_k = ||ad_H^k rho(0)||_2,
  which bounds |f''| and |g''| on every cell for :func:`numeric.timeseries.isolate_roots`;
* at the working precision in Arb balls (polishing and confirming the roots).

The rates are checked against the claim language's exact derivatives (Daleckii-Krein) in
tests/derivations/test_alipour2024.py and by the claim ``supp.endpoints_are_roots``.
"""
import math

import flint
import mpmath as mp
import numpy as np

from corrcheck import numeric
from corrcheck.numeric import _arb
from corrcheck.numeric.timeseries import FlowSeries, float_root, isolate_roots, polish_root


def _a0(p):
    p = np.asarray(p, float)
    s = np.sqrt(np.clip(p, 1e-300, None))
    return np.where(p < 1e-6, 1 + p / 3 + p * p / 5, np.arctanh(np.minimum(s, 1 - 1e-16)) / s)


def _a1(p):
    p = np.asarray(p, float)
    big = (1 / (1 - p) - _a0(p)) / (2 * np.where(p > 0, p, 1))
    return np.where(p < 1e-3, 1 / 3 + 2 * p / 5 + 3 * p ** 2 / 7 + 4 * p ** 3 / 9, big)


def _a2(p):
    p = np.asarray(p, float)
    big = (1 / (1 - p) ** 2 - 3 * _a1(p)) / (2 * np.where(p > 0, p, 1))
    return np.where(p < 1e-2, 2 / 5 + 6 * p / 7 + 12 * p ** 2 / 9 + 20 * p ** 3 / 11
                    + 30 * p ** 4 / 13 + 42 * p ** 5 / 15, big)


def _marginals(d):
    t4 = d.reshape(d.shape[:-2] + (2, 2, 2, 2))
    return np.einsum("...ijkj->...ik", t4), np.einsum("...ijil->...jl", t4)


def _tr(x, y):
    return np.einsum("...ij,...ji->...", x, y).real


def _kron(x, y):
    return np.einsum("...ij,...kl->...ikjl", x, y).reshape(x.shape[:-2] + (4, 4))


def _acb_marginals(m):
    s = flint.acb_mat(2, 2, [m[0, 0] + m[1, 1], m[0, 2] + m[1, 3], m[2, 0] + m[3, 1], m[2, 2] + m[3, 3]])
    b = flint.acb_mat(2, 2, [m[0, 0] + m[2, 2], m[0, 1] + m[2, 3], m[1, 0] + m[3, 2], m[1, 1] + m[3, 3]])
    return s, b


def _acb_kron(x, y):
    return flint.acb_mat(4, 4, [x[i, k] * y[j, l] for i in range(2) for j in range(2)
                                for k in range(2) for l in range(2)])


def _acb_tr(x, y):
    return (x * y).trace().real


def sign(ball):
    """+1, -1, or 0 when the ball contains 0."""
    return 1 if ball > 0 else -1 if ball < 0 else 0


class QubitPairFlow:
    """rho(t) of two qubits from ``rho0`` (exact SymPy matrix) under the exact Hamiltonian
    ``h`` (4 x 4), with dI/dt and d||chi||_2^2/dt (see the module docstring)."""

    ERR = 1e-9  # margin for the float64 error of f, g and their derivatives (values O(1)-O(10))

    def __init__(self, h, rho0):
        self.h_exact, self.rho0_exact = h, rho0
        self.float = FlowSeries(np.array(h.evalf(30).tolist(), dtype=complex),
                                np.array(rho0.evalf(30).tolist(), dtype=complex))
        r = self.float.derivative_norms(3)
        c = math.comb
        # |p^(k)| <= 2 sum_a C(k,a) ||rho_a^(a)|| ||rho_a^(k-a)||, ||Tr_B X||_2 <= sqrt 2 ||X||_2
        self.p_bound = [2 * sum(c(k, a) * 2 * r[a] * r[k - a] for a in range(k + 1)) for k in range(4)]
        chi_k = [r[k] + sum(c(k, a) * 2 * r[a] * r[k - a] for a in range(k + 1)) for k in range(4)]
        self.g2_bound = sum(c(3, a) * chi_k[a] * chi_k[3 - a] for a in range(4))
        self._high = {}

    # ---- float64 screening
    def f(self, ts):
        d = self.float.derivatives(ts, 2)
        f, df, ps = 0, 0, []
        for m in _marginals(d):
            p = 2 * _tr(m[0], m[0]) - 1
            p1 = 4 * _tr(m[0], m[1])
            p2 = 4 * (_tr(m[1], m[1]) + _tr(m[0], m[2]))
            f = f - _a0(p) * p1 / 2
            df = df - (_a1(p) * p1 ** 2 + _a0(p) * p2) / 2
            ps.append(p)
        return f, df, ps[0], ps[1]

    def f_bound(self, a, b, fa, fb):
        """sup |f''| on [a, b]: sum_a (A''(p) P1^3 + 3 A'(p) P1 P2 + A(p) P3) / 2 at the largest
        p the cell allows (p <= (p(a) + p(b))/2 + P1 h / 2)."""
        p1, p2, p3 = self.p_bound[1:4]
        total = 0
        for k in (2, 3):
            hi = (fa[k] + fb[k]) / 2 + p1 * (b - a) / 2
            bad = hi >= 1 - 1e-6
            hi = np.where(bad, 0.0, hi)
            total = total + np.where(bad, np.inf, (_a2(hi) * p1 ** 3 + 3 * _a1(hi) * p1 * p2
                                                   + _a0(hi) * p3) / 2)
        return total

    def g(self, ts):
        d = self.float.derivatives(ts, 2)
        s, b = _marginals(d)
        c0 = d[0] - _kron(s[0], b[0])
        c1 = d[1] - _kron(s[1], b[0]) - _kron(s[0], b[1])
        c2 = d[2] - _kron(s[2], b[0]) - 2 * _kron(s[1], b[1]) - _kron(s[0], b[2])
        return 2 * _tr(c0, c1), 2 * _tr(c1, c1) + 2 * _tr(c0, c2)

    def g_bound(self, a, b, fa, fb):
        return np.full(len(a), self.g2_bound)

    # ---- working precision (Arb balls)
    def high(self, prec):
        """The flow at binary precision ``prec`` (built once per precision)."""
        if prec not in self._high:
            self._high[prec] = FlowSeries(numeric.to_array(self.h_exact),
                                          numeric.to_array(self.rho0_exact))
        return self._high[prec]

    def _parts(self, t, order):
        d = self.high(mp.mp.prec).derivatives_acb(t, order)
        s, b = zip(*[_acb_marginals(m) for m in d])
        return d, s, b

    def f_ball(self, t, order=0):
        """dI/dt (order 0) or d^2 I/dt^2 (order 1) at t as an arb (call inside arb_precision)."""
        d, s, b = self._parts(t, order + 1)
        out = flint.arb(0)
        for m in (s, b):
            p = 2 * _acb_tr(m[0], m[0]) - 1
            p1 = 4 * _acb_tr(m[0], m[1])
            a = p.sqrt().atanh() / p.sqrt()
            if order == 0:
                out -= a * p1 / 2
            else:
                p2 = 4 * (_acb_tr(m[1], m[1]) + _acb_tr(m[0], m[2]))
                out -= ((1 / (1 - p) - a) / (2 * p) * p1 ** 2 + a * p2) / 2
        return out

    def g_ball(self, t, order=0):
        """d||chi||^2/dt (order 0) or d^2||chi||^2/dt^2 (order 1) at t as an arb."""
        d, s, b = self._parts(t, order + 1)
        c0 = d[0] - _acb_kron(s[0], b[0])
        c1 = d[1] - _acb_kron(s[1], b[0]) - _acb_kron(s[0], b[1])
        if order == 0:
            return 2 * _acb_tr(c0, c1)
        c2 = d[2] - _acb_kron(s[2], b[0]) - 2 * _acb_kron(s[1], b[1]) - _acb_kron(s[0], b[2])
        return 2 * _acb_tr(c1, c1) + 2 * _acb_tr(c0, c2)

    def state(self, t):
        """rho(t) at the working precision (an object array)."""
        return self.high(mp.mp.prec).derivatives(t, 0)[0]

    def series(self, ts):
        """float64 I(t), ||chi(t)||_2 on a grid (for the figures)."""
        d = self.float.derivatives(ts, 0)[0]
        s, b = _marginals(d)

        def ent(m):
            w = np.clip(np.linalg.eigvalsh(m), 1e-300, None)
            return -np.sum(w * np.log(w), axis=-1)
        info = ent(s) + ent(b) - ent(d)
        return info, np.sqrt(np.sum(np.abs(d - _kron(s, b)) ** 2, axis=(-2, -1)))


def sign_change_intervals(flow, dps, lo, hi, cells):
    """Every interval in [lo, hi] where sign(dI/dt) != sign(d||chi||_2/dt) along ``flow``.

    Roots of f = dI/dt and g = d||chi||^2/dt (same sign as d||chi||_2/dt) are isolated with
    certificates in float64 (:func:`numeric.timeseries.isolate_roots`), polished by Newton at
    ``dps`` digits in Arb and confirmed by certified opposite signs (balls excluding 0) at
    root -+ 10^(-dps/2); the sign of f g between consecutive roots is certified likewise.
    Returns a dict: 'roots' [(t, 'I' | 'chi', confirmed)], 'intervals' [(a, b, a_by, b_by)]
    (a_by, b_by: 'I', 'chi' or 'window', what ends the interval), 'unresolved', 'cells'.
    """
    with numeric.precision(dps):
        with _arb.arb_precision():
            roots, examined, unresolved = [], 0, []
            for name, fun, bound, ball in (("I", flow.f, flow.f_bound, flow.f_ball),
                                           ("chi", flow.g, flow.g_bound, flow.g_ball)):
                iso = isolate_roots(fun, lo, hi, cells, bound, err=flow.ERR)
                examined += iso.cells
                unresolved += iso.unresolved
                for a, b, _, _ in iso.brackets:
                    t0 = float_root(fun, a, b)
                    root, ok = polish_root(lambda s: _arb.real(ball(s)), lambda s: _arb.real(ball(s, 1)),
                                           t0, a, b, sign=lambda s: sign(ball(s)))
                    roots.append((root, name, ok))
            roots.sort()
            edges = [(mp.mpf(lo), "window")] + [(r, n) for r, n, _ in roots] + [(mp.mpf(hi), "window")]
            intervals = []
            for (a, a_by), (b, b_by) in zip(edges[:-1], edges[1:]):
                mid = (a + b) / 2
                sf, sg = sign(flow.f_ball(mid)), sign(flow.g_ball(mid))
                if sf == 0 or sg == 0:
                    unresolved.append((float(a), float(b)))
                if sf * sg < 0:
                    if intervals and intervals[-1][1] == a:
                        intervals[-1] = (intervals[-1][0], b, intervals[-1][2], b_by)
                    else:
                        intervals.append((a, b, a_by, b_by))
    return {"roots": roots, "intervals": intervals, "unresolved": unresolved, "cells": examined}




# ============================================================================ figures

HIGHLIGHTED = (4.371, 7.177)  # starts of the intervals Fig. 2 highlights
TIME = r"$t$ ($\hbar/\epsilon$)"


def draw_fig2(flow, found, path):
    """Fig. 2: I(t) and ||chi(t)||_2 along ``flow``, the highlighted intervals of ``found``
    (sign_change_intervals) shaded."""
    from corrcheck import figures  # matplotlib only when drawing
    fig, axes = figures.figure(1, 3, 13.0, 4.0)
    for ax, (lo, hi), title in zip(axes[0], ((0, 8), (4.30, 4.50), (7.10, 7.30)), (
            "(a) Example II", "(b) around [4.371, 4.432]", "(c) around [7.177, 7.218]")):
        ts = np.linspace(lo, hi, 1601)
        info, norm = flow.series(ts)
        ax.plot(ts, info, label=r"$I(t)$ (nats)")
        ax.plot(ts, norm, label=r"$\|\chi(t)\|_2$ (dimensionless)")
        for a, b, _, _ in found["intervals"]:
            if min(abs(float(a) - h) for h in HIGHLIGHTED) < 1e-3:
                ax.axvspan(float(a), float(b), color="gold", alpha=0.4,
                           label=r"highlighted: $I$ rises, $\|\chi\|_2$ falls")
        ax.set_xlim(lo, hi)
        ax.set_xlabel(TIME)
        ax.set_title(title, fontsize=10)
    axes[0][0].set_ylabel(r"$I$ (nats), $\|\chi\|_2$")
    handles, labels = axes[0][1].get_legend_handles_labels()
    fig.legend(handles[:3], labels[:3], loc="lower center", ncol=3, fontsize=9)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    figures.save(fig, path)


def draw_fig3(flow, found, printed, path):
    """Fig. 3: the two rates on [4, 8] (top) and the sign of their product (bottom), each
    discrepancy interval of ``found`` marked, blue if listed in ``printed`` (decimal-string
    pairs), red if the paper misses it; every interval also gets a tick, so the narrow ones
    stay visible."""
    from corrcheck import figures
    ts = np.linspace(4, 8, 8001)
    f, g, norm = flow.f(ts)[0], flow.g(ts)[0], flow.series(ts)[1]
    dnorm = g / (2 * norm)
    fig, axes = figures.figure(2, 1, 11.0, 7.0)
    top, bottom = axes[0][0], axes[1][0]
    top.plot(ts, f, lw=0.9, label=r"$\partial_t I$ (nats per $\hbar/\epsilon$)")
    top.plot(ts, dnorm, lw=0.9, label=r"$\partial_t\|\chi\|_2$ (per $\hbar/\epsilon$)")
    top.axhline(0, color="gray", lw=0.5)
    top.set_xlim(4, 8)
    top.set_ylabel(r"rate (per $\hbar/\epsilon$)")
    top.set_title("Fig. 3 (left panel of the paper): the two rates", fontsize=10)
    top.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    listed = [(float(a), float(b)) for a, b in printed]
    bottom.step(ts, np.sign(f * dnorm), where="mid", color="gray", lw=0.4)
    for a, b, _, _ in found["intervals"]:
        a, b = float(a), float(b)
        colour = "tab:blue" if any(pa < b and a < pb for pa, pb in listed) else "tab:red"
        bottom.axvspan(a, max(b, a + 0.012), ymin=0.05, ymax=0.45, color=colour, alpha=0.85, lw=0)
        bottom.plot([(a + b) / 2], [-1.4], marker="^", color=colour, ms=7 if colour == "tab:blue" else 10)
    bottom.plot([], [], color="gray", lw=1, label=r"$\mathrm{sign}(\partial_t I\,\partial_t\|\chi\|_2)$")
    bottom.plot([], [], color="tab:blue", marker="^", lw=6, label="printed interval")
    bottom.plot([], [], color="tab:red", marker="^", lw=6, label="interval missing from the list")
    bottom.set_xlim(4, 8)
    bottom.set_ylim(-1.6, 1.3)
    bottom.set_yticks([-1, 0, 1])
    bottom.set_xlabel(TIME)
    bottom.set_ylabel(r"sign of $\partial_t I\,\partial_t\|\chi\|_2$")
    bottom.set_title("Fig. 3 (right panel): discrepancy intervals, where the sign is -1 "
                     "(bars widened to at least 0.012)", fontsize=10)
    bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    fig.tight_layout()
    figures.save(fig, path)
