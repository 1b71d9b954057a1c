"""The claim language end to end: each feature a paper module uses, on small known cases."""
import mpmath as mp
import numpy as np
import pytest
import sympy

from corrcheck import numeric
from corrcheck.claim import FAILS, HOLDS, Paper, Precondition
from corrcheck.setups import Bipartite, closed
from corrcheck.evaluate import EvaluationError, Evaluator
from corrcheck.samplers import density, derived, fixed, positive, sampler, uniform
from corrcheck.verdict import check
from corrcheck.symbolic.expr import (Dissipator, DissipatorAdj, Dt, Entropy, Logm, Mat, Op, RelEntropy, Tr,
                           mutual_information, ptr)

SB = Bipartite.named("S", "B")
t = sympy.Symbol("t", real=True)
beta = sympy.Symbol("beta", positive=True)


def paper():
    return Paper("alipour2016", "test", "test", "test")


def test_time_derivative_is_exact_forward_mode():
    """d/dt S(rho_S) along the unitary flow equals a finite difference of the evolved entropy
    computed at much higher precision."""
    smp = closed(SB).samplers("hs", ((2, 3),))[0]
    with numeric.precision(40):
        s = smp.draw(1)
        ev = Evaluator(s, SB.schroedinger)
        d = ev(Dt(Entropy(SB.rho_a)))
        rho = numeric.to_matrix(s[SB.rho])
        h = numeric.to_matrix(ev.matrix(ev(SB.H)))
    with numeric.precision(90):  # the 40-digit state, a state at 90 digits
        rho = numeric.as_state(rho, tol=mp.mpf(10) ** -38)
        eps = mp.mpf("1e-30")
        f = [numeric.entropy(numeric.ptrace(numeric.evolve(rho, h, x), [2, 3], 0)) for x in (-eps, eps)]
        fd = (f[1] - f[0]) / (2 * eps)
    with numeric.precision(40):
        assert abs(d - fd) < mp.mpf(10) ** -32


def test_products_on_different_parties_are_tensor_products():
    smp = closed(SB).samplers("hs", ((2, 3),))[0]
    with numeric.precision(30):
        ev = Evaluator(smp.draw(0))
        a, b = ev(SB.rho_a), ev(SB.rho_b)
        prod = ev(SB.rho_a * SB.rho_b)
        assert prod.support == (0, 1)
        assert np.all(prod.m == numeric.linalg.kron(a.m, b.m))
        assert ev(Tr(SB.H_a)) == np.trace(ev(SB.H_a).m)
        shifted = ev(SB.rho_a + 1)  # scalar = multiple of the identity
        assert shifted.m[0, 0] == a.m[0, 0] + 1 and shifted.m[0, 1] == a.m[0, 1]


def test_partial_trace_over_another_party_extends_by_the_identity():
    """Tr_B[A_S (x) I_B] = d_B A_S, as the symbolic prover reads it; an unknown party is an error."""
    smp = closed(SB).samplers("hs", ((2, 3),))[0]
    with numeric.precision(30):
        ev = Evaluator(smp.draw(0))
        assert np.all(ev(ptr(SB.H_a, "B")).m == 3 * ev(SB.H_a).m)
        with pytest.raises(EvaluationError, match="partial trace over E"):
            ev(ptr(SB.H_a, "E"))


def test_gkls_dissipator_with_detailed_balance_fixes_the_gibbs_state():
    """A thermalising qubit: sigma_- at rate exp(beta w/2), sigma_+ at exp(-beta w/2) (w = 2 for
    H = sigma_z) fixes exp(-beta H)/Z, so the dissipator annihilates it; the adjoint kills I."""
    q = Op("rho", ("A",), "state")
    h = Op("H", ("A",), "hermitian")
    sm, sp_ = [[0, 0], [1, 0]], [[0, 1], [0, 0]]
    rate = lambda sgn: derived(lambda env, k: (mp.exp if k == "mp" else np.exp)(sgn * env["beta"]), "")
    smp = sampler("thermal-qubit", ("A",), (2,), {
        beta: positive(), h: fixed([[1, 0], [0, -1]]),
        q: derived(lambda env, k: numeric.gibbs(env["H"], env["beta"]), "Gibbs state")},
        dissipators={"A": [(fixed(sm), rate(1)), (fixed(sp_), rate(-1))]})
    p = paper()
    fixed_point = p.claim("x.fixed", eq="1", title="t", statement="s", lhs=Dissipator(q, "A"), rhs=0,
                          samplers=(smp,), search=False)
    unital = p.claim("x.unital", eq="1", title="t", statement="s", lhs=DissipatorAdj(1, "A"), rhs=0,
                     samplers=(smp,), search=False)
    assert check(fixed_point, samples=1).verdict == HOLDS
    assert check(unital, samples=1).verdict == HOLDS


