"""Deciding a claim: symbolic proof, numeric evaluation at two precisions, counterexample search.

Numeric comparison.  At ``dps`` digits a side-by-side comparison passes when

    |lhs - rhs| <= 10^(-dps + k) * max(1, |lhs|, |rhs|, |terms|),      k = TOL_DIGITS = 8
OPERATOR = "(operator)"  # how an operator-valued side is shown (its entries are not listed)

(|terms|: the largest top-level term of either side, so that A - B = 0 is judged
relative to A and B; operators: the largest entry of the difference; inequalities: the violation
max(0, lhs - rhs) for ``leq``; printed values with ``digits`` decimals add the
half-unit 0.5 * 10^-digits of the printing).  k = 8 leaves room for the loss of
digits in eigendecompositions and derivatives of a few-qubit system while staying
far below any physical effect.  A claim HOLDS numerically only if every sample
passes at *both* precisions (default 30 and 50 digits) - so an exact identity's
residual must shrink by about 20 orders of magnitude between them.  It FAILS
when a sample violates it at both precisions; a sample that fails at one
precision only makes the claim UNDECIDED.

Counterexample search.  Claims on random samplers that no symbolic method proved
are also attacked by a (1+1) evolution strategy over the sampler's parameter vector
(states, Hamiltonians, scalars), screened in float64 and confirmed at the two
precisions: a confirmed violation makes the claim FAIL with that point as the
counterexample.

A violation counts (for samples and search points alike) only if it is *steady*: it
exceeds the tolerance at both precisions and changes by less than 1% between them.  A
genuine counterexample's residual does not depend on the working precision; rounding
noise (an ill-conditioned sample, e.g. huge intermediate terms) shrinks as digits are
added, and such a sample makes the claim UNDECIDED instead.
"""
import zlib
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import mpmath as mp
import numpy as np
import sympy

from . import numeric
from .numeric.context import FLOAT64_EPS

from .claim import DEFINITION, ERROR, FAILS, HOLDS, UNDECIDED
from .evaluate import Evaluator, Operator
from .proof import prove
from .proof import clear_cache as _prove_cache_clear

TOL_DIGITS = 8
OPERATOR = "(operator)"  # how an operator-valued side is shown (its entries are not listed)
DEFAULT_DPS = (30, 50)
DEFAULT_SAMPLES = 2
SEARCH_RESTARTS = 2
SEARCH_STEPS = 40
SCREEN = 1e6 * FLOAT64_EPS  # float64 screening threshold (relative); only a pre-filter
SEARCH_BOX = 4.0  # search parameters stay within 4 standard deviations of the sampler's draws
STEADY = mp.mpf("0.01")  # a real violation changes by less than 1% between the two precisions


@dataclass
class SampleOutcome:
    """One sample at one precision."""
    sample: str
    dps: int
    lhs: str = None
    rhs: str = None
    residual: float = None
    tolerance: float = None
    ok: bool = None
    margin: float = None
    skipped: str = None
    error: str = None


@dataclass
class Result:
    """The decision on one claim."""
    id: str
    verdict: str
    expected: str
    method: str
    proof: dict = None
    max_residual: dict = field(default_factory=dict)
    min_margin: float = None
    counterexample: dict = None
    search: dict = None
    values: dict = field(default_factory=dict)
    outcomes: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def as_expected(self):
        return self.verdict == self.expected

    def to_json(self):
        return asdict(self)


def _num(x):
    """A real number rounded to 3 significant digits (deterministic in reports)."""
    if x is None:
        return None
    if x == mp.inf:
        return float("inf")
    return float(mp.nstr(mp.mpf(x), 3))


def _show(v):
    if isinstance(v, Operator):
        return OPERATOR
    if isinstance(v, (mp.mpf, mp.mpc, float, complex, int)):
        z = mp.mpmathify(v)
        return mp.nstr(z.real if isinstance(z, mp.mpc) and abs(z.imag) <= 10 ** (-mp.mp.dps + TOL_DIGITS)
                       * max(1, abs(z)) else z, 20)
    return str(v)


def side(expr, ev):
    """Value of one side: an expression or a hand-written evaluator."""
    if callable(expr) and not isinstance(expr, sympy.Basic):
        return expr(ev)
    return ev(expr)


