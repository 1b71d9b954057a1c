"""Closed forms: scalar identities between SymPy expressions in commutative symbols.

A difference that SymPy simplifies to 0 is proved; one that simplifies to a nonzero
number (no free symbols left) is disproved; anything else is left to the numbers.
Heuristic equality tests that substitute random values (``Expr.equals``) are not
used: they are not proofs.
"""
import sympy

from .outcome import Proof

METHOD = "closed form (SymPy simplification)"


def prove_zero(expr):
    """Proof that the scalar expression ``expr`` is identically zero."""
    expr = sympy.sympify(expr)
    if not expr.is_commutative:
        return Proof("not_applicable", METHOD, "operator-valued expression")
    simplified = sympy.simplify(expr)
    if simplified == 0:
        return Proof("proved", METHOD, "")
    if not simplified.free_symbols and simplified.is_number:
        return Proof("disproved", METHOD, f"difference simplifies to {simplified}")
    return Proof("not_proved", METHOD, f"difference simplifies to {sympy.sstr(simplified)[:300]}")
