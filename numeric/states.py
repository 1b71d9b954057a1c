"""States and operators: validation of user input, seeded random draws, standard states.

Random draws are reproducible across precisions: every random number is a float64
Gaussian from a seeded ``numpy`` PCG64 stream (seeded by ``(seed, tag)``, the tag
distinct per kind of draw, so ``random_density(d, 3)`` and ``random_hermitian(d, 3)``
are independent), converted *exactly* to mpmath.  The raw draw is identical at
every precision; what follows (normalisation, orthogonalisation) is done at the
working precision, so states drawn at 20 and 60 digits agree to 20 digits.
"""
import math
import zlib
from fractions import Fraction

import mpmath as mp
import numpy as np

from .arrays import identity, is_mp, to_array, to_matrix, zeros
from .checks import HERMITIAN, SEED, STATE, Choice, Dims, Integer, Real, kernel
from .errors import InvalidParameter
from .linalg import eigh


def _dim(dims):
    return int(dims) if np.isscalar(dims) else math.prod(int(d) for d in dims)


# ---------------------------------------------------------------- validation

STATE_INPUT = STATE.on("dims").with_tol("tol").cleaned()
OPTIONAL_DIMS = Dims(total=True, optional=True)
TOLERANCE = Real(positive=True, optional=True)


@kernel(dims=OPTIONAL_DIMS, tol=TOLERANCE, x=STATE_INPUT, answer=False)
def validate_state(x, dims=None, tol=None):
    """Check that ``x`` is a density matrix and return it cleaned, as an object array.

    Checks, in order: square, finite entries, ``dims`` product, Hermitian, unit trace,
    positive semidefinite, each against ``tol`` (default :func:`input_tolerance`, which
    follows the precision of the input).  The accepted matrix is converted to the working
    precision, made exactly Hermitian (real diagonal), made positive semidefinite if it had
    eigenvalues in [-tol, 0) (they are set to 0) and divided by its trace, so that exact
    identities hold to the working precision (:func:`numeric.checks.clean_state`).
    """
    return x


@kernel(dims=OPTIONAL_DIMS, tol=TOLERANCE, x=STATE_INPUT)
def as_state(x, dims=None, tol=None):
    """A validated density matrix as an mpmath matrix at the working precision.

    Accepts a numpy array, nested lists, an mpmath matrix, a SymPy Matrix or any
    object with ``.full()`` (QuTiP ``Qobj``).  Raises :class:`InvalidState` naming
    the defect and its size; see :func:`validate_state` for the checks and the
    tolerance, which follows the precision of the input.

    >>> as_state([[0.5, 0], [0, 0.5]])[1, 1]
    mpf('0.5')
    """
    return to_matrix(x)


# ---------------------------------------------------------------- random draws

def _rng(seed, tag):
    if isinstance(seed, bool) or int(seed) != seed or seed < 0:
        raise InvalidParameter(f"seed must be a non-negative integer, got {seed!r}")
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence([int(seed), zlib.crc32(tag.encode())])))


def ginibre(theta, n, k, kind="mp"):
    """n x k complex matrix from 2nk real parameters (real parts first, then imaginary).

    ``kind`` is ``"mp"`` (object array, parameters converted exactly) or ``"float64"``.
    Samplers and counterexample searches build states from parameter vectors with
    this and the ``*_from_ginibre`` constructors below.
    """
    theta = list(theta)
    if len(theta) != 2 * n * k:
        raise InvalidParameter(f"ginibre: need {2 * n * k} parameters for {n}x{k}, got {len(theta)}")
    re, im = theta[:n * k], theta[n * k:]
    if kind == "float64":
        return (np.array(re, dtype=float) + 1j * np.array(im, dtype=float)).reshape(n, k)
    return np.array([mp.mpc(mp.mpmathify(a), mp.mpmathify(b)) for a, b in zip(re, im)],
                    dtype=object).reshape(n, k)


def _draw(seed, tag, n, k, kind="mp"):
    return ginibre(_rng(seed, tag).standard_normal(2 * n * k).tolist(), n, k, kind)


def _norm(v):
    return sum(abs(x) ** 2 for x in v) ** 0.5


def unitary_from_ginibre(g):
    """Orthonormalised columns of g (modified Gram-Schmidt, positive R diagonal: Haar
    distributed for Ginibre g)."""
    q = g.copy()
    k = q.shape[1]
    for j in range(k):
        for i in range(j):
            q[:, j] = q[:, j] - np.sum(q[:, i].conj() * q[:, j]) * q[:, i]
        q[:, j] = q[:, j] / _norm(q[:, j])
    return q


def density_from_ginibre(g):
    """rho = g g^dag / Tr[g g^dag] (Hilbert-Schmidt measure for Ginibre g; rank = columns)."""
    rho = g @ g.conj().T
    return rho / sum(rho[i, i] for i in range(rho.shape[0]))


def hermitian_from_ginibre(g, scale=1):
    """(g + g^dag) scale / 2."""
    return (g + g.conj().T) * (mp.mpmathify(scale) / 2 if g.dtype == object else scale / 2)


def random_unitary_array(n, seed):
    return unitary_from_ginibre(_draw(seed, "random_unitary", n, n))


@kernel(n=Integer(1), seed=SEED)
def random_unitary(n, seed):
    """Haar-random n x n unitary (QR of a Ginibre matrix with positive R diagonal)."""
    return to_matrix(random_unitary_array(n, seed))


