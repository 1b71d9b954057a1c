"""Seeded random draws: one seed gives the same state at every precision."""
import mpmath as mp
import pytest

from corrcheck import numeric as nm

DRAWS = {
    "density-hs": lambda seed: nm.random_density([2, 3], seed),
    "density-bures": lambda seed: nm.random_density([2, 3], seed, ensemble="bures"),
    "density-rank2": lambda seed: nm.random_density(6, seed, rank=2),
    "density-bures-rank1": lambda seed: nm.random_density([2, 2], seed, rank=1, ensemble="bures"),
    "pure": lambda seed: nm.random_pure([2, 2], seed),
    "hermitian": lambda seed: nm.random_hermitian(4, seed),
    "hermitian-scaled": lambda seed: nm.random_hermitian(3, seed, scale="1/3"),
    "unitary": lambda seed: nm.random_unitary(4, seed),
}


def at(dps, name, seed):
    with nm.precision(dps):
        return DRAWS[name](seed)


@pytest.mark.parametrize("name", DRAWS)
@pytest.mark.parametrize("seed", [0, 7])
def test_same_seed_same_state_at_20_and_60_digits(name, seed):
    low, high = at(20, name, seed), at(60, name, seed)
    with nm.precision(60):
        assert nm.hs_norm(low - high) < mp.mpf("1e-19")
        assert nm.hs_norm(high - at(60, name, seed)) == 0


@pytest.mark.parametrize("name", DRAWS)
def test_different_seeds_give_different_states(name):
    with nm.precision(30):
        assert nm.hs_norm(DRAWS[name](1) - DRAWS[name](2)) > mp.mpf("0.01")


def test_kinds_of_draw_are_independent_streams():
    with nm.precision(30):
        assert nm.hs_norm(nm.random_hermitian(4, 3) - nm.random_hermitian(4, 3).T) > mp.mpf("0.01")
        assert nm.hs_norm(nm.random_density(4, 3) - nm.random_pure(4, 3)) > mp.mpf("0.01")


@pytest.mark.parametrize("name", [n for n in DRAWS if n.startswith(("density", "pure"))])
def test_random_states_are_valid_at_the_working_precision(name, dps, tol):
    rho = DRAWS[name](3)
    assert nm.hs_norm(nm.as_state(rho) - rho) < tol


@pytest.mark.parametrize("rank", [1, 2, 4])
def test_rank(rank, dps):
    w = nm.eigvalsh(nm.random_density(4, 5, rank=rank))
    cut = nm.zero_cutoff(w)
    assert sum(1 for x in w if x > cut) == rank


def test_random_unitary_is_unitary(dps, tol):
    u = nm.random_unitary(5, 1)
    assert nm.hs_norm(u.H * u - mp.eye(5)) < tol


def test_random_hermitian_is_hermitian(dps):
    h = nm.random_hermitian(5, 1)
    assert h == h.H


@pytest.mark.parametrize("call, message", [
    (lambda: nm.random_density(4, 1, rank=5), "rank must be in 1..4, got 5"),
    (lambda: nm.random_density(4, 1, ensemble="ginibre"),
     "ensemble: must be one of \\['hs', 'bures'\\], got 'ginibre'"),
    (lambda: nm.random_pure(4, -1), "seed: must be an integer >= 0, got -1"),
    (lambda: nm.random_unitary(4, 1.5), "seed: must be an integer >= 0, got 1.5"),
], ids=["rank", "ensemble", "negative-seed", "float-seed"])
def test_bad_arguments(call, message):
    with pytest.raises(nm.InvalidParameter, match=message):
        call()
