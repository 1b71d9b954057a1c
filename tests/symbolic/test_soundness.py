"""Regression tests of the soundness holes of issue 11 part 1 and of the matrix-function rules of
issue 13 part 1: each test states an identity that is false (checked numerically where the
evaluator can) and that the prover before the fix proved, or a true one it gave up on."""
import numpy as np
import pytest
import sympy
from sympy import I, QQ_I, Symbol

from corrcheck.evaluate import Evaluator
from corrcheck.registry import get
from corrcheck.samplers import density, hermitian, operator, sampler
from corrcheck.symbolic import closedform, exact, tracealg
from corrcheck.symbolic.expr import (Dag, Dt, Entropy, Expm, HSNorm, Logm, Op, Tr, comm, ptr, text)
from corrcheck.symbolic.outcome import render
from corrcheck.symbolic.tracealg import prove_equal, prove_zero

rho = Op("rho", ("S", "B"), "state")
H_S, H_B = Op("H_S", ("S",), "hermitian"), Op("H_B", ("B",), "hermitian")
H_I = Op("H_I", ("S", "B"), "hermitian")
A = Op("A", ("S",), "operator")
rho_S, rho_B = ptr(rho, "B"), ptr(rho, "S")
UNITARY = {rho: -I * comm(H_S + H_B + H_I, rho)}
SAMPLE = sampler("soundness-2x3", ("S", "B"), (2, 3), {
    rho: density(), H_S: hermitian(), H_B: hermitian(), H_I: hermitian(), A: operator(),
    Op("H", ("S",), "hermitian"): hermitian(), Op("H", ("B",), "hermitian"): hermitian(),
    Op("X", ("S",), "hermitian"): hermitian(), Op("X", ("S",), "operator"): operator(),
    Op("rho", ("S", "B"), "operator"): operator()})


def value(expr, dynamics=None):
    """|expr| on one float64 sample (operators: largest entry)."""
    ev = Evaluator(SAMPLE.build(SAMPLE.theta(1), "float64"), dynamics)
    v = ev(expr)
    return float(np.max(np.abs(ev.matrix(v)))) if hasattr(v, "m") else abs(complex(v))


# ------------------------------------------------------------------ issue 11 part 1

SAME_NAME = {
    "H on S and H on B": Tr(rho * Op("H", ("S",), "hermitian")) - Tr(rho * Op("H", ("B",), "hermitian")),
    "Hermitian X and general X": Tr(rho * Op("X", ("S",), "hermitian")) - Tr(rho * Op("X", ("S",), "operator")),
    "an operator named like the state": Tr(Op("rho", ("S", "B"), "operator")) - Tr(rho),
}


@pytest.mark.parametrize("case", SAME_NAME, ids=str)
def test_operators_sharing_a_name_stay_apart(case):
    expr = SAME_NAME[case]
    assert value(expr) > 1e-3
    assert prove_zero(expr).status != "proved"
    assert prove_equal(expr, 0).status != "proved"


def test_same_name_operators_print_apart():
    assert text(SAME_NAME["H on S and H on B"]) == "-Tr_SB[rho*H{B}] + Tr_SB[rho*H{S}]"


def test_conjugate_of_an_entropy_is_real_only_from_the_kinds():
    assert prove_zero(sympy.conjugate(Entropy(A)) - Entropy(A)).status != "proved"
    assert prove_zero(sympy.conjugate(Entropy(rho_S)) - Entropy(rho_S)).status == "proved"
    assert prove_zero(sympy.conjugate(HSNorm(A)) - HSNorm(A)).status == "proved"


def test_real_scalar_needs_a_real_derivative():
    t, z = Symbol("t", real=True), Symbol("z")
    proof = prove_zero(Dt(t * Tr(rho * H_S)) - I * Tr(rho * H_S), {t: I})
    assert proof.status == "not_applicable" and "real scalar t" in proof.detail
    assert prove_zero(Dt(z * Tr(rho * H_S)) - I * Tr(rho * H_S), {z: I}).status == "proved"


def test_function_of_a_constant_operator_has_zero_rate():
    assert prove_zero(Dt(Tr(rho * Expm(H_S))) - Tr(Dt(rho) * Expm(H_S)), UNITARY).status == "proved"
    assert prove_zero(Dt(Expm(H_I)), UNITARY).status == "proved"
    moving = Dt(Tr(H_S * Logm(rho_S)))  # rho_S moves, so its log does
    assert value(moving, UNITARY) > 1e-3 and prove_zero(moving, UNITARY).status != "proved"


def test_closed_form_reduces_time_derivatives():
    x = Symbol("x", real=True)
    assert closedform.prove_zero(Dt(2)).status == "proved"
    assert closedform.prove_zero(Dt(x)).status == "not_applicable"
    assert closedform.prove_zero(Dt(x ** 2) - 2 * x, {x: 1}).status == "proved"
    assert closedform.prove_zero(Dt(x ** 2) - x, {x: 1}).status == "not_proved"
    assert closedform.prove_zero(Dt(x) - 1, {}).status == "disproved"


