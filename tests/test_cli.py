"""The command line: list, verify, show, report; a user's paper file; bad usage; exit codes."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corrcheck.cli import MIN_DPS, main

CLAIM = "alipour2016.text.tr_chi_HS"
MISPRINT = "pyharanta2022.eq14.steady_state_printed"
MYPAPER = Path(__file__).parent / "data" / "mypaper.py"


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    """Every test has its own state and result store (never the user's)."""
    monkeypatch.setenv("CORRCHECK_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def mypaper(tmp_path):
    """A user's paper file in a folder outside the repository."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return Path(shutil.copy(MYPAPER, folder / "mypaper.py"))


def corrcheck(*args, cwd=None, **kw):
    return subprocess.run([sys.executable, "-m", "corrcheck", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, env=os.environ, **kw)


def test_list(capsys):
    assert main(["list", "--paper", "alipour2016"]) == 0
    out = capsys.readouterr().out
    assert CLAIM in out and "HOLDS" in out


def test_list_into_a_closed_pipe_ends_quietly(mypaper):
    """`corrcheck list | head`: no BrokenPipe traceback."""
    proc = subprocess.Popen([sys.executable, "-m", "corrcheck", "list", mypaper],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait() in (0, 1) and "Traceback" not in err and "BrokenPipe" not in err


def test_verify_one_claim_json(capsys, tmp_path, monkeypatch, cache):
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "--claim", CLAIM, "--json", "-", "--search", "0"]) == 0
    doc = json.loads(capsys.readouterr().out)
    row = doc["claims"][0]
    assert doc["dps"] == [30, 50] and row["id"] == CLAIM and row["verdict"] == "HOLDS"
    assert {"paper", "equation", "title", "kind", "expected", "method", "max_residual", "values",
            "corrected", "notes"} <= set(row)
    assert not (tmp_path / ".corrcheck").exists()  # state lives in the cache directory
    assert json.loads((cache / "last.json").read_text())["claims"][0]["id"] == CLAIM


def test_json_of_a_misprint_keeps_its_corrected_link(capsys):
    assert main(["verify", "--claim", MISPRINT, "--json", "-", "--samples", "1",
                 "--search", "0"]) == 0
    row = json.loads(capsys.readouterr().out)["claims"][0]
    assert row["verdict"] == "FAILS"
    assert set(row["corrected"]) == {"pyharanta2022.eq14.steady_state", "pyharanta2022.eq14.unique"}


def status(argv):
    """main's exit status, whether it returns it or argparse exits."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.mark.parametrize("args, message", [
    (["--dps", str(MIN_DPS - 1)], f"at least {MIN_DPS}"),
    (["--dps", "nan"], "not an integer"),
    (["--samples", "0"], "positive integer"),
    (["--samples", "-2"], "positive integer"),
    (["--workers", "0"], "positive integer"),
    (["--search", "-1"], ">= 0"),
    (["--search", "nan"], ">= 0"),
    (["--search", "inf"], ">= 0"),
    (["--seed", "-1"], "0 or a positive integer"),
    (["--executor", "dask"], "needs --scheduler"),
    (["--scheduler", "tcp://127.0.0.1:1"], "needs --executor dask"),
    (["--paper", "nope"], "no paper 'nope'"),
    (["--claim", "nope.eq1.x"], "no claim 'nope.eq1.x'"),
    (["no/such/paper.py"], "no such paper file"),
])
def test_bad_arguments_get_a_message_and_status_2(capsys, args, message):
    argv = ["verify", *args] if args[0] in ("--claim", "--paper") else ["verify", "--claim", CLAIM,
                                                                        *args]
    assert status(argv) == 2
    assert message in capsys.readouterr().err


def test_unreadable_user_file_is_usage_error(tmp_path, capsys):
    bad = tmp_path / "broken.py"
    bad.write_text("raise RuntimeError('half-written')\n")
    assert main(["list", str(bad)]) == 2
    assert "RuntimeError: half-written" in capsys.readouterr().err
    nopaper = tmp_path / "nopaper.py"
    nopaper.write_text("x = 1\n")
    assert main(["list", str(nopaper)]) == 2
    assert "defines no PAPER" in capsys.readouterr().err


def test_show(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["show", CLAIM]) == 0
    out = capsys.readouterr().out
    assert CLAIM in out and "statement" in out and "HOLDS" in out


def test_show_names_the_correction_and_prints_printed_values_and_proof(capsys):
    assert main(["show", MISPRINT, "--proof"]) == 0
    out = capsys.readouterr().out
    assert "corrected form: pyharanta2022.eq14.steady_state " in out
    assert "beta_A = 0.5" in out and "beta_B = 2.0" in out  # the printed sample, as numbers
    assert "as printed" in out and "proof: not proved" in out
    assert main(["show", "alipour2016.eq26.heat_balance", "--proof"]) == 0
    assert "proof: proved" in capsys.readouterr().out


