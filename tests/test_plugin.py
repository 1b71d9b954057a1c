"""A user's own test run checks their paper file (``pytest --corrcheck FILE``), and a checked
claim renders itself in Jupyter (``corrcheck.check``)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

MYPAPER = Path(__file__).parent / "data" / "mypaper.py"


def pytest_run(folder, *args):
    env = {**os.environ, "CORRCHECK_CACHE": str(folder / "cache")}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
                          cwd=folder, capture_output=True, text=True, env=env)


@pytest.fixture
def folder(tmp_path):
    """An empty project folder of a user, holding only their paper file."""
    shutil.copy(MYPAPER, tmp_path / "mypaper.py")
    return tmp_path


def test_one_test_per_claim_sample_and_precision_plus_verdicts(folder):
    run = pytest_run(folder, "--corrcheck", "mypaper.py", "--collect-only", "-q")
    ids = [line.split("::", 1)[1] for line in run.stdout.splitlines() if "::" in line]
    assert "mypaper.eq2.local_energy[hs-2x2-seed1@dps50]" in ids
    assert "mypaper.eq2.local_energy[bell@dps30]" in ids
    assert "mypaper.eq2.local_energy" in ids  # the verdict
    assert len(ids) == 4 * (2 + 1) * 2 + 4  # (2 seeds + the printed state) x 2 precisions
    run = pytest_run(folder, "--corrcheck", "mypaper.py", "-q")
    assert run.returncode == 0 and "28 passed" in run.stdout, run.stdout + run.stderr
    run = pytest_run(folder, "--corrcheck", "mypaper.py", "-q", "-k", "purity and not product")
    assert "7 passed" in run.stdout  # 6 cases and the verdict


def test_a_failing_claim_shows_its_counterexample(folder):
    text = (folder / "mypaper.py").read_text()
    (folder / "mypaper.py").write_text(text.replace(  # claim the misprint holds
        'samplers=SAMPLES, expected=FAILS,\n            reason=', 'samplers=SAMPLES, notes='))
    text = (folder / "mypaper.py").read_text().replace('role="corrected",', "").replace(
        'corrects="eq2.local_energy_printed",', "")
    (folder / "mypaper.py").write_text(text)
    run = pytest_run(folder, "--corrcheck", "mypaper.py", "-q", "-k", "local_energy_printed")
    assert run.returncode == 1
    assert ("mypaper.eq2.local_energy_printed: FAILS, expected HOLDS; counterexample: sample "
            "hs-2x2-seed0: lhs = ") in run.stdout
    assert "residual" in run.stdout and "Traceback" not in run.stdout


def test_a_bad_paper_file_is_a_usage_error(folder):
    (folder / "nopaper.py").write_text("x = 1\n")
    run = pytest_run(folder, "--corrcheck", "nopaper.py")
    assert run.returncode == 4 and "defines no PAPER" in run.stderr


def test_project_tests_use_the_plugins_cases():
    from corrcheck.plugin import sample_cases
    from corrcheck.registry import get
    ids = [i for _, i in sample_cases([get("alipour2016.eq26.heat_balance")])]
    assert "alipour2016.eq26.heat_balance[hs-2x3-seed1@dps50]" in ids


def test_check_renders_itself(tmp_path, monkeypatch):
    import corrcheck
    monkeypatch.setenv("CORRCHECK_CACHE", str(tmp_path))
    paper = corrcheck.load_file(MYPAPER)
    bad = corrcheck.check("mypaper.eq2.local_energy_printed")
    assert bad.verdict == "FAILS" and bad.result.as_expected
    md = bad._repr_markdown_()
    assert md.startswith("# (2) local energy (as printed)") and "Verdict: **FAILS**" in md
    assert "## Counterexample\n\nOn sample `hs-2x2-seed0`" in md
    assert "corrcheck show mypaper.eq2.local_energy_printed --sample hs-2x2-seed0" in md
    assert "| sample | lhs | rhs | residual @30 | residual @50 |" in md
    assert "largest residual: " in md and "at 30 digits" in md and "at 50 digits" in md
    assert "corrected form: [local energy]" in md
    good = corrcheck.check(paper.claims[0])
    assert repr(good).startswith("<mypaper.eq1.purity: HOLDS (expected HOLDS)")
    assert "mypaper.eq1.purity" in corrcheck.check(paper.claims[0], cache=False)._repr_markdown_()


def test_a_session_decides_each_claim_once_across_its_workers(folder, monkeypatch):
    """Every xdist worker of a run shares the controller's session store (removed after the run);
    a verdict another worker decided is read from it, not decided again."""
    (folder / "conftest.py").write_text(
        "import os\nimport corrcheck.plugin\n\n"
        "def pytest_sessionfinish(session):\n"
        "    with open('stores.txt', 'a') as f:\n"
        "        f.write(f'{os.getpid()} {corrcheck.plugin._STORE[0]}\\n')\n")
    tmp = folder / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    run = pytest_run(folder, "--corrcheck", "mypaper.py", "-q", "-n", "2")
    assert run.returncode == 0, run.stdout + run.stderr
    lines = (folder / "stores.txt").read_text().split()
    pids, stores = set(lines[::2]), set(lines[1::2])
    assert len(pids) == 3 and len(stores) == 1  # the controller and two workers, one store
    assert next(iter(stores)).startswith(str(tmp)) and not list(tmp.glob("corrcheck-*"))  # removed

    import corrcheck.plugin
    import corrcheck.run
    from corrcheck.registry import load_file
    from corrcheck.store import Store
    claim = load_file(folder / "mypaper.py").claims[0]
    shared = folder / "session"
    [other] = corrcheck.run.verify([claim], store=Store(shared))  # "another worker"
    monkeypatch.setattr(corrcheck.plugin, "_STORE", [str(shared)])
    monkeypatch.setattr(corrcheck.run, "_one", lambda job: pytest.fail("decided again"))
    corrcheck.plugin.decided.cache_clear()
    try:
        assert corrcheck.plugin.decided(claim) == other
    finally:
        corrcheck.plugin.decided.cache_clear()
