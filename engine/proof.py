"""Symbolic decision of a claim: which prover applies, how far its result reaches.

Order: a scalar closed form is simplified (:mod:`symbolic.closedform`); an operator
identity goes to the dimension-free trace-polynomial prover (:mod:`symbolic.tracealg`)
and, if that is inconclusive, to exact evaluation (:mod:`symbolic.exact`) on every
sampler that has an exact form within the size caps (generic symbolic matrices for a
random sampler, the printed values for a fixed one), in order, until one of them is not
proved (then no proof can cover the claim, and the first result stays as evidence).
An inequality goes to the named theorems (:mod:`symbolic.theorems`): the difference of its
sides as a non-negative combination of theorem instances whose hypotheses are proved, using
the facts its samplers' setups guarantee (:mod:`symbolic.facts`).  An identity the
trace-polynomial prover does not reach is tried from the facts (lhs - rhs a combination of the
facts' equations, e.g. an entropy a unitary keeps) before exact evaluation.  A hand-written evaluator
has no symbolic method unless it carries an exact ``certificate`` (a function of the claim
returning its :class:`~symbolic.outcome.Proof`).

A proof proves the claim only where it reaches (:func:`proves`): a dimension-free proof
covers every sampler, or, from named theorems, every sampler that carries the facts it used;
a closed form covers the samplers whose values satisfy the symbol assumptions the
simplification used; exact evaluation covers the samplers it was done on (``Proof.covers``).  A proof that does not cover every sampler is evidence for the samples
it covers; the claim is then checked numerically and searched like an unproved one.

:func:`algebra_alone` says whether a claim holds by algebra alone (:mod:`symbolic.freealg`).
"""
import dataclasses
import math
from functools import lru_cache

import numpy as np
import sympy

from .symbolic import closedform, exact, freealg, theorems, tracealg
from .symbolic.expr import Mat, Op, operators, scalars, text
from .symbolic.outcome import Proof, Step

from .evaluate import Evaluator, Operator

EXACT_MAX_DIM = 4  # generic exact matrices beyond 4 x 4 expand too slowly to be worth it
EXACT_MAX_SYMBOLS = 24  # ... and so do claims with more generic real symbols than this
# assumptions a closed form may have used, checked on every sampler's values
FACTS = ("real", "positive", "nonnegative", "negative", "nonpositive", "nonzero", "integer",
         "rational")


def prove(claim):
    """The best :class:`~symbolic.outcome.Proof` for ``claim`` (cached per claim), with its
    ``scope`` and the samplers it ``covers``."""
    return _prove(claim)


def proves(claim, proof):
    """True if ``proof`` proves ``claim``: proved and covering every sampler of the claim."""
    return (proof is not None and proof.status == "proved"
            and set(proof.covers) >= {s.name for s in claim.samplers})


def samplers_binding(claim, values):
    """Names of the claim's samplers whose exact values give every symbol of ``values`` (a dict
    symbol -> expression of other symbols) that expression, at the sampler's values of those
    symbols, with every assumption of the symbols they use (for a certificate proved for all
    values of some parameters: it covers exactly these samplers)."""
    out = []
    params = set().union(*(sympy.sympify(v).free_symbols for v in values.values()))
    for s in claim.samplers:
        if not _satisfies(s, params):
            continue
        got = s.build((), "exact").bindings
        at = {x: got[x] for x in params}
        if all(k in got and sympy.simplify(sympy.sympify(got[k]) - sympy.sympify(v).xreplace(at)) == 0
               for k, v in values.items()):
            out.append(s.name)
    return tuple(out)


def algebra_alone(claim):
    """True if the claim holds by algebra alone (cached per claim; see :mod:`symbolic.freealg`)."""
    return _algebra_alone(claim)


def clear_cache():
    _prove.cache_clear()
    _algebra_alone.cache_clear()


@lru_cache(maxsize=None)
def _algebra_alone(claim):
    if claim.kind == "definition" or claim.lhs is None or claim.rhs is None or claim.hand_written:
        return False
    return freealg.algebra_alone(claim.lhs, claim.rhs, claim.dynamics)