def _exact_sides(lhs, rhs):
    s = sampler("exact-2", ("S",), (2,), {A: operator()})
    sample = s.build((), "exact")
    sample.bindings = exact.polynomial_bindings(sample.bindings)
    ev = Evaluator(sample)
    sides = [[ev(lhs)], [ev(rhs)]]
    return exact.zero_test([sides[0][0] - sides[1][0]], "generic S:2 matrices", False, "fixed dimension",
                           sample.bindings, sides)


def test_exact_prover_squares_a_scalar():
    assert _exact_sides(Tr(A) ** 2, Tr(A) * Tr(A)).status == "proved"
    assert _exact_sides(Tr(A) ** 2, Tr(A * A)).status == "disproved"
    assert _exact_sides(Tr(A) ** -1 * Tr(A), 1).status == "proved"


def test_exact_zero_test_ignores_stored_zero_coefficients():
    ring, x = sympy.ring("x", QQ_I)
    zero = ring.zero.copy()
    dict.__setitem__(zero, (0,), QQ_I(0, 0))  # as left by mixed SymPy/polynomial arithmetic
    assert exact.zero_test([zero], "generic S:2 matrices", False, "fixed dimension").status == "proved"
    assert exact.zero_test([zero + x], "generic S:2 matrices", False, "fixed dimension").status == "disproved"


# ------------------------------------------------------------------ issue 13 part 1: side conditions

def test_log_derivative_rule_needs_a_positive_argument():
    """Tr[X Dlog_X(E)] = Tr E is used for a state X, never for an X not positive by its kind."""
    G = Op("G", ("S",), "hermitian")
    dyn = {G: I * comm(G, A + Dag(A))}
    expr = Dt(Tr(G * Logm(G))) - Tr(Dt(G) * Logm(G))
    assert prove_zero(expr, dyn).status != "proved"
    assert prove_zero(Dt(Tr(rho_S * Logm(rho_S))) - Tr(Dt(rho_S) * Logm(rho_S)), UNITARY).status == "proved"


def test_entropy_rule_needs_a_state():
    assert prove_zero(Entropy(A) + Tr(A * Logm(A))).status != "proved"
    assert prove_zero(Entropy(rho_S * rho_B) + Tr(rho_S * rho_B * Logm(rho_S * rho_B))).status == "proved"
    assert prove_zero(Entropy(rho) - Entropy(rho_S) - Entropy(rho_B)).status != "proved"


def test_log_of_exp_needs_a_hermitian_exponent():
    assert prove_zero(Logm(Expm(H_I)) - H_I).status == "proved"
    assert prove_zero(Logm(Expm(A)) - A).status != "proved"


def test_exponentials_of_opposite_arguments_cancel():
    assert prove_zero(Tr(rho * Expm(A) * H_I * Expm(-A)) - Tr(rho * Expm(A) * Expm(-A) * H_I)).status != "proved"
    assert prove_zero(Expm(A) * Expm(-A) * H_I - H_I).status == "proved"


# ------------------------------------------------------------------ issue 13: the named targets

TARGETS = ["alipour2024.eq5.rate_qmi", "alipour2024.eq6.rate_chi_norm", "alipour2024.eq14.line1",
           "alipour2024.eq14.line2", "alipour2024.eq15.rate_qmi_HI", "alipour2016.eq32.entropy_rates",
           "vedral.eq2.sigma_is_minus_rate", "vedral.eq4.rewrite"]


@pytest.mark.parametrize("claim_id", TARGETS)
def test_target_is_proved_dimension_free_with_compact_steps(claim_id):
    claim = get(claim_id)
    proof = tracealg.prove_equal(claim.lhs, claim.rhs, claim.dynamics)
    assert (proof.status, proof.scope) == ("proved", "dimension-free")
    lines = render(proof).splitlines()
    assert proof.steps[0].rule == "operators and scalars" and 5 < len(lines) < 120
    assert any(s.rule.startswith("normal form of the left side") for s in proof.steps)


def test_quotients_of_sums_cancel_as_rational_functions():
    x, y = Tr(rho * H_S) + 1, Tr(rho * H_B) + Tr(rho * H_I)
    assert prove_zero((x / y) / (x / y + 1) - x / (x + y)).status == "proved"
    assert prove_zero(x / (x + y) + y / (x + y) - 1).status == "proved"
    wrong = (x / y) / (x / y + 1) - y / (x + y)
    assert value(wrong) > 1e-3 and prove_zero(wrong).status != "proved"


def test_proofs_do_not_depend_on_the_process_hash_seed():
    """The same command gives the same bytes: every vedral proof (steps included; its
    tripartite claims go through the entropic normal form, whose keys hold sets) is identical
    under two string-hash seeds."""
    import os
    import subprocess
    import sys
    code = ("import dataclasses, json\n"
            "from corrcheck.registry import registry\nfrom corrcheck.proof import prove\n"
            "print(json.dumps({c.id: dataclasses.asdict(prove(c)) for c in registry('vedral') "
            "if c.kind != 'definition'}, default=str))")
    out = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("3", "4")]
    assert out[0] and out[0] == out[1]
