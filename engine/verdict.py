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

Proofs.  A symbolic proof decides the claim only where it reaches
(:func:`corrcheck.proof.proves`: it covers every sampler); a proof of some samplers only
(an exact evaluation at one printed point, generic matrices of one dimension) is evidence
for those samples, and the claim is checked and searched like an unproved one.
:func:`proof_counts` counts proofs by scope.

Counterexample search.  Claims on random samplers that no symbolic method proved
are also attacked by a (1+1) evolution strategy over the sampler's parameter vector
(states, Hamiltonians, scalars), screened in float64 and confirmed at the two
precisions: a confirmed violation makes the claim FAIL with that point as the
counterexample.  The search is adaptive: after ``SEARCH_STEPS`` steps per restart it
goes on, ``SEARCH_WINDOW`` steps at a time, while the best relative violation (for an
inequality: minus the relative margin) still improves by ``SEARCH_PROGRESS`` of its value
and is not yet within the float64 screen ``SCREEN`` of the boundary, up to
``SEARCH_MAX_STEPS`` steps per restart.  For an inequality the smallest relative
margin found (over the samples and the search's best point, re-evaluated at the highest
precision) and where it was found are reported (``Result.tightest``); where the claim says
equality is attained (``Claim.attained``) the margin must vanish.

Claims that cannot fail are not evidence.  A claim that holds by algebra alone
(:mod:`symbolic.freealg`) is labelled so (``Result.label``) and counted apart.  A sample
*exercises* a claim unless a precondition skips it, its terms vanish on it (see
:func:`_idle`), or the claim's declared premise (``Claim.premise``) is not realised on it; a
claim exercised on no sample is UNDECIDED unless a proof beyond the samplers' own values
(dimension-free or closed form) decides it, and ``Result.premise`` shows "exercised on k of
n samples".

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
from .proof import algebra_alone, prove, proves
from .proof import clear_cache as _prove_cache_clear
from .symbolic import tracealg
from .symbolic.expr import HSNorm, OpNorm, TraceNorm

TOL_DIGITS = 8
OPERATOR = "(operator)"  # how an operator-valued side is shown (its entries are not listed)
DEFAULT_DPS = (30, 50)
DEFAULT_SAMPLES = 2
SEARCH_RESTARTS = 2
SEARCH_STEPS = 40  # steps per restart at budget 1 ...
SEARCH_WINDOW = 20  # ... then this many more at a time while the search still progresses ...
SEARCH_PROGRESS = 0.05  # ... (the best value improved by 5% of its size in the last window) ...
SEARCH_MAX_STEPS = 120  # ... up to this many steps per restart (the cap)
SEARCH_NOISE = 1e3 * FLOAT64_EPS  # improvements below this are float64 rounding, not progress
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
    exercised: bool = None
    idle: str = None
    relative_margin: float = None
    at_equality: bool = None
    parameters: dict = None


LABEL_ALGEBRA = "algebra alone"
# how a proof that decides a claim is counted (Proof.scope -> label)
PROOF_LABELS = {"dimension-free": "dimension-free",
                "fixed dimension": "all samplers at one dimension",
                "point": "one point", "closed form": "closed form"}
PARTIAL = "evidence for some samplers only"


