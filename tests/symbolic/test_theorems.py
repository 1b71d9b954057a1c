"""The named theorems of :mod:`corrcheck.symbolic.theorems` (issue 13 part 3).

Each theorem proves its textbook instance, with the theorem named in the method and every
hypothesis shown in the steps with how it was proved; a claim whose hypothesis fails (a
reference that is not a state, a generator that does not fix the Gibbs state, a dissipator
with the wrong sign, a Hamiltonian part that is not Hermitian) is not proved, and neither is
the reversed inequality.  The random mix of these is fuzzed in ``test_fuzz_theorems.py``.
"""
import pytest
import sympy
from sympy import I, Symbol

from corrcheck.claim import Paper
from corrcheck.proof import prove, proves
from corrcheck.setups import density, draw, gkls, hermitian, operator, positive, thermal_gkls
from corrcheck.symbolic import theorems
from corrcheck.symbolic.expr import (Dag, Dissipator, Dt, Entropy, Expm, Logm, Op, OpNorm, RelEntropy,
                                     TraceNorm, Tr, comm, mutual_information, ptr)

S, B, C = "S", "B", "C"
rho, sigma = Op("rho", (S, B), "state"), Op("sigma", (S, B), "state")
r, s = Op("r", (S,), "state"), Op("s", (S,), "state")
rho3 = Op("rho3", (S, B, C), "state")
H = Op("H", (S,), "hermitian")
X = Op("X", (S,), "hermitian")
A, Bop = Op("A", (S,), "operator"), Op("Bop", (S,), "operator")
L = Op("L", (S,), "operator")
beta, beta2 = Symbol("beta", positive=True), Symbol("beta2", positive=True)


def gibbs(h, b):
    return Expm(-b * h) / Tr(Expm(-b * h))


def decide(lhs, rhs, kind="geq", dynamics=None, facts=()):
    return theorems.prove_inequality(lhs, rhs, kind, dynamics, facts).proof


def names(proof):
    """The theorems the method names: "named theorems (A, B)"."""
    inside = proof.method.partition("(")[2].rpartition(")")[0]
    return set(inside.split(", ")) & set(theorems.THEOREMS)


def hypotheses(proof):
    return [st.rule.strip() for st in proof.steps if st.rule.strip().startswith("hypothesis")]


# ------------------------------------------------------------------ textbook instances

TEXTBOOK = {
    "klein": (RelEntropy(r, s), 0, "Klein's inequality"),
    "klein_trace_log": (-Entropy(r) - Tr(r * Logm(s)), 0, "Klein's inequality"),
    "monotonicity": (RelEntropy(rho, sigma), RelEntropy(ptr(rho, B), ptr(sigma, B)),
                     "monotonicity of the relative entropy"),
    "subadditivity": (Entropy(ptr(rho, B)) + Entropy(ptr(rho, S)), Entropy(rho), "subadditivity"),
    "mutual_information": (mutual_information(rho, S, B), 0, "subadditivity"),
    "strong_subadditivity": (Entropy(ptr(rho3, C)) + Entropy(ptr(rho3, S)),
                             Entropy(ptr(ptr(rho3, S), C)) + Entropy(rho3), "strong subadditivity"),
    "hoelder": (TraceNorm(A) * OpNorm(Bop), sympy.Abs(Tr(A * Bop)), "Hoelder's inequality"),
    "trace_distance": (2 * OpNorm(X), Tr((r - s) * X), "trace-distance bound"),
}


@pytest.mark.parametrize("case", sorted(TEXTBOOK))
def test_textbook_instance_is_proved_by_its_theorem(case):
    lhs, rhs, name = TEXTBOOK[case]
    proof = decide(lhs, rhs)
    assert proof.status == "proved", proof.detail
    assert proof.scope == "dimension-free"
    assert names(proof) == {name}
    assert any(name in st.rule for st in proof.steps)  # the theorem is named with its statement
    want = len(theorems.THEOREMS[name].hypotheses)
    assert len(hypotheses(proof)) == want  # and each hypothesis is shown with how it was proved


@pytest.mark.parametrize("case", sorted(TEXTBOOK))
def test_reversed_textbook_instance_is_not_proved(case):
    lhs, rhs, _ = TEXTBOOK[case]
    assert decide(lhs, rhs, "leq").status != "proved"


