"""Relative entropy of entanglement of two qubits (numeric.entanglement) against closed forms,
exact minimiser pairs, invariances and its own certificate, at 30 and 60 digits."""
import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm
from corrcheck.numeric.entanglement import REE, certificate, is_ppt, partial_transpose, ree, ree_rate
from corrcheck.numeric.errors import InvalidState, NotConverged
from corrcheck.numeric.states import random_density_array, random_unitary_array

from .test_closed_forms import frac


def binary(p):
    """-p log p - (1 - p) log(1 - p) (0 log 0 = 0)."""
    return -sum(x * mp.log(x) for x in (p, 1 - p) if x > 0)


def schmidt(a2, phase=0):
    """|psi><psi|, psi = a|00> + e^(i phase) b|11>, a^2 = a2."""
    psi = np.array([mp.sqrt(a2), 0, 0, mp.expj(phase) * mp.sqrt(1 - a2)], dtype=object)
    psi[1], psi[2] = mp.mpf(0), mp.mpf(0)
    return np.outer(psi, psi.conj())


def local(seed):
    """A seeded random local unitary U (x) V."""
    return np.kron(random_unitary_array(2, seed), random_unitary_array(2, seed + 100))


def rotate(rho, seed):
    w = local(seed)
    return w @ rho @ w.conj().T


def werner(p):
    return nm.to_array(nm.werner(p))


def werner_ree(p):
    """Vedral-Plenio: ln 2 + F ln F + (1 - F) ln(1 - F), F = (1 + 3p)/4 > 1/2; else 0."""
    f = (1 + 3 * p) / 4
    return mp.log(2) - binary(f) if f > mp.mpf(1) / 2 else mp.mpf(0)


# ---------------------------------------------------------------- closed forms

@pytest.mark.parametrize("a2", ["1/2", "4/5", "1/10", "999/1000"])
def test_schmidt_state_is_entanglement_entropy(a2, dps, tol):
    """E_R(a|00> + b|11>) = -a^2 ln a^2 - b^2 ln b^2, closest separable a^2|00><00| + b^2|11><11|."""
    a2 = frac(a2)
    res = ree(schmidt(a2, phase=mp.mpf("0.3")))
    assert abs(res.value - binary(a2)) < tol and res.gap < tol
    assert abs(res.sigma[0, 0] - a2) < tol and abs(res.sigma[3, 3] - (1 - a2)) < tol
    assert max(abs(res.sigma[i, j]) for i in range(4) for j in range(4) if i != j) < tol


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_local_unitaries_leave_pure_state_ree_unchanged(seed, dps, tol):
    a2 = frac("7/10")
    res = ree(rotate(schmidt(a2), seed))
    assert res.method == "x-state (Schmidt frame)"
    assert abs(res.value - binary(a2)) < tol


@pytest.mark.parametrize("p", ["2/5", "1/2", "4/5", "99/100", "1"])
def test_werner_states(p, dps, tol):
    p = frac(p)
    assert abs(ree(werner(p)).value - werner_ree(p)) < tol


@pytest.mark.parametrize("p", ["2/5", "4/5"])
@pytest.mark.parametrize("seed", [1, 2])
def test_rotated_werner_states_take_the_general_path(p, seed, dps, tol):
    p = frac(p)
    res = ree(rotate(werner(p), seed))
    assert res.method == "general"
    assert abs(res.value - werner_ree(p)) < tol and 0 <= res.gap < tol


# ---------------------------------------------------------------- separable states

@pytest.mark.parametrize("p", ["0", "1/5", "1/3"])
def test_separable_werner_states_have_zero_ree(p, dps):
    res = ree(werner(frac(p)))
    assert res.value == 0 and res.lower == 0 and res.method == "ppt"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_mixtures_of_product_states_have_zero_ree(seed, dps):
    rng = np.random.default_rng(seed)
    rho = 0
    for k, wgt in enumerate(rng.dirichlet([1] * 5)):
        a = nm.to_array(nm.random_pure(2, 10 * seed + k))
        b = nm.to_array(nm.random_pure(2, 10 * seed + k + 5))
        rho = rho + mp.mpf(float(wgt)) * np.kron(a, b)
    rho = rho / np.trace(rho)
    assert is_ppt(rho)
    assert ree(rho).value == 0


# ---------------------------------------------------------------- exact minimiser pairs

def _log_mean_map(sigma, x):
    """Dlog_sigma^-1[x]: entries of x in sigma's eigenbasis times the logarithmic means."""
    w, v = nm.eigh(sigma)
    k = np.array([[(w[i] - w[j]) / (mp.log(w[i]) - mp.log(w[j])) if i != j else w[i]
                   for j in range(4)] for i in range(4)], dtype=object)
    return v @ (k * (v.conj().T @ x @ v)) @ v.conj().T


