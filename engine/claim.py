"""Claims: one declaration per checkable statement of a paper.

A paper module builds a :class:`Paper` and declares its claims in equation order::

    P = Paper("alipour2016", title=..., reference=..., conventions=...)
    chi = P.define("eq8.chi", eq="8", title="correlation matrix",
                   statement=r"\\chi = \\rho_{SB} - \\rho_S\\otimes\\rho_B", expr=rho - rho_S*rho_B)
    P.claim("eq26.heat_balance", eq="26", title="heat balance",
            statement=r"dQ_S + dQ_B = -dU_\\chi", lhs=dQ_S + dQ_B, rhs=-Dt(U_chi),
            samplers=UNITARY, dynamics=SCHROEDINGER)

The two sides are expressions of :mod:`symbolic.expr` (read by both the symbolic
prover and the numeric evaluator) or, where the language cannot say it (root
finding, optimisation, time series), a *hand-written evaluator*: a function of an
:class:`~corrcheck.evaluate.Evaluator` returning the value; reports mark those.
"""
import re
from dataclasses import dataclass, field

import sympy

from . import errata
from .symbolic.expr import Dt, Op, operators, scalars

HOLDS, FAILS, UNDECIDED, ERROR, DEFINITION = "HOLDS", "FAILS", "UNDECIDED", "ERROR", "DEFINITION"
VERDICTS = (HOLDS, FAILS, UNDECIDED, ERROR, DEFINITION)
KINDS = ("eq", "leq", "geq", "value", "definition")
ROLES = ("printed", "corrected", "control")


class DeclarationError(ValueError):
    """A claim declaration is malformed; the message starts with the claim's id."""


@dataclass(frozen=True)
class Precondition:
    """An assumption as prose and as an executable test of a sample.

    ``test(ev)`` gets an :class:`~corrcheck.evaluate.Evaluator` on the sample and
    returns True when the assumption holds there; samples where it is False are
    skipped (and counted in the report).
    """
    text: str
    test: callable


@dataclass(frozen=True)
class Premise:
    """What a sample must realise for the claim to say something there (e.g. "correlated
    initial state"): ``test`` is an expression of the claim language, realised where its value
    is nonzero beyond the working tolerance, or a function ``test(ev)`` returning True where the
    premise is realised.  A sample that does not realise it is evaluated as usual (a violation
    there still counts) but is not evidence for the claim; a claim whose premise is realised on
    no sample is UNDECIDED (see :mod:`corrcheck.verdict`)."""
    text: str
    test: object


@dataclass(frozen=True, eq=False)
class Claim:
    """One checkable statement (see the module docstring for the fields' meaning).

    ``kind``: ``eq`` (lhs = rhs), ``leq``/``geq`` (lhs <= / >= rhs), ``value`` (a
    printed number or closed form: lhs computed, rhs as printed, compared to
    ``digits`` decimals when given, else to the working precision), ``definition``.
    ``role``: ``printed`` (as in the paper), ``corrected`` (the corrected form of
    the printed claim ``corrects``), ``control`` (a check constructed here, e.g. to
    show an assumption is needed).
    ``trivial``: why the paper's statement itself holds by algebra alone (lhs - rhs vanishes
    with operators as free noncommutative symbols and Dt as a formal derivation, see
    :mod:`symbolic.freealg`); such a claim is labelled "algebra alone", not counted as evidence.
    ``premise``: a :class:`Premise` the samples must realise to exercise the claim.
    ``attained``: for an inequality, where the paper says equality is attained: names of the
    claim's samplers and/or :class:`Precondition` conditions on a sample; the verdict checks the
    margin vanishes there.
    """
    id: str
    paper: str
    eq: str
    title: str
    statement: str
    kind: str
    lhs: object = None
    rhs: object = None
    samplers: tuple = ()
    dynamics: dict = None
    assumptions: tuple = ()
    preconditions: tuple = ()
    expected: str = HOLDS
    reason: str = ""
    role: str = "printed"
    corrects: str = None
    digits: int = None
    search: bool = None
    notes: str = ""
    tol_digits: int = None
    trivial: str = ""
    premise: Premise = None
    attained: tuple = ()

    @property
    def hand_written(self):
        return callable(self.lhs) or callable(self.rhs)

    @property
    def random(self):
        return any(s.random for s in self.samplers)

    @property
    def searched(self):
        """Whether a counterexample search runs (default: for claims on random samplers)."""
        if self.search is not None:
            return self.search
        return self.kind in ("eq", "leq", "geq") and self.random and not self.hand_written


