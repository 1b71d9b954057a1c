"""Exact zero tests for expressions evaluated on generic symbolic matrices.

The same claim expression is evaluated on matrices whose entries are independent
real symbols (Hermiticity and unit trace imposed; see ``derivations.samplers``).
Where every binding is a polynomial, the entries are converted to sparse
polynomials over the Gaussian rationals (:func:`polynomial_bindings`), which keeps
products expanded and makes the final zero test a dictionary comparison; otherwise
SymPy expressions are expanded.  An identity is proved at that dimension when every
entry of the difference is exactly 0.
"""
import numpy as np
import sympy
from sympy import QQ_I
from sympy.polys.polyerrors import CoercionFailed
from sympy.polys.rings import PolyElement

from .outcome import Proof


def symbols(values):
    """The free symbols of arrays and scalars, sorted by name."""
    out = set()
    for v in values:
        for x in (v.flat if isinstance(v, np.ndarray) else [v]):
            out |= sympy.sympify(x).free_symbols
    return sorted(out, key=str)


def polynomial_bindings(bindings):
    """``bindings`` (symbol -> SymPy array or scalar) as polynomials over QQ(i) in all their
    symbols, or None if some entry is not a polynomial."""
    syms = symbols(bindings.values())
    if not syms:
        return None
    ring = sympy.ring(syms, QQ_I)[0]

    def conv(x):
        return ring.from_expr(sympy.sympify(x))

    try:
        return {k: (np.vectorize(conv, otypes=[object])(v) if isinstance(v, np.ndarray) else conv(v))
                for k, v in bindings.items()}
    except (CoercionFailed, ValueError):
        return None


def conjugate(a):
    """Complex conjugate of an array of polynomials in real symbols (or of SymPy expressions)."""
    def conj(p):
        if isinstance(p, PolyElement):
            return p.ring.from_dict({m: QQ_I(c.x, -c.y) for m, c in p.items()})
        return sympy.conjugate(p)
    return np.vectorize(conj, otypes=[object])(a) if isinstance(a, np.ndarray) else conj(a)


def _residual(e):
    if isinstance(e, PolyElement):
        return e
    num, _ = sympy.fraction(sympy.together(sympy.expand(e)))
    return sympy.expand(num)


def zero_test(entries, where, constrained):
    """Proof from the exact entries of lhs - rhs, evaluated ``where`` (e.g. "generic
    S:2 x B:2 matrices"; it names the method).

    A nonzero result is reported as a disproof only if the claim has no
    preconditions (``constrained`` False): generic symbols do not satisfy them; nor
    if it contains functions or radicals, which expansion does not normalise
    (``tanh(x)*coth(x) - 1`` stays nonzero).
    """
    method = f"exact evaluation on {where}"
    for e in entries:
        residual = _residual(e)
        if residual != 0:
            shown = residual.as_expr() if isinstance(residual, PolyElement) else residual
            opaque = not isinstance(residual, PolyElement) and (
                bool(residual.atoms(sympy.Function))
                or any(not x.exp.is_Integer for x in residual.atoms(sympy.Pow)))
            return Proof("not_proved" if constrained or opaque else "disproved", method,
                         f"nonzero entry: {sympy.sstr(shown)[:300]}")
    return Proof("proved", method, "")