@dataclass
class Result:
    """The decision on one claim.

    ``proof_scope``: the label of the proof that decides the claim (one of
    :data:`PROOF_LABELS`' values), :data:`PARTIAL` if a proof covers some samplers only,
    None without proof; ``label``: "algebra alone" or None; ``premise``: how many samples
    exercise the claim; ``tightest``: for an inequality, the smallest relative margin found and
    where."""
    id: str
    verdict: str
    expected: str
    method: str
    proof: dict = None
    proof_scope: str = None
    label: str = None
    premise: dict = None
    tightest: dict = None
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
                    return SampleOutcome(sid, dps, skipped=pre.text, exercised=False,
                                         idle=f"precondition false: {pre.text}"), ev
            lhs, rhs = side(claim.lhs, ev), side(claim.rhs, ev)
            c = compare(claim, ev, lhs, rhs, dps)
            idle = _idle(claim, ev, lhs, rhs, c, dps)
            inequality = c.margin is not None
            out = SampleOutcome(
                sid, dps, lhs=_show(lhs), rhs=_show(rhs), residual=_num(c.violation),
                tolerance=_num(c.tolerance), ok=bool(c.violation <= c.tolerance),
                margin=_num(c.margin), exercised=idle is None, idle=idle,
                relative_margin=_num(c.margin / c.scale) if inequality else None,
                at_equality=_at_equality(claim, sampler, ev) if claim.attained else None,
                parameters=_parameters(s) if inequality else None)
        except Exception as exc:  # one failing sample never stops the run
            return SampleOutcome(sid, dps, error=f"{type(exc).__name__}: {exc}"), None
        return out, ev


_NONNEGATIVE = (sympy.Abs, HSNorm, TraceNorm, OpNorm)  # nodes >= 0 that vanish only at 0


def _strip(e):
    """A number times a node -> the node (the factor does not change where it vanishes)."""
    if isinstance(e, sympy.Mul):
        coeff, rest = e.as_coeff_Mul()
        if coeff != 0:
            return rest
    return e


@lru_cache(maxsize=None)
def claim_terms(claim):
    """The top-level terms of the claim, grouped by side, whose vanishing on a sample leaves
    the claim unexercised; None when the claim is exempt (see :func:`_idle`).

    A literal 0 has no terms; a hand-written side (marked "lhs"/"rhs") is one term.  An
    equality with one side 0 is the other side X = 0, one group: a norm or absolute value
    ``||Y|| = 0`` is ``Y = 0`` (the terms of Y), and a sum of norms and absolute values is a
    conjunction of one-term claims (exempt)."""
    sides = []
    for name, e in (("lhs", claim.lhs), ("rhs", claim.rhs)):
        if not isinstance(e, sympy.Basic):
            sides.append((name,))
        elif e != 0:
            sides.append(sympy.Add.make_args(e))
    if claim.kind in ("eq", "value") and len(sides) == 1 and not isinstance(sides[0][0], str):
        x = _strip(sympy.Add(*sides[0]))
        while isinstance(x, _NONNEGATIVE) and isinstance(x.args[0], sympy.Basic):
            x = _strip(x.args[0])
        args = sympy.Add.make_args(x)
        if len(args) > 1 and all(isinstance(_strip(a), _NONNEGATIVE) for a in args):
            return None
        return (args,)
    return tuple(sides)


@lru_cache(maxsize=None)
def _live_terms(claim):
    """How many of the claim's terms are not identically zero (proved dimension-free): a
    term such as [H, exp(-beta H)] is not a term of the claim."""
    return sum(1 for group in claim_terms(claim) for t in group
               if isinstance(t, str) or tracealg.prove_zero(t, dynamics=claim.dynamics).status
               != "proved")


def _idle(claim, ev, lhs, rhs, c, dps):
    """Why the sample does not exercise the claim (None if it does).

    An equality whose terms (:func:`claim_terms`, two or more that are not identically zero)
    all vanish tests no cancellation; a one-term equality ``X = 0`` is the claim itself.  An
    inequality whose terms all vanish sees only its equality case; one whose two sides are
    both declared (neither is a literal 0) but one of them vanishes tests only the sign of the
    other.  A declared premise must be realised."""
    zero = mp.mpf(10) ** (-dps + (claim.tol_digits or TOL_DIGITS)) * c.scale
    groups = claim_terms(claim)
    if groups is not None:
        vanish = [[_magnitude(ev, ev(t) if not isinstance(t, str) else lhs if t == "lhs" else rhs)
                   <= zero for t in g] for g in groups]
        flat = [v for g in vanish for v in g]
        if claim.kind in ("leq", "geq"):
            if flat and all(flat):
                return "both sides vanish: only the equality case is seen"
            if len(groups) == 2 and any(all(g) for g in vanish):
                return "one side vanishes: only the sign of the other side is tested"
        elif len(flat) >= 2 and all(flat) and _live_terms(claim) >= 2:
            return "every term of lhs and rhs vanishes: no cancellation is tested"
    if claim.premise is not None and not _realised(claim.premise, ev, dps, claim.tol_digits):
        return f"premise not realised: {claim.premise.text}"
    return None


