"""Broken copies of claims, to show that no check is vacuous.

Every checkable claim has mutants that must come out FAILS:

* equalities and values: ``perturbed`` - lhs replaced by lhs + eps (1 + |lhs|) (eps =
  1e-6; for an operator, times the identity), or, for a printed value with ``digits``
  decimals, the printed value moved by two units of its last digit; and ``negated`` -
  rhs replaced by -rhs, when the declared rhs is not a number;
* inequalities: ``flipped`` - the inequality reversed; and ``negated`` - the larger side
  negated (lhs of ``geq``, rhs of ``leq``; the other side if that one is the number 0).  A
  perturbation by 1e-6 is used only for an inequality that names where equality is attained
  (``Claim.attained``): ``slackened`` - the larger side plus eps (1 + |side|), which holds
  everywhere but no longer attains equality; elsewhere only a sample where the bound is
  tight could detect it, and strict bounds have none.

A mutant that survives means the samples cannot tell the claim from its broken
copy (for instance every sample has rhs = 0, or every sample is an equality case):
the claim's check is too weak.
"""
import dataclasses

import mpmath as mp
import sympy

from .evaluate import Operator
from .verdict import side

EPS = mp.mpf("1e-6")


def _perturb(lhs):
    def perturbed(ev):
        v = side(lhs, ev)
        if isinstance(v, Operator):
            scale = 1 + max(abs(x) for x in v.m.flat)
            return Operator(v.m + ev.identity(v.m.shape[0]) * (EPS * scale), v.support)
        return v + EPS * (1 + abs(v))
    perturbed.__doc__ = "mutant: lhs + 1e-6 (1 + |lhs|)"
    return perturbed


def _shift(rhs, amount):
    def shifted(ev):
        return side(rhs, ev) + amount
    shifted.__doc__ = "mutant: printed value moved by two units of its last digit"
    return shifted


def _negate(rhs):
    if isinstance(rhs, sympy.Basic):
        return -rhs

    def negated(ev):
        return -side(rhs, ev)
    return negated


def mutants(claim):
    """(name, broken claim) pairs for ``claim``; empty for definitions and undecidable claims."""
    if claim.kind == "definition" or claim.lhs is None or claim.rhs is None:
        return []
    base = dict(expected="FAILS", role="control", corrects=None, search=False,
                reason="deliberately broken copy")
    out = []
    number = isinstance(claim.rhs, sympy.Basic) and claim.rhs.is_Number
    if claim.kind in ("leq", "geq"):
        out.append(("flipped", dataclasses.replace(
            claim, kind="geq" if claim.kind == "leq" else "leq", **base)))
        larger = "lhs" if claim.kind == "geq" else "rhs"
        value = getattr(claim, larger)
        if isinstance(value, sympy.Basic) and value == 0:
            larger = "rhs" if larger == "lhs" else "lhs"
        out.append(("negated", dataclasses.replace(
            claim, **{larger: _negate(getattr(claim, larger))}, **base)))
        if claim.attained:
            side_name = "lhs" if claim.kind == "geq" else "rhs"
            out.append(("slackened", dataclasses.replace(
                claim, **{side_name: _perturb(getattr(claim, side_name))}, **base)))
        return out
    if claim.kind == "value" and claim.digits is not None:
        out.append(("perturbed", dataclasses.replace(
            claim, rhs=_shift(claim.rhs, 2 * mp.mpf(10) ** (-claim.digits)), **base)))
    else:
        out.append(("perturbed", dataclasses.replace(claim, lhs=_perturb(claim.lhs), **base)))
    if not number:
        out.append(("negated", dataclasses.replace(claim, rhs=_negate(claim.rhs), **base)))
    return out