@pytest.mark.parametrize("lhs, rhs, why", [
    (RelEntropy(r, 2 * s), 0, "twice a state is not a state"),
    (RelEntropy(r, X), 0, "a Hermitian operator is not a state"),
    (RelEntropy(r, Expm(-beta * H)), 0, "an unnormalised Gibbs weight is not a state"),
    (Entropy(ptr(rho, B)) + Entropy(ptr(rho, S)) - Entropy(rho) + RelEntropy(r, X), 0,
     "one instance with a failed hypothesis spoils the sum"),
    (RelEntropy(ptr(rho, B), ptr(sigma, B)), RelEntropy(rho, sigma), "monotonicity reversed"),
    (Entropy(rho), Entropy(ptr(rho, B)) + Entropy(ptr(rho, S)), "subadditivity reversed"),
    (2 * OpNorm(X), Tr((r - 2 * s) * X), "twice a state: ||r - 2 s||_1 can reach 3"),
    (2 * OpNorm(A), Tr((r - s) * A), "a non-Hermitian B: Tr[(r - s) B] is complex"),
    (OpNorm(X), Tr((r - s) * X), "the factor 2 dropped"),
])
def test_failed_hypothesis_or_false_claim_is_not_proved(lhs, rhs, why):
    assert decide(lhs, rhs).status != "proved", why


def test_klein_with_a_gibbs_reference_written_out():
    """D(r||gamma) = -S(r) + beta Tr[r H] + log Z: the Gibbs state is named by log Z."""
    lhs = -Entropy(r) + beta * Tr(r * H) + sympy.log(Tr(Expm(-beta * H)))
    proof = decide(lhs, 0)
    assert proof.status == "proved" and names(proof) == {"Klein's inequality"}
    assert decide(-Entropy(r) + beta * Tr(r * H) - sympy.log(Tr(Expm(-beta * H))), 0).status != "proved"


def test_negative_coefficient_is_not_proved():
    assert decide(-RelEntropy(r, s), 0).status != "proved"
    assert decide(beta * RelEntropy(r, s), 0).status == "proved"       # beta > 0
    assert decide(Symbol("x", real=True) * RelEntropy(r, s), 0).status != "proved"


# ------------------------------------------------------------------ Spohn, through the samplers' facts

BIND = {r: density(), s: density(), H: hermitian(), X: hermitian(), L: operator(), beta: positive(),
        beta2: positive()}
DIMS = ((2,), (3,))
THERMAL = tuple((draw(BIND) + thermal_gkls(S, H, beta)).sampler(f"thermal-{d}", (d,)) for d, in DIMS)
GENERIC = tuple((draw(BIND) + gkls(S, [(L, positive())])).sampler(f"generic-{d}", (d,))
                for d, in DIMS)
GKLS = {r: -I * comm(H, r) + Dissipator(r, S)}
SPOHN = -Tr(Dt(r) * (Logm(r) - Logm(gibbs(H, beta))))


def claim(lhs, dynamics, samplers, rhs=0, kind="geq"):
    paper = Paper("theorems", title="named theorems")
    return paper.claim("spohn", eq="t", title="t", statement="t", kind=kind, lhs=lhs, rhs=rhs,
                       samplers=samplers, dynamics=dynamics)


@pytest.mark.parametrize("lhs", [SPOHN, -Dt(RelEntropy(r, gibbs(H, beta))),
                                 -Tr(Dt(r) * Logm(r)) - beta * Tr(Dt(r) * H)],
                         ids=["as printed", "rate of D", "log gamma written out"])
def test_spohn_for_a_generator_that_fixes_the_gibbs_state(lhs):
    c = claim(lhs, GKLS, THERMAL)
    proof = prove(c)
    assert proves(c, proof), proof.detail
    assert names(proof) == {"Spohn's inequality"}
    assert len(hypotheses(proof)) == 4
    fixed = next(st.after for st in proof.steps if st.rule.strip() == "hypothesis: L(gamma) = 0")
    assert "D_S[exp(-beta*H)] = 0" in fixed    # proved from the sampler's fixed-point fact ...
    rules = [st.rule for st in proof.steps]
    assert "fact used: D_S[exp(-beta*H)] = 0" in rules      # ... whose provenance is shown
    assert any(x.startswith("lemma: detailed balance (proved") for x in rules)


