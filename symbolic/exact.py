"""Exact zero tests for expressions evaluated on generic symbolic matrices.

The same claim expression is evaluated on matrices whose entries are independent
real symbols (Hermiticity and unit trace imposed; see ``derivations.samplers``).
Where every binding is a polynomial, the entries are converted to sparse
polynomials over the Gaussian rationals (:func:`polynomial_bindings`), which keeps
products expanded and makes the final zero test a dictionary comparison (a negative
power of a polynomial is an element of its fraction field, :func:`power`); otherwise
SymPy expressions are expanded.  An identity is proved at that dimension when every
entry of the difference is exactly 0.
"""
import numpy as np
import sympy
from sympy import QQ_I
from sympy.polys.fields import FracElement
from sympy.polys.polyerrors import CoercionFailed
from sympy.polys.rings import PolyElement

from .outcome import Proof, Step

SHOWN_CHARS = 400  # characters of a generic matrix or an entry polynomial written in a step
SHOWN_TERMS = 12   # terms of a long polynomial written in a step


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


def power(b, x):
    """``b ** x`` for an exact scalar ``b``: a polynomial (or fraction) to an integer power stays
    in the polynomial ring (fraction field for a negative power); otherwise SymPy's power.

    >>> R, a = sympy.ring("a", QQ_I)
    >>> power(a + 1, sympy.Integer(2)) == a ** 2 + 2 * a + 1
    True
    """
    if isinstance(b, (PolyElement, FracElement)):
        x = sympy.sympify(x)
        if not x.is_Integer:
            raise ValueError(f"power {x} of a polynomial entry has no exact polynomial form")
        if x < 0 and isinstance(b, PolyElement):
            b = b.ring.to_field()(b)
        return b ** int(x)
    return b ** x


def conjugate(a):
    """Complex conjugate of an array of polynomials in real symbols (or of SymPy expressions)."""
    def conj_poly(p):
        return p.ring.from_dict({m: QQ_I(c.x, -c.y) for m, c in p.items()})

    def conj(p):
        if isinstance(p, PolyElement):
            return conj_poly(p)
        if isinstance(p, FracElement):
            field = p.field
            return field(conj_poly(p.numer)) / field(conj_poly(p.denom))
        return sympy.conjugate(p)
    return np.vectorize(conj, otypes=[object])(a) if isinstance(a, np.ndarray) else conj(a)


def _residual(e):
    """The polynomial whose vanishing proves ``e`` = 0, with zero coefficients dropped (a
    Gaussian-rational zero left by mixed SymPy/polynomial arithmetic need not compare equal
    to 0 under python-flint ground types)."""
    if isinstance(e, FracElement):
        e = e.numer
    if isinstance(e, PolyElement):
        return e.ring.from_dict({m: c for m, c in e.items() if c.x != 0 or c.y != 0})
    num, _ = sympy.fraction(sympy.together(sympy.expand(e)))
    return sympy.expand(num)


def _shown(x):
    """Text of an entry, at most about :data:`SHOWN_CHARS` characters (a long polynomial is
    shown by its first terms and its number of terms)."""
    more = ""
    if isinstance(x, FracElement):
        return f"({_shown(x.numer)}) / ({_shown(x.denom)})"
    if isinstance(x, PolyElement):
        if len(x) > SHOWN_TERMS:
            more = f" + ... ({len(x)} terms)"
            x = x.ring.from_dict(dict(sorted(x.items(), reverse=True)[:SHOWN_TERMS]))
        x = x.as_expr()
    out = sympy.sstr(x)
    return (out if len(out) <= SHOWN_CHARS else out[:SHOWN_CHARS] + " ...") + more


def _bindings_text(bindings):
    lines = []
    for sym, value in sorted(bindings.items(), key=lambda kv: str(kv[0])):
        if isinstance(value, np.ndarray):
            rows = "; ".join(", ".join(_shown(x) for x in row) for row in value)
            lines.append(f"{sym} = [{rows}]"[:SHOWN_CHARS + 40])
        else:
            lines.append(f"{sym} = {_shown(value)}")
    return "\n".join(lines)


def zero_test(entries, where, constrained, scope, bindings=None, sides=None):
    """Proof from the exact entries of lhs - rhs, evaluated ``where`` (e.g. "generic
    S:2 x B:2 matrices"; it names the method).  ``scope`` is "fixed dimension" for generic
    matrices, "point" for the exact values of one fixed sampler; ``bindings`` (symbol ->
    matrix or scalar used) and ``sides`` (the entries of lhs and of rhs) are written into the
    proof's steps.

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
                         f"nonzero entry: {sympy.sstr(shown)[:300]}", scope=scope)
    steps = []
    if bindings:
        steps.append(Step("generic bindings (independent real symbols)" if scope == "fixed dimension" else "exact values", "",
                          _bindings_text(bindings)))
    if sides is not None:
        lhs, rhs = (list(s) for s in sides)
        shown = [k for k, x in enumerate(lhs) if x != 0][:2] or [0]  # (x not expanded: cheap)
        for k in shown:
            where_k = f"entry {k}" if len(lhs) > 1 else "value"
            steps.append(Step(f"{where_k} of the left and of the right side", _shown(lhs[k]),
                              _shown(rhs[k])))
    steps.append(Step("left - right, every entry expanded", f"{len(entries)} polynomial entries", "0"))
    return Proof("proved", method, "", scope=scope, steps=tuple(steps))
