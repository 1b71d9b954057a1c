"""pyharanta2022: the constructions behind its claims, checked independently of the claims."""
import dataclasses

import mpmath as mp
import numpy as np
import pytest
import sympy

from corrcheck import numeric
from corrcheck.derivations import pyharanta2022 as P
from corrcheck.claim import HOLDS, Paper
from corrcheck.evaluate import Evaluator
from corrcheck.verdict import check
from corrcheck.symbolic.expr import Dissipator, Op


@pytest.fixture(params=[30, 50], ids=lambda d: f"dps{d}")
def dps(request):
    with numeric.precision(request.param):
        yield request.param


def _sample(smp, seed=0):
    return smp.draw(seed)


@pytest.mark.parametrize("smp", P.GENERAL + P.EXAMPLE + P.THERMAL[:2] + P.BOTH[:2],
                         ids=lambda s: s.name)
def test_superoperator_matches_the_language(smp, dps):
    """The superoperator used for propagation (local jumps lifted with numeric.embed, column
    stacking) acts on an operator as the claim language's generator (1) does."""
    s = _sample(smp)
    ev = Evaluator(s)
    x = Op("Y", ("A", "B"), "operator")
    n = int(np.prod(s.dims))
    y = numeric.states.ginibre([0.1 * (k + 1) * (-1) ** k for k in range(2 * n * n)], n, n, "mp")
    ev2 = Evaluator(dataclasses.replace(s, bindings={**s.bindings, x: y}, memo={}))
    lhs = numeric.apply_super(P._full_generator(ev), y)
    rhs = ev2.matrix(ev2(P.generator(x)))
    assert max(abs(a) for a in (lhs - rhs).flat) < mp.mpf(10) ** (8 - dps)


@pytest.mark.parametrize("smp", P.THERMAL[:2] + P.RESONANT[:2], ids=lambda s: s.name)
def test_thermal_rates_satisfy_detailed_balance(smp, dps):
    """gamma_mn / gamma_nm = exp(-beta (E_m - E_n)) for the jump |m><n| of the eigenbasis (13)."""
    s = _sample(smp, 1)
    for party, beta in (("A", P.beta_A), ("B", P.beta_B)):
        u = s.bindings[Op(f"U_{party}", (party,), "operator")]
        e = s.bindings[Op(f"E_{party}", (party,), "hermitian")]
        rates = {}
        for jump, rate in s.dissipators[party]:
            m, k = np.unravel_index(np.argmax([abs(x) for x in (u.conj().T @ jump @ u).flat]),
                                    jump.shape)
            rates[(m, k)] = rate
        for (m, k), g in rates.items():
            expected = mp.exp(-s.bindings[beta] * (e[m, m] - e[k, k]))
            assert abs(g / rates[(k, m)] - expected) < mp.mpf(10) ** (8 - dps)


def test_resonant_samplers_break_local_commutation(dps):
    """The counterexample family of (14): [H_A + H_B, V] = 0 but [H_A, V] != 0."""
    for smp in P.RESONANT:
        ev = Evaluator(_sample(smp))
        assert numeric.hs_norm(ev.matrix(ev(P.comm(P.H_A + P.H_B, P.V)))) < mp.mpf(10) ** (8 - dps)
        assert numeric.hs_norm(ev.matrix(ev(P.comm(P.H_A, P.V)))) > mp.mpf("1e-3")


@pytest.mark.parametrize("name", ["P1", "P3"])
def test_printed_c_endpoints_are_not_admissible(name, dps):
    """At the printed endpoints rho(0) = pi_A pi_B + c sz sz has a negative eigenvalue; at the
    corrected ones (divided by Z_A Z_B) its smallest eigenvalue is 0."""
    smp = next(s for s in P.EXAMPLE if s.name == f"example-{name}")
    ev = Evaluator(_sample(smp))
    pi, x = ev.matrix(ev(P.PI_AB)), ev.matrix(ev(P.SZSZ_M))
    zz = ev(P.Z_A * P.Z_B)
    for printed in (ev(-sympy.exp(-P.a_ - P.b_)), ev(sympy.exp(-sympy.Abs(P.a_ - P.b_)))):
        assert numeric.eigvalsh(pi + printed * x)[0] < -mp.mpf("1e-3")
        assert abs(numeric.eigvalsh(pi + printed / zz * x)[0]) < mp.mpf(10) ** (8 - dps)


def test_exponentials_are_not_disproved_exactly():
    """Regression: an exact proof on a fixed sampler must not round matrix exponentials to
    floats and 'disprove' L_B[pi_B] = 0 (evaluate: Expm has no exact evaluation)."""
    p = Paper("pyharanta2022", "t", "t", "t")
    claim = p.claim("x.pi_B", eq="x", title="t", statement="s", lhs=Dissipator(P.pi_B, "B"), rhs=0,
                    samplers=P.EXAMPLE_FIXED)
    res = check(claim, search=0)
    assert res.verdict == HOLDS and res.proof["status"] != "disproved"
