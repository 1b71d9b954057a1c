"""The committed reports are exactly what ``corrcheck report`` writes (up to the last digits of
residuals below 1e-20, which depend on the eigensolver's rounding); every page renders on GitHub
(below 400 KB, links that resolve); errata pages grade each error once; the README's numbers and
reading policy agree with the reports and the engine."""
import posixpath
import re
from functools import lru_cache
from pathlib import Path

import pytest

from corrcheck import errata, numeric
from corrcheck.registry import load_file, papers, registry
from corrcheck.report import PAGE_LIMIT, SETTINGS, current_state, pages
from corrcheck.verdict import bindings, check

from .conftest import decided

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"
DEMO = Path(__file__).parent / "data" / "errata_demo.py"
MATH = re.compile(r"^\$\$\n.*?\n\$\$$|(?<!\\)\$[^\n$]+?(?<!\\)\$|^```.*?^```$", re.S | re.M)
TINY = re.compile(r"-?\d(\.\d+)?e-(2\d|[3-9]\d|\d{3})")


def _norm(text):
    return TINY.sub("<tiny>", text)


@lru_cache(maxsize=None)
def generated():
    """Every page of the shipped papers' report set (from the verdicts at default settings)."""
    by_paper = {p.key: [decided(c) for c in registry(p.key)] for p in papers()}
    return pages(papers(), by_paper, SETTINGS)


@pytest.mark.xdist_group("registry-report")  # one worker decides every claim once for both
def test_reports_are_up_to_date():
    pages_ = generated()
    committed = {str(f.relative_to(REPORTS)) for f in REPORTS.rglob("*.md")}
    assert committed == set(pages_), "reports/ has other pages than `corrcheck report` writes"
    for rel, text in pages_.items():
        assert _norm((REPORTS / rel).read_text()) == _norm(text), (
            f"reports/{rel} is stale: run `corrcheck report`")


@pytest.mark.xdist_group("registry-report")
def test_every_page_renders_on_github():
    """Below GitHub's 400 KB limit, with every relative link pointing at a page of the set."""
    _check_pages(generated())


def _check_pages(pages_):
    big = {rel: len(text.encode()) for rel, text in pages_.items()
           if len(text.encode()) >= PAGE_LIMIT}
    assert not big, f"pages of {PAGE_LIMIT} bytes or more: {big}"
    anchors = {rel: set(re.findall(r'<a id="([^"]+)"></a>', text)) for rel, text in pages_.items()}
    for rel, text in pages_.items():
        text = MATH.sub("", text)  # math is not Markdown: [a](b) there is no link
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            path, _, anchor = target.partition("#")
            page = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path)) if path else rel
            if re.match(r"[a-z]+:", target) or page.startswith(("..", "figures/")):
                continue  # the web, the repository's source files, figures
            assert page in pages_, f"{rel}: link to {target}, no such page"
            assert not anchor or anchor in anchors[page], f"{rel}: link to {target}, no such anchor"


# ------------------------------------------------------------------ errata, claim pages, index

@lru_cache(maxsize=None)
def demo():
    paper = load_file(DEMO)
    results = [check(c) for c in paper.claims]
    return paper, results, pages([paper], {paper.key: results}, SETTINGS)


def test_errata_page_grades_each_error_once_with_its_forms_and_evidence():
    paper, _, pages_ = demo()
    page = pages_["errata/errdemo.md"]
    assert page.count("\n## ") == 3  # two errors, then the convention notes
    assert "## 1. (1): sign (changes a physical result or a conclusion)" in page
    assert "## 2. (2): factor (cosmetic)" in page
    assert "$$\n|x| = x\n$$" in page and "$$\n|x| \\ge x\n$$" in page
    evidence = next(line for line in page.splitlines() if line.startswith("Evidence: $|x|"))
    assert "Counterexample (1): on `search:rand` lhs = " in evidence  # one line
    assert "(../claims/errdemo/eq1.abs_printed.md) (FAILS); corrected: " in page
    assert page.index("## Convention notes") > page.index("## 2.")
    _check_pages(pages_)


