"""Markdown reports: an index, a page per paper, a page per claim, an errata page per paper.

Layout of a report folder (every page stays far below the 400 KB at which GitHub stops
rendering Markdown; a test checks it)::

    index.md                      the state of every paper: verdicts, proofs by scope, the
                                  distinct errors by kind and impact, the errata, UNDECIDED
    <paper>.md                    conventions, summary, one card per claim (statement, verdict,
                                  evidence in one line, link to its page), samplers, figures
    claims/<paper>/<local id>.md  one claim whole: statement, "Checked as", assumptions (the
                                  claim's and its samplers'), evidence (proof scope, premise
                                  exercised on k of n samples, tightest margin, algebra alone),
                                  the counterexample (bindings in LaTeX and the command that
                                  reproduces it), erratum and corrections, then the proof's
                                  steps and the per-sample table collapsed (<details>)
    errata/<paper>.md             the distinct errors only, graded, with printed and corrected
                                  forms, one line of evidence and the claims that show them;
                                  convention notes after them: short enough to send to authors
    figures/<paper>-<name>.png

Reports are deterministic (no timestamps, timings or library versions; numbers rounded) and
read results only (never decide anything again).  A report set is written whole into a
temporary folder beside its target and swapped in at the end
(:func:`corrcheck.staging.staged`), so a run that dies leaves the previous set intact.  Figures
need matplotlib (``pip install 'corrcheck[figures]'``); without it everything else is written
and each page says how to get them.
"""
import importlib.util
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sympy
from sympy.printing.latex import LatexPrinter

from . import errata
from .claim import DEFINITION, ERROR, FAILS, HOLDS, UNDECIDED
from .verdict import (DEFAULT_DPS, DEFAULT_SAMPLES, LABEL_ALGEBRA, PARTIAL, PROOF_LABELS,
                      TOL_DIGITS, proof_counts)

SETTINGS = (f"seed 0, precisions {DEFAULT_DPS[0]} and {DEFAULT_DPS[1]} digits, "
            f"{DEFAULT_SAMPLES} draws per random sampler")
MARK = {HOLDS: "HOLDS", FAILS: "**FAILS**", UNDECIDED: "UNDECIDED", ERROR: "**ERROR**",
        DEFINITION: "definition"}
PAGE_LIMIT = 400_000  # bytes: GitHub does not render larger Markdown files
SCOPES = list(PROOF_LABELS.values()) + [PARTIAL]
REL = {"eq": "=", "value": "=", "leq": r"\le", "geq": r"\ge"}


# ------------------------------------------------------------------ LaTeX

class _Latex(LatexPrinter):
    """SymPy's LaTeX printer; a power of a function of the claim language is printed as
    (f)^n (their ``_latex`` hooks take no exponent)."""

    def _print_Pow(self, expr):
        try:
            return super()._print_Pow(expr)
        except TypeError:
            return r"\left(%s\right)^{%s}" % (self._print(expr.base), self._print(expr.exp))


def latex(expr):
    """LaTeX of an expression of the claim language (``sympy.latex`` with the hook above)."""
    return _Latex().doprint(expr)


def _number(text):
    """A number as shown in results ("1.5e-5", "0.2-0.15i") in LaTeX."""
    return re.sub(r"e([+-]?)0*(\d+)", lambda m: r"\times 10^{%s%s}" % (
        "-" if m.group(1) == "-" else "", m.group(2)), text)


def _matrix(rows):
    return (r"\begin{pmatrix}" + r" \\ ".join(" & ".join(_number(x) for x in row)
                                              for row in rows) + r"\end{pmatrix}")


def _symbol(name):
    return latex(sympy.Symbol(name))


def _inline(text):
    """Text for a table cell: the pipes of inline math become \\vert (a cell ends at '|')."""
    def fix(m):
        return "$" + m.group(1).replace(r"\|", r"\Vert ").replace("|", r"\vert ") + "$"
    text = re.sub(r"(?<!\\)\$(.+?)(?<!\\)\$", fix, str(text))
    return text.replace("|", r"\|").replace("\n", " ")


def _display(tex):
    """Display math on lines of its own (no blank line inside, which would end it)."""
    return ["$$", re.sub(r"\n\s*\n", "\n", tex.strip()), "$$", ""]


# ------------------------------------------------------------------ counting

def counts(claims, results):
    """Counts of verdict categories: HOLDS split into evidence and ``algebra`` alone, FAILS into
    printed ``misprint``, ``control`` and other, and ``unexpected`` verdicts."""
    c = Counter()
    for claim, res in zip(claims, results):
        c[res.verdict] += 1
        if res.verdict == HOLDS and res.label == LABEL_ALGEBRA:
            c["algebra"] += 1
        if res.verdict == FAILS and claim.role == "printed":
            c["misprint"] += 1
        if res.verdict == FAILS and claim.role == "control":
            c["control"] += 1
        if not res.as_expected:
            c["unexpected"] += 1
    return c


def _res(x):
    return "-" if x is None else f"{x:.1e}" if x else "0"


def _cell(x):
    return _inline(x)


def _line(x):
    """Text for a list item (one line)."""
    return " ".join(str(x).split())


def _plural(n, word, many=None):
    return f"{n} {word if n == 1 else many or word + 's'}"


# ------------------------------------------------------------------ one paper's context

