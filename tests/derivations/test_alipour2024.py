"""The alipour2024 module beyond its registry cases: the certified root isolation that the
interval table rests on (a root pair inside one grid cell is found, a near miss is excluded),
the Example II rates against the claim language's exact derivatives, grid independence of the
table, the numerical radius, Example I's exact edges, the (20) limits on more draws, the
setups the module declares (valid states, identical at 30 and 50 digits), the corrected
bounds near maximal entanglement tested where they are tight, and the (12) ratio study with a
larger budget (slow)."""
import mpmath as mp
import numpy as np
import pytest
import sympy

from corrcheck import numeric
from corrcheck.derivations import alipour2024 as P
from corrcheck.numeric import _arb
from corrcheck.evaluate import Evaluator
from corrcheck.registry import get
from corrcheck.samplers import Sample
from corrcheck.numeric.numrange import numerical_radius
from corrcheck.numeric.timeseries import FlowSeries, float_root, isolate_roots, polish_root
from corrcheck.symbolic.expr import Dt, Entropy, HSNorm


# ---------------------------------------------------------------- certified root isolation

def _quadratic(center, half_gap):
    """f(t) = (t - c)^2 - g^2: roots c -+ g; |f''| = 2."""
    def fun(ts):
        return (ts - center) ** 2 - half_gap ** 2, 2 * (ts - center)
    return fun, lambda a, b, fa, fb: np.full(len(a), 2.0)


def test_root_pair_inside_one_grid_cell_is_isolated():
    """Two roots 2e-6 apart in the middle of a 0.1-wide cell: f has the same sign at both cell
    ends, so a grid alone sees nothing; the certificate forces bisection and isolates both."""
    fun, bound = _quadratic(0.55, 1e-6)
    iso = isolate_roots(fun, 0.0, 1.0, 10, bound, err=1e-14)
    roots = [float_root(fun, a, b) for a, b, _, _ in iso.brackets]
    assert not iso.unresolved
    assert np.allclose(roots, [0.55 - 1e-6, 0.55 + 1e-6], atol=1e-13)


def test_near_miss_is_certified_root_free():
    """f = (t - c)^2 + 1e-8 has no root; the cells near its minimum are refined until the
    interpolation bound excludes one, and nothing is reported."""
    def fun(ts):
        return (ts - 0.55) ** 2 + 1e-8, 2 * (ts - 0.55)
    iso = isolate_roots(fun, 0.0, 1.0, 10, lambda a, b, fa, fb: np.full(len(a), 2.0), err=1e-14)
    assert iso.brackets == [] and iso.unresolved == []


def test_double_root_is_reported_unresolved_not_dropped():
    def fun(ts):
        return (ts - 0.55) ** 2, 2 * (ts - 0.55)
    iso = isolate_roots(fun, 0.0, 1.0, 10, lambda a, b, fa, fb: np.full(len(a), 2.0), err=1e-14,
                        min_width=1e-9)
    assert iso.brackets == [] and any(a <= 0.55 <= b for a, b in iso.unresolved)


def test_polish_root_reaches_the_working_precision():
    with numeric.precision(40):
        root, ok = polish_root(lambda t: t * t - 2, lambda t: 2 * t, 1.41421356, 1, 2)
        assert ok and abs(root - mp.sqrt(2)) < mp.mpf(10) ** -38


def test_flow_series_derivatives_and_norms():
    """rho^(k)(t) of FlowSeries equals (-i ad_H)^k rho(t), in float64 and at high precision, and
    ||rho^(k)||_2 is the time-independent R_k."""
    h = np.array(numeric.to_array(numeric.random_hermitian(4, 3)).tolist(), dtype=complex)
    r0 = np.array(numeric.to_array(numeric.random_density((2, 2), 4)).tolist(), dtype=complex)
    fl = FlowSeries(h, r0)
    d = fl.derivatives(np.array([0.3, 1.7]), 3)
    for k in range(1, 4):
        assert np.allclose(d[k], -1j * (h @ d[k - 1] - d[k - 1] @ h), atol=1e-12)
    r = fl.derivative_norms(3)
    assert np.allclose([np.linalg.norm(d[k][1]) for k in range(4)], r, rtol=1e-10)
    with numeric.precision(30):
        hm = numeric.to_array(numeric.random_hermitian(4, 3))
        dm = FlowSeries(hm, numeric.to_array(numeric.random_density((2, 2), 4))).derivatives(
            mp.mpf("1.7"), 1)
        assert np.max(np.abs(np.array(dm[0].tolist(), dtype=complex) - d[0][1])) < 1e-12
        diff = dm[1] - mp.mpc(0, -1) * (hm @ dm[0] - dm[0] @ hm)
        assert max(abs(x) for x in diff.flat) < mp.mpf(10) ** -26


# ---------------------------------------------------------------- Example II

