"""Matrix products: the Arb paths agree with numpy's object-array ``@``, and exact (SymPy)
arrays are never rounded."""
import numpy as np
import pytest
import sympy

from corrcheck import numeric as nm
from corrcheck.numeric import linalg


def arr(m):
    return nm.to_array(m)


def pair(n, hermitian):
    a, b = nm.random_hermitian(n, 1), nm.random_hermitian(n, 2)
    if not hermitian:
        a, b = a + 1j * nm.random_hermitian(n, 3), b * nm.random_unitary(n, 4)
    return arr(a), arr(b)


CASES = [(n, herm) for n in (2, 3, 6) for herm in (True, False)]
IDS = [f"n{n}-{'hermitian' if h else 'general'}" for n, h in CASES]


@pytest.mark.parametrize("n, hermitian", CASES, ids=IDS)
def test_commutator_matches_object_matmul(n, hermitian, dps, tol):
    a, b = pair(n, hermitian)
    got = linalg.commutator(a, b)
    assert nm.hs_norm(nm.to_matrix(got - (a @ b - b @ a))) < tol
    if hermitian:  # anti-Hermitian exactly, entry by entry
        assert all(got[i, j] == -got[j, i].conjugate() for i in range(n) for j in range(n))


@pytest.mark.parametrize("n, hermitian", CASES, ids=IDS)
def test_matmul_and_trace_product_match_object_arithmetic(n, hermitian, dps, tol):
    a, b = pair(n, hermitian)
    assert nm.hs_norm(nm.to_matrix(linalg.matmul(a, b, a) - a @ b @ a)) < tol
    assert abs(linalg.trace_product(a, b) - np.trace(a @ b)) < tol


def test_functions_of_hermitian_matrices_are_exactly_hermitian(dps):
    log = arr(nm.logm_psd(nm.random_density(5, 1)))
    assert linalg.exactly_hermitian(log)


def test_exact_arrays_stay_exact():
    """Object arrays of SymPy numbers (fixed-dimension proofs) go through numpy, unrounded."""
    third, i = sympy.Rational(1, 3), sympy.I
    a = np.array([[third, i, 0], [-i, 2, third], [0, third, 1]], dtype=object)
    b = np.array([[1, 0, third], [0, i, 0], [third, 0, 2]], dtype=object)
    assert np.array_equal(linalg.matmul(a, b), a @ b)
    assert np.array_equal(linalg.commutator(a, b), a @ b - b @ a)
    assert linalg.trace_product(a, b) == sympy.expand(np.trace(a @ b))
    assert np.array_equal(linalg.embed(a, [3, 2], [0]), np.kron(a, np.eye(2, dtype=int)))
    assert isinstance(linalg.embed(a, [3, 2], [0])[0, 1], sympy.Integer)


def test_float64_products_stay_float64():
    a, b = (arr(x).astype(complex) for x in pair(4, True))
    for out in (linalg.commutator(a, b), linalg.matmul(a, b), linalg.embed(a, [4, 2], [0])):
        assert out.dtype == complex