@dataclass
class _Ctx:
    """What the pages of one paper share: results by id, the placeholders of definitions,
    corrections, errata and notes by claim."""
    paper: object
    results: dict
    names: dict = field(default_factory=dict)
    defined: dict = field(default_factory=dict)
    corrections: dict = field(default_factory=dict)
    erratum_of: dict = field(default_factory=dict)
    notes_of: dict = field(default_factory=dict)
    claims: dict = field(default_factory=dict)

    @classmethod
    def of(cls, paper, results):
        ctx = cls(paper, {r.id: r for r in results})
        for c in paper.claims:
            ctx.claims[c.id] = c
            if c.kind == "definition" and isinstance(c.lhs, sympy.Basic) and not c.lhs.is_Atom:
                sym = sympy.Symbol(c.id.split(".")[-1], commutative=c.lhs.is_commutative)
                ctx.names[c.lhs] = sym
                ctx.defined[sym] = c
            if c.corrects:
                ctx.corrections.setdefault(c.corrects, []).append(c)
        for e in paper.errata:
            for cid in e.claims:
                ctx.erratum_of[cid] = e
        for n in paper.notes:
            for cid in n.claims:
                ctx.notes_of.setdefault(cid, []).append(n)
        return ctx


def _anchor(claim_id):
    return claim_id.replace(".", "-").lower()


def _local(claim):
    return claim.id[len(claim.paper) + 1:]


def claim_path(claim):
    """Where a claim's page lives in a report folder."""
    return f"claims/{claim.paper}/{_local(claim)}.md"


def _sampler_anchor(paper_key, name):
    return "sampler-" + re.sub(r"[^a-z0-9_-]", "-", f"{paper_key}-{name}".lower())


def _figure_anchor(paper_key, name):
    return "figure-" + re.sub(r"[^a-z0-9_-]", "-", f"{paper_key}-{name}".lower())


def _where(paper, up):
    if paper.source:
        return f"`{Path(paper.source).name}`"
    return f"[`derivations/{paper.key}.py`]({up}../derivations/{paper.key}.py)"


# ------------------------------------------------------------------ the evidence in words

def _verdict(claim, r):
    text = MARK[r.verdict] + (f" ({LABEL_ALGEBRA})" if r.label else "")
    return text + ("" if r.as_expected else f" ✗ (expected {claim.expected})")


def _proof_line(claim, r):
    """How far the symbolic attempt went, in one phrase (None if none applied)."""
    p = r.proof
    if not p or p.get("status") in (None, "not_applicable"):
        return None
    if r.proof_scope and r.proof_scope != PARTIAL:
        return f"proved ({r.proof_scope})"
    if r.proof_scope == PARTIAL:
        return (f"{p.get('scope')} proof covering {len(p.get('covers') or ())} of "
                f"{len(claim.samplers)} samplers (evidence for those only)")
    return None


def _premise_line(r):
    p = r.premise
    if not p or not p.get("samples"):
        return None
    return f"premise exercised on {p['exercised']} of {p['samples']} samples"


def _tightest_line(r, with_parameters=False):
    t = r.tightest
    if not t:
        return None
    text = f"tightest relative margin {_res(t['relative_margin'])} at `{t['where']}`"
    params = t.get("parameters") or {}
    params = {k: v for k, v in params.items() if isinstance(v, (int, float, str))}
    if with_parameters and params:
        text += " (" + ", ".join(f"${_symbol(k)} = {_number(_num(v))}$"
                                 for k, v in params.items()) + ")"
    return text


def _num(v):
    return v if isinstance(v, str) else f"{v:.3g}"


def _summary_line(claim, r, ctx, up):
    """The one line of evidence under a claim's card."""
    bits = [_verdict(claim, r)]
    for part in (_proof_line(claim, r), _premise_line(r), _tightest_line(r)):
        if part:
            bits.append(part)
    if r.counterexample:
        bits.append(f"counterexample on `{r.counterexample['sample']}`")
    if r.verdict in (UNDECIDED, ERROR):
        bits.append(_reason(claim, r))
    e = ctx.erratum_of.get(claim.id)
    if e:
        bits.append(f"erratum [{errata.KINDS[e.kind]}, {errata.IMPACTS[e.impact]}]"
                    f"({up}errata/{ctx.paper.key}.md#{_anchor(e.id)})")
    for n in ctx.notes_of.get(claim.id, []):
        bits.append(f"[convention note]({up}errata/{ctx.paper.key}.md#{_anchor(n.id)})")
    for f in ctx.corrections.get(claim.id, []):
        fr = ctx.results.get(f.id)
        bits.append(f"corrected form [{f.title}]({up}{claim_path(f)})"
                    + (f" ({fr.verdict})" if fr else ""))
    if claim.corrects and claim.corrects in ctx.claims:
        fixed = ctx.claims[claim.corrects]
        bits.append(f"corrects [{fixed.title}]({up}{claim_path(fixed)})")
    return " · ".join(bits)


def _reason(claim, r):
    return " ".join(r.notes) or claim.reason or "no method decided it"


# ------------------------------------------------------------------ paper page

