"""numeric.constructions: fixed-marginal states, resonant interactions, party permutations."""
import contextlib

import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric
from corrcheck.numeric.arrays import identity
from corrcheck.numeric.constructions import (fixed_marginal_state, permute_parties, resonant_part,
                                   zero_marginal_part)
from corrcheck.numeric.states import ginibre, hermitian_from_ginibre


def _herm(rng, n, kind):
    return hermitian_from_ginibre(ginibre(rng.standard_normal(2 * n * n).tolist(), n, n, kind))


def block(kind):
    """30 digits for "mp"; for "float64" no precision block (inside one, float64 input would
    be computed at 30 digits)."""
    return numeric.precision(30) if kind == "mp" else contextlib.nullcontext()


def _max(a):
    return max(abs(x) for x in np.asarray(a).flat)


@pytest.mark.parametrize("kind", ["mp", "float64"])
@pytest.mark.parametrize("dims", [(2, 2), (2, 3), (3, 2)])
def test_fixed_marginal_state_keeps_marginals_and_positivity(kind, dims):
    rng = np.random.default_rng(7)
    with block(kind):
        da, db = dims
        ra = numeric.gibbs(_herm(rng, da, kind), 0.8)
        rb = numeric.gibbs(_herm(rng, db, kind), 1.7)
        x = _herm(rng, da * db, kind)
        tol = 1e-13 if kind == "float64" else mp.mpf(10) ** -27
        for u in (0.3, 1):
            uu = mp.mpf(u) if kind == "mp" else u
            r = fixed_marginal_state(ra, rb, x, uu)
            assert _max(numeric.ptrace(r, list(dims), [0]) - ra) < tol
            assert _max(numeric.ptrace(r, list(dims), [1]) - rb) < tol
            lowest = numeric.eigvalsh(r)[0]
            assert lowest > -tol
        assert abs(lowest) < tol  # u = 1: on the boundary of the positive cone


def test_zero_marginal_part_is_a_projection():
    rng = np.random.default_rng(3)
    with numeric.precision(30):
        x = _herm(rng, 6, "mp")
        z = zero_marginal_part(x, (2, 3))
        assert _max(numeric.ptrace(z, [2, 3], [0])) < mp.mpf(10) ** -28
        assert _max(numeric.ptrace(z, [2, 3], [1])) < mp.mpf(10) ** -28
        assert _max(zero_marginal_part(z, (2, 3)) - z) < mp.mpf(10) ** -28


@pytest.mark.parametrize("kind", ["mp", "float64"])
def test_resonant_part_commutes_with_the_sum_not_the_parts(kind):
    rng = np.random.default_rng(5)
    with block(kind):
        h = _herm(rng, 3, kind)
        v = resonant_part(_herm(rng, 9, kind), h, h)
        one = identity(3, h)
        h_a, h_b = numeric.kron(h, one), numeric.kron(one, h)
        tol = 1e-12 if kind == "float64" else mp.mpf(10) ** -26
        assert _max(v @ (h_a + h_b) - (h_a + h_b) @ v) < tol
        assert _max(v @ h_a - h_a @ v) > 0.01  # it exchanges energy between the parties


def test_permute_parties_is_a_swap():
    with numeric.precision(30):
        a = numeric.random_density((2,), 1)
        b = numeric.random_density((3,), 2)
        c = numeric.random_density((2,), 3)
        abc = numeric.to_array(numeric.kron(a, b, c))
        cba = permute_parties(abc, (2, 3, 2), (2, 1, 0))
        assert _max(cba - numeric.to_array(numeric.kron(c, b, a))) < mp.mpf(10) ** -28
