"""Frechet derivatives against finite differences taken at much higher precision.

The reference is a 4th-order central difference at 100 digits with step 1e-30 of log
and exp computed through mpmath's own Hermitian eigensolver ``eighe`` (independent of
the kernel's Arb path): truncation error ~1e-120 and rounding error ~1e-100 / 1e-30 =
1e-70, both far below the 10^-42 allowed at 50 digits.
"""
import mpmath as mp
import pytest

from corrcheck import numeric as nm

DPS, REF_DPS, STEP = 50, 100, "1e-30"


def rotated(spectrum, seed):
    u = nm.random_unitary(len(spectrum), seed)
    return u * mp.diag([mp.mpf(x) for x in spectrum]) * u.H


POINTS = {
    "random-density-3": lambda: nm.random_density(3, 1),
    "random-density-4": lambda: nm.random_density([2, 2], 2),
    "bures-density-4": lambda: nm.random_density([2, 2], 3, ensemble="bures"),
    "degenerate": lambda: rotated(["0.25", "0.25", "0.5"], 4),
    "gap-1e-20": lambda: rotated(["0.1", "0.2", mp.mpf("0.2") + mp.mpf("1e-20"), "0.5"], 5),
    "gap-1e-35": lambda: rotated(["0.1", "0.2", mp.mpf("0.2") + mp.mpf("1e-35"), "0.5"], 6),
    "gap-1e-10-small": lambda: rotated(["1e-3", mp.mpf("1e-3") + mp.mpf("1e-10"), "0.998"], 7),
}


def funm(f):
    """a -> V f(Lambda) V^dag by mpmath's eighe."""
    def apply(a):
        w, v = mp.eighe(a)
        return v * mp.diag([f(x) for x in w]) * v.H
    return apply


def central_difference(f, a, e):
    """4th-order central difference of f along a + t e at the current precision."""
    h = mp.mpf(STEP)
    return (-f(a + 2 * h * e) + 8 * f(a + h * e) - 8 * f(a - h * e) + f(a - 2 * h * e)) / (12 * h)


def reference(f, a, e):
    with nm.precision(REF_DPS):
        return central_difference(f, a, e)


@pytest.mark.parametrize("point", POINTS)
def test_dlogm_matches_high_precision_finite_difference(point):
    with nm.precision(DPS):
        a = POINTS[point]()
        e = nm.random_hermitian(a.rows, 11)
        got = nm.dlogm_psd(a, e)
    ref = reference(funm(mp.log), a, e)
    with nm.precision(DPS):
        assert nm.hs_norm(got - ref) < mp.mpf(10) ** (8 - DPS) * nm.hs_norm(ref)


@pytest.mark.parametrize("point", ["random-density-3", "degenerate", "gap-1e-20"])
def test_dfunm_exp_matches_high_precision_finite_difference(point):
    with nm.precision(DPS):
        a = POINTS[point]()
        e = nm.random_hermitian(a.rows, 12)
        got = nm.dfunm_hermitian(a, e, mp.exp, mp.exp)
    ref = reference(funm(mp.exp), a, e)
    with nm.precision(DPS):
        assert nm.hs_norm(got - ref) < mp.mpf(10) ** (8 - DPS) * nm.hs_norm(ref)


def test_dlogm_along_a_is_identity(dps, tol):
    """d/dt log(a + t a) at t = 0 is I (log((1 + t) a) = log(1 + t) I + log a)."""
    a = nm.random_density(4, 5)
    assert nm.hs_norm(nm.dlogm_psd(a, a) - mp.eye(4)) < tol
