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


@pytest.mark.parametrize("x", [np.eye(2) / 2, [["0.5", 0], [0, "0.5"]], mp.eye(2) / 2,
                               qutip.qeye(2) / 2], ids=["ndarray", "list", "mpmath", "qobj"])
def test_validate_state_returns_an_object_array(x):
    a = nm.validate_state(x)
    assert isinstance(a, np.ndarray) and a.dtype == object


# ---------------------------------------------------------------- every function, at the working precision

@pytest.mark.parametrize("dps", [30, 50])
def test_hermitian_and_trace_tolerances_follow_the_working_precision(dps):
    """The same high-precision defect of 1e-40 passes at 30 digits (below 2^6 n eps) and is
    refused at 50; a defect of 10^(5 - dps) is refused at both."""
    with nm.precision(dps):
        rho = nm.to_array(nm.random_density(3, 1))
        for delta, refused in ((mp.mpf("1e-40"), dps == 50), (mp.mpf(10) ** (5 - dps), True)):
            skew, heavy = rho.copy(), rho * (1 + delta)
            skew[0, 1] += delta
            for bad, message, fns in ((skew, "not Hermitian", (nm.entropy, nm.eigvalsh, nm.as_state)),
                                      (heavy, "trace != 1", (nm.entropy, nm.as_state))):
                for fn in fns:
                    if refused:
                        with pytest.raises(nm.InvalidInput, match=message):
                            fn(bad)
                    else:
                        fn(bad)


@pytest.mark.parametrize("dps", [30, 50])
def test_zero_log_zero_cut_off_scales_with_the_precision(dps):
    """Eigenvalues down to 10^-(dps - 10) count in S = -sum p log p (a fixed cut-off such as
    1e-12 would drop them: at 30 digits 1e-20 log 1e-20 = -4.6e-19, far above the tolerance);
    exact zeros and rounding-sized eigenvalues count as 0."""
    with nm.precision(dps):
        tol = mp.mpf(10) ** (8 - dps)
        for k in (12, 20, dps - 10):
            small = mp.mpf(10) ** -k
            p = [1 - small - mp.mpf(1) / 4, mp.mpf(1) / 4, small, 0]
            u = nm.random_unitary(4, 2)
            rho = u * mp.diag(p) * u.H
            expected = -mp.fsum(x * mp.log(x) for x in p if x > 0)
            assert abs(nm.entropy(rho) - expected) < tol
            sigma = nm.maximally_mixed(4)
            assert abs(nm.relative_entropy(rho, sigma) - (mp.log(4) - expected)) < tol
        noise = mp.diag([mp.mpf(1) / 2, mp.mpf(1) / 2 - mp.mpf(10) ** (-dps - 2),
                         mp.mpf(10) ** (-dps - 2)])
        assert abs(nm.entropy(noise) - mp.log(2)) < tol


def test_float64_input_is_computed_at_the_working_precision():
    """Inside precision(50) a float64 array is taken as its exact binary values (made Hermitian
    and normalised like as_state): the Bell state's concurrence is 1 and I/3 has entropy log 3,
    both to 50 digits, from numpy, nested lists and QuTiP alike."""
    bell = np.zeros((4, 4))
    bell[np.ix_([0, 3], [0, 3])] = 0.5
    with nm.precision(50):
        tol = mp.mpf(10) ** -49
        for x in (bell, bell.tolist(), qutip.ket2dm(qutip.bell_state("00"))):
            c = nm.concurrence(x)
            assert isinstance(c, mp.mpf) and abs(c - 1) < tol
        assert abs(nm.entropy(np.eye(3) / 3) - mp.log(3)) < tol
    assert abs(nm.concurrence(bell) - 1) < 1e-15  # outside a precision block: float64


def test_qutip_objects_in_and_out():
    """A Qobj in gives a Qobj out for operator results, with QuTiP's dims."""
    rho = qutip.rand_dm([2, 3], seed=1)
    with nm.precision(30):
        part = nm.ptrace(rho, [2, 3], 1)
        assert isinstance(part, qutip.Qobj) and part.dims == [[3], [3]]
        assert np.abs(part.full() - rho.ptrace(1).full()).max() < 1e-14
        assert nm.kron(qutip.sigmax(), qutip.qeye(3)).dims == [[2, 3], [2, 3]]
        assert nm.correlation_matrix(rho, [2, 3]).dims == [[2, 3], [2, 3]]
        sup = nm.lindbladian(qutip.sigmaz(), [qutip.sigmam()], [1])
        assert isinstance(sup, qutip.Qobj) and sup.issuper
        assert np.abs(sup.full() - qutip.liouvillian(qutip.sigmaz(), [qutip.sigmam()]).full()).max() < 1e-14
        steady = nm.steady_state(sup)
        assert steady.dims == [[2], [2]] and abs(steady.full()[1, 1] - 1) < 1e-14
        assert isinstance(nm.entropy(rho), mp.mpf)