def paper_page(paper, results, settings):
    """The page of one paper: summary, one card per claim, samplers, figures."""
    ctx = _Ctx.of(paper, results)
    claims = paper.claims
    c = counts(claims, results)
    pc = proof_counts(results)
    lines = [f"# {paper.title}", ""] + ([paper.reference + ".", ""] if paper.reference else [])
    lines += [f"Generated by `corrcheck report` ({settings}). Every claim is declared once in "
              f"{_where(paper, '')}; each has a page of its own (linked from its title) with the "
              "expression checked, its assumptions, the proof's steps, the samples and any "
              "counterexample.", "",
              "## Conventions", "", paper.conventions or "-", "",
              "## Summary", "",
              "| claims | HOLDS with evidence | HOLDS by algebra alone | FAILS as printed | "
              "FAILS (constructed checks) | FAILS (other) | UNDECIDED | ERROR | definitions |",
              "|---|---|---|---|---|---|---|---|---|",
              f"| {len(claims) - c[DEFINITION]} | {c[HOLDS] - c['algebra']} | {c['algebra']} | "
              f"{c['misprint']} | {c['control']} | {c[FAILS] - c['misprint'] - c['control']} | "
              f"{c[UNDECIDED]} | {c[ERROR]} | {c[DEFINITION]} |", "",
              "Proofs that decide their claim, by scope: "
              + ", ".join(f"{pc[s]} {s}" for s in SCOPES[:-1])
              + f"; {pc[PARTIAL]} more cover some samplers only (evidence for those samples).", ""]
    lines += _errata_summary(paper, ctx, "") + [""]
    if c["unexpected"]:
        lines += [f"**{c['unexpected']} claim(s) did not get their expected verdict** "
                  "(marked ✗).", ""]
    if paper.figures:
        lines += ["Figures: " + "; ".join(
            f"[{k}. {_cell(cap)}](#{_figure_anchor(paper.key, name)})"
            for k, (name, cap, _) in enumerate(paper.figures, 1)) + ".", ""]
    lines += ["## Claims", "", "| Eq. | Claim | Verdict | Evidence |", "|---|---|---|---|"]
    for claim in claims:
        r = ctx.results[claim.id]
        link = f"#{_anchor(claim.id)}" if claim.kind == "definition" else claim_path(claim)
        how = _proof_line(claim, r) or (r.method if r.method not in ("", "definition") else None)
        evidence = "; ".join(x for x in (how, _premise_line(r)) if x)
        lines.append(f"| ({_cell(claim.eq)}) | [{_cell(claim.title)}]({link}) | "
                     f"{_cell(_verdict(claim, r))} | {_cell(evidence) or '-'} |")
    lines += ["", "## Statements", ""]
    for claim in claims:
        lines += _card(claim, ctx.results[claim.id], ctx)
    lines += _samplers_section(paper)
    if paper.figures:
        lines += ["## Figures", ""]
        for k, (name, caption, _) in enumerate(paper.figures, 1):
            lines += [f'<a id="{_figure_anchor(paper.key, name)}"></a>', ""]
            if figures_available():
                lines += [f"![Figure {k}: {caption}](figures/{paper.key}-{name}.png)", "",
                          f"**Figure {k}.** {caption}", ""]
            else:
                lines += [f"**Figure {k}.** {caption} (not drawn: {NO_FIGURES})", ""]
    return "\n".join(lines) + "\n"


def _card(claim, r, ctx):
    out = [f'<a id="{_anchor(claim.id)}"></a>', "", f"### ({claim.eq}) {claim.title}", ""]
    out += _display(claim.statement)
    if claim.kind == "definition":
        if isinstance(claim.lhs, sympy.Basic):
            out += ["Defined as", ""] + _display(latex(claim.lhs))
        return out + ([claim.notes, ""] if claim.notes else [])
    return out + [_summary_line(claim, r, ctx, "") + f" · [details]({claim_path(claim)})", ""]


def _samplers_section(paper):
    seen = {}
    for c in paper.claims:
        for s in c.samplers:
            seen.setdefault(s.name, s)
    if not seen:
        return []
    out = ["## Samplers", "", "The states, Hamiltonians and parameters the claims are checked on "
           "(random samplers are drawn from seeds, the same at every precision; fixed ones hold "
           "values the paper prints or values chosen here, said so).", ""]
    for name, s in seen.items():
        desc = s.describe()
        out += [f'<a id="{_sampler_anchor(paper.key, name)}"></a>', "",
                f"**`{name}`** ({'random' if s.random else 'fixed'}): {_cell(desc[0])}", ""]
        out += [f"- {_cell(d)}" for d in desc[1:]]
        out += [f"- assumes: {_cell(a)}" for a in getattr(s, "assumptions", ())]
        out.append("")
    return out


# ------------------------------------------------------------------ claim page

