"""Symbolic decision of a claim: which prover applies, and its outcome.

Order: a scalar closed form is simplified (:mod:`symbolic.closedform`); an operator
identity goes to the dimension-free trace-polynomial prover
(:mod:`symbolic.tracealg`) and, if that is inconclusive, to exact evaluation on
generic symbolic matrices of each small sampler (:mod:`symbolic.exact`).
Inequalities and hand-written evaluators have no symbolic method here.
"""
import math
from functools import lru_cache

import numpy as np
import sympy

from .symbolic import closedform, exact, tracealg
from .symbolic.expr import Mat, Op, operators, scalars
from .symbolic.outcome import Proof

from .evaluate import Evaluator, Operator

EXACT_MAX_DIM = 4  # generic exact matrices beyond 4 x 4 expand too slowly to be worth it
EXACT_MAX_SYMBOLS = 24  # ... and so do claims with more generic real symbols than this


def prove(claim):
    """The best :class:`~symbolic.outcome.Proof` for ``claim`` (cached per claim)."""
    return _prove(claim)


def clear_cache():
    _prove.cache_clear()


@lru_cache(maxsize=None)
def _prove(claim):
    if claim.lhs is None or claim.rhs is None:
        return Proof("not_applicable", "", "no sides: the claim is not checkable here")
    if claim.kind not in ("eq", "value") or claim.hand_written:
        why = "hand-written evaluator" if claim.hand_written else f"{claim.kind} claim"
        return Proof("not_applicable", "", why)
    expr = claim.lhs - claim.rhs
    if not expr.atoms(Op, Mat):
        return closedform.prove_zero(expr, claim.dynamics)
    proof = tracealg.prove_equal(claim.lhs, claim.rhs, dynamics=claim.dynamics)
    if proof.status == "proved":
        return proof
    for sampler in claim.samplers:
        if math.prod(sampler.dims) > EXACT_MAX_DIM:
            continue
        attempt = _exact(claim, sampler)
        if attempt is not None:
            return attempt
    return proof


def _used(claim):
    exprs = [claim.lhs, claim.rhs] + list((claim.dynamics or {}).values())
    out = set(claim.dynamics or {})
    for e in map(sympy.sympify, exprs):
        out |= operators(e) | scalars(e)
    return out


def _exact(claim, sampler):
    """Exact proof on the sampler's generic matrices, if small enough (else None)."""
    try:
        sample = sampler.build((), "exact", f"{sampler.name}:generic")
        used = _used(claim)
        sample.bindings = {k: v for k, v in sample.bindings.items() if k in used}
        if len(exact.symbols(sample.bindings.values())) > EXACT_MAX_SYMBOLS:
            return None
        poly = exact.polynomial_bindings(sample.bindings)
        if poly is not None and not sample.dissipators:
            sample.bindings = poly
        ev = Evaluator(sample, claim.dynamics)
        lhs, rhs = ev(claim.lhs), ev(claim.rhs)
    except (NotImplementedError, ValueError, TypeError):
        return None
    ops = [v for v in (lhs, rhs) if isinstance(v, Operator)]
    if ops:
        sup = tuple(sorted(set().union(*(v.support for v in ops))))
        sides = [list(np.asarray(ev.lift(v, sup)).flat) for v in (lhs, rhs)]
    else:
        sides = [[lhs], [rhs]]
    entries = [a - b for a, b in zip(*sides)]
    dims = " x ".join(f"{p}:{d}" for p, d in zip(sampler.parties, sampler.dims))
    where = f"generic {dims} matrices" if sampler.random else f"the exact values of {sampler.name}"
    return exact.zero_test(entries, where, constrained=bool(claim.preconditions),
                           scope="fixed dimension" if sampler.random else "point",
                           bindings=sample.bindings, sides=sides)
