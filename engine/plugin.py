"""pytest plugin: ``pytest --corrcheck path/to/mypaper.py`` checks a paper file in a test run.

Registered through the ``pytest11`` entry point, so it is active wherever corrcheck is
installed, and inert without ``--corrcheck``.  A paper file gives one test per (claim, sample,
precision), ``<claim id>[<sample id>@dps<N>]``, and one verdict test per claim, ``<claim id>``
(``pytest --corrcheck mypaper.py -k eq3`` selects claims); a claim that does not get its
expected verdict fails with the counterexample in the message.  The project's own tests
generate their cases with the same functions (:func:`sample_cases`, :func:`verdict_cases`).

Verdicts are decided once per test session: the processes of a run (pytest-xdist's workers)
share a result store (:mod:`corrcheck.store`) in a temporary folder made for the session and
removed after it, so a test that needs every verdict (a report) reads those other workers
decided.  Nothing is kept between sessions.
"""
import os
import shutil
import tempfile
import uuid
from functools import lru_cache
from pathlib import Path

import pytest

_SHARED = "corrcheck_session_store"
_OWN = pytest.StashKey()
_STORE = []  # the session's store folder (one entry once configured)


def pytest_addoption(parser):
    parser.getgroup("corrcheck").addoption(
        "--corrcheck", action="append", default=[], metavar="FILE",
        help="check the claims of this paper file (PAPER = Paper(...)); repeatable")


def pytest_configure(config):
    shared = getattr(config, "workerinput", {}).get(_SHARED)
    if shared is None:  # the controller (or a run without workers) names the folder
        shared = os.path.join(tempfile.gettempdir(), f"corrcheck-pytest-{uuid.uuid4().hex}")
        config.stash[_OWN] = shared
    _STORE[:] = [shared]
    files = [Path(f).resolve() for f in config.getoption("corrcheck") or ()]
    if not files:
        return
    from .registry import load_file
    for f in files:
        try:
            load_file(f)
        except Exception as exc:  # noqa: BLE001 - a user's file may raise anything on import
            raise pytest.UsageError(f"--corrcheck {f}: {type(exc).__name__}: {exc}") from None
    config.stash[_FILES] = frozenset(files)
    config.args = list(config.args) + [str(f) for f in files]  # collected even outside the tree


_FILES = pytest.StashKey()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """pytest-xdist: every worker shares the controller's session store."""
    node.workerinput[_SHARED] = _STORE[0]


def pytest_unconfigure(config):
    own = config.stash.get(_OWN, None)
    if own:
        shutil.rmtree(own, ignore_errors=True)


def _paper_file(path, parent):
    if path.resolve() in parent.config.stash.get(_FILES, ()):
        return PaperFile.from_parent(parent, path=path)
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path, parent):
    """A paper file named on the command line is checked, not imported as a test module."""
    return _paper_file(module_path, parent)


def pytest_collect_file(file_path, parent):
    """A paper file met while collecting a folder (the python plugin ignores it)."""
    python_collects = file_path.suffix == ".py" and (parent.session.isinitpath(file_path) or any(
        file_path.match(p) for p in parent.config.getini("python_files")))
    return None if python_collects else _paper_file(file_path, parent)


# ------------------------------------------------------------------ cases, shared with tests/

def sample_cases(claims, dps=None, samples=None):
    """((claim, sampler, seed, dps), id) for every checkable claim, sample and precision."""
    from .verdict import DEFAULT_DPS, DEFAULT_SAMPLES, samples_of
    out = []
    for c in claims:
        if c.kind == "definition":
            continue
        for sampler, seed in samples_of(c, samples or DEFAULT_SAMPLES):
            for p in dps or DEFAULT_DPS:
                out.append(((c, sampler, seed, p), f"{c.id}[{sampler.sample_id(seed)}@dps{p}]"))
    return out


def verdict_cases(claims):
    """(claim, id) for every checkable claim."""
    return [(c, c.id) for c in claims if c.kind != "definition"]


def group(claim):
    """All cases of one claim run in one xdist worker (``--dist loadgroup``), which then
    computes each sample once for the per-sample cases, the verdict and the mutants."""
    return pytest.mark.xdist_group(claim.id)


@lru_cache(maxsize=None)
def decided(claim):
    """The verdict of a claim at default settings, decided once per test session (see the module
    docstring); outside a session, once per process."""
    from .run import verify
    from .store import Store
    [result] = verify([claim], store=Store(_STORE[0]) if _STORE else None)
    return result


def assert_sample(claim, sampler, seed, dps):
    """A claim expected to hold passes on this sample at this precision (or a precondition
    skips the sample); no evaluation raises unless the claim is expected to be an ERROR."""
    from .claim import ERROR, HOLDS
    from .verdict import run_sample
    out, _ = run_sample(claim, sampler, seed, dps)
    if claim.expected == ERROR:
        return
    assert out.error is None, f"{claim.id} on {out.sample} at {dps} digits raised: {out.error}"
    if claim.expected == HOLDS:
        assert out.ok is not False, (
            f"{claim.id} on {out.sample} at {dps} digits: residual {out.residual} > tolerance "
            f"{out.tolerance}: lhs = {out.lhs}, rhs = {out.rhs}")


def assert_verdict(claim, result=None):
    """The verdict is the expected one; a FAILS verdict names the sample that breaks the claim."""
    from .claim import FAILS
    r = result or decided(claim)
    ce = r.counterexample
    shown = (f"; counterexample: sample {ce['sample']}: lhs = {ce['lhs']}, rhs = {ce['rhs']}, "
             f"residual {ce['residual']}" if ce else "")
    notes = f"; notes: {' '.join(r.notes)}" if r.notes else ""
    assert r.verdict == claim.expected, (
        f"{claim.id}: {r.verdict}, expected {claim.expected}{shown}{notes}")
    if r.verdict == FAILS:
        assert ce, f"{claim.id}: a FAILS verdict names the sample that breaks the claim"


# ------------------------------------------------------------------ collection of a paper file

class PaperFile(pytest.File):
    """The claims of a paper file, as test items."""

    def collect(self):
        from .registry import load_file
        paper = load_file(self.path)
        for case, name in sample_cases(paper.claims):
            item = SampleCase.from_parent(self, name=name, case=case)
            item.add_marker(group(case[0]))
            yield item
        for claim, name in verdict_cases(paper.claims):
            item = VerdictCase.from_parent(self, name=name, claim=claim)
            item.add_marker(group(claim))
            yield item


class _Case(pytest.Item):
    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, AssertionError):
            return str(excinfo.value)  # the message says it all; no traceback into corrcheck
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, self.name


class SampleCase(_Case):
    def __init__(self, *, case, **kw):
        super().__init__(**kw)
        self.case = case

    def runtest(self):
        assert_sample(*self.case)


class VerdictCase(_Case):
    def __init__(self, *, claim, **kw):
        super().__init__(**kw)
        self.claim = claim

    def runtest(self):
        assert_verdict(self.claim)
