"""The verdict's guards: a HOLDS must survive claims nobody tuned the checker to.

Each test builds a small claim the guard exists for (or takes a registry claim the audits
flagged) and checks the guard's decision; each fails with its guard disabled.
"""
import dataclasses

import mpmath as mp
import pytest
import sympy
from sympy import I, Rational, Symbol

from corrcheck import numeric, verdict
from corrcheck.claim import (FAILS, HOLDS, UNDECIDED, DeclarationError, Paper, Precondition,
                             Premise)
from corrcheck.evaluate import EvaluationError, Evaluator
from corrcheck.mutants import mutants
from corrcheck.proof import prove
from corrcheck.registry import get, papers
from corrcheck.samplers import density, fixed, hermitian, operator, positive, real, sampler
from corrcheck.symbolic import freealg
from corrcheck.symbolic.expr import Dt, Entropy, HSNorm, Logm, Op, Tr, TraceNorm, comm, ptr
from corrcheck.verdict import check, proof_counts, verdict_counts

from .conftest import decided

rho = Op("rho", ("S",), "state")
A = Op("A", ("S",), "operator")
x = Symbol("x", real=True)
ZERO_STATE = [[1, 0], [0, 0]]


def paper():
    return Paper("guard", title="guards")


def claim(**kw):
    kw.setdefault("eq", "1")
    kw.setdefault("title", "t")
    kw.setdefault("statement", "s")
    return paper().claim("x.c", **kw)


# ------------------------------------------------------------------ 1. declarations

def test_one_name_for_two_operators_is_rejected_naming_both():
    H_S, H_B = Op("H", ("S",), "hermitian"), Op("H", ("B",), "hermitian")
    rho_SB = Op("rho", ("S", "B"), "state")
    smp = sampler("sb", ("S", "B"), (2, 2), {rho_SB: density(), H_S: hermitian(), H_B: hermitian()})
    with pytest.raises(DeclarationError, match=r"'H'.*operator H on \(B\).*operator H on \(S\)"):
        claim(lhs=Tr(rho_SB * H_S) - Tr(rho_SB * H_B), rhs=0, samplers=smp)


def test_one_name_for_two_kinds_is_rejected_in_dynamics_too():
    X_h, X_g = Op("X", ("S",), "hermitian"), Op("X", ("S",), "operator")
    smp = sampler("s", ("S",), (2,), {rho: density(), X_h: hermitian(), X_g: operator()})
    with pytest.raises(DeclarationError, match="kind hermitian.*kind operator"):
        claim(lhs=Dt(Tr(rho * X_h)), rhs=0, samplers=smp, dynamics={rho: -I * comm(X_g, rho)})


def test_real_scalar_with_manifestly_imaginary_derivative_is_rejected():
    smp = sampler("s", ("S",), (2,), {rho: density(), x: real()})
    with pytest.raises(DeclarationError, match="real scalar x the non-real derivative"):
        claim(lhs=Dt(x), rhs=0, samplers=smp, dynamics={x: 2 * I})


def test_real_scalar_given_a_complex_derivative_is_an_evaluation_error():
    """SymPy cannot tell Tr(A) is complex; the evaluator can."""
    smp = sampler("s", ("S",), (2,), {A: operator(), x: real()})
    c = claim(lhs=Dt(x), rhs=Dt(x), samplers=smp, dynamics={x: Tr(A)})
    with pytest.raises(EvaluationError, match="non-real derivative"):
        Evaluator(smp.draw(0), c.dynamics)(Dt(x))
    assert check(c, search=0).verdict == "ERROR"


def test_floats_are_read_as_the_decimal_they_print():
    smp = sampler("s", ("S",), (1,), {x: real()})
    c = claim(kind="value", lhs=x, rhs=0.64, samplers=smp, digits=2)
    assert c.rhs == Rational(16, 25)
    assert claim(lhs=0.1 * x, rhs=x / 10, samplers=smp).lhs == x / 10


# ---------------------------------------------------------- 2. a proof counts where it reaches

def demonstration():
    """The false claim Tr(rho) (|x| - x) = 0, true at the printed point x = 0."""
    random = sampler("rand", ("S",), (2,), {rho: density(), x: real()})
    printed = sampler("printed", ("S",), (2,), {rho: fixed(ZERO_STATE, state_dims=(2,)),
                                                x: fixed(0)}, random=False)
    return claim(lhs=Tr(rho) * (sympy.Abs(x) - x), rhs=0, samplers=(random, printed))


def test_a_proof_at_one_point_does_not_prove_the_claim():
    c = demonstration()
    proof = prove(c)
    assert proof.status == "proved" and proof.scope == "point" and proof.covers == ("printed",)
    res = check(c)
    assert res.verdict == FAILS and res.counterexample["sample"].startswith("search:rand")
    assert res.proof_scope == verdict.PARTIAL


