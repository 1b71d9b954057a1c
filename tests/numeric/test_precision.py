"""Exact identities hold to the working precision: residuals below 10^(-dps + 8) at 30 and 60
digits (a float64 leak anywhere would leave residuals near 1e-16)."""
import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm

DIMS = [(2, 2), (2, 3), (3, 3)]
IDS = [f"{a}x{b}" for a, b in DIMS]


@pytest.mark.parametrize("dims", DIMS, ids=IDS)
@pytest.mark.parametrize("seed", [1, 2])
def test_correlations_carry_no_local_energy(dims, seed, dps, tol):
    """Tr[chi (H_S (x) I)] = Tr[chi (I (x) H_B)] = 0 for chi = rho - rho_S (x) rho_B."""
    rho = nm.random_density(dims, seed)
    chi = nm.correlation_matrix(rho, dims)
    h_s, h_b = nm.random_hermitian(dims[0], seed + 1), nm.random_hermitian(dims[1], seed + 2)
    assert abs(nm.trace(chi * nm.embed(h_s, dims, [0]))) < tol
    assert abs(nm.trace(chi * nm.embed(h_b, dims, [1]))) < tol
    assert nm.hs_norm(nm.ptrace(chi, dims, 0)) < tol and nm.hs_norm(nm.ptrace(chi, dims, 1)) < tol


@pytest.mark.parametrize("dims", DIMS, ids=IDS)
def test_unitary_evolution_preserves_entropy_and_spectrum(dims, dps, tol):
    rho = nm.random_density(dims, 3)
    h = nm.random_hermitian(rho.rows, 4)
    for t in (mp.mpf("0.3"), mp.mpf(7)):
        later = nm.evolve(rho, h, t)
        assert abs(nm.entropy(later) - nm.entropy(rho)) < tol
        assert nm.hs_norm(nm.eigvalsh(later) - nm.eigvalsh(rho)) < tol


@pytest.mark.parametrize("dims", DIMS, ids=IDS)
def test_local_unitaries_preserve_mutual_information(dims, dps, tol):
    rho = nm.random_density(dims, 5)
    u = nm.kron(nm.random_unitary(dims[0], 6), nm.random_unitary(dims[1], 7))
    assert abs(nm.mutual_information(u * rho * u.H, dims) - nm.mutual_information(rho, dims)) < tol


def test_mutual_information_is_relative_entropy_to_product(dps, tol):
    dims = (2, 3)
    rho = nm.random_density(dims, 8)
    product = nm.kron(*nm.marginals(rho, dims))
    assert abs(nm.mutual_information(rho, dims) - nm.relative_entropy(rho, product)) < tol


def test_gibbs_state_minimises_free_energy_with_log_partition_function(dps, tol):
    """-log Z = beta <H> - S for the Gibbs state."""
    h, beta = nm.random_hermitian(4, 9), mp.mpf("0.6")
    g = nm.gibbs(h, beta)
    log_z = mp.log(mp.fsum(mp.exp(-beta * w) for w in nm.eigvalsh(h)))
    assert abs(beta * mp.re(nm.trace(g * h)) - nm.entropy(g) + log_z) < tol


def test_norms_agree_with_their_definitions(dps, tol):
    a = nm.random_hermitian(4, 10)
    b = a + 1j * nm.random_hermitian(4, 11)  # not Hermitian: the singular-value path
    w = nm.eigvalsh(a)
    assert abs(nm.trace_norm(a) - mp.fsum(abs(x) for x in w)) < tol
    assert abs(nm.operator_norm(a) - max(abs(w[0]), abs(w[w.rows - 1]))) < tol
    assert abs(nm.hs_norm(b) ** 2 - mp.re(nm.trace(b.H * b))) < tol * nm.hs_norm(b) ** 2
    s = [mp.sqrt(x) for x in nm.eigvalsh(b.H * b)]
    assert abs(nm.trace_norm(b) - mp.fsum(s)) < tol and abs(nm.operator_norm(b) - max(s)) < tol


def test_functions_of_a_matrix_compose(dps, tol):
    rho = nm.random_density(4, 12)
    assert nm.hs_norm(nm.expm_hermitian(nm.logm_psd(rho)) - rho) < tol
    root = nm.sqrtm_psd(rho)
    assert nm.hs_norm(root * root - rho) < tol


def test_precision_context_restores_and_rejects_bad_values():
    before = mp.mp.dps
    with nm.precision(45):
        assert nm.dps() == 45 and nm.eps() < mp.mpf(10) ** -44
    assert mp.mp.dps == before
    for bad in (4, 30.5):
        with pytest.raises(ValueError, match="dps must be an integer >= 5"):
            with nm.precision(bad):
                pass


def test_float64_arrays_report_float64_roundoff(dps):
    assert nm.eps(np.eye(2)) == 2.0 ** -52 and nm.eps(np.eye(2, dtype=object)) == nm.eps()


def test_a_float64_block_inside_a_precision_block_and_back():
    """nm.float64: float64 input stays float64 inside it, high precision resumes after it."""
    one = np.eye(2, dtype=complex)
    with nm.precision(40):
        with nm.float64():
            assert isinstance(nm.trace(one), np.complexfloating) and nm.dps() == 40
        assert not isinstance(nm.trace(one), np.complexfloating)