@pytest.mark.parametrize("lhs, dynamics, samplers, why", [
    (SPOHN, GKLS, GENERIC, "the generator has no fixed point (no fact says D_S fixes gamma)"),
    (-Tr(Dt(r) * (Logm(r) - Logm(gibbs(H, beta2)))), GKLS, THERMAL,
     "the Gibbs state at another temperature is not the fixed point"),
    (SPOHN, {r: -I * comm(H, r) - Dissipator(r, S)}, THERMAL, "the dissipator with the wrong sign"),
    (SPOHN, {r: -I * comm(L, r) + Dissipator(r, S)}, THERMAL, "a non-Hermitian Hamiltonian part"),
    (SPOHN, {r: -I * comm(X, r) + Dissipator(r, S)}, THERMAL,
     "a Hamiltonian part that does not commute with the Gibbs state"),
    (-Tr(Dt(r) * (Logm(r) - Logm(s))), GKLS, THERMAL, "a reference state that is not the fixed point"),
    (-SPOHN, GKLS, THERMAL, "Spohn reversed"),
])
def test_spohn_is_not_proved_when_a_hypothesis_fails(lhs, dynamics, samplers, why):
    c = claim(lhs, dynamics, samplers)
    assert not proves(c, prove(c)), why


def test_spohn_proof_reaches_only_the_samplers_with_the_fixed_point():
    c = claim(SPOHN, GKLS, THERMAL + GENERIC)
    proof = prove(c)
    assert proof.status == "proved" and set(proof.covers) == {x.name for x in THERMAL}
    assert not proves(c, proof)


K = Op("K", (S,), "hermitian")   # a Hamiltonian part besides H that the claim carries
GKLS_K = {r: -I * comm(H + K, r) + Dissipator(r, S)}
SPOHN_K = -Tr((-I * comm(H + K, r) + Dissipator(r, S)) * (Logm(r) - Logm(gibbs(H, beta))))


def test_spohn_with_a_hamiltonian_part_the_setup_sets_to_zero():
    """The generator written out with an extra K (alipour2016's form): proved where the setup
    says K = 0 (a fact), not where K is drawn (then L(gamma) = -i[K, gamma] != 0)."""
    from corrcheck.setups import zero_operator
    zero = tuple((draw(BIND) + thermal_gkls(S, H, beta) + zero_operator(K, "no extra part")
                  ).sampler(f"thermal-k0-{d}", (d,)) for d, in DIMS)
    drawn = tuple((draw({**BIND, K: hermitian()}) + thermal_gkls(S, H, beta)).sampler(
        f"thermal-k-{d}", (d,)) for d, in DIMS)
    c = claim(SPOHN_K, GKLS_K, zero)
    proof = prove(c)
    assert proves(c, proof), proof.detail
    assert any(st.rule == "fact used: K = 0" for st in proof.steps)
    c = claim(SPOHN_K, GKLS_K, drawn)
    assert not proves(c, prove(c))


# ------------------------------------------------------------------ a fixed point with a nonzero right side

J1, J2 = Op("J1", (S,), "operator"), Op("J2", (S,), "operator")
g1, g2 = Symbol("g1", positive=True), Symbol("g2", positive=True)
K2 = Op("K2", (S,), "hermitian")


def fixing(prefix="fixing", dims=DIMS, **given):
    """Samplers of the Gibbs-fixing generator: two arbitrary jumps and the correction K."""
    from corrcheck.setups import gibbs_fixing_gkls
    setup = draw({r: density(), H: hermitian(), K2: hermitian(), beta: positive(),
                  beta2: positive()}) + gibbs_fixing_gkls(S, H, beta, K, [(J1, g1), (J2, g2)])
    if given:
        setup = setup.given(given)
    return tuple(setup.sampler(f"{prefix}-{d}", (d,)) for d, in dims)


def _largest(value):
    return max(abs(complex(x)) for x in getattr(value, "m", value).flat)


def test_gibbs_fixing_lemma_is_proved_exactly():
    from corrcheck.symbolic import facts
    lemma = facts.gibbs_fixing_correction()
    assert lemma.status == "proved" and lemma.scope == "dimension-free"
    assert any("[proved]" in st.after for st in lemma.steps)   # Tr D_J[sigma] = 0