def test_exact_proofs_on_every_sampler_cover_the_claim():
    """Cayley-Hamilton polarised, true in dimension 2 only (no dimension-free proof): generic
    2 x 2 matrices and the printed point together cover the claim."""
    B = Op("B", ("S",), "operator")
    smp = sampler("rand", ("S",), (2,), {A: operator(), B: operator()})
    pts = sampler("pt", ("S",), (2,), {A: fixed([[1, 2], [3, 4]]), B: fixed([[0, 1], [5, 0]])},
                  random=False)
    c = claim(lhs=A * B + B * A - Tr(A) * B - Tr(B) * A + Tr(A) * Tr(B) - Tr(A * B), rhs=0,
              samplers=(smp, pts))
    proof = prove(c)
    assert proof.status == "proved" and proof.covers == ("rand", "pt")
    assert check(c).proof_scope == "all samplers at one dimension"


def _log_claim(recipe):
    """log(p y) = log p + log y, proved by SymPy for positive p, y."""
    y = Symbol("y", positive=True)
    p = Symbol("p", positive=True)
    smp = sampler("r", ("S",), (1,), {p: recipe, y: recipe})
    return claim(lhs=sympy.log(p * y), rhs=sympy.log(p) + sympy.log(y), samplers=smp)


def test_a_closed_form_covers_only_samplers_that_satisfy_its_assumptions():
    assert check(_log_claim(positive())).proof_scope == "closed form"
    wrong = check(_log_claim(real()))  # p, y < 0: log(p y) = log p + log y - 2 pi i
    assert wrong.proof_scope == verdict.PARTIAL and wrong.verdict == FAILS


def test_proofs_are_counted_by_scope_never_as_one_total():
    results = [check(demonstration()), check(_log_claim(positive()))]
    counts = proof_counts(results)
    assert set(counts) == set(verdict.PROOF_LABELS.values()) | {verdict.PARTIAL}
    assert counts["closed form"] == 1 and counts[verdict.PARTIAL] == 1


# ------------------------------------------------------------------ 3. claims that cannot fail

def _free_cases():
    S2, B = Op("rho", ("S", "B"), "state"), Op("H", ("B",), "hermitian")
    H, K = Op("H", ("S",), "hermitian"), Op("K", ("S",), "hermitian")
    H_op = Op("H", ("S",), "operator")
    t = Symbol("t", real=True)
    schr = {rho: -I * comm(H, rho)}
    return [  # (lhs, rhs, dynamics, holds by algebra alone)
        (Dt(Tr(rho * H)), Tr(Dt(rho) * H) + Tr(rho * Dt(H)), None, True),    # product rule
        (Dt(Tr(rho * H)), Tr(Dt(rho) * H), schr, True),                      # H constant
        (Dt(Tr(rho * H)), Tr(-I * comm(H, rho) * H), schr, False),           # dynamics used
        (Tr(rho * H), Tr(H * rho), None, False),                             # cyclicity
        (Tr(rho), 1, None, False),                                           # kind rule
        (H * B, B * H, None, False),                                         # parties commute
        (Tr(H * rho), Tr(H_op * rho), None, False),                          # kinds differ
        (ptr(S2 * (H + K), "B"), ptr(S2 * H, "B") + ptr(S2 * K, "B"), None, True),  # linear
        (ptr(H * S2, "B"), H * ptr(S2, "B"), None, False),                   # partial trace
        (Dt(sympy.exp(t * Tr(rho))), sympy.exp(t * Tr(rho)) * (Dt(t) * Tr(rho) + t * Tr(Dt(rho))),
         None, True),                                                        # chain rule
        (HSNorm(H * K + K * H) ** 2, HSNorm(K * H + H * K) ** 2, None, True),  # same bracket
    ]


@pytest.mark.parametrize("case", range(11))
def test_free_algebra_uses_no_physics(case):
    lhs, rhs, dyn, expected = _free_cases()[case]
    assert freealg.algebra_alone(lhs, rhs, dyn) is expected


def test_algebra_alone_is_labelled_and_counted_apart():
    H = Op("H", ("S",), "hermitian")
    smp = sampler("s", ("S",), (2,), {rho: density(), H: hermitian()})
    dyn = {rho: -I * comm(H, rho)}
    product_rule = claim(lhs=Dt(Tr(rho * H)), rhs=Tr(Dt(rho) * H), samplers=smp, dynamics=dyn)
    physics = claim(lhs=Dt(Tr(rho * H)), rhs=0, samplers=smp, dynamics=dyn)  # energy conservation
    r1, r2 = check(product_rule), check(physics)
    assert r1.verdict == r2.verdict == HOLDS
    assert r1.label == verdict.LABEL_ALGEBRA and r2.label is None
    assert verdict_counts([r1, r2]) == {"HOLDS": 1, f"HOLDS ({verdict.LABEL_ALGEBRA})": 1}


