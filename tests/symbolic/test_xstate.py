"""The exact certificate of the X-state optimum (holdsworth2022 (10)-(11); issue 13 part 4)."""
import numpy as np
from sympy import Rational, Symbol, exp

from corrcheck import numeric
from corrcheck.symbolic import xstate

T_A, T_B = Symbol("T_A", positive=True), Symbol("T_B", positive=True)


def gibbs_product(ta, tb):
    za, zb = exp(1 / (2 * ta)) + exp(-1 / (2 * ta)), exp(1 / (2 * tb)) + exp(-1 / (2 * tb))
    return tuple(exp((sa / ta + sb / tb) / 2) / (za * zb) for sa, sb in ((1, 1), (1, -1), (-1, 1), (-1, -1)))


def test_certificate_for_a_product_of_gibbs_states():
    proof = xstate.optimum_certificate(gibbs_product(T_A, T_B), (T_A, T_B))
    assert proof.status == "proved" and proof.scope == "closed form"
    assert all("FAILED" not in st.after for st in proof.steps)


def test_no_certificate_when_lambda_is_not_a_gibbs_product():
    lams = (Rational(4, 10), Rational(3, 10), Rational(2, 10), Rational(1, 10))  # l1 l4 != l2 l3
    assert xstate.optimum_certificate(lams, ()).status == "not_proved"
    halves = tuple(x / 2 for x in gibbs_product(T_A, T_B))                      # trace 1/2
    assert xstate.optimum_certificate(halves, (T_A, T_B)).status == "not_proved"


def test_concurrence_closed_form_against_wootters():
    """C = 2 max(0, c - sqrt(rs)) of step 1 on seeded X states (float64 Wootters)."""
    rng = np.random.default_rng(7)
    for _ in range(20):
        r, p, q, s = rng.uniform(0, 1, 4)
        c = rng.uniform(0, 1) * np.sqrt(p * q)
        phase = np.exp(1j * rng.uniform(0, 2 * np.pi))
        m = np.array([[r, 0, 0, 0], [0, p, c * phase, 0], [0, c / phase, q, 0], [0, 0, 0, s]])
        m = m / np.trace(m).real
        r, p, q, s = np.diag(m).real
        c = abs(m[1, 2])
        assert abs(numeric.concurrence(m) - 2 * max(0, c - np.sqrt(r * s))) < 1e-10
    ok, _ = xstate.concurrence_steps()
    assert ok