def test_explicit_time_dependent_matrix_differentiates_along_t():
    """Mat entries depending on t: Dt uses the tangent of t (dynamics {t: 1})."""
    m = Mat(sympy.Matrix([[sympy.cos(t), 0], [0, sympy.exp(-t)]]), ("A",), name="M")
    smp = sampler("times", ("A",), (2,), {t: positive()})
    p = paper()
    c = p.claim("x.mat", eq="1", title="t", statement="s", lhs=Tr(Dt(m)),
                rhs=-sympy.sin(t) - sympy.exp(-t), samplers=(smp,), dynamics={t: 1})
    assert check(c, samples=2).verdict == HOLDS


def test_hand_written_evaluator_records_values_and_printed_digits():
    def root(ev):
        """the positive root of x^2 - 2 by mpmath findroot"""
        x = mp.findroot(lambda x: x * x - 2, 1)
        ev.record("root", x)
        return x
    smp = sampler("none", ("A",), (1,), {}, random=False)
    p = paper()
    good = p.claim("x.sqrt2", eq="1", title="t", statement="s", kind="value", lhs=root,
                   rhs="1.414", digits=3, samplers=(smp,))
    bad = p.claim("x.sqrt2bad", eq="1", title="t", statement="s", kind="value", lhs=root,
                  rhs="1.416", digits=3, samplers=(smp,), expected=FAILS, reason="test",
                  role="control")
    res = check(good)
    assert res.verdict == HOLDS and res.method == "hand-written evaluator"
    assert res.values["none: root"].startswith("1.4142135623730950488")
    assert check(bad).verdict == FAILS


def test_inequality_margin_and_search():
    """Klein's inequality S(rho||sigma) >= 0 holds with margin; S(rho||sigma) <= 0 fails."""
    r, s_ = Op("r", ("A",), "state"), Op("s", ("A",), "state")
    smp = sampler("pair", ("A",), (3,), {r: density(), s_: density()})
    smp0 = sampler("pair-fixed", ("A",), (2,), {r: fixed([[1, 0], [0, 0]]),
                                                 s_: fixed([[0.5, 0], [0, 0.5]])}, random=False)
    p = paper()
    klein = p.claim("x.klein", eq="1", title="t", statement="s", kind="geq",
                    lhs=RelEntropy(r, s_), rhs=0, samplers=(smp, smp0))
    assert check(klein).proof_scope == "dimension-free"  # Klein's theorem: no search needed
    res = check(klein, symbolic=False)
    assert res.verdict == HOLDS and res.min_margin > 0 and res.search["evaluations"] > 0
    wrong = p.claim("x.klein_wrong", eq="1", title="t", statement="s", kind="leq",
                    lhs=RelEntropy(r, s_), rhs=0, samplers=(smp, smp0), expected=FAILS,
                    reason="test", role="control")
    assert check(wrong).verdict == FAILS


def test_preconditions_skip_samples_and_all_skipped_is_undecided():
    smp = closed(SB).samplers("hs", ((2, 2),))[0]
    p = paper()
    never = Precondition("never", lambda ev: False)
    c = p.claim("x.skip", eq="1", title="t", statement="s", kind="geq", lhs=Entropy(SB.rho), rhs=0,
                samplers=(smp,), preconditions=(never,), expected="UNDECIDED",
                reason="all samples skipped")
    res = check(c)
    assert res.verdict == "UNDECIDED" and "never" in " ".join(res.notes)


def test_singular_log_is_an_error_verdict_with_message():
    q = Op("q", ("A",), "state")
    smp = sampler("pure", ("A",), (2,), {q: fixed([[1, 0], [0, 0]])}, random=False)
    p = paper()
    c = p.claim("x.log", eq="1", title="t", statement="s", lhs=Tr(q * Logm(q)), rhs=0,
                samplers=(smp,), expected="ERROR")
    res = check(c)
    assert res.verdict == "ERROR" and "singular where a log is needed" in res.notes[0]


def test_mutual_information_of_a_pure_state_is_twice_the_marginal_entropy():
    smp = sampler("pure-2x3", ("S", "B"), (2, 3), {SB.rho: density(rank=1)})
    p = paper()
    c = p.claim("x.mi", eq="1", title="t", statement="s", lhs=mutual_information(SB.rho, "S", "B"),
                rhs=2 * Entropy(SB.rho_a), samplers=(smp,))
    assert check(c).verdict == HOLDS


def test_exact_fixed_dimension_proof_of_a_concrete_example():
    """A concrete two-qubit example with symbolic parameters is proved exactly."""
    g, c = sympy.symbols("g c", real=True)
    v = Mat(sympy.diag(g, -g, -g, g), ("S", "B"), name="V")
    chi = Mat(sympy.diag(c, -c, -c, c), ("S", "B"), name="chi0")
    smp = sampler("ex", ("S", "B"), (2, 2), {g: uniform(-1, 1), c: uniform(-0.1, 0.1)})
    p = paper()
    claim = p.claim("x.ex", eq="1", title="t", statement="s", lhs=Tr(chi * v), rhs=4 * g * c,
                    samplers=(smp,))
    res = check(claim)
    assert res.verdict == HOLDS and res.proof["status"] == "proved"