def test_index_counts_distinct_errors_by_kind_and_impact():
    index = demo()[2]["index.md"]
    assert "| paper | distinct errors | changes a result | cosmetic | convention notes | sign | " \
           "factor |" in index
    assert "| [errdemo](errata/errdemo.md) | 2 | 1 | 1 | 1 | 1 r | 1 c |" in index
    assert "- (1): sign, changes a physical result or a conclusion: [$|x| - x" in index
    assert "eq2.trace_printed" not in index.split("## Errata")[1].split("## HOLDS")[0]  # errata,
    # not failing claims


def test_counterexample_shows_the_sample_and_how_to_reproduce_it():
    page = demo()[2]["claims/errdemo/eq1.abs_printed.md"]
    ce = page.split("## Counterexample")[1].split("## ")[0]
    assert "On sample `search:rand`" in ce and "Parameters: $x = -" in ce
    assert r"\rho = \begin{pmatrix}" in ce  # the state, in LaTeX
    assert "    corrcheck show errdemo.eq1.abs_printed --sample search:rand" in ce
    assert "theta" not in page
    fixed = demo()[2]["claims/errdemo/eq2.trace_printed.md"]
    assert r"\rho = \begin{pmatrix}0.75 & 0.25 \\ 0.25 & 0.25\end{pmatrix}" in fixed


def test_claim_page_shows_what_the_evidence_is_worth():
    page = demo()[2]["claims/errdemo/eq1.abs.md"]
    assert ("premise exercised on 2 of 3 samples (not exercised: `printed`: both sides vanish"
            in page)
    assert "tightest relative margin" in page
    assert "sampler `printed` assumes: the state and the point the paper prints" in page
    assert "## Checked as\n\n$$\n\\left|{x}\\right| \\ge x\n$$" in page


def test_a_search_point_is_named_by_binding_and_rebuilds_exactly():
    paper, results, _ = demo()
    r, smp = results[0], paper.claims[0].samplers[0]
    point = r.search["point"]
    assert set(point) == {"rho", "x"} and len(point["rho"]) == 8 and len(point["x"]) == 1
    theta = smp.point(point)
    assert smp.parameters(theta) == point
    with numeric.precision(50):
        assert bindings(smp.build(theta, "mp")) == r.counterexample["bindings"]


# ------------------------------------------------------------------ README

README = (ROOT / "README.md").read_text()


def _section(title):
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_current_state_is_the_reports():
    """README's "Current state" paragraph is the one of the committed index (which
    test_reports_are_up_to_date keeps equal to the registry's verdicts)."""
    index = (REPORTS / "index.md").read_text()
    state = next((p for p in index.split("\n\n") if p.startswith("Current state:")), None)
    assert state, "reports/index.md has no Current state: run `corrcheck report`"
    assert state in README.replace("\n", " ") or state in README, (
        "README's Current state is stale; it should read:\n" + state)


def test_current_state_counts_the_registry():
    paper, results, _ = demo()
    text = current_state([paper], {paper.key: results})
    assert text.startswith("Current state: 4 declarations in 1 paper (4 checkable claims, "
                           "0 definitions). 2 claims hold: 2 with evidence and 0 by algebra alone")
    assert "2 printed claims fail; they show 2 distinct errors (1 changing a result or a " \
           "conclusion, 1 cosmetic); 1 reading is a convention note" in text


def _words(text):
    text = re.sub(r"[`*]", "", text)
    return " ".join(text.split())


