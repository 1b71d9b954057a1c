"""Polynomial extrapolation to zero (Richardson/Neville), for limits such as
lim_{x -> 0} f(x) from values of f at a few small x.

Written once against the working precision (mpmath numbers or floats); the caller chooses
the nodes and keeps their spacing geometric so that the Lebesgue constant stays small.
"""
import mpmath as mp

from .checks import Integer, Real, Vector, kernel
from .errors import InvalidParameter


@kernel(xs=Vector(), ys=Vector(complex_ok=True))
def extrapolate_to_zero(xs, ys):
    """Value at x = 0 of the polynomial of degree len(xs) - 1 through (xs, ys) (Neville).

    With f(x) = c0 + c1 x + ... + c_m x^m + O(x^(m+1)) sampled at m + 1 distinct nodes the
    error is O(prod |x_i|).

    >>> import mpmath
    >>> with mpmath.workdps(30):
    ...     xs = [mpmath.mpf(1) / 4 ** k for k in range(4)]
    ...     v = extrapolate_to_zero(xs, [2 + 3 * x - x ** 3 for x in xs])
    >>> mpmath.nstr(v, 25)
    '2.0'
    """
    xs, p = list(xs), list(ys)
    if len(xs) != len(p):
        raise InvalidParameter(f"extrapolate_to_zero: {len(xs)} nodes but {len(p)} values")
    if len(set(xs)) != len(xs):
        raise InvalidParameter("extrapolate_to_zero: nodes must be distinct")
    n = len(xs)
    for k in range(1, n):
        for i in range(n - k):
            p[i] = (xs[i + k] * p[i] - xs[i] * p[i + 1]) / (xs[i + k] - xs[i])
    return p[0]


@kernel(x0=Real(), ratio=Real(positive=True), count=Integer(1))
def geometric_nodes(x0, ratio, count):
    """``count`` nodes x0, x0/ratio, x0/ratio^2, ... at the working precision."""
    x0, ratio = mp.mpmathify(x0), mp.mpmathify(ratio)
    return [x0 / ratio ** k for k in range(count)]