def test_terms_vanishing_on_every_sample_leave_the_claim_undecided():
    """A B = -B A (false) sampled only at A = 0: both terms vanish, no cancellation is tested,
    and the proof on the sampler's generic form (A = 0, B generic) does not reach further."""
    B = Op("B", ("S",), "operator")
    smp = sampler("s", ("S",), (2,), {A: fixed([[0, 0], [0, 0]]), B: operator()})
    res = check(claim(lhs=A * B, rhs=-(B * A), samplers=smp))
    why = "every term of lhs and rhs vanishes: no cancellation is tested"
    assert res.verdict == UNDECIDED and res.premise == {
        "exercised": 0, "samples": 2, "not exercised": {"s-seed0": why, "s-seed1": why}}
    one_term = claim(lhs=A * B, rhs=0, samplers=smp)  # X = 0 is the claim itself: exempt
    assert check(one_term).verdict == HOLDS


def test_identically_zero_terms_and_conjunctions_are_not_cancellations():
    """-i[H, rho_T] + L[rho_T] = 0: the commutator vanishes identically, so the claim is the one
    term L[rho_T] = 0; |det rho(x_lo)| + |det rho(x_hi)| = 0 is two claims, each X = 0."""
    for cid in ("vedral.text.fixed_point", "alipour2024.ex1.range_edges_singular"):
        r = decided(get(cid))
        assert r.verdict == HOLDS and r.premise["exercised"] == r.premise["samples"], cid


def test_a_declared_premise_realised_on_no_sample_makes_the_claim_undecided():
    H = Op("H", ("S",), "hermitian")
    smp = sampler("s", ("S",), (2,), {rho: density(), H: hermitian()})
    base = dict(lhs=TraceNorm(rho), rhs=Tr(rho), samplers=smp)  # no symbolic rule for ||.||_1
    assert check(claim(**base)).verdict == HOLDS
    never = check(claim(premise=Premise("[H, rho] = 0", lambda ev: False), **base))
    assert never.verdict == UNDECIDED and "premise not realised" in " ".join(never.notes)
    some = check(claim(premise=Premise("[H, rho] != 0", comm(H, rho)), **base))
    assert some.verdict == HOLDS and some.premise["exercised"] == some.premise["samples"] == 2


def test_preconditions_false_on_every_sample_leave_the_claim_undecided():
    smp = sampler("s", ("S",), (1,), {x: positive()})
    c = claim(lhs=sympy.Abs(x), rhs=-x, samplers=smp,
              preconditions=[Precondition("x < 0", lambda ev: ev(x) < 0)])
    res = check(c)
    assert res.verdict == UNDECIDED and res.premise["exercised"] == 0


def test_inequality_seen_only_at_its_equality_case_or_one_side_is_undecided():
    y = Symbol("y", real=True)
    smp = sampler("s", ("S",), (1,), {x: fixed(0), y: fixed(0)}, random=False)
    both = check(claim(kind="leq", lhs=x ** 2, rhs=y ** 2, samplers=smp))
    assert both.verdict == UNDECIDED and "equality case" in " ".join(both.notes)
    one = sampler("t", ("S",), (1,), {x: fixed(0), y: fixed(2)}, random=False)
    sign = check(claim(kind="leq", lhs=x ** 2, rhs=y ** 2, samplers=one))
    assert sign.verdict == UNDECIDED and "only the sign" in " ".join(sign.notes)


def test_audited_claims_are_caught():
    """supplement_linearisation on its exact maximally entangled samples alone (as the audit
    found it) is evaluated only where both sides vanish; the conjecture claims and sudden_death,
    which the audit found exercised by one sample, now have entangled and falsifiable samples; with its premise declared, thermal_separable_equality is
    exercised by none.  (The counterexample search is off for the first: its points move off
    the equality case and would exercise the premise, which is evidence the audit did not have.)"""
    c = get("alipour2024.text.supplement_linearisation")
    exact = tuple(s for s in c.samplers if s.name.startswith("maxent-exact"))
    lin = check(dataclasses.replace(c, samplers=exact, attained=()), search=0)
    assert lin.verdict == UNDECIDED and lin.premise["exercised"] == 0
    for cid in ("vedral.text.conjecture_separable_gibbs", "vedral.example.sudden_death"):
        r = decided(get(cid))
        assert r.premise["samples"] >= 3 and r.premise["exercised"] >= 2, (cid, r.premise)
    c = get("vedral.text.thermal_separable_equality")
    from corrcheck.derivations import vedral as V
    premise = Premise("rho_sep = rho_T (a single system: rho = rho_T)",
                      lambda ev: ev(HSNorm(V.rho - V.rho_T)) < mp.mpf(10) ** (-mp.mp.dps + 8))
    # (its dimension-free proof, which would decide it regardless of samples, is left out)
    assert check(dataclasses.replace(c, premise=premise), symbolic=False).verdict == UNDECIDED


