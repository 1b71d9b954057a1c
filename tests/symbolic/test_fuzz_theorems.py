"""Property-based fuzz of the inequality prover (issue 13 part 3; the soundness rule of issue 11).

Random *true* inequalities are non-negative combinations of instances of the named theorems
(Klein, monotonicity of the relative entropy, subadditivity, Spohn for a generator that fixes
the Gibbs state - in detailed balance, or with arbitrary jumps and the Hamiltonian correction K
that makes D[gamma] = i[K, gamma] - the trace-distance bound), each instance written in one of its equivalent forms (a relative entropy, its
trace-log form, the Gibbs logarithm written out, the mutual information as entropies), with a
term that vanishes identically added and terms moved across the inequality sign.  Random
*false* ones twist a true one: a coefficient made negative, a reference state that is not a
state (twice a state), Spohn's inequality for a generator that does not fix the Gibbs state
(no fixed point, the Gibbs state at another temperature, the dissipator with the wrong sign, the
correction K left out of the generator, its sign flipped or scaled),
the sides of monotonicity exchanged, the factor 2 of the trace-distance bound dropped.  No false inequality may be proved.

Claims are declared as a user would (a :class:`~corrcheck.claim.Paper`, samplers from the
setups vocabulary, whose facts the prover may use) and decided by :func:`corrcheck.proof.prove`
with :func:`~corrcheck.proof.proves` (the proof must reach every sampler).  Falsity is judged
without the prover: the engine's evaluator computes lhs - rhs in float64 on the seeded samples
of every sampler (dimensions 2x2, 2x3, 3x2); a twisted inequality violated by more than 1e-6
of its scale on some sample is false, one that no sample violates is discarded, not counted.
Every generated true inequality is checked numerically too, so a wrong generator fails the
test instead of fooling it.

Every false inequality must stay unproved; the true ones must be proved at :data:`TRUE_RATE` at
least (a miss is a gap of the instance search, not a soundness defect).  Examples are
derandomized; ``-m slow`` runs a larger budget.
"""
import numpy as np
import pytest
import sympy
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from sympy import I, Rational, Symbol

from corrcheck.claim import Paper
from corrcheck.evaluate import Evaluator
from corrcheck.proof import prove, proves
from corrcheck.setups import (density, draw, gibbs_fixing_gkls, gkls, hermitian, operator, positive,
                              thermal_gkls)
from corrcheck.symbolic.expr import (Dissipator, Dt, Entropy, Expm, Logm, Op, OpNorm, RelEntropy, Tr,
                                     comm,
                                     mutual_information, ptr)

S, B = "S", "B"
rho, sigma = Op("rho", (S, B), "state"), Op("sigma", (S, B), "state")
tau = Op("tau", (S,), "state")
r1 = Op("r1", (S,), "state")                       # the state that moves (Spohn)
H_S, H_B = Op("H_S", (S,), "hermitian"), Op("H_B", (B,), "hermitian")
L_S = Op("L_S", (S,), "operator")
K_S = Op("K_S", (S,), "hermitian")                 # the correction of the Gibbs-fixing generator
beta, beta2 = Symbol("beta", positive=True), Symbol("beta2", positive=True)


def gibbs(h, b):
    return Expm(-b * h) / Tr(Expm(-b * h))


STATES = {
    (S, B): [rho, sigma, ptr(rho, B) * ptr(rho, S), ptr(sigma, B) * ptr(sigma, S),
             gibbs(H_S, beta) * gibbs(H_B, beta), tau * ptr(rho, S)],
    (S,): [ptr(rho, B), ptr(sigma, B), tau, gibbs(H_S, beta), gibbs(H_S, beta2)],
    (B,): [ptr(rho, S), ptr(sigma, S), gibbs(H_B, beta)],
}
THERMAL_DYN = {r1: -I * comm(H_S, r1) + Dissipator(r1, S)}
FIXING_DYN = {r1: -I * comm(H_S + K_S, r1) + Dissipator(r1, S)}
BIND = {rho: density(), sigma: density(), tau: density(), r1: density(), H_S: hermitian(),
        H_B: hermitian(), beta: positive(), beta2: positive()}
DIMS = ((2, 2), (2, 3), (3, 2))
# a thermalising generator on S (fixes exp(-beta H_S)/Z: a fact of its setup) and a generic one
THERMAL = tuple((draw(BIND) + thermal_gkls(S, H_S, beta)).sampler(f"thermal-{a}x{b}", (a, b))
                for a, b in DIMS)
GENERIC = tuple((draw({**BIND, L_S: operator()}) + gkls(S, [(L_S, positive())])).sampler(
    f"generic-{a}x{b}", (a, b)) for a, b in DIMS)
