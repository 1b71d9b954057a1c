"""The registry itself: ids, references, special samples, validation of bad declarations."""
import importlib
from pathlib import Path

import pytest
import sympy

from corrcheck.registry import builtin_keys, papers, registry
from corrcheck.claim import FAILS, UNDECIDED, DeclarationError, Paper
from corrcheck.setups import Bipartite, closed
from corrcheck.verdict import check
from corrcheck.symbolic.expr import Dt, Op, Tr

SB = Bipartite.named("S", "B")


def test_ids_unique_and_dotted():
    ids = [c.id for c in registry()]
    assert len(ids) == len(set(ids))
    assert all(i.count(".") >= 2 for i in ids)


def test_every_paper_module_registers_claims():
    assert [p.key for p in papers()] == list(builtin_keys())
    for p in papers():
        assert any(c.kind != "definition" for c in p.claims), f"{p.key} declares no checkable claim"


def test_claims_cite_equation_and_paper():
    for p in papers():
        assert p.reference, p.key
        for c in p.claims:
            assert str(c.eq).strip() and c.paper == p.key, c.id


def test_checkable_claims_have_a_special_sample():
    for c in registry():
        if c.kind == "definition" or c.expected == UNDECIDED and not c.samplers:
            continue
        assert any(not s.random for s in c.samplers), f"{c.id} has no special (non-random) sample"


def test_misprints_have_corrections():
    claims = {c.id: c for c in registry()}
    for c in claims.values():
        if c.role == "corrected":
            assert claims[c.corrects].expected == FAILS, c.id


def test_deliberately_false_claim_fails():
    p = Paper("alipour2016", "t", "t", "t")
    bad = p.claim("text.false", eq="test", title="false: correlations carry no interaction energy",
                  statement="Tr[chi H_I] = 0", lhs=Tr(SB.chi * SB.H_int), rhs=0,
                  samplers=closed(SB).samplers("hs", ((2, 2),)))
    res = check(bad)
    assert res.verdict == FAILS and res.counterexample


def test_bad_declarations_name_the_claim():
    p = Paper("alipour2016", "t", "t", "t")
    smp = closed(SB).samplers("hs", ((2, 2),))
    unbound = Op("H_X", ("S",), "hermitian")
    with pytest.raises(DeclarationError, match=r"alipour2016\.x\.unbound: operator H_X"):
        p.claim("x.unbound", eq="1", title="t", statement="s", lhs=Tr(SB.rho * unbound), rhs=0,
                samplers=smp)
    with pytest.raises(DeclarationError, match=r"alipour2016\.x\.noeq: missing equation number"):
        p.claim("x.noeq", eq="", title="t", statement="s", lhs=Tr(SB.rho), rhs=1, samplers=smp)
    p.claim("x.dup", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=1, samplers=smp)
    with pytest.raises(DeclarationError, match=r"alipour2016\.x\.dup: duplicate id"):
        p.claim("x.dup", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=1, samplers=smp)
    with pytest.raises(DeclarationError, match="needs a reason"):
        p.claim("x.fails", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=2, samplers=smp,
                expected=FAILS)
    with pytest.raises(DeclarationError, match=r"x\.nodyn: uses Dt but declares no dynamics"):
        p.claim("x.nodyn", eq="1", title="t", statement="s", lhs=Tr(Dt(SB.rho) * SB.H_a), rhs=0,
                samplers=smp)
    with pytest.raises(DeclarationError, match="scalar beta"):
        p.claim("x.scalar", eq="1", title="t", statement="s", lhs=sympy.Symbol("beta"), rhs=1,
                samplers=smp)


def test_registry_is_loaded_explicitly():
    mod = importlib.import_module("corrcheck.claim")
    assert not hasattr(mod, "REGISTRY")


TINY = '''
from corrcheck import Op, Paper, Tr, density, sampler

PAPER = Paper("tiny", title="an installed paper")
rho = Op("rho", ("A",), "state")
PAPER.claim("eq1.trace", eq="1", title="unit trace", statement="Tr rho = 1", lhs=Tr(rho), rhs=1,
            samplers=sampler("hs", ("A",), (2,), {rho: density()}))
PAPER.claim("eq2.purity", eq="2", kind="leq", title="purity", statement="Tr rho^2 <= 1",
            lhs=Tr(rho * rho), rhs=1, samplers=sampler("hs3", ("A",), (3,), {rho: density()}))
'''


def test_installed_distributions_contribute_papers(tmp_path):
    """A real install of a tiny distribution whose entry point (group ``corrcheck.papers``)
    names its paper module: listed and verified (in worker processes) with no other step."""
    import os
    import subprocess
    import sys
    src = tmp_path / "src"
    src.mkdir()
    (src / "tinypaper.py").write_text(TINY)
    (src / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "tinypaper"\nversion = "1"\n[tool.setuptools]\npy-modules = ["tinypaper"]\n'
        '[project.entry-points."corrcheck.papers"]\ntiny = "tinypaper"\n')
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--no-build-isolation", "--target", str(site), str(src)], check=True,
                   capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(site), "CORRCHECK_CACHE": str(tmp_path / "cache")}
    run = lambda *a: subprocess.run([sys.executable, "-m", "corrcheck", *a], env=env,  # noqa: E731
                                    capture_output=True, text=True, cwd=tmp_path)
    listed = run("list", "--paper", "tiny")
    assert listed.returncode == 0 and "tiny.eq1.trace" in listed.stdout, listed.stderr
    checked = run("verify", "--paper", "tiny", "--workers", "2", "--quiet")
    assert checked.returncode == 0 and "2 HOLDS" in checked.stdout, checked.stderr