@pytest.mark.parametrize("kind, tol", [("mp", 1e-25), ("float64", 1e-10)])
def test_gibbs_fixing_fact_holds_on_the_samples(kind, tol):
    """D_S[exp(-beta H)] = i[K, exp(-beta H)] on the setup's samples, so -i[H + K, .] + D_S
    fixes the Gibbs weight (the fact the prover uses is true of the numbers); without K it
    does not (the correction is needed)."""
    import mpmath as mp
    from corrcheck.evaluate import Evaluator
    g = Expm(-beta * H)
    for smp in fixing():
        for seed in (0, 1):
            with mp.workdps(30):
                ev = Evaluator(smp.build(smp.theta(seed), kind, "t"), GKLS_K)
                scale = 1 + _largest(ev(g))
                assert _largest(ev(Dissipator(g, S) - I * comm(K, g))) < tol * scale
                assert _largest(ev(-I * comm(H + K, g) + Dissipator(g, S))) < tol * scale
                assert _largest(ev(Dissipator(g, S))) > 1e-6 * scale


def test_spohn_with_a_fixed_point_that_has_a_nonzero_right_side():
    """The fact D_S[exp(-beta H)] = i[K, exp(-beta H)]: L(gamma) = -i[H + K, gamma] + D[gamma]
    = -i[H, gamma] = 0 is proved from it, and Spohn's inequality follows on every sampler."""
    c = claim(SPOHN_K, GKLS_K, fixing())
    proof = prove(c)
    assert proves(c, proof), proof.detail
    assert names(proof) == {"Spohn's inequality"}
    fixed = next(st.after for st in proof.steps if st.rule.strip() == "hypothesis: L(gamma) = 0")
    assert "D_S[exp(-beta*H)] = I*(K*exp(-beta*H) - exp(-beta*H)*K)" in fixed
    rules = [st.rule for st in proof.steps]
    assert "fact used: D_S[exp(-beta*H)] = I*(K*exp(-beta*H) - exp(-beta*H)*K)" in rules
    assert any(x.startswith("lemma: Gibbs-fixing correction (proved") for x in rules)


@pytest.mark.parametrize("lhs, dynamics, why", [
    (SPOHN, GKLS, "the generator without its correction K: L(gamma) = i[K, gamma]"),
    (SPOHN_K, {r: -I * comm(H - K, r) + Dissipator(r, S)},
     "the correction with the wrong sign: L(gamma) = 2i[K, gamma]"),
    (SPOHN_K, {r: -I * comm(H + 2 * K, r) + Dissipator(r, S)}, "twice the correction"),
    (SPOHN_K, {r: -I * comm(H + K2, r) + Dissipator(r, S)},
     "another Hermitian operator in place of the correction"),
    (-Tr(Dt(r) * (Logm(r) - Logm(gibbs(H, beta2)))), GKLS_K, "the Gibbs state at another temperature"),
    (-SPOHN_K, GKLS_K, "Spohn reversed"),
])
def test_spohn_with_a_wrong_correction_is_not_proved(lhs, dynamics, why):
    c = claim(lhs, dynamics, fixing())
    assert not proves(c, prove(c)), why


def test_gibbs_fixing_fact_is_dropped_when_the_correction_is_given():
    c = claim(SPOHN_K, GKLS_K, fixing("k-given", K=hermitian()))
    assert not proves(c, prove(c))


def test_gibbs_fixing_needs_a_non_degenerate_hamiltonian():
    from corrcheck.setups import fixed
    smp, = fixing("degenerate", ((2,),), H=fixed(sympy.eye(2)))
    with pytest.raises(ValueError, match="degenerate"):
        smp.build(smp.theta(0), "float64")


# ------------------------------------------------------------------ a unitary (fact) and U X U^dag

E = "E"
rAB, rE = Op("rAB", (S, B), "state"), Op("rE", (E,), "state")
U3 = Op("U3", (S, B, E), "operator")
FIN = U3 * rAB * rE * Dag(U3)
S_fin_SB, S_fin_E = Entropy(ptr(FIN, E)), Entropy(ptr(ptr(FIN, S), B))


def tripartite(u_setup, prefix):
    return tuple((draw({rAB: density(), rE: density()}) + u_setup).sampler(f"{prefix}-{d}", (2, 2, d))
                 for d in (2, 3))


def haar(prefix="haar"):
    from corrcheck.setups import unitary_operator
    return tripartite(unitary_operator(U3), prefix)


