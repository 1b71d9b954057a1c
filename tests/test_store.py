"""Stored results: reused while nothing a claim depends on changed, recomputed exactly when
something did, never trusted when corrupt; reports identical with and without the store."""
import json
from pathlib import Path

import pytest

import corrcheck.run
import corrcheck.verdict
from corrcheck.cli import main
from corrcheck.registry import load_file
from corrcheck.run import verify
from corrcheck.store import Fingerprinter, Store, result_key

PAPER = '''
from corrcheck import Op, Paper, Tr, density, derived, fixed, hermitian, ptr, sampler

PAPER = Paper("storetest", title="t")
rho = Op("rho", ("A", "B"), "state")
H = Op("H_A", ("A",), "hermitian")
K = Op("K", ("A",), "hermitian")
SCALE = 1


def doubled(env, kind):
    return env["H_A"] * 2 * SCALE


def energy(ev):
    """Tr[rho H_A] by hand"""
    return ev(Tr(rho * H))


RANDOM = sampler("r", ("A", "B"), (2, 2), {rho: density(), H: hermitian()})
WITH_K = sampler("k", ("A", "B"), (2, 2), {rho: density(), H: hermitian(),
                                           K: derived(doubled, "2 H_A")})
PRINTED = sampler("p", ("A", "B"), (2, 2), {rho: fixed([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], state_dims=(2, 2)),
                                            H: fixed([[1, 0], [0, -1]])}, random=False)
PAPER.claim("eq1.a", eq="1", title="a", statement="a", lhs=Tr(rho * H), rhs=Tr(ptr(rho, "B") * H), samplers=(RANDOM, PRINTED))
PAPER.claim("eq2.b", eq="2", title="b", statement="b", lhs=Tr(rho * K), rhs=2 * Tr(rho * H), samplers=(WITH_K,))
PAPER.claim("eq3.c", eq="3", title="c", statement="c", lhs=energy, rhs=Tr(rho * H), samplers=(PRINTED,))
PAPER.claim("eq4.d", eq="4", title="d", statement="d", lhs=Tr(rho), rhs=1, samplers=(PRINTED,))
'''


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("CORRCHECK_CACHE", str(tmp_path / "cache"))
    return Store(tmp_path / "cache" / "store")


@pytest.fixture
def decided(monkeypatch):
    """The ids of the claims actually decided (not taken from the store), run by run."""
    seen = []
    one = corrcheck.run._one

    def spy(job):
        seen.append(job[0] if isinstance(job[0], str) else job[0].id)
        return one(job)
    monkeypatch.setattr(corrcheck.run, "_one", spy)
    return seen


def paper(tmp_path, text, version):
    """The paper file as edited (a new file per version: a loaded file is not re-read)."""
    folder = tmp_path / f"v{version}"
    folder.mkdir()
    (folder / "storetest.py").write_text(text)
    return load_file(folder / "storetest.py")


def run(p, store, decided, **kw):
    decided.clear()
    results = verify(p.claims, store=store, search=0, **kw)
    return {c.id.split(".", 1)[1]: r for c, r in zip(p.claims, results)}, set(
        i.split(".", 1)[1] for i in decided)


def test_edits_recompute_exactly_what_they_touch(tmp_path, store, decided):
    p = paper(tmp_path, PAPER, 0)
    first, ran = run(p, store, decided)
    assert ran == {"eq1.a", "eq2.b", "eq3.c", "eq4.d"}
    assert all(r.verdict == "HOLDS" for r in first.values())
    assert run(p, store, decided)[1] == set()  # nothing changed: all reused
    edits = [  # (edit, the claims that depend on it)
        (("lhs=Tr(rho), rhs=1,", "lhs=2 * Tr(rho), rhs=2,"), {"eq4.d"}),
        (('"""Tr[rho H_A] by hand"""\n    return', '"""Tr[rho H_A] by hand"""\n    return 1 * '),
         {"eq3.c"}),  # a hand-written evaluator's code
        (("SCALE = 1", "SCALE = 1.0"), {"eq2.b"}),  # a value a derived recipe's code reads
        (("[[1, 0], [0, -1]]", "[[1, 0], [0, -2]]"), {"eq1.a", "eq3.c", "eq4.d"}),  # a shared
        # sampler's printed value
        (('title="a"', 'title="a, retitled"'), {"eq1.a"}),  # any field of the declaration
    ]
    text = PAPER
    for n, ((old, new), touched) in enumerate(edits, 1):
        assert old in text
        text = text.replace(old, new)
        results, ran = run(paper(tmp_path, text, n), store, decided)
        assert ran == touched, (old, new)
    assert run(paper(tmp_path, text, 99), store, decided, samples=3)[1] == set(
        results)  # other settings: everything


def test_store_is_byte_identical_to_a_fresh_run(tmp_path, store, decided):
    p = paper(tmp_path, PAPER, 0)
    fresh = verify(p.claims, search=0)
    stored, _ = run(p, store, decided)
    again, ran = run(p, store, decided)
    assert not ran
    dump = lambda rs: json.dumps([r.to_json() for r in rs])  # noqa: E731
    assert dump(fresh) == dump(stored.values()) == dump(again.values())


