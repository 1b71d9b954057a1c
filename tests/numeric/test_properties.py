"""Properties over many shapes and seeds (hypothesis, derandomized: every run draws the same
examples, so a failure always reproduces)."""
import math

import mpmath as mp
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from corrcheck import numeric as nm

DPS = 30
TOL = mp.mpf(10) ** (8 - DPS)
deterministic = settings(derandomize=True, database=None, deadline=None, max_examples=25)

seeds = st.integers(0, 2**32 - 1)
party_dims = st.lists(st.integers(1, 3), min_size=1, max_size=3)


@st.composite
def parties_and_support(draw):
    dims = draw(party_dims)
    support = draw(st.lists(st.sampled_from(range(len(dims))), min_size=1, unique=True))
    return dims, sorted(support)


@deterministic
@given(parties_and_support(), seeds)
def test_ptrace_undoes_embed(case, seed):
    """Tr_rest embed(a) = d_rest a for any parties (dimension 1 included) and support."""
    dims, support = case
    with nm.precision(DPS):
        m = math.prod(dims[i] for i in support)
        a = nm.random_hermitian(m, seed) + 1j * nm.random_hermitian(m, seed + 1)
        d_rest = math.prod(dims) // m
        assert nm.hs_norm(nm.ptrace(nm.embed(a, dims, support), dims, support) - d_rest * a) < TOL


@deterministic
@given(parties_and_support(), seeds)
def test_ptrace_keeps_trace_and_positivity(case, seed):
    dims, keep = case
    with nm.precision(DPS):
        rho = nm.random_density(dims, seed)
        part = nm.ptrace(rho, dims, keep)
        assert abs(nm.trace(part) - 1) < TOL
        assert nm.eigvalsh(part)[0] > -TOL


@deterministic
@given(st.sampled_from([(2, 2), (2, 3), (3, 2)]), seeds, st.sampled_from(["hs", "bures"]),
       st.integers(1, 6))
def test_entropy_inequalities(dims, seed, ensemble, rank):
    """Klein (S(rho||sigma) >= 0), subadditivity (I >= 0), Araki-Lieb (|S_S - S_B| <= S)."""
    with nm.precision(DPS):
        rho = nm.random_density(dims, seed, rank=min(rank, math.prod(dims)), ensemble=ensemble)
        sigma = nm.random_density(dims, seed + 1)
        s_s, s_b = (nm.entropy(m) for m in nm.marginals(rho, dims))
        assert nm.relative_entropy(rho, sigma) > -TOL
        assert nm.mutual_information(rho, dims) > -TOL
        assert abs(s_s - s_b) <= nm.entropy(rho) + TOL


@deterministic
@given(st.fractions(0, 1, max_denominator=1000))
def test_werner_concurrence_everywhere(p):
    with nm.precision(DPS):
        p = mp.mpf(p.numerator) / p.denominator
        expected = max(0, (3 * p - 1) / 2)
        rho = nm.werner(p)
        assert abs(nm.concurrence(rho) - expected) < TOL
        assert abs(nm.concurrence_x(rho) - expected) < TOL


@deterministic
@given(seeds, st.sampled_from(["hs", "bures"]))
def test_concurrence_is_between_zero_and_one_and_local_unitary_invariant(seed, ensemble):
    with nm.precision(DPS):
        rho = nm.random_density([2, 2], seed, ensemble=ensemble)
        u = nm.kron(nm.random_unitary(2, seed), nm.random_unitary(2, seed + 1))
        c = nm.concurrence(rho)
        assert -TOL < c < 1 + TOL
        assert abs(nm.concurrence(u * rho * u.H) - c) < TOL


@deterministic
@given(st.sampled_from([(2, 2), (2, 3), (3, 3)]), seeds)
def test_float64_state_is_accepted_and_converted_exactly(dims, seed):
    """A state rounded to float64 passes validation (float64 tolerance) and is returned at the
    working precision within float64 rounding of the original."""
    with nm.precision(DPS):
        rho = nm.random_density(dims, seed)
        rounded = np.array(rho.tolist(), dtype=complex)
        accepted = nm.as_state(rounded, dims)
        assert nm.hs_norm(accepted - rho) < 1e-15
