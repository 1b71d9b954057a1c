"""No claim is immune: every broken copy of every claim comes out FAILS."""
import pytest

from corrcheck.registry import registry
from corrcheck.claim import FAILS
from corrcheck.mutants import mutants
from corrcheck.verdict import check

from .conftest import group

CASES = [pytest.param(c, name, m, marks=group(c), id=f"{c.id}:{name}")
         for c in registry() for name, m in mutants(c)]


def test_every_checkable_claim_has_a_mutant():
    checkable = [c for c in registry() if c.kind != "definition" and c.lhs is not None]
    assert {case.values[0].id for case in CASES} == {c.id for c in checkable}


@pytest.mark.parametrize("original,name,mutant", CASES)
def test_mutant_fails(original, name, mutant):
    res = check(mutant, dps=(20, 30), samples=1, search=0, symbolic=False)
    assert res.verdict == FAILS, f"{name} mutant of {original.id} survived: {res.verdict} {res.notes}"
