"""Kernel quantities against closed forms, at 30 and 60 digits.

References are exact formulas evaluated with mpmath, never another library's numerics
(SymPy's ``density.entropy`` drops eigenvalue multiplicities and is not a reference).
"""
import itertools
import math

import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm


def frac(s):
    """'1/3' -> mpf(1)/3 at the working precision."""
    num, _, den = s.partition("/")
    return mp.mpf(num) / mp.mpf(den or 1)


def diag(*p):
    return mp.diag([frac(x) if isinstance(x, str) else x for x in p])


def rotated(spectrum, seed):
    """U diag(spectrum) U^dag for a seeded Haar-random U."""
    u = nm.random_unitary(len(spectrum), seed)
    return u * diag(*spectrum) * u.H


# ---------------------------------------------------------------- entropy

@pytest.mark.parametrize("d", range(2, 7), ids=lambda d: f"d{d}")
def test_entropy_of_maximally_mixed_is_log_d(d, dps, tol):
    assert abs(nm.entropy(nm.maximally_mixed(d)) - mp.log(d)) < tol


@pytest.mark.parametrize("spectrum", [("1/2", "1/4", "1/4"), ("1/3", "1/3", "1/3", "0"),
                                      ("1/6", "1/6", "1/6", "1/2", "0", "0")],
                         ids=["half-quarter-quarter", "third-x3-zero", "sixth-x3-half-zero-x2"])
def test_entropy_counts_multiplicities(spectrum, dps, tol):
    p = [frac(x) for x in spectrum]
    expected = -sum(x * mp.log(x) for x in p if x > 0)
    assert abs(nm.entropy(rotated(spectrum, seed=1)) - expected) < tol


# ---------------------------------------------------------------- concurrence

@pytest.mark.parametrize("which", ["phi+", "phi-", "psi+", "psi-"])
def test_bell_states_have_concurrence_one(which, dps, tol):
    assert abs(nm.concurrence(nm.bell(which)) - 1) < tol
    assert abs(nm.concurrence_x(nm.bell(which)) - 1) < tol


@pytest.mark.parametrize("measure", [nm.concurrence, nm.concurrence_x], ids=lambda f: f.__name__)
@pytest.mark.parametrize("p", ["0", "1/5", "1/3", "1/2", "4/5", "1"])
def test_werner_concurrence(p, measure, dps, tol):
    p = frac(p)
    assert abs(measure(nm.werner(p)) - max(0, (3 * p - 1) / 2)) < tol


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pure_state_concurrence_is_2_abs_ad_minus_bc(seed, dps, tol):
    rho = nm.random_pure([2, 2], seed)
    k = max(range(4), key=lambda i: abs(rho[i, i]))  # psi = rho[:, k] / sqrt(rho[k, k])
    a, b, c, d = (rho[i, k] / mp.sqrt(rho[k, k]) for i in range(4))
    assert abs(nm.concurrence(rho) - 2 * abs(a * d - b * c)) < tol


# ---------------------------------------------------------------- mutual information

@pytest.mark.parametrize("dims", [(2, 2), (2, 3), (3, 3)], ids=lambda d: f"{d[0]}x{d[1]}")
@pytest.mark.parametrize("seed", [1, 2])
def test_pure_state_mutual_information_is_twice_marginal_entropy(dims, seed, dps, tol):
    rho = nm.random_pure(dims, seed)
    rho_s, rho_b = nm.marginals(rho, dims)
    assert abs(nm.entropy(rho)) < tol
    assert abs(nm.entropy(rho_s) - nm.entropy(rho_b)) < tol
    assert abs(nm.mutual_information(rho, dims) - 2 * nm.entropy(rho_s)) < tol


# ---------------------------------------------------------------- partial trace and embedding

def subsets(k):
    return [s for r in range(1, k + 1) for s in itertools.combinations(range(k), r)]


def party_label(dims, keep):
    return "x".join(map(str, dims)) + "-keep" + "".join(map(str, keep))


PTRACE_CASES = [(dims, keep) for dims in [(2, 3), (2, 3, 2)] for keep in subsets(len(dims))]


@pytest.mark.parametrize("dims, keep", PTRACE_CASES, ids=[party_label(*c) for c in PTRACE_CASES])
def test_ptrace_of_kron_returns_the_kept_factors(dims, keep, dps, tol):
    factors = [nm.random_density(d, seed=10 + i) for i, d in enumerate(dims)]
    rho = nm.kron(*factors)
    assert nm.hs_norm(nm.ptrace(rho, dims, keep) - nm.kron(*[factors[i] for i in keep])) < tol


def test_ptrace_keep_order_and_int_as_in_qutip(dps):
    """QuTiP's ptrace(sel) sorts sel: the kept parties stay in their original order."""
    dims = (2, 3, 2)
    rho = nm.random_density(dims, seed=4)
    assert nm.ptrace(rho, dims, [2, 0]) == nm.ptrace(rho, dims, [0, 2])
    assert nm.ptrace(rho, dims, 1) == nm.ptrace(rho, dims, [1]) == nm.ptrace(rho, dims, np.int64(1))
    assert nm.ptrace(rho, dims, np.array([0, 2])) == nm.ptrace(rho, dims, (0, 2))


def test_ptrace_rejects_wrong_dims():
    with pytest.raises(nm.InvalidOperator, match=r"dims \(2, 3\) have product 6 but the matrix is 4x4"):
        nm.ptrace(nm.maximally_mixed(4), [2, 3], 0)
    with pytest.raises(nm.InvalidDims, match=r"keep \[2\] out of range for 2 parties"):
        nm.ptrace(nm.maximally_mixed(4), [2, 2], 2)
    with pytest.raises(nm.InvalidDims, match=r"keep \[1, 1\] repeats a party"):  # as QuTiP
        nm.ptrace(nm.maximally_mixed(4), [2, 2], [1, 1])