@pytest.mark.parametrize("t", ["0.5", "4.944900", "5.853830", "7.2"])
def test_example2_rates_match_the_language(t):
    """The Bloch-form rates used for the table equal the claim language's exact derivatives
    (Daleckii-Krein) of S(rho_S) + S(rho_B) and of ||chi||_2^2 at rho(t)."""
    flow = P.example2_flow()
    hs, hb, hi = [numeric.to_array(m) for m in P.EXAMPLE2_H]
    with numeric.precision(30):
        with _arb.arb_precision():
            f = _arb.real(flow.f_ball(mp.mpf(t)))
            g = _arb.real(flow.g_ball(mp.mpf(t)))
        state = flow.state(mp.mpf(t))
        smp = Sample("t", ("S", "B"), (2, 2), {P.rho: state, P.H_S: hs, P.H_B: hb, P.H_I: hi}, {}, "mp")
        ev = Evaluator(smp, P.SCHROEDINGER)
        assert abs(f - ev(Dt(Entropy(P.rho_S) + Entropy(P.rho_B)))) < mp.mpf(10) ** -25
        assert abs(g - ev(Dt(HSNorm(P.chi) ** 2))) < mp.mpf(10) ** -25
    f64 = flow.f(np.array([float(t)]))[0][0]
    assert abs(f64 - float(f)) < 1e-10


def test_example2_table_is_grid_independent():
    """A 4x finer starting grid gives the same 27 intervals (to 1e-20) at 30 digits."""
    coarse = P.discrepancy_intervals(30)
    fine = P.discrepancy_intervals(30, cells=4 * P.CELLS)
    assert len(coarse["intervals"]) == len(fine["intervals"]) == 27
    for (a, b, _, _), (c, d, _, _) in zip(coarse["intervals"], fine["intervals"]):
        assert abs(a - c) < mp.mpf(10) ** -20 and abs(b - d) < mp.mpf(10) ** -20


def test_example2_corrected_table_matches_to_six_decimals_and_printed_misses_three():
    found = P.discrepancy_intervals(30)
    listed = [(mp.mpf(a), mp.mpf(b)) for a, b in P.CORRECTED_INTERVALS]
    assert all(abs(a - c) <= mp.mpf("5e-7") and abs(b - d) <= mp.mpf("5e-7")
               for (a, b, _, _), (c, d) in zip(found["intervals"], listed))
    printed = [(mp.mpf(a), mp.mpf(b)) for a, b in P.PRINTED_INTERVALS]
    unlisted = [(a, b) for a, b, _, _ in found["intervals"]
                if not any(pa < b and a < pb for pa, pb in printed)]
    assert [round(float(a), 6) for a, _ in unlisted] == [4.944663, 5.853798, 6.721168]


# ---------------------------------------------------------------- numerical radius

def test_numerical_radius_known_values():
    with numeric.precision(30):
        nil = numeric.to_array(sympy.Matrix([[0, 1], [0, 0]]))
        assert abs(numerical_radius(nil) - mp.mpf(1) / 2) < mp.mpf(10) ** -25
        h = numeric.to_array(numeric.random_hermitian(3, 1))
        assert abs(numerical_radius(h) - numeric.operator_norm(h)) < mp.mpf(10) ** -25


@pytest.mark.parametrize("seed", range(3))
def test_numerical_radius_between_half_norm_and_norm_and_above_samples(seed):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((3, 3)) + 1j * rng.standard_normal((3, 3))
    w = numerical_radius(a)
    norm = np.linalg.norm(a, 2)
    assert norm / 2 - 1e-12 <= w <= norm + 1e-12
    v = rng.standard_normal((3, 20000)) + 1j * rng.standard_normal((3, 20000))
    v /= np.linalg.norm(v, axis=0)
    sampled = np.max(np.abs(np.einsum("in,ij,jn->n", v.conj(), a, v)))
    assert sampled <= w + 1e-12 and sampled > w - 0.05


# ---------------------------------------------------------------- Example I

def test_example1_edges_are_simple_roots_and_the_range_between_is_positive():
    poly, lo, hi = P.ex1_positivity_polynomial()
    x = poly.gens[0]
    inner = sympy.Rational(sympy.N(lo, 30)) + sympy.Rational(1, 10 ** 12), \
        sympy.Rational(sympy.N(hi, 30)) - sympy.Rational(1, 10 ** 12)
    assert poly.count_roots(*inner) == 0  # no root between the edges
    for edge in (lo, hi):
        assert abs(sympy.N(poly.diff(x).as_expr().subs(x, edge), 30)) > 1e-3  # simple roots
    half = np.array(P.EX1_RHO.subs(P.x, sympy.Rational(1, 2)).tolist(), dtype=float)
    assert np.linalg.eigvalsh(half)[0] > 0


def test_example1_minimiser_is_a_minimum():
    with numeric.precision(30):
        xs = P.ex1_minimiser_at(30)
        h = mp.mpf(10) ** -8
        assert P.ex1_dI(xs - h) < 0 < P.ex1_dI(xs + h)


# ---------------------------------------------------------------- (20) on more draws

@pytest.mark.parametrize("seed", range(2, 5))
def test_ratio_tends_to_two_near_maximally_entangled_and_to_one_near_maximally_mixed(seed):
    with numeric.precision(30):
        ev = Evaluator(P.STUDY_RANDOM.draw(seed))
        assert abs(P.approach_study(ev, "entangled")["limit"] - 2) < mp.mpf(10) ** -15
        assert abs(P.approach_study(ev, "mixed")["limit"] - 1) < mp.mpf(10) ** -15


