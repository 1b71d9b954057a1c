"""Input validation: every defect is reported with its size, judged at the input's precision."""
import re

import mpmath as mp
import numpy as np
import pytest
import qutip
import sympy

from corrcheck import numeric as nm


def rejects(x, message, **kwargs):
    """as_state(x) raises InvalidState whose message contains ``message`` verbatim."""
    with pytest.raises(nm.InvalidState, match=re.escape(message)):
        nm.as_state(x, **kwargs)


# ---------------------------------------------------------------- each defect and its message

@pytest.mark.parametrize("x, message", [
    (np.full((2, 3), 1 / 6), "not square: shape (2, 3)"),
    (np.full(3, 1 / 3), "not square: shape (3,)"),
    ([[0.5, 0, 0], [0, 0.5, 0]], "not square: shape (2, 3)"),
], ids=["2x3-array", "vector", "2x3-list"])
def test_not_square(x, message):
    rejects(x, message)


def test_ragged_rows_are_not_a_matrix():
    rejects([[0.5, 0], [0.5]], "not a matrix")


@pytest.mark.parametrize("dims", [(2, 3), [3], 5], ids=["2x3", "list3", "int5"])
def test_dims_product_must_match(dims):
    n = int(np.prod(dims))
    rejects(np.eye(4) / 4, f"have product {n} but the matrix is 4x4", dims=dims)


def test_dims_that_match_are_accepted():
    assert nm.as_state(np.eye(6) / 6, dims=(2, 3)).rows == 6


def test_not_hermitian_gives_max_deviation():
    rejects([[0.5, 0.1], [0.3, 0.5]], "not Hermitian: max |rho - rho^dag| = 0.2 exceeds tolerance")
    rejects([[0.5, 0.1j], [0.1j, 0.5]], "not Hermitian: max |rho - rho^dag| = 0.2 exceeds tolerance")


def test_not_positive_gives_smallest_eigenvalue():
    rejects([[1.5, 0], [0, -0.5]], "not positive: smallest eigenvalue -0.5 below -tolerance")
    rejects([[0.5, 0.75], [0.75, 0.5]], "not positive: smallest eigenvalue -0.25 below -tolerance")


def test_trace_not_one_gives_the_trace():
    rejects(np.eye(2) * 0.6, "trace != 1: Tr rho = 1.2 (off by 0.2,")
    rejects(mp.eye(3) / 4, "trace != 1: Tr rho = 0.75 (off by 0.25,")


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf, mp.nan, mp.inf, complex(0, np.nan)],
                         ids=["nan", "inf", "-inf", "mp-nan", "mp-inf", "complex-nan"])
def test_nan_and_inf_entries_are_located(bad):
    x = [[0.5, 0], [0, bad]]
    rejects(x, "NaN/inf entries at [(1, 1)]")
    rejects(mp.matrix(x), "NaN/inf entries at [(1, 1)]")


@pytest.mark.parametrize("kind, x", [
    ("float64 input", np.array([[1.5, 0], [0, -0.5]])),
    ("float64 input", [[1.5, 0.0], [0.0, -0.5]]),
    ("working-precision input", mp.matrix([[1.5, 0], [0, -0.5]])),
    ("working-precision input", [[mp.mpf(3) / 2, 0], [0, -mp.mpf(1) / 2]]),
], ids=["ndarray", "float-list", "mpmath", "mpf-list"])
def test_message_names_the_kind_of_input(kind, x):
    with nm.precision(40):
        rejects(x, f"({kind})")


# ---------------------------------------------------------------- tolerance follows the input's precision

def asymmetric(eps, kind):
    """[[1/2, eps], [0, 1/2]] as float64 or as mpmath numbers."""
    if kind == "float64":
        return np.array([[0.5, eps], [0, 0.5]])
    return mp.matrix([[mp.mpf(1) / 2, mp.mpf(eps)], [0, mp.mpf(1) / 2]])


def test_float64_state_with_1e_17_asymmetry_is_accepted():
    with nm.precision(50):
        rho = nm.as_state(asymmetric(1e-17, "float64"))
        assert rho[0, 1] == rho[1, 0] == mp.mpf(1e-17) / 2