# two arbitrary jumps made Gibbs-preserving by K_S and classical jumps (D[gamma] = i[K_S, gamma])
J_S, J2_S = Op("J_S", (S,), "operator"), Op("J2_S", (S,), "operator")
k1, k2 = Symbol("k1", positive=True), Symbol("k2", positive=True)
FIXING = tuple((draw(BIND) + gibbs_fixing_gkls(S, H_S, beta, K_S, [(J_S, k1), (J2_S, k2)])).sampler(
    f"fixing-{a}x{b}", (a, b)) for a, b in DIMS)


class Pick:
    """Random choices drawn by Hypothesis."""

    def __init__(self, data):
        self.data = data

    def one(self, seq):
        return self.data.draw(st.sampled_from(list(seq)))


# ------------------------------------------------------------------ instances, in several forms

def _log_form(x, y, pick):
    """Tr[x log y] written out (the Gibbs logarithm as -b H - log Z when y is a Gibbs state)."""
    for h, b in ((H_S, beta), (H_S, beta2), (H_B, beta)):
        if y == gibbs(h, b) and pick.one([True, False]):
            return -b * Tr(x * h) - sympy.log(Tr(Expm(-b * h)))
    return Tr(x * Logm(y))


def relent(x, y, pick):
    """D(x||y) as a RelEntropy node or in trace-log form."""
    if pick.one([True, False]):
        return RelEntropy(x, y)
    return -Entropy(x) - _log_form(x, y, pick)


def klein(pick, twist=None):
    sup = pick.one(sorted(STATES))
    x, y = pick.one(STATES[sup]), pick.one(STATES[sup])
    assume(x != y)
    if twist == "non_state":
        y = 2 * y
    return relent(x, y, pick)


def monotonicity(pick, twist=None):
    x, y = pick.one(STATES[(S, B)]), pick.one(STATES[(S, B)])
    assume(x != y)
    p = pick.one([S, B])
    big, small = relent(x, y, pick), relent(ptr(x, p), ptr(y, p), pick)
    return small - big if twist == "exchanged" else big - small


def subadditivity(pick, twist=None):
    x = pick.one(STATES[(S, B)])
    if pick.one([True, False]):
        return mutual_information(x, S, B)
    return relent(x, ptr(x, B) * ptr(x, S), pick)


def spohn(pick, twist=None):
    """-Tr[L(r1)(log r1 - log g)] for the Gibbs state g of H_S: as printed, with log g written
    out (Tr L(r1) = 0), or as minus the rate of D(r1||g)."""
    b = beta2 if twist == "wrong_temperature" else beta
    g = gibbs(H_S, b)
    form = pick.one(["logs", "written out", "rate"])
    if form == "logs":
        return -Tr(Dt(r1) * (Logm(r1) - Logm(g)))
    if form == "written out":
        return -Tr(Dt(r1) * Logm(r1)) - b * Tr(Dt(r1) * H_S)
    return -Dt(RelEntropy(r1, g))


def trace_distance(pick, twist=None):
    """2||H|| -+ Tr[(x - y) H] for states x, y and a Hermitian H (twisted: H not Hermitian
    does not apply here, the factor 2 dropped does)."""
    sup = pick.one([(S,), (S, B)])
    x, y = pick.one(STATES[sup]), pick.one(STATES[sup])
    assume(x != y)
    h = pick.one([H_S, H_B]) if sup == (S, B) else H_S
    factor = 1 if twist == "half_norm" else 2
    return factor * OpNorm(h) - pick.one([1, -1]) * Tr((x - y) * h)


INSTANCES = {"klein": klein, "monotonicity": monotonicity, "subadditivity": subadditivity,
             "spohn": spohn, "trace_distance": trace_distance}
ZERO = Tr((rho - ptr(rho, B) * ptr(rho, S)) * H_S)   # vanishes identically