@dataclass
class Comparison:
    """lhs vs rhs: the violation (0 when satisfied for inequalities), the tolerance,
    the margin of an inequality, and the scale max(1, |lhs|, |rhs|)."""
    violation: object
    tolerance: object
    margin: object
    scale: object


def _magnitude(ev, v, sup=None):
    if isinstance(v, Operator):
        return max(abs(x) for x in (ev.lift(v, sup) if sup else v.m).flat)
    return abs(mp.mpmathify(v))


def _terms(expr, ev):
    """Values of the top-level terms of an expression side (none for hand-written sides)."""
    if isinstance(expr, sympy.Add):
        return [ev(a) for a in expr.args]
    return []


def compare(claim, ev, lhs, rhs, dps):
    """:class:`Comparison` of lhs and rhs for the claim's kind at ``dps`` digits.

    The scale is max(1, |lhs|, |rhs|, |each top-level term of either side|): a side written
    as a difference of large terms is compared relative to those terms, as its rounding is.
    """
    ops = [v for v in (lhs, rhs) if isinstance(v, Operator)]
    k = claim.tol_digits or TOL_DIGITS
    terms = _terms(claim.lhs, ev) + _terms(claim.rhs, ev)
    if ops:
        if claim.kind not in ("eq", "value"):
            raise ValueError(f"{claim.kind} comparison of operators")
        sup = tuple(sorted(set().union(*(v.support for v in ops))))
        diff = ev.lift(lhs, sup) - ev.lift(rhs, sup)
        scale = max([1] + [_magnitude(ev, v, sup) for v in [lhs, rhs] + terms])
        return Comparison(max(abs(x) for x in diff.flat), mp.mpf(10) ** (-dps + k) * scale, None,
                          scale)
    lhs, rhs = mp.mpmathify(lhs), mp.mpmathify(rhs)
    scale = max([1, abs(lhs), abs(rhs)] + [_magnitude(ev, v) for v in terms])
    tol = mp.mpf(10) ** (-dps + k) * scale
    if claim.kind in ("eq", "value"):
        if claim.digits is not None:
            tol += mp.mpf(10) ** (-claim.digits) / 2
        return Comparison(abs(lhs - rhs), tol, None, scale)
    for v in (lhs, rhs):
        if abs(mp.im(v)) > tol:
            raise ValueError(f"inequality between non-real values {mp.nstr(lhs, 8)}, {mp.nstr(rhs, 8)}")
    margin = mp.re(rhs - lhs) if claim.kind == "leq" else mp.re(lhs - rhs)
    return Comparison(max(-margin, 0), tol, margin, scale)


@lru_cache(maxsize=4096)
def run_sample(claim, sampler, seed, dps):
    """Evaluate the claim on one sample at ``dps`` digits: (outcome, evaluator or None).

    Cached: the pytest cases of single samples and ``check`` share the work."""
    sid = sampler.sample_id(seed)
    with numeric.precision(dps):
        try:
            s = sampler.draw(seed)
            ev = Evaluator(s, claim.dynamics)
            for pre in claim.preconditions:
                if not pre.test(ev):
                    return SampleOutcome(sid, dps, skipped=pre.text), ev
            lhs, rhs = side(claim.lhs, ev), side(claim.rhs, ev)
            c = compare(claim, ev, lhs, rhs, dps)
        except Exception as exc:  # one failing sample never stops the run
            return SampleOutcome(sid, dps, error=f"{type(exc).__name__}: {exc}"), None
        return SampleOutcome(sid, dps, lhs=_show(lhs), rhs=_show(rhs), residual=_num(c.violation),
                             tolerance=_num(c.tolerance), ok=bool(c.violation <= c.tolerance),
                             margin=_num(c.margin)), ev


def clear_caches():
    """Forget cached samples, sample outcomes and proofs (for timing from a cold start)."""
    from . import samplers
    run_sample.cache_clear()
    _prove_cache_clear()
    samplers.clear_cache()


def samples_of(claim, n=DEFAULT_SAMPLES, seed=0):
    """The (sampler, seed) pairs a claim is checked on (seed None for fixed samplers)."""
    for sampler in claim.samplers:
        seeds = range(seed, seed + n) if sampler.random else [None]
        for s in seeds:
            yield sampler, s


