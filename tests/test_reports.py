"""The committed reports are exactly what ``corrcheck report`` writes (up to the last digits of
residuals below 1e-20, which depend on the eigensolver's rounding)."""
import re
from pathlib import Path

from corrcheck.registry import papers, registry
from corrcheck.report import SETTINGS, index_page, paper_page

from .conftest import decided

REPORTS = Path(__file__).resolve().parents[1] / "reports"
TINY = re.compile(r"-?\d(\.\d+)?e-(2\d|[3-9]\d|\d{3})")


def _norm(text):
    return TINY.sub("<tiny>", text)


def test_reports_are_up_to_date():
    by_paper = {p.key: [decided(c) for c in registry(p.key)] for p in papers()}
    for p in papers():
        committed = (REPORTS / f"{p.key}.md").read_text()
        assert _norm(committed) == _norm(paper_page(p, by_paper[p.key], SETTINGS)), (
            f"reports/{p.key}.md is stale: run `corrcheck report`")
    assert _norm((REPORTS / "index.md").read_text()) == _norm(index_page(papers(), by_paper, SETTINGS))