def exact_pair(seed):
    """(rho, sigma) with sigma the closest separable state of rho, from the optimality condition
    Dlog_sigma[rho] = 1 - z (|v><v|)^T_B (Ishizaka 2003): sigma^T_B = Y Y^dag / Tr with Y a random
    4x3 matrix (v spans its kernel), rho = sigma - z Dlog_sigma^-1[(|v><v|)^T_B], z half the
    largest value keeping rho positive."""
    rng = np.random.default_rng(seed)
    while True:
        g = rng.standard_normal((4, 4)) + 1j * rng.standard_normal((4, 4))
        y = g[:, :3]
        tau = y @ y.conj().T
        sigma64 = partial_transpose.unchecked(tau) / np.trace(tau)  # float64 screen
        if np.linalg.eigvalsh(sigma64)[0] > 1e-3:
            break
    y = np.array([[mp.mpc(complex(v)) for v in r] for r in y], dtype=object)
    tau = y @ y.conj().T
    sigma = partial_transpose(tau) / np.trace(tau)
    sigma = (sigma + sigma.conj().T) / 2
    w, vec = nm.eigh((tau + tau.conj().T) / 2)
    v = vec[:, 0:1]
    gmat = _log_mean_map(sigma, partial_transpose(v @ v.conj().T))
    lo, hi = mp.mpf(0), mp.mpf(100)
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if nm.eigvalsh(sigma - mid * gmat)[0] > 0 else (lo, mid)
    rho = sigma - lo / 2 * gmat
    return (rho + rho.conj().T) / 2, sigma


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_exact_minimiser_pairs(seed, dps, tol):
    rho, sigma = exact_pair(seed)
    res = ree(rho)
    assert res.method == "general"
    assert abs(res.value - nm.relative_entropy(rho, sigma)) < tol
    assert max(abs(x) for x in (res.sigma - sigma).flat) < mp.mpf(10) ** (12 - dps)


# ---------------------------------------------------------------- certificate and properties

@pytest.mark.parametrize("seed", [3, 5, 7])
def test_certificate_is_a_valid_lower_bound_away_from_the_minimiser(seed, dps):
    rho = random_density_array(4, seed)
    best = ree(rho)
    assert best.value > 0
    for eps in ("1e-3", "1e-8"):
        s = best.sigma * (1 - mp.mpf(eps)) + np.eye(4, dtype=object) * (mp.mpf(eps) / 4)
        excess = nm.relative_entropy(rho, s) - best.value
        assert 0 < excess <= certificate(rho, s)


@pytest.mark.parametrize("seed", [3, 5])
def test_local_unitary_invariance_of_mixed_states(seed, dps, tol):
    rho = random_density_array(4, seed)
    assert abs(ree(rotate(rho, seed)).value - ree(rho).value) < tol


def test_convexity():
    with nm.precision(30):
        r1, r2 = werner(mp.mpf("0.9")), schmidt(mp.mpf("0.3"))
        for p in ("0.25", "0.5", "0.75"):
            p = mp.mpf(p)
            mix = ree(p * r1 + (1 - p) * r2).value
            assert mix <= p * ree(r1).value + (1 - p) * ree(r2).value


@pytest.mark.parametrize("seed", [3, 5])
def test_ree_rate_is_the_derivative(seed):
    """ree_rate (envelope theorem) against a central difference computed at 90 digits."""
    with nm.precision(90):
        rho = random_density_array(4, seed)
        drho = random_density_array(4, seed + 50) - rho
        h = mp.mpf(10) ** -30
        fd = (ree(rho + h * drho).value - ree(rho - h * drho).value) / (2 * h)
    with nm.precision(40):
        assert abs(ree_rate(rho, drho) - fd) < mp.mpf(10) ** -32


def test_float64_input_answers_in_float64():
    with nm.precision(30):
        rho = random_density_array(4, 3)
        exact = ree(rho).value
    res = ree(rho.astype(complex))
    assert isinstance(res.value, float) and abs(res.value - float(exact)) < 1e-12
    assert res.gap < 1e-7 and isinstance(res, REE)


def test_mpmath_matrix_in_mpmath_matrix_out():
    with nm.precision(30):
        res = ree(nm.bell("psi-"))
        assert isinstance(res, REE) and abs(res.value - mp.log(2)) < mp.mpf(10) ** -28
        assert isinstance(partial_transpose(nm.bell("psi-")), mp.matrix)


def test_partial_transpose_of_a_product_transposes_one_factor():
    a = np.arange(4.).reshape(2, 2) + 1j
    b = np.array([[1, 2j], [3, 4]])
    assert np.allclose(partial_transpose(np.kron(a, b)), np.kron(a, b.T))
    assert np.allclose(partial_transpose(np.kron(a, b), party=0), np.kron(a.T, b))


def test_not_a_two_qubit_state():
    with nm.precision(30):
        with pytest.raises(InvalidState, match=r"dims \(2, 2\) have product 4 but the matrix is 3x3"):
            ree(nm.maximally_mixed(3))
        with pytest.raises(InvalidState, match="not positive"):
            ree(np.diag([mp.mpf(1), mp.mpf(1), mp.mpf(-1), mp.mpf(0)]))


def test_singular_minimiser_outside_the_handled_cases_is_reported_not_guessed():
    """A rank-2 maximally correlated state turned by local unitaries (not X-shaped, not pure):
    its closest separable state is singular; the general path cannot certify it and says so."""
    with nm.precision(30):
        rho = np.diag([mp.mpf("0.7"), mp.mpf(0), mp.mpf(0), mp.mpf("0.3")]).astype(object)
        rho[0, 3] = rho[3, 0] = mp.mpf("0.2")
        assert ree(rho).method == "x-state"
        with pytest.raises(NotConverged, match="certified gap|singular"):
            ree(rotate(rho, 1))
