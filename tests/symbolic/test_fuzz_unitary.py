"""Property-based fuzz of the unitary fact (a Haar or exact unitary U, :func:`corrcheck.setups.
unitary_operator`): the prover reads U X U^dag, for a state X on U's parties, as a state with
the spectrum of X (lemma: unitary conjugation).  Random *true* inequalities about the final state
of a product rho_AB (x) rho_E after a unitary on ABE are non-negative combinations of
subadditivity and strong subadditivity of that state, the entropy increase S(AB') + S(E') -
S(AB) - S(E) and the invariance S(ABE') = S(AB) + S(E) (either sign); random *false* ones twist
one: a negative coefficient, U an arbitrary operator (no fact), the invariance with S(E)
dropped or doubled, the entropy of AB alone said not to decrease.  Judged numerically as in
``test_fuzz_theorems.py`` (float64, seeded samples); no false inequality may be proved.
"""
import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st
from sympy import Rational, Symbol

from corrcheck.setups import density, draw, operator, unitary_operator
from corrcheck.symbolic.expr import Dag, Entropy, Op, ptr

from .test_fuzz_theorems import FUZZ, Pick, declare, judge, proved

S, B, E = "S", "B", "E"
rAB, rE = Op("rAB", (S, B), "state"), Op("rE", (E,), "state")
U = Op("U", (S, B, E), "operator")
FIN = U * rAB * rE * Dag(U)
x = Symbol("x", positive=True)
START = draw({rAB: density(), rE: density()})
DIMS = ((2, 2, 2), (2, 2, 3))
HAAR = tuple((START + unitary_operator(U)).sampler(f"haar-{'x'.join(map(str, d))}", d) for d in DIMS)
ARBITRARY = tuple((START + draw({U: operator()})).sampler(f"arbitrary-{'x'.join(map(str, d))}", d)
                  for d in DIMS)


def marginal(*keep):
    out = FIN
    for p in (S, B, E):
        if p not in keep:
            out = ptr(out, p)
    return Entropy(out)


def instance(pick, twist=None):
    name = pick.one(["sub", "ssa", "increase", "invariance"])
    if twist in ("invariance", "marginal"):
        name = twist
    if name == "sub":
        a = pick.one([(S, B), (S,), (B,)])
        rest = tuple(p for p in (S, B, E) if p not in a)
        return marginal(*a) + marginal(*rest) - Entropy(FIN)
    if name == "ssa":
        mid = pick.one([S, B, E])
        a, c = (p for p in (S, B, E) if p != mid)
        return marginal(a, mid) + marginal(mid, c) - marginal(mid) - Entropy(FIN)
    if name == "increase":
        return marginal(S, B) + marginal(E) - Entropy(rAB) - Entropy(rE)
    if name == "marginal":
        return marginal(S, B) - Entropy(rAB)
    k = pick.one([0, 2]) if twist == "invariance" else 1
    return pick.one([1, -1]) * (Entropy(FIN) - Entropy(rAB) - k * Entropy(rE))


TWISTS = ("sign", "arbitrary", "invariance", "marginal")


def inequality(pick, twist=None):
    terms = [pick.one([1, 2, Rational(1, 3), x]) * instance(pick, twist if k == 0 else None)
             for k in range(pick.one([1, 2, 3]))]
    if twist == "sign":
        terms[0] = -terms[0]
    right = [t for t in terms if pick.one([True, False, False])]
    left = [t for t in terms if t not in right]
    lhs, rhs = sum(left), -sum(right)
    kind = pick.one(["geq", "leq"])
    if kind == "leq":
        lhs, rhs = rhs, lhs
    samplers = ARBITRARY if twist == "arbitrary" else HAAR
    return f"unitary:{twist}", lhs, rhs, kind, None, samplers


def check_false_never_proved(data):
    pick = Pick(data)
    label, *case = inequality(pick, pick.one(TWISTS))
    verdict = judge(*case)
    event("false" if verdict == "violated" else f"discarded: {verdict}")
    assume(verdict == "violated")
    assert not proved(declare(label, *case)), f"false inequality proved ({label}): {case[:3]}"


@FUZZ
@given(st.data())
def test_false_unitary_inequalities_are_never_proved(data):
    check_false_never_proved(data)


def test_true_unitary_inequalities_are_proved():
    outcomes = []

    @FUZZ
    @given(st.data())
    def run(data):
        label, *case = inequality(Pick(data))
        verdict = judge(*case)
        assume(verdict is not None)
        assert verdict == "holds", f"the generator made a false inequality: {case[:3]}"
        outcomes.append(proved(declare(label, *case)))
    run()
    assert len(outcomes) >= 20 and sum(outcomes) >= 0.9 * len(outcomes), outcomes


@pytest.mark.slow
@settings(FUZZ, max_examples=400)
@given(st.data())
def test_false_unitary_inequalities_are_never_proved_large(data):
    check_false_never_proved(data)