def random_density_array(dims, seed, rank=None, ensemble="hs"):
    n = _dim(dims)
    rank = n if rank is None else int(rank)
    if not 1 <= rank <= n:
        raise InvalidParameter(f"random_density: rank must be in 1..{n}, got {rank}")
    if ensemble not in ("hs", "bures"):
        raise InvalidParameter(f"random_density: ensemble must be 'hs' or 'bures', got "
                               f"{ensemble!r}")
    g = _draw(seed, f"random_density/{ensemble}", n, rank)
    if ensemble == "bures":
        u = unitary_from_ginibre(_draw(seed, "random_density/bures-unitary", n, n))
        g = (identity(n, g) + u) @ g
    return density_from_ginibre(g)


@kernel(dims=Dims(total=True), seed=SEED, rank=Integer(1, optional=True),
        ensemble=Choice(("hs", "bures")))
def random_density(dims, seed, rank=None, ensemble="hs"):
    """Random density matrix of total dimension prod(dims) from the Hilbert-Schmidt
    (``"hs"``, G G^dag / Tr) or Bures (``"bures"``) ensemble, of the given rank."""
    return to_matrix(random_density_array(dims, seed, rank, ensemble))


def random_pure_array(dims, seed):
    return density_from_ginibre(_draw(seed, "random_pure", _dim(dims), 1))


@kernel(dims=Dims(total=True), seed=SEED)
def random_pure(dims, seed):
    """Random pure state |psi><psi| (psi Haar-distributed)."""
    return to_matrix(random_pure_array(dims, seed))


def random_hermitian_array(n, seed, scale=1):
    return hermitian_from_ginibre(_draw(seed, "random_hermitian", n, n), scale)


@kernel(n=Integer(1), seed=SEED, scale=Real())
def random_hermitian(n, seed, scale=1):
    """Random Hermitian matrix (G + G^dag) scale / 2, G Ginibre (GUE)."""
    return to_matrix(random_hermitian_array(n, seed, scale))


# ---------------------------------------------------------------- standard states and operators

@kernel(h=HERMITIAN, beta=Real())
def gibbs(h, beta):
    """Gibbs state exp(-beta h) / Tr exp(-beta h) (spectrum shifted for stability)."""
    w, v = eigh(h)
    beta = mp.mpmathify(beta) if is_mp(h) else float(beta)
    p = np.array([mp.exp(-beta * (x - w[0])) for x in w], dtype=object if is_mp(h) else complex)
    p = p / sum(p)
    return (v * p[None, :]) @ v.conj().T


@kernel(dims=Dims(total=True))
def maximally_mixed(dims):
    """I / d as an mpmath matrix."""
    n = _dim(dims)
    return to_matrix(identity(n, np.empty(0, dtype=object)) / n)


_PAULI = {"i": [[1, 0], [0, 1]], "x": [[0, 1], [1, 0]], "y": [[0, -1j], [1j, 0]], "z": [[1, 0], [0, -1]]}


@kernel(axis=Choice(tuple(_PAULI)))
def pauli(axis):
    """Pauli matrix for ``axis`` in 'ixyz' (sigma_z = diag(1, -1): |0> is its +1 state)."""
    return mp.matrix([[mp.mpc(complex(v)) if isinstance(v, complex) else mp.mpf(v) for v in r]
                      for r in _PAULI[axis]])


def ket(bits, dims=None):
    """Computational basis vector |bits> (e.g. ket('01')) as an n x 1 object array."""
    dims = dims or [2] * len(bits)
    n = _dim(dims)
    idx = 0
    for b, d in zip(bits, dims):
        idx = idx * d + int(b)
    v = zeros((n, 1), np.empty(0, dtype=object))
    v[idx, 0] = mp.mpf(1)
    return v


_BELL = {"phi+": ("00", "11", 1), "phi-": ("00", "11", -1), "psi+": ("01", "10", 1), "psi-": ("01", "10", -1)}


@kernel(which=Choice(tuple(_BELL)))
def bell(which="phi+"):
    """Bell state density matrix: 'phi+', 'phi-', 'psi+', 'psi-'."""
    a, b, s = _BELL[which]
    psi = (ket(a) + s * ket(b)) / mp.sqrt(2)
    return to_matrix(psi @ psi.conj().T)


@kernel(p=Real(Fraction(-1, 3), 1))
def werner(p):
    """Two-qubit Werner state p |psi-><psi-| + (1 - p) I/4, a state for p in [-1/3, 1];
    concurrence max(0, (3p - 1)/2)."""
    p = mp.mpmathify(p)
    return to_matrix(p * to_array(bell("psi-")) + (1 - p) * to_array(maximally_mixed(4)))


@kernel(d=Integer(1))
def hermitian_basis(d):
    """Orthonormal Hermitian operator basis of d x d matrices, Tr[s_i s_j] = delta_ij.

    s_0 = I/sqrt(d), then the generalised Gell-Mann matrices (symmetric, antisymmetric,
    diagonal) divided by sqrt(2); for d = 2 these are the Pauli matrices / sqrt(2).
    """
    proto = np.empty(0, dtype=object)
    out = [identity(d, proto) / mp.sqrt(d)]
    for j in range(d):
        for k in range(j + 1, d):
            s = zeros((d, d), proto)
            s[j, k] = s[k, j] = 1 / mp.sqrt(2)
            out.append(s)
            a = zeros((d, d), proto)
            a[j, k], a[k, j] = -1j / mp.sqrt(2), 1j / mp.sqrt(2)
            out.append(np.array([[mp.mpc(x) for x in r] for r in a], dtype=object))
    for l in range(1, d):
        z = zeros((d, d), proto)
        c = 1 / mp.sqrt(l * (l + 1))
        for m in range(l):
            z[m, m] = c
        z[l, l] = -l * c
        out.append(z)
    return [to_matrix(s) for s in out]