@pytest.mark.parametrize("lhs, rhs, kind", [
    (Entropy(FIN), S_fin_SB + S_fin_E, "leq"),                                  # subadditivity
    (Entropy(rAB) + Entropy(rE), S_fin_SB + S_fin_E, "leq"),                    # entropy increase
    (S_fin_SB - Entropy(rAB) + S_fin_E - Entropy(rE), 0, "geq"),
    (Entropy(FIN), Entropy(rAB) + Entropy(rE), "leq"),                           # equality, both ways
    (Entropy(FIN), Entropy(rAB) + Entropy(rE), "geq"),
], ids=["subadditivity", "increase", "total change", "invariance leq", "invariance geq"])
def test_unitary_conjugation_is_read_as_a_state_with_the_same_spectrum(lhs, rhs, kind):
    c = claim(lhs, None, haar(), rhs=rhs, kind=kind)
    proof = prove(c)
    assert proves(c, proof), proof.detail
    rules = [st.rule for st in proof.steps]
    assert "fact used: U3^† U3 = U3 U3^† = 1" in rules
    assert any(x.startswith("lemma: unitary conjugation (proved") for x in rules)


def test_unitary_fact_from_an_exact_matrix_and_its_check():
    from corrcheck.setups import unitary_operator
    swap_be = sympy.Matrix(4, 4, lambda i, j: 1 if j == 2 * (i % 2) + i // 2 else 0)
    fixed_u = (draw({rAB: density(), rE: density()})
               + unitary_operator(U3, sympy.kronecker_product(sympy.eye(2), swap_be))).sampler(
        "swap-be", (2, 2, 2))
    c = claim(Entropy(rAB) + Entropy(rE), None, (fixed_u,), rhs=S_fin_SB + S_fin_E, kind="leq")
    assert proves(c, prove(c))
    with pytest.raises(ValueError, match="not an exact unitary"):
        unitary_operator(U3, 2 * sympy.eye(8))


@pytest.mark.parametrize("lhs, rhs, kind, samplers, why", [
    (Entropy(rAB) + Entropy(rE), S_fin_SB + S_fin_E, "leq", "operator",
     "U drawn as an arbitrary operator: no fact says it is unitary"),
    (Entropy(rAB) + Entropy(rE), S_fin_SB + S_fin_E, "leq", "given",
     "the unitary overridden by given: the fact is dropped"),
    (Entropy(rAB), S_fin_SB, "leq", "haar", "the entropy of AB alone need not increase"),
    (Entropy(FIN), Entropy(rAB), "leq", "haar", "S(U X U^dag) = S(rAB) + S(rE), not S(rAB)"),
    (S_fin_SB + S_fin_E, Entropy(rAB) + Entropy(rE), "leq", "haar", "the increase reversed"),
    (Entropy(U3 * rAB * Dag(U3)), Entropy(rAB), "leq", "haar",
     "U X U^dag with X on fewer parties than U is not read as a state"),
])
def test_unitary_conjugation_not_proved_when_false_or_unfounded(lhs, rhs, kind, samplers, why):
    from corrcheck.setups import unitary_operator
    smp = {"haar": haar, "operator": lambda: tripartite(draw({U3: operator()}), "op"),
           "given": lambda: tuple((draw({rAB: density(), rE: density()}) + unitary_operator(U3))
                                  .given({U3: operator()}).sampler(f"given-{d}", (2, 2, d))
                                  for d in (2, 3))}[samplers]()
    c = claim(lhs, None, smp, rhs=rhs, kind=kind)
    assert not proves(c, prove(c)), why


# ------------------------------------------------------------------ identities from the facts

@pytest.mark.parametrize("lhs, rhs, samplers, ok", [
    (Entropy(rAB * rE), Entropy(FIN), "haar", True),
    (Entropy(rAB) + Entropy(rE), Entropy(FIN), "haar", True),
    (Entropy(rAB), Entropy(FIN), "haar", False),                  # S(rE) missing
    (S_fin_SB + S_fin_E, Entropy(FIN), "haar", False),            # an inequality, not an identity
    (Entropy(rAB * rE), Entropy(FIN), "operator", False),         # no fact: U arbitrary
])
def test_identity_from_the_facts(lhs, rhs, samplers, ok):
    """An identity the trace algebra does not reach, proved as a combination of the facts'
    equations (here S(U X U^dag) = S(X) for a unitary U); never a false one, never without
    the fact."""
    smp = haar() if samplers == "haar" else tripartite(draw({U3: operator()}), "op")
    c = claim(lhs, None, smp, rhs=rhs, kind="eq")
    proof = prove(c)
    assert proves(c, proof) == ok, proof.detail
    if ok:
        assert proof.method == "facts of the samplers (identity)"
        assert proof.steps[0].after.endswith("= 0")
        assert "fact used: U3^† U3 = U3 U3^† = 1" in [st.rule for st in proof.steps]