def _realised(premise, ev, dps, tol_digits=None):
    """A premise expression is realised where it is nonzero beyond the working tolerance
    (relative to its top-level terms); a premise function where it returns True."""
    if not isinstance(premise.test, sympy.Basic):
        return bool(premise.test(ev))
    value = ev(premise.test)
    terms = _terms(premise.test, ev)
    scale = max([1] + [_magnitude(ev, t) for t in terms])
    return _magnitude(ev, value) > mp.mpf(10) ** (-dps + (tol_digits or TOL_DIGITS)) * scale


def _at_equality(claim, sampler, ev):
    """Whether the claim says equality is attained on this sample (``Claim.attained``)."""
    return any(a == sampler.name if isinstance(a, str) else bool(a.test(ev))
               for a in claim.attained)


def _parameters(sample):
    """The scalar parameters of a sample (beta, t, ...), rounded for reports."""
    out = {}
    for sym, v in sample.bindings.items():
        if isinstance(sym, sympy.Symbol) and not isinstance(v, np.ndarray):
            try:
                out[str(sym)] = _num(mp.re(mp.mpmathify(v)))
            except (TypeError, ValueError):
                continue
    return dict(sorted(out.items()))


MATRIX_MAX = 8  # larger matrices are named by their size (``corrcheck show --sample`` prints them)


def bindings(sample):
    """What a sample binds, for reports: {name: number (a string), matrix (rows of strings) or
    "n x m matrix"}; a dissipator's jump operators and rates as J<party><k>, g<party><k>.

    Numbers keep 6 significant digits; a matrix's entries 4 significant digits of its largest
    entry (fixed decimals, so that entries below that show as 0)."""
    out = {}
    for sym, value in sample.bindings.items():
        out[getattr(sym, "name", str(sym))] = _display(value)
    for party, jumps in sample.dissipators.items():
        for k, (jump, rate) in enumerate(jumps):
            out[f"J{party}{k}"], out[f"g{party}{k}"] = _display(jump), _display(rate)
    return out


def _display(value):
    if isinstance(value, Operator):
        value = value.m
    if isinstance(value, np.ndarray) and value.ndim == 2:
        rows, cols = value.shape
        if max(rows, cols) > MATRIX_MAX:
            return f"{rows} x {cols} matrix"
        entries = [[mp.mpmathify(x) for x in row] for row in value]
        top = max(abs(x) for row in entries for x in row)
        decimals = 0 if top == 0 else max(0, 3 - int(mp.floor(mp.log10(top))))
        return [[_fixed(x, decimals) for x in row] for row in entries]
    try:
        z = mp.mpmathify(value)
    except (TypeError, ValueError):
        return type(value).__name__
    if isinstance(z, mp.mpc) and abs(z.imag) > 10 ** (-mp.mp.dps + TOL_DIGITS) * max(1, abs(z)):
        re, im = mp.nstr(z.real, 6), mp.nstr(z.imag, 6)
        return f"{re}{'' if im.startswith('-') else '+'}{im}i"
    return mp.nstr(mp.re(z), 6)