# ---------------------------------------------------------- 4. inequalities where they are tight

def spohn_with_wrong_temperature():
    """vedral (3) with rho_T at beta^2: the dynamics fixes exp(-beta H)/Z, so Spohn's inequality
    fails near the true fixed point; today's fixed budget missed it."""
    from corrcheck.derivations import vedral as V
    c = get("vedral.eq3.sigma_nonnegative")
    return dataclasses.replace(c, lhs=c.lhs.xreplace({V.beta: V.beta ** 2}))


def test_adaptive_search_finds_a_wrong_temperature_dependence():
    res = check(spohn_with_wrong_temperature())
    assert res.verdict == FAILS and res.counterexample["sample"].startswith("search:")
    assert res.tightest["relative_margin"] < 0 and res.tightest["where"].startswith("search:")


def test_tightest_margin_is_reported_with_where_and_parameters():
    res = decided(get("vedral.eq3.sigma_nonnegative"))
    t = res.tightest
    assert t["relative_margin"] >= 0 and t["where"] and "beta" in t["parameters"]


def test_equality_claimed_attained_must_be_attained():
    c = get("vedral.eq3.sigma_nonnegative")
    attained = check(dataclasses.replace(c, attained=("thermal-qubit-at-equilibrium",)), search=0)
    assert attained.verdict == HOLDS
    wrong = check(dataclasses.replace(c, attained=("thermal-qubit-fixed",)), search=0)
    assert wrong.verdict == FAILS and wrong.counterexample["sample"] == "thermal-qubit-fixed"
    nowhere = check(dataclasses.replace(c, attained=(Precondition("never", lambda ev: False),)),
                    search=0)
    assert nowhere.verdict == UNDECIDED


def test_an_attained_equality_case_makes_the_slackened_mutant_fail():
    c = dataclasses.replace(get("vedral.eq3.sigma_nonnegative"),
                            attained=("thermal-qubit-at-equilibrium",))
    [mutant] = [m for name, m in mutants(c) if name == "slackened"]
    assert check(mutant, samples=1, search=0, symbolic=False).verdict == FAILS


def test_form8_screening_and_exact_stage_use_the_same_grid(monkeypatch):
    """holdsworth2022 A.optimum scans (A2) in float64, then rebuilds the best grid point at the
    working precision: with a screen that peaks inside the grid, the rebuilt state must be the
    screened one."""
    from corrcheck.derivations import holdsworth2022 as Hw
    seen = {}

    def screen(rhos):
        seen["states"] = rhos
        score = -abs(rhos[:, 1, 2].real - 0.3 * rhos[:, 1, 2].real.max()) - abs(
            rhos[:, 0, 0].real - rhos[:, 0, 0].real.mean())
        seen["best"] = rhos[int(score.argmax())]
        return score

    def concurrence(m):
        seen["exact"] = m
        return mp.mpf(0)

    monkeypatch.setattr(Hw, "_wootters_batch", screen)
    monkeypatch.setattr(Hw.numeric, "concurrence", concurrence)
    c = get("holdsworth2022.A.optimum")
    for smp in c.samplers:
        with numeric.precision(30):
            ev = Evaluator(smp.build(smp.theta(0), "mp", "t"))
            Hw.form8_maximum(ev)
        exact = mp.matrix(seen["exact"].tolist())
        best = seen["best"]
        assert max(abs(complex(exact[i, j]) - best[i, j])
                   for i in range(4) for j in range(4)) < 1e-12


def test_example2_screening_and_certified_stage_use_the_same_window():
    """alipour2024's discrepancy table isolates roots in float64 on [lo, hi] and certifies them
    at the working precision: on the window [5, 6] it gives the corrected table's intervals
    inside [5, 6], nothing outside."""
    from corrcheck.derivations import alipour2024 as P
    found = P.discrepancy_intervals(30, lo=5, hi=6, cells=1000)
    listed = [(mp.mpf(a), mp.mpf(b)) for a, b in P.CORRECTED_INTERVALS
              if 5 <= float(a) and float(b) <= 6]
    assert len(found["intervals"]) == len(listed) == 6
    assert all(abs(a - c) <= mp.mpf("5e-7") and abs(b - d) <= mp.mpf("5e-7")
               for (a, b, _, _), (c, d) in zip(found["intervals"], listed))
    assert all(5 <= r <= 6 for r, _, _ in found["roots"])


# ------------------------------------------------------------------ 5. small

def test_corrections_are_known_across_the_whole_registry():
    table = {k: v for p in papers() for k, v in p.corrections.items()}
    assert (table["alipour2024.text.main_linearisation"]
            == "alipour2024.text.supplement_linearisation")
