"""The command line: list, verify, show; exit codes."""
import json
import subprocess
import sys

import pytest

from corrcheck.cli import main

CLAIM = "alipour2016.text.tr_chi_HS"


def test_list(capsys):
    assert main(["list", "--paper", "alipour2016"]) == 0
    out = capsys.readouterr().out
    assert CLAIM in out and "HOLDS" in out


def test_verify_one_claim_json(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "--claim", CLAIM, "--json", "-", "--search", "0"]) == 0
    doc = json.loads(capsys.readouterr().out)
    row = doc["claims"][0]
    assert doc["dps"] == [30, 50] and row["id"] == CLAIM and row["verdict"] == "HOLDS"
    assert {"paper", "equation", "title", "kind", "expected", "method", "max_residual", "values",
            "corrected", "notes"} <= set(row)


def test_verify_unknown_claim_is_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["verify", "--claim", "nope.eq1.x"])
    assert exc.value.code == 2


def test_bad_usage_exit_code():
    proc = subprocess.run([sys.executable, "-m", "corrcheck", "verify", "--paper", "nope"],
                          capture_output=True, text=True)
    assert proc.returncode == 2


def test_show(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["show", CLAIM]) == 0
    out = capsys.readouterr().out
    assert CLAIM in out and "statement" in out and "HOLDS" in out


def test_workers_give_the_serial_results():
    from corrcheck.registry import registry
    from corrcheck.run import verify
    claims = registry("alipour2016")[:6]
    kw = dict(samples=1, search=0.25)
    serial = verify(claims, workers=1, **kw)
    parallel = verify(claims, workers=2, **kw)
    assert [r.to_json() for r in serial] == [r.to_json() for r in parallel]