def _fixed(z, decimals):
    """A complex number with ``decimals`` decimals: "0.1234", "-0.5i", "0.25-0.1i", "0"."""
    def part(x):
        s = f"{float(x):.{decimals}f}"
        s = s.rstrip("0").rstrip(".") if "." in s else s
        return "0" if s in ("-0", "") else s
    re, im = part(mp.re(z)), part(mp.im(z))
    if im == "0":
        return re
    im = {"1": "", "-1": "-"}.get(im, im) + "i"
    return im if re == "0" else f"{re}{'' if im.startswith('-') else '+'}{im}"


def clear_caches():
    """Forget cached samples, sample outcomes and proofs (for timing from a cold start)."""
    from . import samplers
    run_sample.cache_clear()
    claim_terms.cache_clear()
    _live_terms.cache_clear()
    _prove_cache_clear()
    samplers.clear_cache()


def samples_of(claim, n=DEFAULT_SAMPLES, seed=0):
    """The (sampler, seed) pairs a claim is checked on (seed None for fixed samplers)."""
    for sampler in claim.samplers:
        seeds = range(seed, seed + n) if sampler.random else [None]
        for s in seeds:
            yield sampler, s


def check(claim, dps=DEFAULT_DPS, samples=DEFAULT_SAMPLES, seed=0, search=1.0, symbolic=True,
          proof=None):
    """Decide ``claim``: returns a :class:`Result`.

    ``samples`` random draws per random sampler (seeds ``seed .. seed+samples-1``)
    plus every fixed sampler; each at every precision in ``dps``; ``search`` scales
    the counterexample-search budget (0 disables it); ``symbolic=False`` skips the
    provers (used for the deliberately broken mutants); ``proof`` is a stored
    :class:`~corrcheck.symbolic.outcome.Proof` of this claim (the prover is not run again).
    """
    if claim.kind == "definition":
        return Result(claim.id, DEFINITION, claim.expected, "definition")
    if symbolic and proof is None:
        proof = prove(claim)
    elif not symbolic:
        proof = None
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
    found = counterexample_search(claim, dps, seed, search) if (
        claim.searched and search and not proves(claim, proof)) else None
    res = decide(claim, outcomes, proof, found, values, dps)
    ce = res.counterexample
    if ce is not None and "bindings" not in ce:
        drawn = {smp.sample_id(s): (smp, s) for smp, s in samples_of(claim, samples, seed)}
        sampler, s = drawn[ce["sample"]]
        with numeric.precision(max(dps)):
            ce["bindings"] = bindings(sampler.draw(s))
    if symbolic and algebra_alone(claim):
        res.label = LABEL_ALGEBRA
        res.notes.append("holds by algebra alone (operators as free noncommutative symbols, Dt "
                         "a formal derivation: symbolic.freealg): "
                         + (f"declared trivial: {claim.trivial}" if claim.trivial else
                            "not declared trivial, so the encoding may be what makes it trivial"))
    return res


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
    top = [o for o in outcomes if o.dps == max(dps)]
    margins = [o.margin for o in top if o.margin is not None]
    if margins:
        res.min_margin = _num(min(margins))
    res.tightest = _tightest(top, found)
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
    proved = proves(claim, proof)
    partial = proof is not None and proof.status == "proved" and not proved
    if proved:
        res.proof_scope = PROOF_LABELS[proof.scope]
    elif partial:
        res.proof_scope = PARTIAL
        res.notes.append(f"the {proof.scope} proof covers {len(proof.covers)} of "
                         f"{len(claim.samplers)} samplers ({', '.join(proof.covers)}): evidence "
                         "for those samples; the claim is checked numerically and searched")
    disproved = proof is not None and proof.status == "disproved"
    methods = []
    if proof is not None and proof.status in ("proved", "disproved"):
        methods.append(proof.method)
    if evaluated:
        methods.append("hand-written evaluator" if claim.hand_written else "numeric")
    res.method = " + ".join(methods) or "none"
    exercised = [o for o in top if o.exercised]
    counted = [o for o in top if o.error is None]
    res.premise = {"exercised": len(exercised), "samples": len(counted),
                   "not exercised": {o.sample: o.idle for o in counted if not o.exercised}}
    if counted and len(exercised) < len(counted):
        res.notes.append(f"premise exercised on {len(exercised)} of {len(counted)} samples")
    if errors:
        res.verdict = ERROR
        res.notes.append("evaluation raised: " + "; ".join(sorted({f"{o.sample}: {o.error}"
                                                                     for o in errors}))[:2000])
        return res
    covered = set(proof.covers) if proof is not None and proof.status == "proved" else set()
    if failing or (found and found.get("confirmed")):
        if proved or any(_sampler_of(claim, s) in covered for s in failing):
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
                                  "lhs": found["lhs"], "rhs": found["rhs"],
                                  "bindings": found.get("bindings")}
        return res
    if claim.attained:
        at = [per for per in by_sample.values() if per[max(dps)].at_equality]
        strict = [per[max(dps)] for per in at
                  if all(per.get(p) is not None and per[p].margin is not None
                         and per[p].margin > per[p].tolerance for p in dps)
                  and steady([per[p].margin for p in dps])]
        if strict:
            worst = max(strict, key=lambda o: o.margin)
            res.verdict = FAILS
            res.counterexample = {"sample": worst.sample, "residual": worst.margin,
                                  "lhs": worst.lhs, "rhs": worst.rhs,
                                  "why": "equality is claimed here but the margin does not vanish"}
            return res
        if not at:
            res.notes.append("the equality case the claim names (attained=) is met on no sample")
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
    if counted and not exercised and not (proved and proof.scope in ("dimension-free",
                                                                      "closed form")):
        reasons = sorted({o.idle for o in counted})
        res.notes.append(f"premise exercised on no sample (0 of {len(counted)}): "
                         + "; ".join(reasons))
        return res
    if evaluated or proved:
        res.verdict = HOLDS
        return res
    res.notes.append(claim.reason or ("every sample was skipped" if skipped else "no method applies"))
    return res


