"""Error-free float64 products (numeric._ozaki) against Arb's exact products, and the
eigensolver's float64 first step against the Arb step it replaced."""
import flint
import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm
from corrcheck.numeric import _arb, _ozaki, eigen

SHAPES = [(2, 2, 2), (2, 3, 2), (3, 2, 4), (4, 4, 4), (16, 16, 16), (5, 64, 3)]


def draw(rng, shape, spread):
    """Complex Gaussian entries scaled by 2^-U(0, spread): exponents vary along rows and
    columns, the case the shared-exponent slices must get right."""
    g = rng.standard_normal(shape) + 1j * rng.standard_normal(shape)
    return g * np.exp2(-rng.uniform(0, spread, shape))


@pytest.mark.parametrize("spread", [0, 60], ids=["scale-1", "spread-2^60"])
@pytest.mark.parametrize("n, k, m", SHAPES, ids=[f"{n}x{k}x{m}" for n, k, m in SHAPES])
def test_complex_product_is_double_double_accurate(n, k, m, spread):
    rng = np.random.default_rng([n, k, m, spread])
    a, b = draw(rng, (n, k), spread), draw(rng, (k, m), spread)
    hi, lo = _ozaki.cproduct(a, b)
    with _arb.arb_precision(600):  # exact: products and sums of float64 numbers
        err = _arb.from_complex(a) * _arb.from_complex(b) - _arb.from_complex(hi) \
            - _arb.from_complex(lo)
        worst = max(abs(complex(z)) for z in err.entries())
    bound = 2.0 ** -100 * k * np.abs(a).max() * np.abs(b).max()
    assert worst <= bound


def test_exact_for_small_integers():
    """Products of integer matrices are exact in float64 already: hi is the product, lo 0."""
    a = np.arange(12.0).reshape(3, 4) - 5
    b = np.arange(8.0).reshape(4, 2) + 1j
    hi, lo = _ozaki.cproduct(a.astype(complex), b)
    assert np.array_equal(hi, a @ b) and not lo.any()


def arb_first_step(m, v):
    """The first refinement step as before: in Arb at FAST_BITS, E in float64."""
    with _arb.arb_precision(eigen.FAST_BITS):
        x = _arb.from_complex(v)
        mx = ((m * 1).mid() * x).mid()
        xh = _arb.dagger(x)
        s = _arb.entries(xh * mx).astype(complex)
        r = _arb.entries(_arb.identity(m.nrows()) - xh * x).astype(complex)
        lam = s.diagonal().real / (1 - r.diagonal().real)
        return (x + x * _arb.from_complex(eigen._correction(s, r, lam))).mid()


HERMITIAN = {
    "random-2": lambda: nm.random_hermitian(2, 1),
    "random-3": lambda: nm.random_hermitian(3, 2),
    "random-4": lambda: nm.random_hermitian(4, 3),
    "density-16": lambda: nm.random_density([4, 4], 1),
    "maximally-mixed-4": lambda: nm.maximally_mixed(4),
    "degenerate-kron-I2-h2": lambda: nm.kron(mp.eye(2), nm.random_hermitian(2, 4)),
}


@pytest.mark.parametrize("name", HERMITIAN)
def test_float64_step_agrees_with_the_arb_step(name):
    """Both first steps leave eigenvectors with errors of the order of the square of
    LAPACK's (1e-32 to 1e-28), so they agree to that; the float64 one is not coarser."""
    with nm.precision(50), _arb.arb_precision():
        a = nm.to_array(HERMITIAN[name]())
        m = _arb.hermitian_to_acb(a)
        f = _arb.entries(m).astype(complex)
        _, v = np.linalg.eigh(f)
        new, old = eigen._float64_step(m, f, v), arb_first_step(m, v)
        diff = max(abs(complex(z)) for z in (new - old).entries())
        assert diff < 1e-26
        for x in (new, old):  # the orthonormality defect after one step
            r = _arb.identity(len(v)) - _arb.dagger(x) * x
            assert max(abs(complex(z)) for z in r.entries()) < 1e-26


@pytest.mark.parametrize("name", HERMITIAN)
def test_eigenvalues_agree_with_mpmath_eighe(name, dps, tol):
    a = HERMITIAN[name]()
    w, v = nm.eigh(a)
    reference = sorted(mp.eighe(mp.matrix(a))[0])
    assert max(abs(x - y) for x, y in zip(w, reference)) < tol
    assert max(abs(x - y) for x, y in zip(nm.eigvalsh(a), reference)) < tol


@pytest.mark.parametrize("bits", [53, 128, 192])
def test_from_complex_is_exact(bits):
    """Through two arb_mats of floats: the same exact balls as converting complex entries."""
    rng = np.random.default_rng(bits)
    for a in (draw(rng, (3, 4), 1000), rng.standard_normal((2, 2)).astype(complex)):
        with _arb.arb_precision(bits):
            got = _arb.from_complex(a)
            want = flint.acb_mat(a.shape[0], a.shape[1], a.ravel().tolist())
        assert all(x.mid() == y.mid() and x.rad() == 0 for x, y in zip(got.entries(), want.entries()))