def test_readme_states_the_reading_policy_of_the_engine():
    """One policy: every rule of corrcheck.errata's docstring is in README "Reading policy"."""
    policy = _words(_section("Reading policy"))
    rules = errata.__doc__.split("Reading policy", 1)[1].split("\n\n", 1)[1].split('"""')[0]
    items = [_words(i) for i in re.split(r"\n\* ", "\n" + rules.strip()) if i.strip()]
    assert len(items) >= 6
    for rule in items:
        assert rule.rstrip(";.") in policy, f"README Reading policy lacks: {rule}"
    for kind, text in errata.KINDS.items():
        assert text in policy, f"README Reading policy does not name the kind {text!r}"


# ------------------------------------------------------------------ a report set, whole or not at all

FIGURE_PAPER = '''
import os, sys, time
from pathlib import Path
from corrcheck import Op, Paper, Tr, fixed, sampler

PAPER = Paper("figpaper", title="a paper with a figure")
rho = Op("rho", ("A",), "state")
PAPER.claim("eq1.trace", eq="1", title="unit trace", statement="Tr rho = 1", lhs=Tr(rho), rhs=1,
            samplers=sampler("p", ("A",), (2,), {rho: fixed([[1, 0], [0, 0]], state_dims=(2,))},
                             random=False))


def draw(path):
    """Writes a partial file, then waits to be killed or raises, as told."""
    Path(path).write_bytes(b"partial")
    mode = os.environ.get("FIGPAPER_DRAW", "ok")
    if mode == "raise":
        raise RuntimeError("injected failure while drawing")
    if mode == "hang":
        Path(os.environ["FIGPAPER_MARK"]).write_text("drawing")
        time.sleep(120)


PAPER.figure("fig", "a figure", draw)
'''


def _report(paper, out, env, **kw):
    import os
    import subprocess
    import sys
    return subprocess.Popen([sys.executable, "-m", "corrcheck", "report", str(paper), "--out",
                             str(out), "--workers", "1"], env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_killed_or_failed_report_loses_nothing(tmp_path):
    import time
    paper = tmp_path / "figpaper.py"
    paper.write_text(FIGURE_PAPER)
    out = tmp_path / "reports"
    env = {"CORRCHECK_CACHE": str(tmp_path / "cache"), "FIGPAPER_MARK": str(tmp_path / "mark")}
    assert _report(paper, out, env).wait() == 0
    before = _snapshot(out)
    assert set(before) == {"index.md", "figpaper.md", "results.json", "figures/figpaper-fig.png",
                           "claims/figpaper/eq1.trace.md", "errata/figpaper.md"}

    proc = _report(paper, out, {**env, "FIGPAPER_DRAW": "hang"})  # SIGKILL while drawing
    for _ in range(600):
        if (tmp_path / "mark").exists() or proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    proc.wait()
    assert _snapshot(out) == before
    assert [p.name for p in tmp_path.glob(".reports.*")]  # what the dead run left

    failed = _report(paper, out, {**env, "FIGPAPER_DRAW": "raise"})  # an exception while drawing
    assert failed.wait() != 0 and b"injected failure" in failed.stderr.read()
    assert _snapshot(out) == before
    assert not list(tmp_path.glob(".reports.*"))  # the next run cleaned what the killed one left

    assert _report(paper, out, env).wait() == 0
    assert _snapshot(out) == before and not list(tmp_path.glob(".reports.*"))


def test_without_matplotlib_everything_but_figures_is_written(tmp_path, monkeypatch, capsys):
    import corrcheck.report
    from corrcheck.cli import main
    monkeypatch.setenv("CORRCHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corrcheck.report, "figures_available", lambda: False)
    paper = tmp_path / "figpaper2.py"
    paper.write_text(FIGURE_PAPER.replace('"figpaper"', '"figpaper2"'))
    assert main(["report", str(paper), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    assert "pip install 'corrcheck[figures]'" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "claims", "errata", "figpaper2.md", "index.md", "results.json"]
    assert "a figure (not drawn: matplotlib is not installed; pip install 'corrcheck[figures]')" in (
        tmp_path / "out" / "figpaper2.md").read_text()