_ID = re.compile(r"^[a-z0-9]+(\.[A-Za-z0-9_\-]+)+$")


def validate(c):
    """Raise :class:`DeclarationError` if ``c`` is malformed."""
    def bad(msg):
        raise DeclarationError(f"{c.id}: {msg}")

    if not _ID.match(c.id) or not c.id.startswith(c.paper + "."):
        bad(f"id must be '<paper>.<eq>.<name>' in lower-case dotted form starting with "
            f"'{c.paper}.'")
    if not str(c.eq).strip():
        bad("missing equation number (use e.g. eq='26', eq='A2' or eq='text')")
    if not c.title or not c.statement:
        bad("missing title or statement")
    if c.kind not in KINDS:
        bad(f"kind must be one of {KINDS}, got {c.kind!r}")
    if c.expected not in VERDICTS:
        bad(f"expected must be one of {VERDICTS}, got {c.expected!r}")
    if c.role not in ROLES:
        bad(f"role must be one of {ROLES}, got {c.role!r}")
    if (c.role == "corrected") != bool(c.corrects):
        bad("a corrected claim names the printed claim it corrects (corrects=...) and vice versa")
    if c.kind == "definition":
        if c.expected != DEFINITION:
            bad("a definition's expected verdict is DEFINITION")
        return
    if c.expected == DEFINITION:
        bad("only definitions have expected verdict DEFINITION")
    if c.expected in (FAILS, UNDECIDED) and not c.reason:
        bad(f"expected {c.expected} needs a reason")
    if c.expected != UNDECIDED and (c.lhs is None or c.rhs is None):
        bad("needs both sides (lhs, rhs)")
    if c.expected != UNDECIDED and not c.samplers:
        bad("needs at least one sampler")
    if c.dynamics is None and any(isinstance(e, sympy.Basic) and e.has(Dt) for e in (c.lhs, c.rhs)):
        bad("uses Dt but declares no dynamics (give dynamics={...}; {} if every symbol is "
            "constant)")
    if c.trivial and not isinstance(c.trivial, str):
        bad("trivial= is the reason (a string) why the paper's statement holds by algebra alone")
    if c.premise is not None and not isinstance(c.premise, Premise):
        bad("premise= must be a Premise(text, expression or test)")
    if c.attained:
        if c.kind not in ("leq", "geq"):
            bad("attained= (where equality holds) is for inequalities only")
        names = {s.name for s in c.samplers}
        for a in c.attained:
            if not (isinstance(a, Precondition) or a in names):
                bad(f"attained= names {a!r}, neither one of its samplers "
                    f"({', '.join(sorted(names))}) nor a Precondition")
    provided = set().union(*(s.provides for s in c.samplers)) if c.samplers else set()
    exprs = [e for e in (c.lhs, c.rhs) if isinstance(e, sympy.Basic)]
    exprs += [sympy.sympify(v) for v in (c.dynamics or {}).values()]
    if c.premise is not None and isinstance(c.premise.test, sympy.Basic):
        exprs.append(c.premise.test)
    dyn_keys = set(c.dynamics or {})
    symbols = [operators(e) | scalars(e) for e in exprs]  # each traversal once: it is slow
    used = set(dyn_keys).union(*symbols)
    _check_identities(used, bad)
    _check_real_derivatives(c.dynamics or {}, bad)
    for syms in symbols:
        for sym in sorted(syms, key=str):
            if sym not in provided:
                bad(f"{_describe(sym)} is not bound by any of its samplers "
                    f"({', '.join(s.name for s in c.samplers)})" + _namesakes(sym, provided))
    for sym in dyn_keys:
        if sym not in provided:
            bad(f"dynamics gives the derivative of {sym}, which no sampler binds"
                + _namesakes(sym, provided))
    for s in c.samplers:
        missing = set().union(*symbols) - s.provides
        if missing:
            bad(f"sampler {s.name} does not bind {', '.join(sorted(map(str, missing)))}"
                + "".join(_namesakes(m, s.provides) for m in sorted(missing, key=str)))


