"""Errata: one entry per distinct error of a paper, graded; convention notes apart.

A paper's claims that show the same error (the same misprinted sign seen in three equations, a
wrong solution and the stationary state that follows from it) form ONE :class:`Erratum`, declared
once in the paper module after its claims::

    PAPER.erratum("heat_sign", kind="sign", impact="result", where="(14), (15)",
                  printed=r"\\Sigma = \\dots + Q/T", corrected=r"\\Sigma = \\dots - Q/T",
                  evidence="on the printed cycle the printed Sigma is -0.41 < 0",
                  claims=["eq14.printed", "eq15.printed", "eq15.printed_nonnegative"])

``claims`` are the printed claims that fail because of this error (each printed claim expected
to FAIL belongs to exactly one erratum); their corrected claims are found through
``corrects=``.  A statement that holds under another consistent convention the paper never
fixes is not an error: it is a :class:`Note` (``PAPER.note(...)``).

Reading policy (how a failing printed claim is graded; README "Reading policy"):

* a statement that holds under another consistent convention the paper never fixes is a
  convention note, not an error;
* a printed number is read with the digits printed; a truncated last digit is a ``rounding``
  entry of cosmetic impact;
* an approximation in an explicitly first-order context is checked to that order;
* a general sentence used only in a special case where it holds is an ``overstatement`` of
  cosmetic impact;
* when the paper's own normalisations disagree with each other, the entry is an
  ``inconsistency`` between the equations, not a choice of one of them;
* a false conjecture is a ``refuted conjecture``; one false only through a construction outside
  the paper's intent says so in its evidence.
"""
from dataclasses import dataclass

KINDS = {
    "sign": "sign",
    "factor": "factor",
    "missing term": "missing term",
    "symbol": "wrong symbol or subscript",
    "cross-reference": "wrong cross-reference",
    "rounding": "rounding or truncation of a printed number",
    "inconsistency": "internal inconsistency between equations",
    "overstatement": "overstatement: holds only under an unstated assumption",
    "refuted conjecture": "refuted conjecture",
}
IMPACTS = {
    "result": "changes a physical result or a conclusion",
    "cosmetic": "cosmetic",
}


@dataclass(frozen=True)
class Erratum:
    """One distinct error: ``kind`` (a key of :data:`KINDS`), ``impact`` (a key of
    :data:`IMPACTS`), where it is printed, the printed and corrected forms (LaTeX), one line of
    evidence, and the ids of the printed claims that show it."""
    id: str
    paper: str
    kind: str
    impact: str
    where: str
    printed: str
    corrected: str
    evidence: str
    claims: tuple


@dataclass(frozen=True)
class Note:
    """A convention the paper never fixes, or a reading the checker had to choose: not an
    error.  ``claims`` are the claims that decide it (e.g. both conventions checked)."""
    id: str
    paper: str
    where: str
    text: str
    claims: tuple = ()


def counts(errata):
    """{(kind, impact): number of distinct errors}, in :data:`KINDS` and :data:`IMPACTS` order."""
    out = {}
    for kind in KINDS:
        for impact in IMPACTS:
            n = sum(1 for e in errata if e.kind == kind and e.impact == impact)
            if n:
                out[(kind, impact)] = n
    return out