def check(claim, dps=DEFAULT_DPS, samples=DEFAULT_SAMPLES, seed=0, search=1.0, symbolic=True):
    """Decide ``claim``: returns a :class:`Result`.

    ``samples`` random draws per random sampler (seeds ``seed .. seed+samples-1``)
    plus every fixed sampler; each at every precision in ``dps``; ``search`` scales
    the counterexample-search budget (0 disables it); ``symbolic=False`` skips the
    provers (used for the deliberately broken mutants).
    """
    if claim.kind == "definition":
        return Result(claim.id, DEFINITION, claim.expected, "definition")
    proof = prove(claim) if symbolic else None
    outcomes, values = [], {}
    for sampler, s in samples_of(claim, samples, seed):
        for p in dps:
            out, ev = run_sample(claim, sampler, s, p)
            outcomes.append(out)
            if ev is not None and p == max(dps):
                values.update({f"{out.sample}: {k}": _show(v) for k, v in ev.recorded.items()})
                if not sampler.random and out.lhs not in (None, OPERATOR):
                    values[f"{out.sample}: lhs"] = out.lhs
                    values[f"{out.sample}: rhs"] = out.rhs
    proved = proof is not None and proof.status == "proved"
    found = counterexample_search(claim, dps, seed, search) if (
        claim.searched and search and not proved) else None
    return decide(claim, outcomes, proof, found, values, dps)


def decide(claim, outcomes, proof, found, values, dps):
    """Combine proof, samples and search into a verdict (see the module docstring)."""
    res = Result(claim.id, UNDECIDED, claim.expected, "", proof=proof and asdict(proof),
                 values=values, outcomes=[asdict(o) for o in outcomes])
    by_sample = {}
    for o in outcomes:
        by_sample.setdefault(o.sample, {})[o.dps] = o
    errors = [o for o in outcomes if o.error]
    evaluated = [o for o in outcomes if o.ok is not None]
    for p in dps:
        rs = [o.residual for o in evaluated if o.dps == p]
        if rs:
            res.max_residual[str(p)] = max(rs)
    margins = [o.margin for o in evaluated if o.margin is not None and o.dps == max(dps)]
    if margins:
        res.min_margin = _num(min(margins))
    failing = [s for s, per in by_sample.items()
               if all(per.get(p) is not None and per[p].ok is False for p in dps)
               and steady([per[p].residual for p in dps])]
    unsteady = [s for s, per in by_sample.items()
                if any(o.ok is False for o in per.values()) and s not in failing]
    skipped = {o.skipped for o in outcomes if o.skipped}
    if skipped:
        res.notes.append("samples skipped where a precondition is false: " + "; ".join(sorted(skipped)))
    if found:
        res.search = found
    proved = proof is not None and proof.status == "proved"
    disproved = proof is not None and proof.status == "disproved"
    methods = []
    if proof is not None and proof.status in ("proved", "disproved"):
        methods.append(proof.method)
    if evaluated:
        methods.append("hand-written evaluator" if claim.hand_written else "numeric")
    res.method = " + ".join(methods) or "none"
    if errors:
        res.verdict = ERROR
        res.notes.append("evaluation raised: " + "; ".join(sorted({f"{o.sample}: {o.error}"
                                                                     for o in errors}))[:2000])
        return res
    if failing or (found and found.get("confirmed")):
        if proved:
            res.verdict = ERROR
            res.notes.append("a symbolic proof and a numeric counterexample disagree: a bug")
            return res
        res.verdict = FAILS
        if failing:
            worst = max((by_sample[s][max(dps)] for s in failing), key=lambda o: o.residual)
            res.counterexample = {"sample": worst.sample, "residual": worst.residual,
                                  "lhs": worst.lhs, "rhs": worst.rhs}
        else:
            res.counterexample = {"sample": found["sample"], "residual": found["residual"],
                                  "lhs": found["lhs"], "rhs": found["rhs"]}
        return res
    if unsteady:
        res.notes.append(f"sample(s) {', '.join(unsteady)}: the residual depends on the working "
                         "precision (it exceeds the tolerance at some precision but is neither "
                         "below it at every precision nor steady across them)")
        res.verdict = UNDECIDED
        return res
    if disproved:
        res.verdict = UNDECIDED
        res.notes.append("exact evaluation is nonzero but no numeric sample violates the claim")
        return res
    if evaluated and len({o.sample for o in evaluated}) > 0:
        res.verdict = HOLDS
        return res
    if proved:
        res.verdict = HOLDS
        return res
    res.notes.append(claim.reason or ("every sample was skipped" if skipped else "no method applies"))
    return res