# ---------------------------------------------------------------- (12), a larger study

@pytest.mark.slow
def test_largest_ratio_with_a_larger_budget_stays_below_the_bound():
    """(1+1)-ES with 3 restarts x 4000 steps on 2x2, 2x3 and 3x3 (about two minutes): the largest
    I(t) / (2 beta ||H_I||) found stays below 1."""
    best = max(P.ratio_search(f"thermal-{d}", restarts=3, steps=4000)[0]
               for d in ("2x2", "2x3", "3x3"))
    print(f"largest ratio found: {best:.4f}")
    assert 0.25 < best < 1


# ---------------------------------------------------------------- the setups the module declares

def _samplers():
    seen = {}
    for c in P.PAPER.claims:
        for smp in c.samplers:
            seen.setdefault(smp.name, smp)
    return sorted(seen.values(), key=lambda smp: smp.name)


@pytest.mark.parametrize("smp", _samplers(), ids=lambda smp: smp.name)
def test_states_are_states_and_samples_agree_at_30_and_50_digits(smp):
    """Every state the module's samplers bind is Hermitian, of unit trace and positive, and a
    sample is the same at 30 and 50 digits (one seed, one state)."""
    built = {}
    for dps in (30, 50):
        with numeric.precision(dps):
            built[dps] = smp.build(smp.theta(0), "mp", "t").bindings
            for sym, value in built[dps].items():
                if getattr(sym, "kind", None) == "state":
                    m = mp.matrix(value.tolist())
                    assert mp.mnorm(m - m.H, 1) < mp.mpf(10) ** (-dps + 5), sym
                    assert abs(sum(m[i, i] for i in range(m.rows)) - 1) < mp.mpf(10) ** (-dps + 5), sym
                    assert min(numeric.eigvalsh(value)) > -mp.mpf(10) ** (-dps + 5), sym
    for sym, value in built[30].items():
        other = built[50][sym]
        diff = (max(abs(a - b) for a, b in zip(value.flat, other.flat)) if isinstance(value, np.ndarray)
                else abs(value - other))
        assert diff < mp.mpf(10) ** -25, sym


# ---------------------------------------------------------------- the corrected bounds near Phi

def _near_maxent_evaluators(seeds=range(4)):
    with numeric.precision(30):
        for smp in P.NEAR_MAXENT:
            if smp.random:
                for seed in seeds:
                    yield Evaluator(smp.draw(seed))


def test_condition19_bound_is_tight_to_a_constant_factor_and_needs_phi_maximally_entangled():
    """d_SB ||rho_S (x) rho_B - I/d_SB|| <= dD + (dD)^2/4 is not vacuous: on the random samples
    (random directions sigma have nearly mixed marginals) it uses a few percent of the bound or
    more, towards sigma = |00><00| (pure marginals) about 70 %; it fails when Phi is replaced by a
    product state."""
    c = get("alipour2024.text.condition19_equal_dimensions")

    def sides(ev, **changed):
        bind = dict(ev.sample.bindings)
        bind.update({getattr(P, k): v for k, v in changed.items()})
        e = Evaluator(Sample("t", ev.sample.parties, ev.sample.dims, bind, {}, "mp"))
        return mp.re(e(c.lhs)), mp.re(e(c.rhs))
    for ev in _near_maxent_evaluators():
        d = ev.sample.dims[0]
        ket00 = numeric.to_array(sympy.diag(1, *([0] * (d * d - 1))))
        lhs, rhs = sides(ev)
        assert mp.mpf("0.02") * rhs < lhs <= rhs
        lhs, rhs = sides(ev, sigma=ket00, Phi=numeric.to_array(P.maximally_entangled(d, d)))
        assert mp.mpf("0.6") * rhs < lhs <= rhs
        lhs, rhs = sides(ev, Phi=ket00)
        assert lhs > rhs


def test_linearisation_error_near_phi_is_second_order():
    """||log A - (A - I)|| / ||A - I||^2 stays between 0.05 and 1 on the near-maximally-entangled
    samples: the corrected claim tests a second-order error, not a vanishing one."""
    c = get("alipour2024.text.supplement_linearisation")
    for ev in _near_maxent_evaluators():
        ratio = mp.re(ev(c.lhs)) / mp.re(ev(P.eps_near)) ** 2
        assert mp.mpf("0.05") < ratio < 1


# ---------------------------------------------------------------- (12): the ratio study

def test_ratio_study_rebuilds_the_screened_point():
    """The float64 search and the working-precision value are the same point of the same
    sampler (screening and exact stage on one range)."""
    f64, _ = P.ratio_search("thermal-2x3")
    smp = next(s for s in get("alipour2024.eq12.largest_ratio").samplers if s.dims == (2, 3))
    with numeric.precision(50):
        value = P.largest_ratio(Evaluator(smp.draw()))
    assert abs(float(mp.re(value)) - f64) < 1e-10 and 0.1 < f64 < 1
