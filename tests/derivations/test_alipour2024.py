"""The alipour2024 module beyond its registry cases: the certified root isolation that the
interval table rests on (a root pair inside one grid cell is found, a near miss is excluded),
the Example II rates against the claim language's exact derivatives, grid independence of the
table, the numerical radius, Example I's exact edges, the (20) limits on more draws, and the
(12) ratio study with a larger budget (slow)."""
import mpmath as mp
import numpy as np
import pytest
import sympy

from corrcheck import numeric
from corrcheck.derivations import alipour2024 as P
from corrcheck.evaluate import Evaluator
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
        with P._arb.arb_precision():
            f = P._arb.real(flow.f_ball(mp.mpf(t)))
            g = P._arb.real(flow.g_ball(mp.mpf(t)))
        state = flow.high(mp.mp.prec).derivatives(mp.mpf(t), 0)[0]
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
        xs = P._ex1_minimiser(30)
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
    """(1+1)-ES with 4 restarts x 6000 steps on 2x2, 2x3 and 3x3 (about 20 s): the largest
    I(t) / (2 beta ||H_I||) found stays below 1 (0.330)."""
    best = max(P.largest_ratio_search(dims, restarts=4, steps=6000)[0]
               for dims in ((2, 2), (2, 3), (3, 3)))
    print(f"largest ratio found: {best:.4f}")
    assert 0.25 < best < 1
