"""Numerical range: the numerical radius w(A) = sup_{|v| = 1} |<v|A|v>|.

w(A) = max over theta of lambda_max(Re(e^{i theta} A)), Re(X) = (X + X^dag)/2 (the
numerical range is convex and its support function in direction theta is that top
eigenvalue).  For a normal matrix w(A) is the spectral radius (for a Hermitian one, the
operator norm); in general ||A|| / 2 <= w(A) <= ||A||, with w = ||A|| / 2 for a nilpotent
2 x 2 matrix such as |0><1|.
"""
import math

import mpmath as mp
import numpy as np

from .arrays import is_mp
from .checks import SQUARE, kernel
from .linalg import eigh, eigvalsh

GRID = 64  # float64 screening points per unit of dimension on [0, 2 pi)
MAX_PEAKS = 4  # grid maxima refined at the working precision


@kernel(a=SQUARE)
def numerical_radius(a):
    """w(A) = max_theta lambda_max((e^{i theta} A + e^{-i theta} A^dag) / 2) for a square matrix.

    The maximum is screened on a grid of theta in float64, then the best grid maxima are
    refined at the working precision (or in float64 for float64 input) by Newton's method on
    phi'(theta) (Hellmann-Feynman), or by golden-section search where the top eigenvalue is
    degenerate; phi is Lipschitz, so the grid misses no basin wider than its step.

    >>> from corrcheck import numeric
    >>> float(numerical_radius(numeric.to_array([[0, 1], [0, 0]])))
    0.5
    """
    high = is_mp(a)
    re = (a + a.conj().T) / 2
    im = (a - a.conj().T) / 2  # i Im(A): Re(e^{i th} A) = cos th Re A + i sin th (A - A^dag)/2
    re_f = np.array(re.tolist(), dtype=complex)
    im_f = np.array(im.tolist(), dtype=complex)

    def top_f(th):
        return np.linalg.eigvalsh(math.cos(th) * re_f + 1j * math.sin(th) * im_f)[-1]

    n = a.shape[0]
    grid = np.linspace(0, 2 * math.pi, GRID * n, endpoint=False)
    vals = np.array([top_f(th) for th in grid])
    step = grid[1] - grid[0]
    # candidates: grid maxima that the Lipschitz bound (|phi'| <= sum |a_ij|) cannot rule out,
    # one per run of equal neighbours, the best MAX_PEAKS of them
    lip = float(np.sum(np.abs(np.array(a.tolist(), dtype=complex))))
    m = len(grid)
    peaks = [i for i in range(m) if vals[i] >= vals[i - 1] and vals[i] >= vals[(i + 1) % m]
             and vals[i] >= vals.max() - lip * step and not vals[i - 1] == vals[i]]
    if not peaks:  # constant on the grid (e.g. a nilpotent 2 x 2 matrix): one representative
        peaks = [int(np.argmax(vals))]
    peaks = sorted(peaks, key=lambda i: -vals[i])[:MAX_PEAKS]
    if high:
        i_unit, cos, sin = mp.mpc(0, 1), mp.cos, mp.sin
        tol = mp.mpf(10) ** (-(mp.mp.dps // 2) - 2)
    else:
        i_unit, cos, sin = 1j, math.cos, math.sin
        re, im = re_f, im_f
        tol = 1e-9

    def top(th):
        return eigvalsh(cos(th) * re + i_unit * sin(th) * im)[-1]

    def newton(th):
        """Newton on phi'(theta) = <v|K'|v> (Hellmann-Feynman), phi'' by perturbation theory;
        None if the top eigenvalue is (nearly) degenerate or the iteration wanders."""
        th0 = th
        for _ in range(40):
            k = cos(th) * re + i_unit * sin(th) * im
            dk = -sin(th) * re + i_unit * cos(th) * im
            w, v = eigh(k)
            top_v = v[:, -1]
            d1 = (top_v.conj() @ dk @ top_v).real
            d2 = -w[-1]
            for j in range(len(w) - 1):
                gap = w[-1] - w[j]
                if gap <= tol * max(1, abs(w[-1])):
                    return None
                d2 += 2 * abs(v[:, j].conj() @ dk @ top_v) ** 2 / gap
            if d2 >= 0:
                return None
            step = d1 / d2
            th = th - step
            if abs(th - th0) > 2 * step_size:
                return None
            if abs(step) <= tol:
                return top(th)
        return None

    step_size = mp.mpf(step) if high else step
    golden = (mp.sqrt(5) - 1) / 2 if high else (math.sqrt(5) - 1) / 2
    best = None
    for i in peaks:
        th = mp.mpf(grid[i]) if high else grid[i]
        value = newton(th)
        if value is None:  # golden-section search on [th - step, th + step]
            lo, hi = th - step_size, th + step_size
            x1, x2 = hi - golden * (hi - lo), lo + golden * (hi - lo)
            f1, f2 = top(x1), top(x2)
            while hi - lo > tol:
                if f1 >= f2:
                    hi, x2, f2 = x2, x1, f1
                    x1 = hi - golden * (hi - lo)
                    f1 = top(x1)
                else:
                    lo, x1, f1 = x1, x2, f2
                    x2 = lo + golden * (hi - lo)
                    f2 = top(x2)
            value = max(f1, f2, top(th))
        best = value if best is None else max(best, value)
    return best
