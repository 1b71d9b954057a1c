"""The Hermitian eigensolver on well-separated, degenerate and nearly degenerate spectra."""
import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm
from corrcheck.numeric import eigen


def rotated(spectrum, seed):
    u = nm.random_unitary(len(spectrum), seed)
    return u * mp.diag(spectrum) * u.H


def rotated_kron(d_identity, d_h, seed):
    """U (I (x) h) U^dag: every eigenvalue d_identity-fold degenerate."""
    u = nm.random_unitary(d_identity * d_h, seed)
    return u * nm.kron(mp.eye(d_identity), nm.random_hermitian(d_h, 4)) * u.H


def gap(g, d=3):
    """diag(1, 1 + g, 2, ..., d - 1): a pair split by g."""
    return [mp.mpf(1), 1 + mp.mpf(g)] + [mp.mpf(k) for k in range(2, d)]


MATRICES = {
    "random-2": lambda: nm.random_hermitian(2, 1),
    "random-4": lambda: nm.random_hermitian(4, 1),
    "random-9": lambda: nm.random_hermitian(9, 2),
    "random-16": lambda: nm.random_hermitian(16, 3),
    "maximally-mixed-5": lambda: nm.maximally_mixed(5),
    "identity-rotated-4": lambda: rotated([1] * 4, 1),
    "kron-I2-h3-rotated": lambda: rotated_kron(2, 3, seed=5),
    "kron-I3-h2-rotated": lambda: rotated_kron(3, 2, seed=6),
    "gap-1e-30-diagonal": lambda: mp.diag(gap("1e-30")),
    "gap-1e-30-rotated": lambda: rotated(gap("1e-30"), 2),
    "gap-1e-15-rotated-5": lambda: rotated(gap("1e-15", 5), 3),
    "pair-gap-1e-20-rotated-2": lambda: rotated(gap("1e-20", 2), 4),
    "rank-1-projector": lambda: nm.random_pure(4, 1),
    "zero-3": lambda: mp.zeros(3),
    "one-by-one": lambda: mp.matrix([[mp.mpf(3) / 7]]),
}


def check_decomposition(a, w, v, bound):
    n = a.rows
    assert all(w[i] <= w[i + 1] for i in range(n - 1)), "eigenvalues ascending"
    assert all(isinstance(x, mp.mpf) for x in w), "eigenvalues real"
    assert nm.hs_norm(v.H * v - mp.eye(n)) < bound, "eigenvectors orthonormal"
    assert nm.hs_norm(a * v - v * mp.diag(w)) < bound * max(1, nm.hs_norm(a)), "residual"


@pytest.mark.parametrize("dps_", [30, 50], ids=lambda d: f"dps{d}")
@pytest.mark.parametrize("name", MATRICES)
def test_eigh_high_precision(name, dps_):
    with nm.precision(dps_):
        a = MATRICES[name]()
        w, v = nm.eigh(a)
        check_decomposition(a, w, v, mp.mpf(10) ** (8 - dps_))


@pytest.mark.parametrize("name", MATRICES)
def test_eigh_float64(name):
    with nm.precision(30):
        a = np.array(MATRICES[name]().tolist(), dtype=complex)
    w, v = nm.eigh(a)
    assert w.dtype == float and v.dtype == complex
    n = a.shape[0]
    assert np.all(np.diff(w) >= 0)
    assert np.abs(v.conj().T @ v - np.eye(n)).max() < 1e-13
    assert np.abs(a @ v - v * w).max() < 1e-13 * max(1, np.abs(a).max())


def test_eigenvalues_split_by_1e_30_are_resolved_at_50_digits():
    with nm.precision(50):
        w = nm.eigvalsh(rotated(gap("1e-30"), 2))
        assert abs((w[1] - w[0]) - mp.mpf("1e-30")) < mp.mpf("1e-42")


def test_eigh_answers_in_kind():
    with nm.precision(30):
        a = nm.random_hermitian(3, 1)
        w, v = nm.eigh(a)
        assert isinstance(w, mp.matrix) and isinstance(v, mp.matrix) and w.cols == 1
        w, v = nm.eigh(np.array(a.tolist(), dtype=object))
        assert isinstance(w, np.ndarray) and w.dtype == object and v.dtype == object


