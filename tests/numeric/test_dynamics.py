"""GKLS generators, their adjoints, propagation and steady states at high precision."""
import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm

RATES = {2: ["0.3", "0.7"], 3: ["0.3", "0.7", "1.1"]}


def generator(n, k, seed=1):
    """A random H and k random (non-Hermitian) jump operators with rates."""
    h = nm.random_hermitian(n, seed)
    jumps = [(nm.random_hermitian(n, seed + 10 + j) + 1j * nm.random_hermitian(n, seed + 20 + j)) / 2
             for j in range(k)]
    return h, jumps, [mp.mpf(g) for g in RATES[k]]


CASES = [(n, k) for n in (2, 3, 4) for k in (2, 3)]
IDS = [f"n{n}-{k}jumps" for n, k in CASES]


@pytest.mark.parametrize("n, k", CASES, ids=IDS)
def test_gkls_and_its_adjoint_agree_with_the_superoperator(n, k, dps, tol):
    h, jumps, rates = generator(n, k)
    sup = nm.lindbladian(h, jumps, rates)
    x = nm.random_hermitian(n, 5) + 1j * nm.random_hermitian(n, 6)
    assert nm.hs_norm(nm.gkls(x, h, jumps, rates) - nm.apply_super(sup, x)) < tol
    assert nm.hs_norm(nm.gkls_adjoint(x, h, jumps, rates) - nm.apply_super(nm.hs_adjoint(sup), x)) < tol


@pytest.mark.parametrize("n, k", CASES, ids=IDS)
def test_hilbert_schmidt_adjoint_relation(n, k, dps, tol):
    """Tr[A^dag L(B)] = Tr[L#(A)^dag B] for non-Hermitian A, B."""
    h, jumps, rates = generator(n, k)
    a = nm.random_hermitian(n, 7) + 1j * nm.random_hermitian(n, 8)
    b = nm.random_hermitian(n, 9) + 1j * nm.random_hermitian(n, 10)
    lhs = nm.trace(a.H * nm.gkls(b, h, jumps, rates))
    rhs = nm.trace(nm.gkls_adjoint(a, h, jumps, rates).H * b)
    assert abs(lhs - rhs) < tol * abs(lhs)


@pytest.mark.parametrize("n, k", CASES, ids=IDS)
def test_generator_is_trace_preserving_and_unital_adjoint(n, k, dps, tol):
    h, jumps, rates = generator(n, k)
    rho = nm.random_density(n, 3)
    assert abs(nm.trace(nm.gkls(rho, h, jumps, rates))) < tol
    assert nm.hs_norm(nm.gkls_adjoint(mp.eye(n), h, jumps, rates)) < tol


def test_rates_default_to_one_and_must_match(dps, tol):
    h, jumps, _ = generator(2, 2)
    rho = nm.random_density(2, 1)
    assert nm.hs_norm(nm.gkls(rho, h, jumps) - nm.gkls(rho, h, jumps, [1, 1])) < tol
    with pytest.raises(nm.InvalidParameter, match="rates: 2 jumps but 3 rates"):
        nm.lindbladian(h, jumps, [1, 1, 1])


@pytest.mark.parametrize("n, k", [(2, 2), (3, 3)], ids=["n2-2jumps", "n3-3jumps"])
def test_propagate_solves_the_master_equation(n, k, dps, tol):
    """d/dt exp(Lt)[rho] = L exp(Lt)[rho] (checked by composition: exp(L s) exp(L t) = exp(L (s + t))),
    with the trace kept at 1."""
    h, jumps, rates = generator(n, k)
    sup = nm.lindbladian(h, jumps, rates)
    rho = nm.random_density(n, 2)
    t, s = mp.mpf("0.4"), mp.mpf("0.3")
    once = nm.propagate(sup, rho, t + s)
    twice = nm.propagate(sup, nm.propagate(sup, rho, t), s)
    assert nm.hs_norm(once - twice) < tol
    assert abs(nm.trace(once) - 1) < tol
    assert nm.hs_norm(once - once.H) < tol
    series = nm.propagate(sup, rho, [t, t + s])
    assert nm.hs_norm(series[1] - once) < tol