def claim_page(paper, claim, result, ctx=None, up="../../"):
    """The page of one claim (``up``: the way from it to the report folder)."""
    ctx = ctx or _Ctx.of(paper, [result])
    r = result
    out = [f"# ({claim.eq}) {claim.title}", "",
           f"[{paper.key}]({up}{paper.key}.md#{_anchor(claim.id)}) · `{claim.id}` · kind "
           f"`{claim.kind}` · role `{claim.role}` · declared in {_where(paper, up)}", "",
           f"Verdict: {_verdict(claim, r)}" + (f", by {r.method}" if r.method else "") + ".", ""]
    out += _display(claim.statement)
    out += _checked_as(claim, ctx, up)
    drawn = {o["sample"] for o in r.outcomes}
    out += _assumptions(claim, paper, up, lambda s: sum(1 for d in drawn
                                                        if d.startswith(f"{s.name}-seed")))
    out += _evidence(claim, r)
    out += _counterexample(claim, r)
    out += _links(claim, ctx, up)
    if claim.reason:
        out += [f"**Why expected {claim.expected}:** {claim.reason}", ""]
    if claim.notes:
        out += [claim.notes, ""]
    if r.notes:
        out += ["**Notes:**", ""] + [f"- {n}" for n in r.notes] + [""]
    out += _proof_details(r)
    out += _samples_details(r)
    if r.values:
        out += ["<details><summary>Values recorded on the samples</summary>", ""]
        out += [f"- {k}: `{v}`" for k, v in r.values.items()] + ["", "</details>", ""]
    return "\n".join(out) + "\n"


_TEXT_TEX = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}",
             **{c: "\\" + c for c in "_{}#$%&"}}


def _text_tex(text):
    """``text`` for LaTeX's text mode (\\text{...}), its special characters escaped."""
    return "".join(_TEXT_TEX.get(c, c) for c in text)


def _checked_as(claim, ctx, up):
    if claim.lhs is None:
        return []
    out = ["## Checked as", ""]
    hand = [s for s in (claim.lhs, claim.rhs) if callable(s) and not isinstance(s, sympy.Basic)]
    used = set()

    def tex(side):
        if isinstance(side, sympy.Basic):
            shown = side.xreplace(ctx.names) if ctx.names else side
            used.update(shown.free_symbols & set(ctx.defined))
            return latex(shown)
        return r"\text{%s}" % _text_tex(side.__name__)
    out += _display(f"{tex(claim.lhs)} {REL[claim.kind]} {tex(claim.rhs)}")
    for fn in hand:
        doc = (fn.__doc__ or fn.__name__).strip().splitlines()[0]
        out += [f"`{fn.__name__}` is a hand-written evaluator: {doc}", ""]
    if used:
        out += ["with " + ", ".join(
            f"[${latex(s)}$]({up}{ctx.paper.key}.md#{_anchor(ctx.defined[s].id)})"
            for s in sorted(used, key=str)) + " as defined on the paper page.", ""]
    if claim.dynamics:
        eqs = [(rf"\partial_t {latex(k)}", latex(_shallow(v, ctx.names)))
               for k, v in claim.dynamics.items()]
        out += ["Dynamics:", ""] + _display(
            f"{eqs[0][0]} = {eqs[0][1]}" if len(eqs) == 1 else r"\begin{aligned}"
            + r" \\ ".join(f"{a} &= {b}" for a, b in eqs) + r"\end{aligned}")
    if claim.digits is not None:
        out += [f"Printed to {claim.digits} decimals: compared within half a unit of the last "
                "printed digit.", ""]
    if claim.tol_digits:
        out += [f"Tolerance $10^{{-\\mathrm{{dps}}+{claim.tol_digits}}}$ instead of "
                f"$10^{{-\\mathrm{{dps}}+{TOL_DIGITS}}}$.", ""]
    return out


def _shallow(value, names):
    """An expression with definitions replaced below its top (a dynamics that is itself a
    definition stays written out)."""
    value = sympy.sympify(value)
    if not names or not value.args:
        return value
    return value.func(*[a.xreplace(names) for a in value.args])


def _assumptions(claim, paper, up, draws):
    out = []
    out += [f"- {a}" for a in claim.assumptions]
    out += [f"- precondition (samples where it is false are skipped): {p.text}"
            for p in claim.preconditions]
    if claim.premise is not None:
        out.append(f"- premise (a sample that does not realise it is no evidence): "
                   f"{claim.premise.text}")
    if claim.trivial:
        out.append(f"- the paper's statement holds by algebra alone: {claim.trivial}")
    stated = {}
    for s in claim.samplers:
        for a in getattr(s, "assumptions", ()):
            stated.setdefault(a, []).append(s.name)
    for a, names in stated.items():
        out.append(f"- sampler{'s' if len(names) > 1 else ''} "
                   + ", ".join(f"`{n}`" for n in names)
                   + f" assume{'' if len(names) > 1 else 's'}: {a}")
    samplers = ["## Samples", ""] + [
        f"- [`{s.name}`]({up}{paper.key}.md#{_sampler_anchor(paper.key, s.name)})"
        f" ({'random, ' + _plural(draws(s), 'draw') if s.random else 'fixed'}): "
        + "; ".join(s.describe()) for s in claim.samplers] + [""]
    return (["## Assumptions", ""] + out + [""] if out else []) + (
        samplers if claim.samplers else [])