def _sampler_of(claim, sample_id):
    """The name of the sampler a sample id belongs to."""
    for s in claim.samplers:
        if sample_id == s.name or sample_id.startswith(f"{s.name}-seed"):
            return s.name
    return None


def _tightest(outcomes, found):
    """The smallest relative margin over the samples (at the highest precision) and the
    search's best point: where, how small, at which parameters."""
    cands = [{"relative_margin": o.relative_margin, "margin": o.margin, "where": o.sample,
              "parameters": o.parameters} for o in outcomes if o.relative_margin is not None]
    if found and found.get("tightest"):
        cands.append(found["tightest"])
    return min(cands, key=lambda c: c["relative_margin"]) if cands else None


def steady(residuals):
    """True if the residuals at increasing precisions agree to within ``STEADY`` (relative)."""
    rs = [mp.mpf(r) for r in residuals]
    return all(abs(r - rs[-1]) <= STEADY * abs(rs[-1]) for r in rs)


# ------------------------------------------------------------------ counterexample search

def counterexample_search(claim, dps=DEFAULT_DPS, seed=0, budget=1.0):
    """Adaptive (1+1)-ES over each random sampler's parameters, maximising the relative
    violation in float64 (for an inequality: minus the relative margin); the best point is
    re-evaluated at every precision in ``dps``.

    Budget per random sampler and restart (``SEARCH_RESTARTS`` restarts): ``SEARCH_STEPS``
    float64 evaluations times ``budget``, then ``SEARCH_WINDOW`` more at a time while the best
    value still improves by ``SEARCH_PROGRESS`` of its size and is short of ``SCREEN`` (of the
    boundary, for an inequality), up to ``SEARCH_MAX_STEPS`` times ``budget``; parameters stay
    in the box |theta_i| <= ``SEARCH_BOX`` (the sampler's draws are standard normal).  Returns
    a summary dict: best violation found, on which sampler, confirmed or not; the best point as
    named parameters (``point``: {binding: its parameters}, :meth:`Sampler.parameters`), from
    which ``corrcheck show ID --sample search:NAME`` rebuilds it; a confirmed point's
    ``bindings`` (:func:`bindings`); for an inequality the best point's margin at the highest
    precision as ``tightest``.
    """
    best, evaluations = None, 0
    inequality = claim.kind in ("leq", "geq")
    base = max(1, int(SEARCH_STEPS * budget))
    cap = max(base, int(SEARCH_MAX_STEPS * budget))
    for sampler in claim.samplers:
        if not sampler.random:
            continue
        for r in range(SEARCH_RESTARTS):
            rng = np.random.default_rng([zlib.crc32(claim.id.encode()), seed, r])
            theta = np.array(sampler.theta(10_000 + seed * SEARCH_RESTARTS + r))
            f = _violation(claim, sampler, theta)
            sigma, window_start, steps = 0.3, f, 0
            while steps < cap:
                trial = np.clip(theta + sigma * rng.standard_normal(theta.shape),
                                -SEARCH_BOX, SEARCH_BOX)
                ft = _violation(claim, sampler, trial)
                steps += 1
                if ft > f:
                    theta, f, sigma = trial, ft, sigma * 1.5
                else:
                    sigma *= 0.9
                if steps >= base and (steps - base) % SEARCH_WINDOW == 0:
                    done = f > (-SCREEN if inequality else SCREEN)  # violated, or at the boundary
                    if done or not _progressed(window_start, f):
                        break
                    window_start = f
            evaluations += steps + 1
            if best is None or f > best[0]:
                best = (f, sampler, theta)
    if best is None:
        return None
    f, sampler, theta = best
    out = {"evaluations": evaluations,
           "best_float64_violation": _num(f) if np.isfinite(f) else None,
           "sampler": sampler.name, "confirmed": False}
    if np.isfinite(f):
        out["point"] = sampler.parameters(theta)
    if f > SCREEN or (inequality and np.isfinite(f)):
        confirmations, shown = [], None
        for p in sorted(dps) if f > SCREEN else [max(dps)]:
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
                if p == max(dps):
                    shown = bindings(s)
                if inequality and p == max(dps):
                    out["tightest"] = {"relative_margin": _num(c.margin / c.scale),
                                       "margin": _num(c.margin), "where": f"search:{sampler.name}",
                                       "parameters": _parameters(s)}
        if (f > SCREEN and len(confirmations) == len(dps) and all(c[0] for c in confirmations)
                and steady([c[1] for c in confirmations])):
            viol, lhs, rhs = confirmations[-1][1:]
            out.update(confirmed=True, sample=f"search:{sampler.name}", residual=_num(viol),
                       lhs=_show(lhs), rhs=_show(rhs), bindings=shown)
    return out


def _progressed(before, after):
    """Whether the best value improved enough over a window to search on."""
    if not np.isfinite(after):
        return False
    if not np.isfinite(before):
        return True
    return after - before > max(SEARCH_PROGRESS * abs(before), SEARCH_NOISE)


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


# ------------------------------------------------------------------ counting

def proof_counts(results):
    """Proofs that decide their claim, counted by scope (never one total), and the proofs that
    cover some samplers only: ``{"dimension-free": n, "all samplers at one dimension": n,
    "one point": n, "closed form": n, PARTIAL: n}``."""
    out = {label: 0 for label in list(PROOF_LABELS.values()) + [PARTIAL]}
    for r in results:
        if r.proof_scope is not None:
            out[r.proof_scope] += 1
    return out


def verdict_counts(results):
    """Verdicts counted, HOLDS by algebra alone apart from HOLDS with evidence."""
    out = {}
    for r in results:
        key = f"{r.verdict} ({LABEL_ALGEBRA})" if r.verdict == HOLDS and r.label else r.verdict
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))