def thermalising_qubit(beta, omega=1, gamma="0.2"):
    """H = omega sigma_z / 2 (|0> excited: sigma_z = diag(1, -1)), decay |0> -> |1> at
    gamma (n + 1) and excitation at gamma n, n the Bose occupation at inverse temperature beta."""
    omega, gamma, beta = mp.mpf(omega), mp.mpf(gamma), mp.mpf(beta)
    h = omega / 2 * nm.pauli("z")
    lower = mp.matrix([[0, 0], [1, 0]])  # |1><0|
    n = 1 / mp.expm1(beta * omega)
    return h, nm.lindbladian(h, [lower, lower.T], [gamma * (n + 1), gamma * n])


@pytest.mark.parametrize("beta", ["0.1", "0.7", "3"])
def test_steady_state_of_thermalising_qubit_is_gibbs(beta, dps, tol):
    h, sup = thermalising_qubit(beta)
    assert nm.hs_norm(nm.steady_state(sup) - nm.gibbs(h, mp.mpf(beta))) < tol


def test_steady_state_float64():
    with nm.precision(30):
        h, sup = thermalising_qubit("0.7")
        gibbs = np.array(nm.gibbs(h, mp.mpf("0.7")).tolist(), dtype=complex)
    sup = np.array(sup.tolist(), dtype=complex)
    assert np.abs(nm.steady_state(sup) - gibbs).max() < 1e-14


def dephasing():
    """Pure dephasing: it fixes both |0><0| and |1><1|."""
    return nm.lindbladian(nm.pauli("z") / 2, [nm.pauli("z")], [mp.mpf("0.2")])


def test_steady_state_with_two_fixed_points_is_singular(dps):
    with pytest.raises(nm.SingularMatrix, match="no unique fixed point"):
        nm.steady_state(dephasing())


def test_steady_state_with_two_fixed_points_is_singular_in_float64():
    sup = np.array(dephasing().tolist(), dtype=complex)
    with pytest.raises(nm.SingularMatrix, match="no unique fixed point"):
        nm.steady_state(sup)


def test_evolve_matches_propagate_of_a_hamiltonian_generator(dps, tol):
    h = nm.random_hermitian(3, 4)
    rho = nm.random_density(3, 5)
    t = mp.mpf("0.9")
    assert nm.hs_norm(nm.evolve(rho, h, t) - nm.propagate(nm.lindbladian(h, []), rho, t)) < tol


def test_unitary_flow_reuses_one_diagonalisation_and_answers_in_kind(dps, tol):
    h = nm.random_hermitian(3, 4)
    rho = nm.random_density(3, 5)
    flow = nm.UnitaryFlow(h)
    u = flow.unitary(mp.mpf("0.5"))
    assert isinstance(u, mp.matrix)
    assert nm.hs_norm(u * u - flow.unitary(1)) < tol
    assert nm.hs_norm(u.H * u - mp.eye(3)) < tol
    assert nm.hs_norm(flow.evolve(rho, 1) - nm.evolve(rho, h, 1)) < tol
    as_array = nm.UnitaryFlow(nm.to_array(h)).evolve(nm.to_array(rho), 1)
    assert isinstance(as_array, np.ndarray) and as_array.dtype == object


def test_complex_function_of_a_hamiltonian_is_the_unitary(dps, tol):
    """funm_hermitian with a complex-valued f: exp(-i h t) is not Hermitian."""
    h = nm.random_hermitian(4, 6)
    t = mp.mpf("0.7")
    u = nm.funm_hermitian(h, lambda x: mp.expj(-x * t))
    assert nm.hs_norm(u - nm.UnitaryFlow(h).unitary(t)) < tol
    assert nm.hs_norm(u.H * u - mp.eye(4)) < tol