def _evidence(claim, r):
    out = []
    p = r.proof
    if p and p.get("status") not in (None, "not_applicable"):
        status = p["status"].replace("_", " ")
        reach = ("decides the claim" if r.proof_scope and r.proof_scope != PARTIAL else
                 f"covers {', '.join(p.get('covers') or ())} only: evidence for those samples"
                 if r.proof_scope == PARTIAL else "")
        out.append(f"- symbolic: {status}" + (f" ({p['scope']})" if p.get("scope") else "")
                   + f" by {p['method']}" + (f": {reach}" if reach else "")
                   + (" (steps below)" if p.get("steps") else ""))
    elif p and p.get("detail"):
        out.append(f"- symbolic: not applicable ({p['detail']})")
    if r.label:
        out.append(f"- **{LABEL_ALGEBRA}**: the claim holds with operators as free "
                   "noncommutative symbols and $\\partial_t$ a formal derivation, so it is no "
                   "evidence about the physics" + (f" (declared: {claim.trivial})"
                                                   if claim.trivial else ""))
    prem = _premise_line(r)
    if prem:
        idle = (r.premise or {}).get("not exercised") or {}
        out.append(f"- {prem}" + ("" if not idle else " (not exercised: " + "; ".join(
            f"`{k}`: {v}" for k, v in idle.items()) + ")"))
    if r.max_residual:
        out.append("- largest residual: " + ", ".join(
            f"{_res(v)} at {k} digits" for k, v in r.max_residual.items()))
    tight = _tightest_line(r, with_parameters=True)
    if tight:
        out.append(f"- {tight}")
    s = r.search
    if s:
        out.append(f"- counterexample search: {s['evaluations']} float64 evaluations over "
                   f"`{s['sampler']}`, largest relative violation "
                   f"{_res(s.get('best_float64_violation'))}"
                   + (", **confirmed at high precision**" if s.get("confirmed") else
                      " (none confirmed at high precision)"))
    return ["## Evidence", ""] + out + [""] if out else []


def _counterexample(claim, r):
    ce = r.counterexample
    if not ce:
        return []
    out = ["## Counterexample", "",
           f"On sample `{ce['sample']}`: lhs = `{ce['lhs']}`, rhs = `{ce['rhs']}`, "
           f"{'margin' if ce.get('why') else 'residual'} {_res(ce['residual'])}"
           + (f" ({ce['why']})" if ce.get("why") else "") + ".", ""]
    bindings = ce.get("bindings") or {}
    scalars = [(k, v) for k, v in bindings.items() if isinstance(v, str) and "matrix" not in v]
    matrices = [(k, v) for k, v in bindings.items() if isinstance(v, list)]
    big = [(k, v) for k, v in bindings.items() if isinstance(v, str) and "matrix" in v]
    if scalars:
        out += ["Parameters: " + ", ".join(f"${_symbol(k)} = {_number(v)}$"
                                           for k, v in scalars) + ".", ""]
    if matrices:
        out += _display(r",\quad ".join(f"{_symbol(k)} = {_matrix(v)}" for k, v in matrices[:2])
                        + "".join(rf" \\ {_symbol(k)} = {_matrix(v)}" for k, v in matrices[2:])
                        if len(matrices) <= 2 else r"\begin{gathered}" + r" \\ ".join(
                            f"{_symbol(k)} = {_matrix(v)}" for k, v in matrices)
                        + r"\end{gathered}")
    if big:
        out += ["Too large to list here: " + ", ".join(f"${_symbol(k)}$ ({v})" for k, v in big)
                + ".", ""]
    out += ["Reproduce (prints the sample's bindings and both sides):", "",
            f"    corrcheck show {claim.id} --sample {ce['sample']}", ""]
    return out


def _links(claim, ctx, up):
    out = []
    e = ctx.erratum_of.get(claim.id)
    if e:
        out.append(f"- shows the erratum [{e.where}: {errata.KINDS[e.kind]}, "
                   f"{errata.IMPACTS[e.impact]}]({up}errata/{ctx.paper.key}.md#{_anchor(e.id)}): "
                   f"{e.evidence}")
    for n in ctx.notes_of.get(claim.id, []):
        out.append(f"- convention note [{n.where}]({up}errata/{ctx.paper.key}.md#"
                   f"{_anchor(n.id)}): {n.text}")
    for f in ctx.corrections.get(claim.id, []):
        fr = ctx.results.get(f.id)
        out.append(f"- corrected form: [{f.title}]({up}{claim_path(f)})"
                   + (f" ({fr.verdict})" if fr else ""))
    if claim.corrects:
        fixed = ctx.claims.get(claim.corrects)
        out.append(f"- corrects [{fixed.title if fixed else claim.corrects}]"
                   f"({up}claims/{claim.paper}/{claim.corrects[len(claim.paper) + 1:]}.md)")
    return ["## Errata and corrections", ""] + out + [""] if out else []


def _proof_details(r):
    p = r.proof
    if not p or p.get("status") in (None, "not_applicable") or not (p.get("steps")
                                                                     or p.get("detail")):
        return []
    from .symbolic.outcome import Proof, render
    proof = Proof.from_dict(p)
    head = (("Proof" if p["status"] == "proved" else "Symbolic attempt") + ": "
            + p["status"].replace("_", " ") + (f" ({p['scope']})" if p.get("scope") else "")
            + (f", {_plural(len(proof.steps), 'step')}" if proof.steps else ""))
    return ["<details><summary>" + head + "</summary>", "", "```text", render(proof), "```", "",
            "</details>", ""]


def _samples_details(r):
    table = _sample_table(r.outcomes)
    if not table:
        return []
    n = len({o["sample"] for o in r.outcomes})
    return ([f"<details><summary>Samples: {_plural(n, 'sample')}, both sides and the residual at "
             "each precision</summary>", ""] + table + ["</details>", ""])