def inequality(pick, twist=None):
    """(label, lhs, rhs, kind, dynamics, samplers): a combination of instances >= 0, its terms
    spread over the two sides; ``twist`` makes it (usually) false."""
    names = [pick.one(sorted(INSTANCES)) for _ in range(pick.one([1, 2, 3]))]
    if twist in ("no_fixed_point", "wrong_temperature", "not_gkls", "wrong_correction"):
        names[0] = "spohn"
    if twist == "non_state":
        names[0] = "klein"
    if twist == "exchanged":
        names[0] = "monotonicity"
    if twist == "half_norm":
        names[0] = "trace_distance"
    terms = []
    for k, name in enumerate(names):
        c = pick.one([1, 2, Rational(1, 3), beta])
        if twist == "sign" and k == 0:
            c = pick.one([-1, -2])
        terms.append(c * INSTANCES[name](pick, twist if k == 0 else None))
    if pick.one([True, False]):
        terms.append(pick.one([1, -3, beta]) * ZERO)
    right = [t for t in terms if pick.one([True, False, False])]
    left = [t for t in terms if t not in right]
    kind = pick.one(["geq", "leq"])
    lhs, rhs = sympy.Add(*left), -sympy.Add(*right)       # lhs >= rhs
    if kind == "leq":
        lhs, rhs = rhs, lhs
    spohns = "spohn" in names
    dyn = None
    samplers = THERMAL
    if spohns:
        dyn = dict(THERMAL_DYN)
        if pick.one([True, False]) or twist == "wrong_correction":
            samplers, dyn = FIXING, dict(FIXING_DYN)
        if twist == "not_gkls":
            dyn = {r1: -I * comm(H_S, r1) - Dissipator(r1, S)}
        if twist == "no_fixed_point":
            samplers, dyn = GENERIC, dict(THERMAL_DYN)
        if twist == "wrong_correction":  # K_S left out, its sign flipped or scaled (the
            # large multiples make the violation visible on the samples)
            c = pick.one([0, -1, 2, -20, 20, -100, 100])
            dyn = {r1: -I * comm(H_S + c * K_S, r1) + Dissipator(r1, S)}
    return "+".join(names) + (f":{twist}" if twist else ""), lhs, rhs, kind, dyn, samplers


TWISTS = ("sign", "non_state", "no_fixed_point", "wrong_temperature", "not_gkls", "exchanged",
          "half_norm", "wrong_correction")


def declare(label, lhs, rhs, kind, dyn, samplers):
    paper = Paper("fuzz", title="fuzzed inequalities")
    return paper.claim("ineq.case", eq="fuzz", title=label, statement=label, kind=kind, lhs=lhs,
                       rhs=rhs, samplers=samplers, dynamics=dyn)


# ------------------------------------------------------------------ the independent judge

_SAMPLES = {}


def _samples(samplers):
    for s in samplers:
        if s.name not in _SAMPLES:
            _SAMPLES[s.name] = s.build(s.theta(0), "float64", s.name)
        yield _SAMPLES[s.name]


def judge(lhs, rhs, kind, dyn, samplers):
    """"holds", "violated" or None (ambiguous or not evaluable) on float64 samples."""
    worst = 0.0
    for sample in _samples(samplers):
        ev = Evaluator(sample, dyn or {})
        try:
            a, b = complex(ev(lhs)), complex(ev(rhs))
        except Exception:  # noqa: BLE001 - a failure to evaluate makes the case undecided
            return None
        if not (np.isfinite(a) and np.isfinite(b)) or abs(a.imag) + abs(b.imag) > 1e-8 * (1 + abs(a) + abs(b)):
            return None
        gap = (a.real - b.real) if kind == "geq" else (b.real - a.real)
        worst = min(worst, gap / (1 + abs(a) + abs(b)))
    return "holds" if worst > -1e-9 else "violated" if worst < -1e-6 else None


def proved(claim):
    return proves(claim, prove(claim))


# ------------------------------------------------------------------ the properties

FUZZ = settings(derandomize=True, deadline=None, max_examples=40, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TRUE_RATE = 0.9   # the share of true inequalities proved (0.99 measured on 200 examples)


def check_false_never_proved(data):
    pick = Pick(data)
    label, *case = inequality(pick, pick.one(TWISTS))
    verdict = judge(*case)
    event("discarded: holds on the samples" if verdict == "holds" else
          "discarded: not evaluable" if verdict is None else "false")
    assume(verdict == "violated")
    assert not proved(declare(label, *case)), f"false inequality proved ({label}): {case[:3]}"


def true_proved(data):
    """Whether a generated true inequality is proved (it must hold on every sample)."""
    label, *case = inequality(Pick(data))
    verdict = judge(*case)
    assume(verdict is not None)
    assert verdict == "holds", f"the generator made a false inequality ({label}): {case[:3]}"
    return proved(declare(label, *case)), label


def check_true_rate(examples):
    outcomes = []

    @settings(FUZZ, max_examples=examples)
    @given(st.data())
    def run(data):
        outcomes.append(true_proved(data))
    run()
    missed = [label for ok, label in outcomes if not ok]
    rate = 1 - len(missed) / len(outcomes)
    assert len(outcomes) >= examples // 2, "too few examples evaluated"
    assert rate >= TRUE_RATE, f"{rate:.0%} of {len(outcomes)} true inequalities proved; missed {missed}"


@FUZZ
@given(st.data())
def test_false_inequalities_are_never_proved(data):
    check_false_never_proved(data)


def test_true_inequalities_are_true_and_proved():
    check_true_rate(40)


@pytest.mark.slow
@settings(FUZZ, max_examples=600)
@given(st.data())
def test_false_inequalities_are_never_proved_large(data):
    check_false_never_proved(data)


@pytest.mark.slow
def test_true_inequalities_are_true_and_proved_large():
    check_true_rate(300)
