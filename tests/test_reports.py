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
    assert set(before) == {"index.md", "figpaper.md", "results.json", "figures/figpaper-fig.png"}

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
        "figpaper2.md", "index.md", "results.json"]
    assert "a figure* (not drawn: matplotlib is not installed; pip install 'corrcheck[figures]')" in (
        tmp_path / "out" / "figpaper2.md").read_text()