def _sample_table(outcomes):
    """One row per sample: the sides at the highest precision and the residual at each."""
    rows, dps = {}, sorted({o["dps"] for o in outcomes})
    for o in outcomes:
        rows.setdefault(o["sample"], {})[o["dps"]] = o
    if not rows:
        return []
    out = ["| sample | lhs | rhs | " + " | ".join(f"residual @{p}" for p in dps)
           + f" | tolerance @{dps[-1]} | exercised | ok |",
           "|---|---|---|" + "---|" * len(dps) + "---|---|---|"]
    for sample, per in rows.items():
        top = per[dps[-1]]
        bad = [o for o in per.values() if o.get("error") or o.get("skipped")]
        if bad:
            what = (f"error: {bad[0]['error'][:200]}" if bad[0].get("error")
                    else f"skipped: {bad[0]['skipped']}")
            out.append(f"| {sample} | {_cell(what)} | |" + " |" * len(dps) + " | | "
                       + ("✗ |" if bad[0].get("error") else " |"))
            continue
        ok = all(o["ok"] for o in per.values())
        idle = top.get("idle")
        out.append(f"| {sample} | {_cell(top['lhs'])} | {_cell(top['rhs'])} | "
                   + " | ".join(_res(per[p]["residual"]) if p in per else "-" for p in dps)
                   + f" | {_res(top['tolerance'])} | {'no: ' + _cell(idle) if idle else 'yes'} | "
                   f"{'✓' if ok else '✗'} |")
    return out + [""]


# ------------------------------------------------------------------ errata page

def _errata_summary(paper, ctx, up):
    """One sentence: how many distinct errors and notes, and where they are listed."""
    e = paper.errata
    result = sum(1 for x in e if x.impact == "result")
    text = (f"Errata: {_plural(len(e), 'distinct error')} ({result} changing a result or a "
            f"conclusion, {len(e) - result} cosmetic) and "
            f"{_plural(len(paper.notes), 'convention note')}, on the [errata page]"
            f"({up}errata/{paper.key}.md).")
    loose = _ungraded(paper, ctx)
    if loose:
        text += (f" {_plural(len(loose), 'printed claim')} that "
                 f"{'fails belongs' if len(loose) == 1 else 'fail belong'} to no erratum yet.")
    return [text]


def _ungraded(paper, ctx):
    """Printed claims that fail but belong to no erratum and no note."""
    return [c for c in paper.claims if c.role == "printed" and c.id not in ctx.erratum_of
            and c.id not in ctx.notes_of and ctx.results[c.id].verdict == FAILS]


def errata_page(paper, results, settings):
    """The distinct errors of one paper, graded, with their forms and evidence; then the
    convention notes (see README "Reading policy")."""
    ctx = _Ctx.of(paper, results)
    up = "../"
    lines = [f"# Errata: {paper.title}", ""] + ([paper.reference + ".", ""] if paper.reference
                                                 else [])
    graded = Counter((e.kind, e.impact) for e in paper.errata)
    lines += [f"Checked with corrcheck (`corrcheck report`, {settings}). Each entry is one "
              "distinct error, graded by kind and impact under the reading policy of the "
              "README; the claims that show it are checked on the [paper's report]"
              f"({up}{paper.key}.md). A reading the paper leaves open is a convention note, "
              "not an error.", ""]
    if paper.errata:
        lines += ["| kind | changes a result or a conclusion | cosmetic |", "|---|---|---|"]
        for kind, text in errata.KINDS.items():
            if graded[(kind, "result")] or graded[(kind, "cosmetic")]:
                lines.append(f"| {text} | {graded[(kind, 'result')] or ''} | "
                             f"{graded[(kind, 'cosmetic')] or ''} |")
        lines.append("")
    else:
        lines += ["No errors are declared for this paper.", ""]
    for k, e in enumerate(paper.errata, 1):
        lines += [f'<a id="{_anchor(e.id)}"></a>', "",
                  f"## {k}. {e.where}: {errata.KINDS[e.kind]} ({errata.IMPACTS[e.impact]})", "",
                  "Printed:", ""] + _display(e.printed) + ["Corrected:", ""] + _display(e.corrected)
        lines += [f"Evidence: {e.evidence.rstrip('. ')}." + _ce_line(e, ctx), ""]
        shown = []
        for cid in e.claims:
            c, r = ctx.claims[cid], ctx.results.get(cid)
            fixes = "".join(f"; corrected: [{f.title}]({up}{claim_path(f)})"
                            + (f" ({ctx.results[f.id].verdict})" if f.id in ctx.results else "")
                            for f in ctx.corrections.get(cid, []))
            shown.append(f"- ({c.eq}) [{c.title}]({up}{claim_path(c)})"
                         + (f" ({r.verdict})" if r else "") + fixes)
        lines += ["Shown by:", ""] + shown + [""]
    if paper.notes:
        lines += ["## Convention notes", ""]
        for n in paper.notes:
            links = ", ".join(f"[{ctx.claims[c].title}]({up}{claim_path(ctx.claims[c])})"
                              for c in n.claims)
            lines += [f'<a id="{_anchor(n.id)}"></a>', "",
                      f"- {n.where}: {n.text}" + (f" Decided by: {links}." if links else ""), ""]
    loose = _ungraded(paper, ctx)
    if loose:
        lines += ["## Printed claims that fail, not yet graded", ""]
        lines += [f"- ({c.eq}) [{c.title}]({up}{claim_path(c)})" for c in loose] + [""]
    return "\n".join(lines) + "\n"