# ---------------------------------------------------------------- each strategy on its own

def _fail(*args, **kwargs):
    raise AssertionError("this strategy should not run")


STRATEGIES = {  # what to switch off so that only the named strategy can answer
    "lapack-refinement": {"_charpoly_roots": lambda m, tol: None, "_arb_start": _fail},
    "arb-qr-refinement": {"_charpoly_roots": lambda m, tol: None,  # a useless float64 start:
                          "_lapack": lambda f: (np.linalg.eigvalsh(f), np.zeros(f.shape))},
    "mpmath-eighe": {"_attempts": lambda *args: iter(())},
}
PATH_MATRICES = ["random-4", "random-9", "identity-rotated-4", "kron-I2-h3-rotated",
                 "rank-1-projector", "gap-1e-15-rotated-5"]
PATH_CASES = [(s, m) for s in STRATEGIES for m in PATH_MATRICES
              if not (s == "lapack-refinement" and m.startswith("gap"))]  # float64 cannot split it


@pytest.mark.parametrize("strategy, name", PATH_CASES, ids=[f"{s}-{m}" for s, m in PATH_CASES])
def test_each_strategy_alone(strategy, name, monkeypatch):
    for attr, replacement in STRATEGIES[strategy].items():
        monkeypatch.setattr(eigen, attr, replacement)
    with nm.precision(40):
        a = MATRICES[name]()
        w, v = nm.eigh(a)
        check_decomposition(a, w, v, mp.mpf(10) ** -32)
        assert nm.hs_norm(nm.eigvalsh(a) - w) < mp.mpf(10) ** -32


@pytest.mark.parametrize("name", ["random-4", "random-9"])
def test_separated_eigenvalues_come_from_certified_polynomial_roots(name, monkeypatch):
    monkeypatch.setattr(eigen, "_refine", _fail)
    with nm.precision(50):
        a = MATRICES[name]()
        assert nm.hs_norm(nm.eigvalsh(a) - nm.to_matrix(eigh_by_eighe(a))) < mp.mpf(10) ** -42


def eigh_by_eighe(a):
    return np.array(sorted(mp.eighe(a)[0]), dtype=object)


def test_eigenvalues_of_a_large_matrix_are_accepted_by_the_kato_temple_bound(monkeypatch):
    """Without vectors, refinement stops once rho_i^2 / delta_i <= tol for the Rayleigh
    quotients (before the residual itself is below tol), and the eigenvalues are right to the
    working precision."""
    verdicts = []
    rayleigh = eigen._rayleigh

    def recording(*args):
        verdicts.append(rayleigh(*args) is not None)
        return rayleigh(*args)
    monkeypatch.setattr(eigen, "_rayleigh", recording)
    with nm.precision(50):
        a = MATRICES["random-16"]()
        w = nm.eigvalsh(a)
        assert verdicts and verdicts[-1] is True
        assert nm.hs_norm(w - nm.to_matrix(eigh_by_eighe(a))) < mp.mpf(10) ** -42


def test_beyond_270_digits_eighe_answers():
    with nm.precision(300):
        a = MATRICES["random-4"]()
        w, v = nm.eigh(a)
        check_decomposition(a, w, v, mp.mpf(10) ** -292)


def test_non_finite_entries_are_refused():
    with nm.precision(30):
        a = nm.random_hermitian(3, 1)
        a[1, 1] = mp.inf
        with pytest.raises(nm.InvalidOperator, match=r"eigh: a: NaN/inf entries at \[\(1, 1\)\]"):
            nm.eigh(a)


def test_entries_beyond_float64_range(dps, tol):
    """The float64 copy overflows; the scale is taken from the entries themselves."""
    scale = mp.mpf(10) ** 400
    w, v = nm.eigh(nm.random_hermitian(3, 1) * scale)
    check_decomposition(nm.random_hermitian(3, 1), w / scale, v, tol)
