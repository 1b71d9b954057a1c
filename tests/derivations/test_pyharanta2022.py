"""pyharanta2022: the constructions behind its claims, checked independently of the claims."""
import dataclasses

import mpmath as mp
import numpy as np
import pytest
import scipy.linalg
import sympy

from corrcheck import numeric
from corrcheck.claim import HOLDS, Paper
from corrcheck.derivations import pyharanta2022 as P
from corrcheck.evaluate import Evaluator
from corrcheck.symbolic.expr import Dissipator, Op
from corrcheck.verdict import check


@pytest.fixture(params=[30, 50], ids=lambda d: f"dps{d}")
def dps(request):
    with numeric.precision(request.param):
        yield request.param


@pytest.mark.parametrize("smp", P.GENERAL + P.EXAMPLE + P.THERMAL[:2] + P.BOTH[1:],
                         ids=lambda s: s.name)
def test_superoperator_matches_the_language(smp, dps):
    """The superoperator used for propagation (local jumps lifted with numeric.embed, column
    stacking) acts on an operator as the claim language's generator (1) does."""
    s = smp.draw(0)
    x = Op("Y", ("A", "B"), "operator")
    n = int(np.prod(s.dims))
    y = numeric.states.ginibre([0.1 * (k + 1) * (-1) ** k for k in range(2 * n * n)], n, n, "mp")
    ev = Evaluator(dataclasses.replace(s, bindings={**s.bindings, x: y}, memo={}))
    lhs = numeric.apply_super(P._full_generator(ev), y)
    rhs = ev.matrix(ev(P.generator(x)))
    assert max(abs(a) for a in (lhs - rhs).flat) < mp.mpf(10) ** (8 - dps)


def _adjoint(jump, x):
    jd = jump.H
    return jd * x * jump - (jd * jump * x + x * jd * jump) / 2


@pytest.mark.parametrize("d", [2, 3])
def test_conserving_party_is_exact(d):
    """For every value of its parameters, each jump of the theorem's parties annihilates H and
    the conserved operators under the adjoint (11), while (for d = 3) the jumps |psi><0| do
    not commute with H: the construction is checked symbolically, not on samples."""
    party = P.conserving_party("A", d)
    free = sympy.symbols("f1 f2", real=True)
    conserved = [party["H"], party["observable"],
                 sympy.diag(*(party["mix"] * sympy.Matrix(free)))]
    for jump in party["jumps"]:
        for x in conserved:
            assert sympy.simplify(_adjoint(jump, x)) == sympy.zeros(d, d)
    if d == 3:
        for jump in party["jumps"][:2]:
            assert sympy.simplify(jump * party["H"] - party["H"] * jump) != sympy.zeros(3, 3)
        assert sympy.simplify(party["observable"] * party["H"] - party["H"] * party["observable"]) \
            != sympy.zeros(3, 3)


def test_kernel_residual_detects_a_cancellation(dps):
    """kernel_residual is not blind: with Hamiltonian parts i[w sz, .] and -i[w sz, .] (which a
    pure dissipator (2) cannot have) |0><1| (x) |1><0| is in the kernel of the sum while S_A
    does not annihilate it; for two dephasing dissipators the kernel is nested."""
    z = numeric.to_array(sympy.diag(1, -1))
    zero = numeric.arrays.zeros((2, 2), z)
    rot = numeric.hs_adjoint(numeric.lindbladian(z * mp.mpf("0.7"), [], []))
    counter = numeric.hs_adjoint(numeric.lindbladian(-z * mp.mpf("0.7"), [], []))
    dim, residual = P.kernel_residual(rot, counter)
    assert dim == 6 and residual > mp.mpf("0.1")
    deph = numeric.hs_adjoint(numeric.lindbladian(zero, [z], [mp.mpf("0.3")]))
    dim, residual = P.kernel_residual(deph, deph)
    assert dim == 4 and residual < mp.mpf(10) ** (8 - dps)


@pytest.mark.parametrize("smp", P.BOTH[1:] + P.A4_ONLY[1:], ids=lambda s: s.name)
def test_a4_splits_by_an_independent_method(smp):
    """Cross-check of A4.termwise in float64 with SciPy's SVD null space of the bipartite
    adjoint generator built directly on operators of A (x) B."""
    s = smp.build(smp.theta(0), "float64")
    da, db = s.dims
    n = da * db

    def lifted(party):
        k = s.parties.index(party)
        jumps = [numeric.embed(j, [da, db], [k]) for j, _ in s.dissipators[party]]
        rates = [r for _, r in s.dissipators[party]]
        zero = np.zeros((n, n), dtype=complex)
        return numeric.hs_adjoint(numeric.lindbladian(zero, jumps, rates))
    sa, sb = lifted("A"), lifted("B")
    kernel = scipy.linalg.null_space(sa + sb, rcond=1e-10)
    assert kernel.shape[1] > 1
    assert np.abs(sa @ kernel).max() < 1e-10


def test_moving_jumps_premise_sees_commuting_jumps():
    """The theorem's premise is false when every jump commutes with the local Hamiltonian."""
    s = P.BOTH[2].draw()
    ev = Evaluator(s)
    assert P.moving_jumps(ev)
    diagonal = {p: [(j, r) for j, r in js if all(j[a, b] == 0 for a in range(j.shape[0])
                                                   for b in range(j.shape[1]) if a != b)]
                for p, js in s.dissipators.items()}
    assert not P.moving_jumps(Evaluator(dataclasses.replace(s, dissipators=diagonal, memo={})))


def test_resonant_samplers_break_local_commutation(dps):
    """The counterexample family of (14): [H_A + H_B, V] = 0 but [H_A, V] != 0."""
    for smp in P.RESONANT:
        ev = Evaluator(smp.draw(0))
        assert numeric.hs_norm(ev.matrix(ev(P.comm(P.H_A + P.H_B, P.V)))) < mp.mpf(10) ** (8 - dps)
        assert numeric.hs_norm(ev.matrix(ev(P.comm(P.H_A, P.V)))) > mp.mpf("1e-3")


@pytest.mark.parametrize("name", ["P1", "P3"])
def test_printed_c_endpoints_are_not_admissible(name, dps):
    """At the printed endpoints rho(0) = pi_A pi_B + c sz sz has a negative eigenvalue; at the
    corrected ones (divided by Z_A Z_B) its smallest eigenvalue is 0."""
    smp = next(s for s in P.EXAMPLE if s.name == f"example-{name}")
    ev = Evaluator(smp.draw(0))
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
                    samplers=P.EXAMPLE[1:])
    res = check(claim, search=0)
    assert res.verdict == HOLDS and res.proof["status"] != "disproved"