def steady(residuals):
    """True if the residuals at increasing precisions agree to within ``STEADY`` (relative)."""
    rs = [mp.mpf(r) for r in residuals]
    return all(abs(r - rs[-1]) <= STEADY * abs(rs[-1]) for r in rs)


# ------------------------------------------------------------------ counterexample search

def counterexample_search(claim, dps=DEFAULT_DPS, seed=0, budget=1.0):
    """(1+1)-ES over each random sampler's parameters, maximising the relative violation in
    float64; the best point is re-evaluated at every precision in ``dps``.

    Budget: ``SEARCH_RESTARTS`` x ``SEARCH_STEPS`` float64 evaluations per random sampler,
    times ``budget``; parameters stay in the box |theta_i| <= ``SEARCH_BOX`` (the sampler's
    draws are standard normal).  Returns a summary dict (best violation found, where,
    confirmed or not).
    """
    best = None
    steps = max(1, int(SEARCH_STEPS * budget))
    for sampler in claim.samplers:
        if not sampler.random:
            continue
        for r in range(SEARCH_RESTARTS):
            rng = np.random.default_rng([zlib.crc32(claim.id.encode()), seed, r])
            theta = np.array(sampler.theta(10_000 + seed * SEARCH_RESTARTS + r))
            f = _violation(claim, sampler, theta)
            sigma = 0.3
            for _ in range(steps):
                trial = np.clip(theta + sigma * rng.standard_normal(theta.shape),
                                -SEARCH_BOX, SEARCH_BOX)
                ft = _violation(claim, sampler, trial)
                if ft > f:
                    theta, f, sigma = trial, ft, sigma * 1.5
                else:
                    sigma *= 0.9
            if best is None or f > best[0]:
                best = (f, sampler, theta)
    if best is None:
        return None
    f, sampler, theta = best
    out = {"evaluations": steps * SEARCH_RESTARTS * sum(s.random for s in claim.samplers),
           "best_float64_violation": _num(f) if np.isfinite(f) else None,
           "sampler": sampler.name, "confirmed": False}
    if f > SCREEN:
        confirmations = []
        for p in dps:
            with numeric.precision(p):
                s = sampler.build(tuple(theta.tolist()), "mp", f"search:{sampler.name}")
                ev = Evaluator(s, claim.dynamics)
                try:
                    if not all(pre.test(ev) for pre in claim.preconditions):
                        break
                    lhs, rhs = side(claim.lhs, ev), side(claim.rhs, ev)
                    c = compare(claim, ev, lhs, rhs, p)
                except Exception:  # noqa: BLE001 - an unconfirmable point is not a counterexample
                    break
                confirmations.append((c.violation > c.tolerance, c.violation, lhs, rhs))
        if (len(confirmations) == len(dps) and all(c[0] for c in confirmations)
                and steady([c[1] for c in confirmations])):
            viol, lhs, rhs = confirmations[-1][1:]
            out.update(confirmed=True, sample=f"search:{sampler.name}", residual=_num(viol),
                       lhs=_show(lhs), rhs=_show(rhs),
                       theta=[float(mp.nstr(x, 6)) for x in theta[:12]])
    return out


def _violation(claim, sampler, theta):
    """Relative violation at theta in float64 (-inf where the point is invalid).

    For an inequality it is the signed -margin / scale, negative while the inequality holds,
    so the search climbs towards the boundary instead of wandering on a flat 0."""
    with np.errstate(all="ignore"):  # overflow in a float64 screen only marks a bad point
        try:
            s = sampler.build(tuple(theta.tolist()), "float64")
            ev = Evaluator(s, claim.dynamics)
            if not all(pre.test(ev) for pre in claim.preconditions):
                return -np.inf
            lhs, rhs = side(claim.lhs, ev), side(claim.rhs, ev)
            c = compare(claim, ev, lhs, rhs, 15)
            v = float(c.violation if c.margin is None else -c.margin) / float(c.scale)
            return v if np.isfinite(v) else -np.inf
        except Exception:  # noqa: BLE001 - invalid regions of parameter space are skipped
            return -np.inf