def _describe(sym):
    """An operator or scalar symbol with everything that identifies it."""
    if isinstance(sym, Op):
        return f"operator {sym.name} on ({', '.join(sym.support)}) of kind {sym.kind}"
    facts = ", ".join(sorted(k for k, v in sym.assumptions0.items()
                             if v and k in ("real", "positive", "nonnegative", "integer",
                                            "negative", "nonzero")))
    return f"scalar {sym}" + (f" ({facts})" if facts else " (no assumptions)")


def _name(sym):
    return sym.name if isinstance(sym, Op) else str(sym)


def _namesakes(sym, symbols):
    """A hint when ``symbols`` hold a different symbol of the same name."""
    same = sorted((_describe(o) for o in symbols if _name(o) == _name(sym) and o != sym))
    return f"; it binds a different {same[0]}" if same else ""


def _check_identities(symbols, bad):
    """An operator is (name, parties, kind), a scalar (name, assumptions): one name, one symbol."""
    by_name = {}
    for sym in symbols:
        by_name.setdefault(_name(sym), set()).add(sym)
    for name, group in sorted(by_name.items()):
        if len(group) > 1:
            bad(f"the name {name!r} is used for {len(group)} different symbols: "
                + " and ".join(sorted(map(_describe, group)))
                + " (give each its own name)")


def _check_real_derivatives(dynamics, bad):
    """A real scalar's derivative must not be manifestly non-real (where SymPy can tell)."""
    for sym, d in dynamics.items():
        if isinstance(sym, Op) or not getattr(sym, "is_real", False):
            continue
        d = sympy.sympify(d)
        if d.is_real is False or sympy.im(d).is_zero is False:
            bad(f"dynamics gives the real scalar {sym} the non-real derivative {d}")