def permutation_embedding(a, dims, support):
    """Reference: P (a (x) I_rest) P^T with the permutation P written out basis state by
    basis state (party order support + rest -> natural order)."""
    rest = [i for i in range(len(dims)) if i not in support]
    order = list(support) + rest
    n = math.prod(dims)
    full = nm.kron(a, mp.eye(math.prod(dims[i] for i in rest)))
    p = mp.zeros(n, n)
    for digits in itertools.product(*[range(dims[i]) for i in order]):
        natural = [0] * len(dims)
        for party, x in zip(order, digits):
            natural[party] = x
        row = np.ravel_multi_index(natural, dims)
        p[row, np.ravel_multi_index(digits, [dims[i] for i in order])] = 1
    return p * full * p.T


EMBED_CASES = [(dims, support) for dims in [(2, 3), (2, 3, 2)]
               for support in itertools.chain(subsets(len(dims)), [(1, 0), (2, 0)])
               if max(support) < len(dims)]


EMBED_IDS = ["x".join(map(str, d)) + "-on" + "".join(map(str, s)) for d, s in EMBED_CASES]


@pytest.mark.parametrize("dims, support", EMBED_CASES, ids=EMBED_IDS)
def test_embed_agrees_with_explicit_permutation(dims, support, dps, tol):
    m = math.prod(dims[i] for i in support)
    a = nm.random_hermitian(m, seed=5) + 1j * nm.random_hermitian(m, seed=6)  # not a product
    assert nm.hs_norm(nm.embed(a, dims, support) - permutation_embedding(a, dims, support)) < tol


def test_embed_of_a_local_operator_is_kron_with_identities(dps):
    h = nm.random_hermitian(3, seed=7)
    assert nm.embed(h, (2, 3, 2), [1]) == nm.kron(mp.eye(2), h, mp.eye(2))


# ---------------------------------------------------------------- relative entropy and log

def test_relative_entropy_pure_to_maximally_mixed_is_log_2(dps, tol):
    assert abs(nm.relative_entropy(diag(1, 0), nm.maximally_mixed(2)) - mp.log(2)) < tol


@pytest.mark.parametrize("rho, sigma", [(("1/2", "1/2"), (1, 0)), ((1, 0), (0, 1)),
                                        (("1/2", "1/2", 0), (1, 0, 0))],
                         ids=["mixed-vs-pure", "orthogonal-pure", "qutrit-rank2-vs-rank1"])
def test_relative_entropy_is_inf_outside_support(rho, sigma, dps):
    """Also in a rotated basis, where the kernel of sigma is not a coordinate subspace."""
    assert nm.relative_entropy(diag(*rho), diag(*sigma)) == mp.inf
    u = nm.random_unitary(len(rho), seed=2)
    assert nm.relative_entropy(u * diag(*rho) * u.H, u * diag(*sigma) * u.H) == mp.inf


def test_relative_entropy_with_support_inside_a_singular_sigma(dps, tol):
    """supp |0><0| is inside supp diag(1/2, 1/2, 0): S = log 2, finite."""
    assert abs(nm.relative_entropy(diag(1, 0, 0), diag("1/2", "1/2", 0)) - mp.log(2)) < tol


@pytest.mark.parametrize("seed", [1, 2])
def test_relative_entropy_to_maximally_mixed_is_log_d_minus_entropy(seed, dps, tol):
    rho = nm.random_density([2, 3], seed)
    assert abs(nm.relative_entropy(rho, nm.maximally_mixed(6)) - (mp.log(6) - nm.entropy(rho))) < tol
    assert abs(nm.relative_entropy(rho, rho)) < tol


def test_logm_of_a_singular_matrix_names_the_smallest_eigenvalue(dps):
    with pytest.raises(nm.SingularMatrix, match=r"smallest eigenvalue 0\.0 <= zero cut-off"):
        nm.logm_psd(diag(1, 0))
    tiny = mp.mpf(10) ** (-dps - 10)  # below the cut-off at this precision
    message = rf"smallest eigenvalue 1\.0e-{dps + 10} <= zero cut-off"
    with pytest.raises(nm.SingularMatrix, match=message):
        nm.logm_psd(diag(1, tiny))
    with pytest.raises(nm.SingularMatrix, match=r"smallest eigenvalue"):
        nm.dlogm_psd(diag(1, 0), diag(1, 1))


@pytest.mark.parametrize("fn", [nm.logm_psd, nm.sqrtm_psd, lambda a: nm.dlogm_psd(a, a)],
                         ids=["logm", "sqrtm", "dlogm"])
def test_negative_eigenvalues_are_refused(fn, dps):
    """Below minus the zero cut-off an eigenvalue is negative, not a rounded zero."""
    with pytest.raises(nm.InvalidOperator, match=r"not positive semidefinite: smallest eigenvalue -0\.5"):
        fn(rotated((1, "-1/2", "1/4"), seed=3))


def test_logm_resolves_eigenvalues_far_below_float64(dps, tol):
    """The zero cut-off scales with the precision: at 30+ digits 10^-(dps - 12) is a genuine
    eigenvalue with a finite log, not zero."""
    small = mp.mpf(10) ** (12 - dps)
    w = nm.eigvalsh(nm.logm_psd(diag(1, small)))
    assert abs(w[0] - mp.log(small)) < tol * abs(mp.log(small)) and abs(w[1]) < tol