def test_user_paper_verify_list_show_report(mypaper, tmp_path, capsys):
    """A paper file outside the repository, importing only public names, with zero edits to
    the engine: listed, verified (in worker processes, which load the file), shown from
    another process (which finds the file again), reported."""
    assert main(["list", str(mypaper)]) == 0
    assert "mypaper.eq2.local_energy_printed" in capsys.readouterr().out
    assert main(["verify", str(mypaper), "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert "FAILS      finding" in out and "FAILS      control" in out
    assert "all as expected" in out
    shown = corrcheck("show", "mypaper.eq2.local_energy_printed", cwd=tmp_path)
    assert "corrected form: mypaper.eq2.local_energy" in shown.stdout, shown.stderr
    assert "H_A = [[1.0, 0.0]," in shown.stdout
    out = tmp_path / "out"
    assert main(["report", str(mypaper), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["claims", "errata", "index.md", "mypaper.md",
                                                     "results.json"]
    page = (out / "mypaper.md").read_text()
    assert "declared once in `mypaper.py`" in page and "../derivations" not in page


DEMO = Path(__file__).parent / "data" / "errata_demo.py"


def test_show_a_sample_prints_its_bindings_and_both_sides(capsys):
    """`corrcheck show ID --sample NAME` reproduces a counterexample: a search point (rebuilt
    from its named parameters), a random draw, a fixed sample; with the erratum it shows."""
    claim = "errdemo.eq1.abs_printed"
    assert main(["show", claim, str(DEMO), "--sample", "search:rand"]) == 0
    out = capsys.readouterr().out
    assert "erratum errdemo.abs_sign: sign, impact result ((1))" in out
    assert "reproduce: corrcheck show errdemo.eq1.abs_printed --sample search:rand" in out
    sample = out.split("\nsample search:rand:\n")[1]
    assert "rho = [[" in sample and "x = -0.93" in sample
    assert sample.count("VIOLATED") == 2  # at 30 and at 50 digits
    assert main(["show", claim, str(DEMO), "--sample", "rand-seed1"]) == 0
    assert "satisfied" in capsys.readouterr().out.split("\nsample rand-seed1:\n")[1]
    assert main(["show", "errdemo.eq2.trace_printed", str(DEMO), "--sample", "printed-state"]) == 0
    out = capsys.readouterr().out.split("\nsample printed-state:\n")[1]
    assert "rho = [[0.75, 0.25]," in out and "lhs = 1.0" in out and "VIOLATED" in out
    assert main(["show", "errdemo.eq2.trace", str(DEMO)]) == 0
    assert "convention note errdemo.basis ((3))" in capsys.readouterr().out


def test_show_an_unknown_sample_names_the_samples(capsys):
    assert main(["show", "errdemo.eq1.abs_printed", str(DEMO), "--sample", "nope"]) == 2
    err = capsys.readouterr().err
    assert "no sample 'nope'; its samples are rand-seed<N>, printed, search:rand" in err


def test_summary_tells_findings_from_controls(mypaper, capsys):
    assert main(["verify", str(mypaper), "--quiet"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out == ["4 claims: 2 HOLDS, 1 findings (printed claims that fail, as expected), "
                   "1 controls (constructed checks that fail, as expected); all as expected"]


def test_report_to_an_unwritable_folder_fails_before_any_work(tmp_path, capsys, monkeypatch):
    import corrcheck.cli

    def no_work(*a, **k):
        raise AssertionError("verification started before the output folder was checked")
    monkeypatch.setattr(corrcheck.cli, "_load", no_work)
    monkeypatch.setattr(corrcheck.cli, "_run", no_work)
    afile = tmp_path / "afile"
    afile.write_text("")
    assert main(["report", "--out", str(afile / "reports")]) == 2
    assert "is not a writable folder" in capsys.readouterr().err
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if not os.access(locked, os.W_OK):  # (root writes anywhere)
        assert main(["report", "--out", str(locked / "reports")]) == 2
        assert "is not a writable folder" in capsys.readouterr().err


def test_report_refuses_a_folder_of_other_files(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["report", "--out", str(tmp_path)]) == 2
    assert "holds files a report does not write (notes.txt)" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_workers_give_the_serial_results():
    from corrcheck.registry import registry
    from corrcheck.run import verify
    claims = registry("alipour2016")[:6]
    kw = dict(samples=1, search=0.25)
    serial = verify(claims, workers=1, **kw)
    parallel = verify(claims, workers=2, **kw)
    assert [r.to_json() for r in serial] == [r.to_json() for r in parallel]


def test_progress_only_on_a_terminal():
    import io

    from corrcheck.run import bar

    class Terminal(io.StringIO):
        def isatty(self):
            return True
    with bar(3, io.StringIO()) as progress:
        assert progress is None
    screen = Terminal()
    with bar(3, screen) as progress:
        progress(2)
    assert "0/3" in screen.getvalue() and "claim" in screen.getvalue()  # a bar with an ETA


def test_stated_defaults_are_the_verdict_modules():
    from corrcheck import cli, verdict
    assert (cli.DEFAULT_DPS, cli.DEFAULT_SAMPLES) == (verdict.DEFAULT_DPS, verdict.DEFAULT_SAMPLES)


def test_bad_usage_fails_before_anything_heavy_loads(tmp_path):
    """The command line checks arguments and the report folder before importing the claim
    language, the verdicts or any paper."""
    code = ("import sys; from corrcheck.cli import main; status = main(sys.argv[1:]); "
            "heavy = [m for m in ('sympy', 'corrcheck.verdict', 'corrcheck.registry') "
            "if m in sys.modules]; print(status, heavy)")
    afile = tmp_path / "afile"
    afile.write_text("")
    run = subprocess.run([sys.executable, "-c", code, "report", "--out", str(afile / "r")],
                         capture_output=True, text=True)
    assert run.stdout.strip() == "2 []" and "not a writable folder" in run.stderr