def test_mpmath_state_with_1e_17_asymmetry_is_rejected_at_50_digits():
    with nm.precision(50):
        rejects(asymmetric("1e-17", "mp"), "not Hermitian: max |rho - rho^dag| = 1.0e-17 exceeds "
                                           "tolerance 3.42114e-49 (working-precision input)")


def test_explicit_tol_overrides():
    with nm.precision(50):
        assert nm.as_state(asymmetric("1e-17", "mp"), tol=mp.mpf("1e-16")).rows == 2
        rejects(asymmetric(1e-17, "float64"), "exceeds tolerance 1.0e-20", tol=mp.mpf("1e-20"))


def test_float64_trace_and_positivity_are_judged_at_float64():
    with nm.precision(50):
        nm.as_state(np.array([[0.5 + 1e-16, 0], [0, 0.5]]))
        nm.as_state(np.array([[1 + 1e-16, 0], [0, -1e-16]]))
        rejects(np.array([[1 + 1e-10, 0], [0, -1e-10]]), "not positive: smallest eigenvalue -1.0e-10")


@pytest.mark.parametrize("x", [
    np.array([[0.3, 0.1 + 0.2j], [0.1 - 0.2j, 0.7]]),
    np.array([[0.3, 0.1 + 0.2j], [0.1 - 0.2j + 1e-17, 0.7 + 2e-16]]),
    np.array([[1 + 1e-16, 0.0], [0.0, -1e-16]]),
    "random-hs-3x3",
], ids=["exact", "float-noise", "negative-eigenvalue-noise", "random-hs-3x3"])
def test_accepted_state_is_exactly_hermitian_with_unit_trace(x, dps):
    if isinstance(x, str):
        x = nm.random_density(3, seed=1) * (1 + mp.mpf(10) ** (-dps))
    rho = nm.as_state(x)
    n = rho.rows
    for i in range(n):
        assert mp.im(rho[i, i]) == 0
        for j in range(n):
            assert rho[i, j] == mp.conj(rho[j, i])
    assert abs(mp.fsum(rho[i, i] for i in range(n)) - 1) <= n * nm.eps()
    assert nm.eigvalsh(rho)[0] >= 0


def test_accepted_state_has_working_precision_entries():
    with nm.precision(50):
        rho = nm.as_state([[mp.mpf(1) / 3, 0], [0, mp.mpf(2) / 3]])
        assert abs(rho[0, 0] - mp.mpf(1) / 3) <= nm.eps()


# ---------------------------------------------------------------- accepted input types

def third_two_thirds(kind):
    exact = [[sympy.Rational(1, 3), sympy.I / 6], [-sympy.I / 6, sympy.Rational(2, 3)]]
    floats = [[1 / 3, 1j / 6], [-1j / 6, 2 / 3]]
    return {
        "ndarray": lambda: np.array(floats),
        "nested-list": lambda: floats,
        "mpmath-matrix": lambda: mp.matrix([[mp.mpf(1) / 3, mp.mpc(0, 1) / 6],
                                            [mp.mpc(0, -1) / 6, mp.mpf(2) / 3]]),
        "sympy-matrix": lambda: sympy.Matrix(exact),
        "qutip-qobj": lambda: qutip.Qobj(np.array(floats)),
    }[kind]()


@pytest.mark.parametrize("kind", ["ndarray", "nested-list", "mpmath-matrix", "sympy-matrix", "qutip-qobj"])
def test_as_state_accepts(kind):
    with nm.precision(40):
        rho = nm.as_state(third_two_thirds(kind))
        assert isinstance(rho, mp.matrix) and rho.rows == 2
        # exact input at the working precision; float64 input converted exactly
        err = 4 * nm.eps() if kind in ("mpmath-matrix", "sympy-matrix") else 1e-16
        assert abs(rho[0, 0] - mp.mpf(1) / 3) <= err and abs(rho[0, 1] - mp.mpc(0, 1) / 6) <= err


def test_validate_state_returns_an_object_array():
    a = nm.validate_state(np.eye(2) / 2)
    assert isinstance(a, np.ndarray) and a.dtype == object
