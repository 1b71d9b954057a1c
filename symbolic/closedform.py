"""Closed forms: scalar identities between SymPy expressions in commutative symbols.

Time derivatives are first reduced by the chain rule along the claim's dynamics
(:func:`reduce_dt`).  A difference that SymPy simplifies to 0 is proved; one that
simplifies to a nonzero number (no free symbols and no node of the claim language
left) is disproved; anything else is left to the numbers.  Heuristic equality tests
that substitute random values (``Expr.equals``) are not used: they are not proofs.
"""
import sympy

from .expr import NODES, Dt, text
from .outcome import Proof, Step

METHOD = "closed form (SymPy simplification)"


class NoDerivative(ValueError):
    """A ``Dt`` node cannot be reduced along the given dynamics."""


def reduce_dt(expr, dynamics=None):
    """``expr`` with every ``Dt(f)`` replaced by the chain rule ``sum_s (df/ds) ds/dt`` along
    ``dynamics`` (symbol -> derivative; symbols it omits are constant).  Without dynamics
    (None) only ``Dt`` of a constant reduces (to 0); otherwise :class:`NoDerivative`.

    >>> t = sympy.Symbol("t", real=True)
    >>> reduce_dt(Dt(t ** 2) + Dt(2), {t: 1})
    2*t
    """
    expr = sympy.sympify(expr)
    if not expr.has(Dt):
        return expr
    args = [reduce_dt(a, dynamics) for a in expr.args]
    expr = expr.func(*args) if args else expr
    if not isinstance(expr, Dt):
        return expr
    f = expr.args[0]
    moving = sorted(f.free_symbols, key=sympy.default_sort_key)
    if dynamics is None and moving:
        raise NoDerivative(f"{expr} depends on {', '.join(map(str, moving))} and no dynamics are given")
    dynamics = {sympy.sympify(k): sympy.sympify(v) for k, v in (dynamics or {}).items()}
    for s in moving:
        if s in dynamics and dynamics[s].has(Dt):
            raise NoDerivative(f"the derivative of {s} contains a time derivative")
    return sympy.Add(*(sympy.diff(f, s) * dynamics[s] for s in moving if s in dynamics))


def prove_zero(expr, dynamics=None):
    """Proof (scope "closed form") that the scalar expression ``expr`` is identically zero."""
    expr = sympy.sympify(expr)
    if not expr.is_commutative:
        return Proof("not_applicable", METHOD, "operator-valued expression")
    steps = []
    if expr.has(Dt):
        try:
            reduced = reduce_dt(expr, dynamics)
        except NoDerivative as err:
            return Proof("not_applicable", METHOD, str(err))
        steps.append(Step("d/dt by the chain rule along the dynamics", text(expr), text(reduced)))
        expr = reduced
    simplified = sympy.simplify(expr)
    steps.append(Step("SymPy simplify", text(expr), text(simplified)))
    if simplified == 0:
        return Proof("proved", METHOD, "", scope="closed form", steps=tuple(steps))
    if not simplified.free_symbols and simplified.is_number and not simplified.has(*NODES):
        return Proof("disproved", METHOD, f"difference simplifies to {simplified}", scope="closed form",
                     steps=tuple(steps))
    return Proof("not_proved", METHOD, f"difference simplifies to {sympy.sstr(simplified)[:300]}")