def test_proofs_are_reused_across_settings(tmp_path, store, decided, monkeypatch):
    p = paper(tmp_path, PAPER, 0)
    run(p, store, decided)
    calls = []
    prove = corrcheck.verdict.prove
    monkeypatch.setattr(corrcheck.verdict, "prove", lambda c: calls.append(c.id) or prove(c))
    results, ran = run(p, store, decided, samples=1)
    assert len(ran) == 4 and calls == []  # decided again, from the stored proofs
    assert results["eq1.a"].proof["status"] == "proved"


def test_corrupt_entries_are_recomputed_never_trusted(tmp_path, store, decided):
    p = paper(tmp_path, PAPER, 0)
    run(p, store, decided)
    fp = Fingerprinter()
    kw = corrcheck.run.settings(search=0)
    paths = {c.id: next(store.root.rglob(f"{result_key(c, kw, fp)}.json")) for c in p.claims}
    a, b = paths["storetest.eq1.a"], paths["storetest.eq2.b"]
    a.write_text(a.read_text()[:50])  # truncated
    doc = json.loads(b.read_text())
    doc["value"]["verdict"] = "FAILS"  # tampered: the checksum no longer matches
    b.write_text(json.dumps(doc))
    results, ran = run(p, store, decided)
    assert ran == {"eq1.a", "eq2.b"} and results["eq2.b"].verdict == "HOLDS"
    assert run(p, store, decided)[1] == set()  # rewritten, valid again


def test_a_store_of_another_format_is_rebuilt(tmp_path, store, decided):
    p = paper(tmp_path, PAPER, 0)
    run(p, store, decided)
    (store.root / "FORMAT").write_text("0\n")
    fresh = Store(store.root)
    assert run(p, fresh, decided)[1] == {"eq1.a", "eq2.b", "eq3.c", "eq4.d"}
    assert run(p, fresh, decided)[1] == set()


def test_report_reuses_verify_and_is_identical_without_the_store(tmp_path, store, decided):
    src = tmp_path / "v0" / "storetest.py"
    paper(tmp_path, PAPER, 0)
    decided.clear()
    assert main(["verify", str(src), "--workers", "1"]) == 0
    assert len(decided) == 4
    decided.clear()
    assert main(["report", str(src), "--out", str(tmp_path / "stored"), "--workers", "1"]) == 0
    assert decided == []  # the main job verifies once
    assert main(["report", str(src), "--out", str(tmp_path / "fresh"), "--no-cache",
                 "--workers", "1"]) == 0
    assert len(decided) == 4
    fresh, stored = tmp_path / "fresh", tmp_path / "stored"
    files = sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(stored) for p in stored.rglob("*") if p.is_file())
    for name in files:
        assert (stored / name).read_bytes() == (fresh / name).read_bytes()


def test_fingerprints_do_not_depend_on_order_or_process():
    """Digests of the shipped papers: the same in any order of claims (cycles among helpers
    included), so a single claim's key equals its key in a full run."""
    from corrcheck.registry import registry
    claims = registry("pyharanta2022")
    kw = corrcheck.run.settings()
    forward = [result_key(c, kw, Fingerprinter()) for c in claims]
    fp = Fingerprinter()
    backward = [result_key(c, kw, fp) for c in reversed(claims)][::-1]
    assert forward == backward and len(set(forward)) == len(claims)


def test_store_location_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CORRCHECK_CACHE", str(tmp_path / "elsewhere"))
    assert Store().root == Path(tmp_path / "elsewhere" / "store")


def test_code_of_a_script_or_notebook_is_fingerprinted():
    """Functions defined in ``__main__`` (a notebook, a script) are user code: an edit to their
    body changes the digest."""
    import types
    fp = Fingerprinter()
    digests = []
    for body in ("return ev(1)", "return ev(2)"):
        namespace = {"__name__": "__main__"}
        exec(compile(f"def energy(ev):\n    {body}\n", "<cell>", "exec"), namespace)
        digests.append(fp.digest(namespace["energy"]))
        assert isinstance(namespace["energy"], types.FunctionType)
    assert digests[0] != digests[1]


def test_an_engine_edited_during_a_run_stores_nothing(tmp_path, store, decided, monkeypatch):
    """The version is read from the files on disk; a process runs the code it loaded.  An engine
    file modified after corrcheck was imported (here: corrcheck 'imported' before the epoch) may
    hold other code than the process runs, so nothing is stored or read."""
    import corrcheck
    import corrcheck.store
    p = paper(tmp_path, PAPER, 0)
    run(p, store, decided)
    monkeypatch.setattr(corrcheck, "IMPORTED_NS", 0)
    monkeypatch.setattr(corrcheck.store, "_warned", [])
    with pytest.warns(corrcheck.store.SourceMovedWarning, match="changed after corrcheck was loaded"):
        assert run(p, store, decided)[1] == {"eq1.a", "eq2.b", "eq3.c", "eq4.d"}
    entries = sorted(store.root.rglob("*.json"))
    store.root.joinpath("results").rename(tmp_path / "old")
    run(p, store, decided)
    assert not list(store.root.rglob("results/**/*.json")) and entries
