"""Broken copies of claims, to show that no check is vacuous.

Every checkable claim has mutants that must come out FAILS:

* ``perturbed`` - lhs replaced by lhs + eps (1 + |lhs|) (eps = 1e-6; for an operator,
  times the identity; for a ``geq`` claim lhs - eps (1 + |lhs|), towards a violation), or,
  for a printed value with ``digits`` decimals, the printed value moved by two units of
  its last digit;
* ``negated`` - rhs replaced by -rhs, when the declared rhs is not the number 0;
* ``flipped`` - an inequality reversed.

A mutant that survives means the samples cannot tell the claim from its broken
copy (for instance every sample has rhs = 0): the claim's check is too weak.
"""
import dataclasses

import mpmath as mp
import sympy

from .evaluate import Operator
from .verdict import side

EPS = mp.mpf("1e-6")


def _perturb(lhs, sign=1):
    def perturbed(ev):
        v = side(lhs, ev)
        if isinstance(v, Operator):
            scale = 1 + max(abs(x) for x in v.m.flat)
            return Operator(v.m + ev.identity(v.m.shape[0]) * (EPS * scale), v.support)
        return v + sign * EPS * (1 + abs(v))
    perturbed.__doc__ = f"mutant: lhs {'+' if sign > 0 else '-'} 1e-6 (1 + |lhs|)"
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
    if claim.kind == "value" and claim.digits is not None:
        out.append(("perturbed", dataclasses.replace(
            claim, rhs=_shift(claim.rhs, 2 * mp.mpf(10) ** (-claim.digits)), **base)))
    else:
        sign = -1 if claim.kind == "geq" else 1  # raising the lhs of lhs >= rhs cannot break it
        out.append(("perturbed", dataclasses.replace(claim, lhs=_perturb(claim.lhs, sign), **base)))
    if claim.kind in ("eq", "value") and not (isinstance(claim.rhs, sympy.Basic) and claim.rhs.is_Number):
        out.append(("negated", dataclasses.replace(claim, rhs=_negate(claim.rhs), **base)))
    if claim.kind in ("leq", "geq"):
        out.append(("flipped", dataclasses.replace(
            claim, kind="geq" if claim.kind == "leq" else "leq", **base)))
    return out