@lru_cache(maxsize=None)
def _prove(claim):
    if claim.lhs is None or claim.rhs is None:
        return Proof("not_applicable", "", "no sides: the claim is not checkable here")
    certificate = getattr(claim.lhs, "certificate", None) or getattr(claim.rhs, "certificate", None)
    if claim.hand_written and certificate is not None:
        return certificate(claim)
    if claim.kind in ("geq", "leq") and not claim.hand_written:
        return _prove_inequality(claim)
    if claim.kind not in ("eq", "value") or claim.hand_written:
        why = "hand-written evaluator" if claim.hand_written else f"{claim.kind} claim"
        return Proof("not_applicable", "", why)
    expr = claim.lhs - claim.rhs
    if not expr.atoms(Op, Mat):
        proof = closedform.prove_zero(expr, claim.dynamics)
        if proof.status != "proved":
            return proof
        return dataclasses.replace(proof, scope="closed form",
                                   covers=_closed_form_covers(claim, expr))
    proof = tracealg.prove_equal(claim.lhs, claim.rhs, dynamics=claim.dynamics)
    if proof.status == "proved":
        return dataclasses.replace(proof, scope="dimension-free",
                                   covers=tuple(s.name for s in claim.samplers))
    by_facts = _prove_by_facts(claim) if any(s.facts for s in claim.samplers) else None
    if by_facts is not None and proves(claim, by_facts):
        return by_facts
    attempts = []
    for s in claim.samplers:
        a = _exact(claim, s) if math.prod(s.dims) <= EXACT_MAX_DIM else None
        if a is not None:
            attempts.append((s, a))
        if (a is None or a.status != "proved") and attempts:
            break  # no proof can cover every sampler now: what is known is evidence
    disproofs = [(s, a) for s, a in attempts if a.status == "disproved"]
    if disproofs:
        s, a = disproofs[0]
        return dataclasses.replace(a, scope=_scope(s), covers=(s.name,))
    proved = [(s, a) for s, a in attempts if a.status == "proved"]
    if not proved:
        return attempts[0][1] if attempts else proof
    scope = "fixed dimension" if any(s.random for s, _ in proved) else "point"
    method = "exact evaluation on " + "; ".join(a.method.removeprefix("exact evaluation on ")
                                                for _, a in proved)
    return Proof("proved", method, "", scope=scope, covers=tuple(s.name for s, _ in proved))


def _prove_inequality(claim, instances=True):
    """The named-theorem proof of an inequality (:mod:`symbolic.theorems`), tried with the facts
    of each group of samplers that share them; it covers every sampler that carries all the
    facts a proof used.  ``instances=False``: from the facts alone, no theorem instance."""
    usable = {s.name: _usable_facts(s) for s in claim.samplers}
    groups = {}
    for s in claim.samplers:
        groups.setdefault(frozenset(usable[s.name]), []).append(s.name)
    proofs, first, covered = [], None, set()
    for facts, names in sorted(groups.items(), key=lambda g: -len(g[1])):
        if set(names) <= covered:
            continue
        out = theorems.prove_inequality(claim.lhs, claim.rhs, claim.kind, claim.dynamics,
                                        sorted(facts, key=lambda f: f.statement), instances)
        first = first or out.proof
        if out.proof.status != "proved":
            continue
        covers = [n for n, fs in usable.items() if set(out.facts) <= set(fs)]
        covered |= set(covers)
        proofs.append((out, covers))
    if not proofs:
        return first
    if len(proofs) == 1:
        (out, covers), = proofs
        return dataclasses.replace(out.proof, covers=tuple(covers),
                                   steps=out.proof.steps + _provenance(claim, out.facts))
    steps, methods = [], []
    for out, covers in proofs:
        steps.append(Step(f"for the samplers {', '.join(covers)}", "", out.proof.method))
        steps += list(out.proof.steps) + list(_provenance(claim, out.facts))
        methods.append(out.proof.method)
    return Proof("proved", "; ".join(dict.fromkeys(methods)), proofs[0][0].proof.detail,
                 scope="dimension-free",
                 covers=tuple(s.name for s in claim.samplers if s.name in covered), steps=tuple(steps))