def _short(value):
    """A side's value as a result shows it (20 digits), to 6 significant digits."""
    try:
        return f"{float(value):.6g}"
    except (TypeError, ValueError):
        return value


def _ce_line(e, ctx):
    """The failing claim's counterexample in one line (the first claim that has one)."""
    for cid in e.claims:
        r = ctx.results.get(cid)
        ce = r and r.counterexample
        if ce:
            return (f" Counterexample ({ctx.claims[cid].eq}): on `{ce['sample']}` "
                    f"lhs = {_short(ce['lhs'])}, rhs = {_short(ce['rhs'])}, "
                    f"{'margin' if ce.get('why') else 'residual'} {_res(ce['residual'])}"
                    + (f" ({ce['why']})" if ce.get("why") else "") + ".")
    return ""


# ------------------------------------------------------------------ index

def current_state(papers, results_by_paper):
    """One paragraph of the state of the registry (README "Current state" repeats it; a test
    checks it is the same)."""
    claims = [c for p in papers for c in p.claims]
    results = [r for p in papers for r in results_by_paper[p.key]]
    c = counts(claims, results)
    pc = proof_counts(results)
    errs = [e for p in papers for e in p.errata]
    result = sum(1 for e in errs if e.impact == "result")
    notes = sum(len(p.notes) for p in papers)
    ungraded = sum(len(_ungraded(p, _Ctx.of(p, results_by_paper[p.key]))) for p in papers)
    text = (f"Current state: {len(claims)} declarations in {_plural(len(papers), 'paper')} "
            f"({len(claims) - c[DEFINITION]} checkable claims, {c[DEFINITION]} definitions). "
            f"{c[HOLDS]} claims hold: {c[HOLDS] - c['algebra']} with evidence and {c['algebra']} "
            "by algebra alone (labelled, not counted as evidence). Proofs that decide their "
            "claim: " + ", ".join(f"{pc[s]} {s}" for s in SCOPES[:-1])
            + f" ({pc[PARTIAL]} more cover some samplers only). {c['misprint']} printed claims "
            f"fail; they show {_plural(len(errs), 'distinct error')} ({result} changing a result "
            f"or a conclusion, {len(errs) - result} cosmetic)"
            + (f", and {ungraded} of them are not yet graded" if ungraded else "")
            + f"; {notes} " + ("reading is a convention note, not an error" if notes == 1 else
                               "readings are convention notes, not errors")
            + f". {c['control']} constructed checks fail as expected, showing which "
            f"assumptions a result needs; {c[UNDECIDED]} claims are UNDECIDED, each with its "
            f"reason; {c[ERROR]} raised an error.")
    if c["unexpected"]:
        text += f" {c['unexpected']} claims did not get their expected verdict."
    return text