@dataclass(eq=False)
class Paper:
    """The claims of one paper, in the order declared (equation order).

    ``key`` names the paper in claim ids (``<key>.<eq>.<name>``); ``reference`` is its
    citation and ``conventions`` the conventions it fixes (both optional, shown in reports);
    ``source`` is the file it was loaded from when it lives outside the package."""
    key: str
    title: str
    reference: str = ""
    conventions: str = ""
    claims: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    errata: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    source: str = None

    @property
    def corrections(self):
        """{id of a printed claim: id of the claim that corrects it} (the ``corrected`` link)."""
        return {c.corrects: c.id for c in self.claims if c.corrects}

    def _add(self, local_id, **kw):
        c = Claim(id=f"{self.key}.{local_id}", paper=self.key, **kw)
        validate(c)
        if any(o.id == c.id for o in self.claims):
            raise DeclarationError(f"{c.id}: duplicate id")
        self.claims.append(c)
        return c

    def define(self, local_id, eq, title, statement, expr=None, notes=""):
        """Declare an equation that only defines a symbol; returns ``expr`` for later use."""
        self._add(local_id, eq=eq, title=title, statement=statement, kind="definition", lhs=expr,
                  expected=DEFINITION, notes=notes)
        return expr

    def claim(self, local_id, *, eq, title, statement, lhs=None, rhs=None, kind="eq",
              samplers=(), dynamics=None, assumptions=(), preconditions=(), expected=HOLDS,
              reason="", role="printed", corrects=None, digits=None, search=None, notes="",
              tol_digits=None, trivial="", premise=None, attained=()):
        """Declare a checkable claim; returns the :class:`Claim`."""
        if isinstance(samplers, (list, tuple)):
            samplers = tuple(samplers)
        else:
            samplers = (samplers,)
        return self._add(local_id, eq=str(eq), title=title, statement=statement, kind=kind,
                         lhs=_expr(lhs), rhs=_expr(rhs), samplers=samplers,
                         dynamics=None if dynamics is None else dict(dynamics),
                         assumptions=tuple([assumptions] if isinstance(assumptions, str) else assumptions),
                         preconditions=tuple(preconditions), expected=expected, reason=reason,
                         role=role, corrects=f"{self.key}.{corrects}" if corrects else None,
                         digits=digits, search=search, notes=notes, tol_digits=tol_digits,
                         trivial=trivial, premise=premise,
                         attained=(attained,) if isinstance(attained, (str, Precondition))
                         else tuple(attained))

    def figure(self, name, caption, draw):
        """Register a figure: ``draw(path)`` writes a PNG (deterministically)."""
        self.figures.append((name, caption, draw))

    def erratum(self, name, *, kind, impact, where, printed, corrected, evidence, claims):
        """Declare one distinct error of the paper (see :mod:`corrcheck.errata`), after the
        claims that show it; ``claims`` are their local ids.  Returns the
        :class:`~corrcheck.errata.Erratum`."""
        e = errata.Erratum(id=f"{self.key}.{name}", paper=self.key, kind=kind, impact=impact,
                    where=str(where), printed=printed, corrected=corrected, evidence=evidence,
                    claims=tuple(f"{self.key}.{c}" for c in claims))
        self._check_entry(e, e.claims)
        if e.kind not in errata.KINDS:
            raise DeclarationError(f"{e.id}: kind must be one of {tuple(errata.KINDS)}, "
                                   f"got {e.kind!r}")
        if e.impact not in errata.IMPACTS:
            raise DeclarationError(f"{e.id}: impact must be one of {tuple(errata.IMPACTS)}, "
                                   f"got {e.impact!r}")
        if not (e.printed and e.corrected and e.evidence and e.claims):
            raise DeclarationError(f"{e.id}: an erratum needs the printed and corrected forms, "
                                   "one line of evidence and the claims that show it")
        by_id = {c.id: c for c in self.claims}
        for cid in e.claims:
            if by_id[cid].role != "printed" or by_id[cid].expected != FAILS:
                raise DeclarationError(f"{e.id}: {cid} is not a printed claim expected to FAIL")
            owner = next((o.id for o in self.errata if cid in o.claims), None)
            if owner:
                raise DeclarationError(f"{e.id}: {cid} already shows erratum {owner} (one entry "
                                       "per distinct error)")
        self.errata.append(e)
        return e

    def note(self, name, *, where, text, claims=()):
        """Declare a convention note: a reading the paper leaves open, not an error."""
        n = errata.Note(id=f"{self.key}.{name}", paper=self.key, where=str(where), text=text,
                 claims=tuple(f"{self.key}.{c}" for c in claims))
        self._check_entry(n, n.claims)
        self.notes.append(n)
        return n

    def _check_entry(self, entry, claims):
        if any(o.id == entry.id for o in self.errata + self.notes):
            raise DeclarationError(f"{entry.id}: duplicate id")
        known = {c.id for c in self.claims}
        missing = [c for c in claims if c not in known]
        if missing:
            raise DeclarationError(f"{entry.id}: unknown claim(s) {', '.join(missing)} (declare "
                                   "errata and notes after their claims)")


def _expr(x):
    """A side as a SymPy expression; Python floats are read as the decimal they print
    (0.64 is 16/25, not the binary double nearest to it)."""
    if x is None or callable(x) and not isinstance(x, sympy.Basic):
        return x
    if isinstance(x, float):
        return _decimal(x)
    e = sympy.sympify(x)
    floats = e.atoms(sympy.Float)
    return e.xreplace({f: _decimal(f) for f in floats}) if floats else e


def _decimal(f):
    """The exact rational of the decimal a float prints: a Python float or a SymPy Float of
    double precision by its shortest repr, a wider SymPy Float by all its digits."""
    if isinstance(f, sympy.Float) and f._prec > 53:
        text = str(f)
    else:
        text = repr(float(f))
    if text in ("nan", "inf", "-inf"):
        raise DeclarationError(f"non-finite number {text} in a declaration")
    return sympy.Rational(text)
