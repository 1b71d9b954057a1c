"""Every code block of the README runs, so the README cannot rot.

The rules (the README's blocks are fenced, ```python or ```sh):

* Python blocks are executed in order, in one scratch folder; a block whose first line is
  ``# file: NAME`` is written to NAME there instead (the shell blocks then use it).
* Shell blocks: each command (``&&`` splits a line) is run in that folder when it is cheap: a
  ``corrcheck`` command on a paper file, on one ``--claim``, ``list`` or ``show``, and
  ``python -m pytest --corrcheck FILE``.  Other ``corrcheck`` commands (the whole registry, a
  cluster) are parsed by the command line's own parser; ``pip install`` must name extras that
  pyproject.toml declares; other programs' options are checked against their ``--help``.
"""
import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from corrcheck.cli import parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"^```(\w+)\n(.*?)^```$", README, flags=re.S | re.M)


def _commands(code):
    for line in code.splitlines():
        words = shlex.split(line, comments=True)
        while words:
            cut = words.index("&&") if "&&" in words else len(words)
            yield words[:cut]
            words = words[cut + 1:]


def _cheap(argv):
    if argv[:1] == ["corrcheck"]:
        return argv[1] in ("list", "show") or (
            "--scheduler" not in argv and ("--claim" in argv or any(a.endswith(".py") for a in argv)))
    return argv[:4] == ["python", "-m", "pytest", "--corrcheck"]


def _check(argv):
    """A command that is not run: it must at least be well formed."""
    if argv[0] == "corrcheck":
        parser().parse_args(argv[1:])  # exits 2 on a bad argument
    elif argv[:2] == ["pip", "install"]:
        extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
            "optional-dependencies"]
        for target in argv[2:]:
            for extra in re.findall(r"\[([\w,]+)\]", target):
                assert set(extra.split(",")) <= set(extras), target
    else:
        sub = [w for w in argv[:3] if not w.startswith("-") and not re.search(r"[:/.]", w)]
        here = Path(sys.executable).parent / sub[0]  # the programs installed beside python
        sub[0] = str(here) if here.exists() else sub[0]
        if argv[:3] == ["python", "-m", "pytest"]:
            sub = [sys.executable, "-m", "pytest"]
        helptext = subprocess.run(sub + ["--help"], capture_output=True, text=True).stdout
        for option in (w for w in argv if w.startswith("-")):
            assert option in helptext, f"{' '.join(argv)}: {option} unknown"


def test_the_readme_runs(tmp_path):
    env = {**os.environ, "CORRCHECK_CACHE": str(tmp_path / "cache")}
    folder = tmp_path / "work"
    folder.mkdir()
    assert BLOCKS and {lang for lang, _ in BLOCKS} <= {"python", "sh"}
    for lang, code in BLOCKS:
        if lang == "python":
            first = code.splitlines()[0]
            if first.startswith("# file: "):
                (folder / first[len("# file: "):]).write_text(code)
                continue
            run = subprocess.run([sys.executable, "-c", code], cwd=folder, env=env,
                                 capture_output=True, text=True)
            assert run.returncode == 0, f"{code}\n{run.stderr}"
            continue
        for argv in _commands(code):
            if not _cheap(argv):
                _check(argv)
                continue
            exe = ([sys.executable, "-m", "corrcheck"] if argv[0] == "corrcheck"
                   else [sys.executable])
            run = subprocess.run(exe + argv[1:], cwd=folder, env=env, capture_output=True,
                                 text=True)
            # verify exits 1 when a verdict is not the expected one: a README example never does
            assert run.returncode == 0, f"{' '.join(argv)}\n{run.stdout[-2000:]}\n{run.stderr}"


def test_two_set_up_commands_and_ci_runs_the_second():
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [code.strip() for lang, code in re.findall(r"^```(\w+)\n(.*?)^```$", section,
                                                           flags=re.S | re.M)]
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert "corrcheck verify && corrcheck report" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1]
    assert ci == commands[1]


@pytest.mark.parametrize("name", ["Check your own derivation", "Scale out on a Dask cluster"])
def test_sections_exist(name):
    assert f"\n## {name}\n" in README