def index_page(papers, results_by_paper, settings):
    lines = ["# corrcheck reports", "", f"Generated by `corrcheck report` ({settings}).", "",
             current_state(papers, results_by_paper), "",
             "Verdicts: HOLDS (numeric at both precisions, and a proof where one applies; a claim "
             "that holds by algebra alone is labelled and counted apart), FAILS (a sample or a "
             "confirmed search point violates the claim at both precisions), UNDECIDED (no "
             "method decided it; never counted as a pass), ERROR (evaluation raised).", "",
             "## Papers", "",
             "| paper | claims | HOLDS with evidence | HOLDS by algebra alone | FAILS as printed "
             "| FAILS (constructed checks) | FAILS (other) | UNDECIDED | ERROR | definitions | "
             "unexpected |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for paper in papers:
        c = counts(paper.claims, results_by_paper[paper.key])
        lines.append(f"| [{paper.key}]({paper.key}.md): {_cell(paper.title)} | "
                     f"{len(paper.claims) - c[DEFINITION]} | {c[HOLDS] - c['algebra']} | "
                     f"{c['algebra']} | {c['misprint']} | {c['control']} | "
                     f"{c[FAILS] - c['misprint'] - c['control']} | {c[UNDECIDED]} | {c[ERROR]} | "
                     f"{c[DEFINITION]} | {c['unexpected']} |")
    lines += ["", "## Proofs by scope", "",
              "A proof decides a claim only where it reaches: dimension-free, every sampler at "
              "one dimension, one point, or a closed form under the symbols' assumptions; a "
              "proof that covers some samplers only is evidence for those samples.", "",
              "| paper | " + " | ".join(SCOPES) + " |", "|---|" + "---|" * len(SCOPES)]
    for paper in papers:
        pc = proof_counts(results_by_paper[paper.key])
        lines.append(f"| [{paper.key}]({paper.key}.md) | " + " | ".join(str(pc[s]) for s in SCOPES)
                     + " |")
    lines += ["", '<a id="errata"></a>', "", "## Errata", "",
              "Distinct errors, each counted once however many claims show it, by kind and "
              "impact (r: changes a physical result or a conclusion; c: cosmetic).", ""]
    lines += _errata_table(papers) + [""]
    for paper in papers:
        ctx = _Ctx.of(paper, results_by_paper[paper.key])
        loose = _ungraded(paper, ctx)
        if not (paper.errata or paper.notes or loose):
            continue
        lines += [f"### [{paper.key}](errata/{paper.key}.md)", ""]
        for e in paper.errata:
            lines.append(f"- {_line(e.where)}: {errata.KINDS[e.kind]}, "
                         f"{errata.IMPACTS[e.impact]}: [{_line(e.evidence)}]"
                         f"(errata/{paper.key}.md#{_anchor(e.id)})")
        for n in paper.notes:
            lines.append(f"- {_line(n.where)}: convention note: [{_line(n.text)}]"
                         f"(errata/{paper.key}.md#{_anchor(n.id)})")
        for c in loose:
            lines.append(f"- ({_line(c.eq)}) not yet graded: [{_line(c.title)}]"
                         f"({claim_path(c)})")
        lines.append("")
    algebra = [(p, c) for p in papers for c, r in zip(p.claims, results_by_paper[p.key])
               if r.verdict == HOLDS and r.label]
    lines += ["## HOLDS by algebra alone", "",
              "These hold with operators as free noncommutative symbols and the time derivative "
              "a formal derivation: they say nothing about the physics and are not counted as "
              "evidence.", ""]
    lines += [f"- [{p.key}]({p.key}.md) ({_line(c.eq)}) [{_line(c.title)}]({claim_path(c)})"
              + (" (the paper's statement is that trivial)" if c.trivial else "")
              for p, c in algebra] or ["None."]
    undecided = [(p, c, r) for p in papers for c, r in zip(p.claims, results_by_paper[p.key])
                 if r.verdict == UNDECIDED]
    lines += ["", '<a id="undecided"></a>', "", "## UNDECIDED", ""]
    lines += [f"- [{p.key}]({p.key}.md) ({_line(c.eq)}) [{_line(c.title)}]({claim_path(c)}): "
              f"{_line(_reason(c, r))}" for p, c, r in undecided] or ["None."]
    return "\n".join(lines) + "\n"


def _errata_table(papers):
    kinds = [k for k in errata.KINDS if any(e.kind == k for p in papers for e in p.errata)]
    head = ["| paper | distinct errors | changes a result | cosmetic | convention notes |"
            + "".join(f" {errata.KINDS[k]} |" for k in kinds),
            "|---|---|---|---|---|" + "---|" * len(kinds)]
    rows = []
    for paper in list(papers) + [None]:
        es = [e for p in ([paper] if paper else papers) for e in p.errata]
        notes = sum(len(p.notes) for p in ([paper] if paper else papers))
        name = f"[{paper.key}](errata/{paper.key}.md)" if paper else "**all**"
        g = Counter((e.kind, e.impact) for e in es)

        def cell(kind):
            parts = [f"{g[(kind, i)]} {i[0]}" for i in errata.IMPACTS if g[(kind, i)]]
            return ", ".join(parts) or "-"
        rows.append(f"| {name} | {len(es)} | {sum(1 for e in es if e.impact == 'result')} | "
                    f"{sum(1 for e in es if e.impact == 'cosmetic')} | {notes} |"
                    + "".join(f" {cell(k)} |" for k in kinds))
    return head + rows


# ------------------------------------------------------------------ the report set

def pages(papers, results_by_paper, settings):
    """Every page of a report set: {path relative to the report folder: Markdown}."""
    out = {"index.md": index_page(papers, results_by_paper, settings)}
    for paper in papers:
        results = results_by_paper[paper.key]
        ctx = _Ctx.of(paper, results)
        out[f"{paper.key}.md"] = paper_page(paper, results, settings)
        out[f"errata/{paper.key}.md"] = errata_page(paper, results, settings)
        for claim in paper.claims:
            if claim.kind != "definition":
                out[claim_path(claim)] = claim_page(paper, claim, ctx.results[claim.id], ctx)
    return out


def write(papers, results_by_paper, out_dir, settings):
    """Write every page of :func:`pages` and (when matplotlib is installed) the figures into
    ``out_dir``, a fresh folder (see :func:`corrcheck.staging.staged`)."""
    out_dir = Path(out_dir)
    for paper in papers:
        if figures_available():
            for name, _, draw in paper.figures:
                target = out_dir / "figures" / f"{paper.key}-{name}.png"
                target.parent.mkdir(exist_ok=True)
                draw(str(target))
                os.chmod(target, 0o644)
    for rel, text in pages(papers, results_by_paper, settings).items():
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, text)


NO_FIGURES = "matplotlib is not installed; pip install 'corrcheck[figures]'"


def figures_available():
    """Whether figures can be drawn (matplotlib is an extra: ``corrcheck[figures]``)."""
    return importlib.util.find_spec("matplotlib") is not None


def _write(path, text):
    path.write_text(text)
    os.chmod(path, 0o644)


# ------------------------------------------------------------------ one claim (Jupyter)

def claim_markdown(claim, result):
    """One claim's page (verdict, expression checked, assumptions, evidence, counterexample,
    proof and samples) in Markdown: what :func:`corrcheck.check` shows in Jupyter."""
    try:
        from .registry import paper as registered
        p = registered(claim.paper)
        ctx = _Ctx.of(p, [])
        ctx.results[result.id] = result
    except KeyError:  # a claim of a paper that is not registered
        from .claim import Paper
        p = Paper(claim.paper, claim.paper, claims=[claim])
        ctx = _Ctx.of(p, [result])
    return claim_page(p, claim, result, ctx)