def _prove_by_facts(claim):
    """An identity from the samplers' facts: lhs - rhs as a combination of the facts' equations
    (F - G = 0), found by the named-theorem search for lhs >= rhs with no theorem instance; it
    covers the samplers that carry the facts used.  None otherwise."""
    geq = _prove_inequality(dataclasses.replace(claim, kind="geq"), instances=False)
    if geq is None or geq.status != "proved":
        return None
    first = Step("the identity as a vanishing difference", f"{text(claim.lhs)} = {text(claim.rhs)}",
                 geq.steps[0].after.replace(">= 0", "= 0"))
    return dataclasses.replace(geq, method="facts of the samplers (identity)", detail="",
                               steps=(first,) + geq.steps[1:])


def _usable_facts(sampler):
    """The sampler's facts whose required properties its (exact) values have."""
    return tuple(f for f in sampler.facts if not f.requires or _has(sampler, f.requires))


def _has(sampler, requires):
    """Whether every (symbol, property) holds of the value the sampler gives the symbol,
    judged on its exact form (a fixed value, or the symbol a random recipe draws)."""
    try:
        values = _exact_values(sampler)
    except (NotImplementedError, ValueError, TypeError, KeyError):
        return False
    for sym, prop in requires:
        v = values.get(sym)
        if v is None or isinstance(v, np.ndarray) or getattr(sympy.sympify(v), f"is_{prop}") is not True:
            return False
    return True


@lru_cache(maxsize=256)
def _exact_values(sampler):
    return sampler.build((), "exact").bindings


def _provenance(claim, facts):
    """Steps saying which samplers guarantee each fact used and how, then each lemma a fact
    rests on, with its own steps (once)."""
    steps, lemmas = [], {}
    for f in facts:
        how = {}
        for s in claim.samplers:
            own = next((g for g in s.facts if g == f), None)
            if own is not None:
                how.setdefault((own.why, own.lemma), (own, []))[1].append(s.name)
        for (why, lemma), (own, names) in how.items():
            tail = f"; lemma: {lemma}" if lemma else " (the construction itself)"
            steps.append(Step(f"fact used: {f.statement}", "",
                              f"{why}: guaranteed by the setups of {', '.join(names)}{tail}"))
            if lemma:
                lemmas.setdefault(lemma, own)
    for name, own in lemmas.items():
        lemma = own.proof()
        if lemma.status != "proved":
            raise RuntimeError(f"lemma {name} is not proved, yet a fact rests on it")
        steps.append(Step(f"lemma: {name} ({lemma.status} by {lemma.method})", "", ""))
        steps += [Step(f"  {s.rule}", s.before, s.after) for s in lemma.steps]
    return tuple(steps)


def _scope(sampler):
    return "fixed dimension" if sampler.random else "point"


def _closed_form_covers(claim, expr):
    """The samplers on which a closed-form proof holds: all of them if the simplification
    needs no assumption on the symbols, else those whose values satisfy every assumption
    (``FACTS``) of the claim's symbols."""
    syms = scalars(expr)
    plain = {s: sympy.Dummy(s.name) for s in syms}
    if sympy.simplify(expr.xreplace(plain)) == 0:
        return tuple(s.name for s in claim.samplers)
    return tuple(s.name for s in claim.samplers if _satisfies(s, syms))


def _satisfies(sampler, syms):
    """Whether every value the sampler gives each symbol has the symbol's assumptions, judged
    on its exact form (a fixed value, or the symbol a random recipe draws, e.g. positive)."""
    try:
        values = sampler.build((), "exact").bindings
    except (NotImplementedError, ValueError, TypeError, KeyError):
        return False
    for s in syms:
        if s not in values or isinstance(values[s], np.ndarray):
            return False
        v = sympy.sympify(values[s])
        for fact in FACTS:
            if s.assumptions0.get(fact) and getattr(v, f"is_{fact}") is not True:
                return False
    return True


def _used(claim):
    exprs = [claim.lhs, claim.rhs] + list((claim.dynamics or {}).values())
    out = set(claim.dynamics or {})
    for e in map(sympy.sympify, exprs):
        out |= operators(e) | scalars(e)
    return out


def _exact(claim, sampler):
    """Exact proof on the sampler's generic matrices (random sampler) or printed values
    (fixed sampler), if small enough (else None)."""
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
    where = (f"generic {dims} matrices ({sampler.name})" if sampler.random
             else f"the exact values of {sampler.name}")
    return exact.zero_test(entries, where, constrained=bool(claim.preconditions),
                           scope=_scope(sampler), bindings=sample.bindings, sides=sides)
