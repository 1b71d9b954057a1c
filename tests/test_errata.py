"""Errata: one graded entry per distinct error; every printed failure belongs to exactly one."""
import pytest

from corrcheck.claim import FAILS, DeclarationError, Paper
from corrcheck.registry import papers
from corrcheck.setups import Bipartite, closed
from corrcheck.symbolic.expr import Tr

SB = Bipartite.named("S", "B")


def _paper():
    p = Paper("demo", "t")
    smp = closed(SB).samplers("hs", ((2, 2),))
    p.claim("x.printed", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=2, samplers=smp,
            expected=FAILS, reason="Tr rho = 1")
    p.claim("x.corrected", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=1, samplers=smp,
            role="corrected", corrects="x.printed")
    return p


def test_erratum_is_graded_and_names_its_claims():
    p = _paper()
    e = p.erratum("trace", kind="factor", impact="cosmetic", where="(1)", printed="2",
                  corrected="1", evidence="Tr rho = 1 on every state", claims=["x.printed"])
    assert e.claims == ("demo.x.printed",) and p.errata == [e]
    with pytest.raises(DeclarationError, match="already shows erratum demo.trace"):
        p.erratum("again", kind="sign", impact="result", where="(1)", printed="2",
                  corrected="1", evidence="e", claims=["x.printed"])


@pytest.mark.parametrize("field,value,match", [
    ("kind", "typo", "kind must be one of"), ("impact", "big", "impact must be one of"),
    ("claims", ["x.corrected"], "not a printed claim expected to FAIL"),
    ("claims", ["x.nope"], "unknown claim"), ("evidence", "", "one line of evidence")])
def test_malformed_erratum_is_rejected(field, value, match):
    kw = dict(kind="factor", impact="cosmetic", where="(1)", printed="2", corrected="1",
              evidence="e", claims=["x.printed"])
    kw[field] = value
    with pytest.raises(DeclarationError, match=match):
        _paper().erratum("bad", **kw)


@pytest.mark.parametrize("paper", papers(), ids=lambda p: p.key)
def test_every_printed_failure_is_one_erratum(paper):
    listed = {cid for e in paper.errata for cid in e.claims}
    failing = {c.id for c in paper.claims if c.role == "printed" and c.expected == FAILS}
    assert failing <= listed, f"printed failures in no erratum: {sorted(failing - listed)}"
