"""The ``corrcheck`` command line (also ``python -m corrcheck``).

    corrcheck list   [FILE ...] [--paper KEY]
    corrcheck verify [FILE ...] [--paper KEY] [--claim ID ...] [--dps N] [--samples K]
                     [--seed S] [--search X] [--workers N | --executor dask --scheduler ADDRESS]
                     [--json FILE|-] [--quiet] [--no-cache]
    corrcheck show   ID [FILE ...] [--proof] [--sample NAME]
    corrcheck report [FILE ...] [--out DIR] [--workers N | --executor dask --scheduler ADDRESS]
                     [--quiet] [--no-cache]

``FILE`` is a paper module outside the package (it defines ``PAPER = Paper(...)`` and imports
only public names); without files every shipped and installed paper is used.  Exit status: 0
when every verdict is the expected one, 1 otherwise, 2 on bad usage (always with a message).
Results are stored in the user's cache directory (``$CORRCHECK_CACHE`` overrides it) and reused
while nothing they depend on changed; ``--no-cache`` decides everything again.
"""
import argparse
import json
import math
import os
import platform
import sys
from importlib import metadata
from pathlib import Path

from . import staging
from .store import Store, cache_dir

# Heavy modules (the claim language, the verdicts, the reports) are imported where they are
# used, so that bad usage fails at once, before any of them loads.
WORKERS = min(4, os.cpu_count() or 1)
MIN_DPS = 20  # checked at 0.6 N = 12 digits, tolerance 10^(-12+8): coarser says nothing
CONNECT_TIMEOUT = 10  # seconds to reach a Dask scheduler
DEFAULT_DPS, DEFAULT_SAMPLES = (30, 50), 2  # those of corrcheck.verdict (a test keeps them equal)


class Usage(Exception):
    """Bad usage: the message is printed and the exit status is 2."""


def _version(dist):
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def versions():
    return {"corrcheck": _version("corrcheck"), "python": platform.python_version(),
            **{d: _version(d) for d in ("sympy", "mpmath", "numpy", "scipy", "python-flint")}}


def last_path():
    """Where the last ``verify`` run's results are kept (for ``show``)."""
    return cache_dir() / "last.json"


# ------------------------------------------------------------------ arguments

def _integer(text):
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def _dps(text):
    n = _integer(text)
    if n < MIN_DPS:
        raise argparse.ArgumentTypeError(
            f"must be at least {MIN_DPS} (claims are checked at 0.6 N and N digits), got {n}")
    return n


def _positive(text):
    n = _integer(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {n}")
    return n


def _seed(text):
    n = _integer(text)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or a positive integer, got {n}")
    return n


def _budget(text):
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(x) or x < 0:
        raise argparse.ArgumentTypeError(f"must be a finite number >= 0 (0 disables the search), "
                                         f"got {text}")
    return x


def parser():
    p = argparse.ArgumentParser(prog="corrcheck", description="Check the equations of papers on "
                                "the thermodynamics of quantum correlations, symbolically and at "
                                "high precision.")
    p.add_argument("--version", action="version", version=f"corrcheck {_version('corrcheck')}")
    sub = p.add_subparsers(dest="cmd", required=True)
    files = dict(nargs="*", metavar="FILE", help="paper file(s) outside the package "
                 "(PAPER = Paper(...)); default: every shipped and installed paper")

    ls = sub.add_parser("list", help="list claims: id, equation, title, expected verdict")
    ls.add_argument("files", **files)
    ls.add_argument("--paper", metavar="KEY", help="only this paper (a shipped or installed one)")

    v = sub.add_parser("verify", help="check claims; exit 0 only if every verdict is as expected")
    v.add_argument("files", **files)
    v.add_argument("--paper", metavar="KEY", help="only this paper (a shipped or installed one)")
    v.add_argument("--claim", action="append", metavar="ID", help="claim id (repeatable)")
    v.add_argument("--dps", type=_dps, metavar="N",
                   help=f"highest working precision in digits, at least {MIN_DPS}; claims are "
                        f"checked at 0.6 N and N (default {DEFAULT_DPS[0]} and {DEFAULT_DPS[1]})")
    v.add_argument("--samples", type=_positive, metavar="K",
                   help=f"random draws per random sampler (default {DEFAULT_SAMPLES})")
    v.add_argument("--seed", type=_seed, default=0, metavar="S", help="first seed (default 0)")
    v.add_argument("--search", type=_budget, default=1.0, metavar="X",
                   help="scale of the counterexample-search budget (0 disables; default 1)")
    v.add_argument("--json", metavar="FILE", help="write results as JSON to FILE ('-' for stdout)")
    _run_options(v)

    s = sub.add_parser("show", help="a claim's declaration, assumptions, samples, erratum and "
                       "last result")
    s.add_argument("id")
    s.add_argument("files", **files)
    s.add_argument("--proof", action="store_true", help="print the symbolic proof's steps")
    s.add_argument("--sample", metavar="NAME",
                   help="print one sample's bindings and both sides at each precision: a fixed "
                        "sampler's name, <sampler>-seed<N> for a random draw, or "
                        "search:<sampler> for the counterexample search's point")

    r = sub.add_parser("report", help="write Markdown reports (reusing stored results)")
    r.add_argument("files", **files)
    r.add_argument("--out", default="reports", metavar="DIR",
                   help="report folder, replaced whole at the end (default reports)")
    _run_options(r)
    return p


def _run_options(p):
    p.add_argument("--workers", type=_positive, default=WORKERS, metavar="N",
                   help=f"local worker processes (default {WORKERS}; results do not depend on it)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="where claims run: local processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="the Dask scheduler's address (with --executor dask), e.g. tcp://host:8786")
    p.add_argument("--no-cache", action="store_true",
                   help="decide every claim again instead of reusing stored results")
    p.add_argument("--quiet", action="store_true",
                   help="print only the summary and the claims not as expected")


# ------------------------------------------------------------------ selection

def _load(files):
    from .claim import DeclarationError
    from .registry import load_file
    loaded = []
    for f in files:
        try:
            loaded.append(load_file(f))
        except FileNotFoundError as exc:
            raise Usage(str(exc)) from None
        except DeclarationError as exc:
            raise Usage(f"{f}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - a user's file may raise anything on import
            raise Usage(f"cannot load {f}: {type(exc).__name__}: {exc}") from None
    return loaded


def _select(args):
    from .registry import get, registry
    loaded = _load(args.files)
    try:
        if getattr(args, "claim", None):
            return [get(i) for i in args.claim]
        if loaded:
            return [c for p in loaded for c in p.claims] + (registry(args.paper) if getattr(
                args, "paper", None) else [])
        return registry(getattr(args, "paper", None))
    except KeyError as exc:
        raise Usage(exc.args[0]) from None


def _executor(args):
    """The executor of ``--executor`` (None: local processes), checked before any work."""
    if args.executor == "local":
        if args.scheduler:
            raise Usage("--scheduler needs --executor dask")
        return None, None
    if not args.scheduler:
        raise Usage("--executor dask needs --scheduler ADDRESS (e.g. tcp://host:8786)")
    try:
        from distributed import Client
    except ImportError:
        raise Usage("--executor dask needs dask.distributed: pip install 'corrcheck[dask]'") from None
    try:
        client = Client(args.scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise Usage(f"cannot reach the Dask scheduler at {args.scheduler}: {exc}") from None
    workers = client.scheduler_info()["workers"]
    threaded = sorted(w.get("nthreads", 1) for w in workers.values() if w.get("nthreads", 1) != 1)
    if not workers or threaded:
        client.close()
        raise Usage(f"the Dask scheduler at {args.scheduler} has "
                    + (f"workers with {threaded[0]} threads" if threaded else "no workers")
                    + "; start them with one thread each (dask worker ADDRESS --nthreads 1): "
                    "the working precision is per process")
    return client, client.get_executor()


def _run(args, select, **kw):
    """Results of the claims ``select()`` returns, on the executor of ``args`` (reached and
    checked before the claims are loaded)."""
    from .run import bar, verify
    client, executor = _executor(args)
    store = None if args.no_cache else Store()
    try:
        claims = select()
        with bar(len(claims)) as progress:
            return claims, verify(claims, workers=args.workers, progress=progress, store=store,
                                  executor=executor, **kw)
    finally:
        if client is not None:
            client.close()


# ------------------------------------------------------------------ output

def payload(claims, results, kw):
    """The JSON document of a run; ``corrected`` links come from the claims' whole papers."""
    from .registry import paper
    corrected, sources = {}, {}
    for key in dict.fromkeys(c.paper for c in claims):
        p = paper(key)
        if p.source:
            sources[key] = p.source
        for c in p.claims:
            if c.corrects:
                corrected.setdefault(c.corrects, []).append(c.id)
    rows = []
    for c, r in zip(claims, results):
        rows.append({"id": c.id, "paper": c.paper, "equation": c.eq, "title": c.title,
                     "kind": c.kind, "role": c.role, "verdict": r.verdict, "expected": c.expected,
                     "method": r.method, "proof_scope": r.proof_scope, "label": r.label,
                     "premise": r.premise, "tightest": r.tightest,
                     "max_residual": r.max_residual, "min_margin": r.min_margin,
                     "values": r.values, "corrected": corrected.get(c.id, []),
                     "corrects": c.corrects, "counterexample": r.counterexample,
                     "search": r.search, "proof": r.proof, "notes": r.notes})
    return {"dps": list(kw["dps"]), "samples": kw["samples"], "seed": kw["seed"],
            "search": kw["search"], "versions": versions(), "sources": sources, "claims": rows}


def label(claim, result):
    """'finding' (a printed claim that fails, as expected), 'control' (a constructed check that
    fails, as expected) or ''."""
    if result.verdict == "FAILS" and result.as_expected:
        return {"printed": "finding", "control": "control"}.get(claim.role, "")
    return ""


def summary(claims, results, out=None, quiet=False):
    """One line per claim (only those not as expected when ``quiet``) and a tally; True when
    every verdict is the expected one."""
    out = out or sys.stdout
    width = max((len(c.id) for c in claims), default=10)
    for c, r in zip(claims, results):
        if quiet and r.as_expected:
            continue
        res = max(r.max_residual.values(), default=None)
        what = label(c, r) or ("" if r.as_expected else f"expected {c.expected}")
        print(f"{' ' if r.as_expected else '✗'} {c.id:<{width}}  {r.verdict:<10} {what:<16}"
              f"{'' if res is None else f'max residual {res:.1e}'}".rstrip(), file=out)
    tally = {}
    for c, r in zip(claims, results):
        key = label(c, r) or r.verdict
        tally[key] = tally.get(key, 0) + 1
    names = {"finding": "findings (printed claims that fail, as expected)",
             "control": "controls (constructed checks that fail, as expected)",
             "DEFINITION": "definitions"}
    order = ["HOLDS", "finding", "control", "FAILS", "UNDECIDED", "ERROR", "DEFINITION"]
    bad = [c.id for c, r in zip(claims, results) if not r.as_expected]
    print(("" if quiet else "\n") + f"{len(claims)} claims: "
          + ", ".join(f"{tally[k]} {names.get(k, k)}" for k in order if k in tally)
          + (f"; {len(bad)} not as expected: {', '.join(bad)}" if bad else "; all as expected"),
          file=out)
    return not bad


# ------------------------------------------------------------------ commands

def cmd_list(args):
    for c in _select(args):
        print(f"{c.id}\t({c.eq})\t{c.title}\t{c.expected}")
    return 0


def cmd_verify(args):
    if args.json and args.json != "-":
        _writable_file(args.json)
    from .run import settings
    given = {"dps": args.dps and (round(0.6 * args.dps), args.dps), "samples": args.samples}
    kw = settings(seed=args.seed, search=args.search, **{k: v for k, v in given.items() if v})
    claims, results = _run(args, lambda: _select(args), **kw)
    text = json.dumps(payload(claims, results, kw), indent=1)
    staging.write_atomic(last_path(), text)
    if args.json == "-":
        print(text)
        return 0 if all(r.as_expected for r in results) else 1
    if args.json:
        staging.write_atomic(args.json, text)
    return 0 if summary(claims, results, quiet=args.quiet) else 1


def _writable_file(path):
    folder = Path(path).absolute().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise Usage(f"cannot write {path}: {folder} is not a writable folder")


def cmd_show(args):
    from .registry import get
    _load(args.files)
    try:
        c = get(args.id)
    except KeyError as exc:
        if not _load_remembered(args.id):
            raise Usage(exc.args[0]) from None
        c = get(args.id)
    show(c, proof=args.proof, sample=args.sample)
    return 0


def show(c, proof=False, sample=None, out=None):
    """Print a claim: declaration, the expression checked, assumptions (the claim's and its
    samplers'), samplers with the values of fixed ones, the erratum or note it belongs to,
    corrections, the last result (or one computed now); with ``proof`` the symbolic proof's
    steps; with ``sample`` (a sample id or ``search:<sampler>``) that sample's bindings and both
    sides at each precision."""
    from .registry import paper
    say = lambda text="": print(text, file=out or sys.stdout)  # noqa: E731
    book = paper(c.paper)
    say(f"{c.id}  (eq. {c.eq}, {c.paper})\n{c.title}\nkind {c.kind}, role {c.role}, "
        f"expected {c.expected}" + (f": {c.reason}" if c.reason else ""))
    say(f"statement: {c.statement}")
    for name, side in (("lhs", c.lhs), ("rhs", c.rhs)):
        if side is not None:
            say(f"{name}: {_side(side)}")
    for sym, d in (c.dynamics or {}).items():
        say(f"dynamics: d{sym}/dt = {_side(d)}")
    for a in c.assumptions:
        say(f"assumption: {a}")
    for p in c.preconditions:
        say(f"precondition: {p.text}")
    if c.premise is not None:
        say(f"premise: {c.premise.text}")
    if c.trivial:
        say(f"holds by algebra alone, as the paper states it: {c.trivial}")
    for s in c.samplers:
        say(f"sampler {s.name} ({'random' if s.random else 'fixed'}): " + "; ".join(s.describe()))
        for a in getattr(s, "assumptions", ()):
            say(f"  assumes: {a}")
        if not s.random and sample is None:
            for line in _values(s):
                say(f"  {line}")
    for e in book.errata:
        if c.id in e.claims:
            say(f"erratum {e.id}: {e.kind}, impact {e.impact} ({e.where})\n  printed:   "
                f"{e.printed}\n  corrected: {e.corrected}\n  evidence:  {e.evidence}")
    for n in book.notes:
        if c.id in n.claims:
            say(f"convention note {n.id} ({n.where}): {n.text}")
    if c.corrects:
        say(f"corrects: {c.corrects}")
    for other in book.claims:
        if other.corrects == c.id:
            say(f"corrected form: {other.id} ({other.title})")
    if c.kind == "definition":
        return
    row = _last(c.id)
    if row is None:
        from dataclasses import asdict
        from .run import check
        row = asdict(check(c).result)
        say("result (default settings):")
    else:
        say("last result (corrcheck verify):")
    _result(row, c, say)
    if proof:
        _proof(c, row, say)
    if sample:
        _show_sample(c, sample, row, say)


def _result(row, c, say):
    say(f"  {row['verdict']}" + (f" ({row['label']})" if row.get("label") else "")
        + f", method {row['method']}"
        + (f", proof {row['proof_scope']}" if row.get("proof_scope") else "")
        + ", max residual "
        + (", ".join(f"{v:.1e} at {p} digits" for p, v in row["max_residual"].items()) or "-"))
    premise = row.get("premise")
    if premise and premise.get("samples"):
        say(f"  premise exercised on {premise['exercised']} of {premise['samples']} samples")
    t = row.get("tightest")
    if t:
        say(f"  tightest relative margin {t['relative_margin']} at {t['where']}"
            + "".join(f", {k} = {v}" for k, v in (t.get("parameters") or {}).items()))
    ce = row.get("counterexample")
    if ce:
        say(f"  counterexample: sample {ce['sample']}: lhs = {ce['lhs']}, rhs = {ce['rhs']}, "
            f"residual {ce['residual']}" + (f" ({ce['why']})" if ce.get("why") else ""))
        say(f"  reproduce: corrcheck show {c.id} --sample {ce['sample']}")
    for n in row.get("notes") or []:
        say(f"  note: {n}")


def _side(side):
    import sympy
    if callable(side) and not isinstance(side, sympy.Basic):
        return f"{side.__name__} (hand-written evaluator)"
    return sympy.sstr(side)


def _values(sampler, dps=20):
    """The values a fixed sampler binds, as numbers (matrices row by row)."""
    from . import numeric
    try:
        with numeric.precision(dps):
            return _bindings(sampler.draw(None))
    except Exception as exc:  # noqa: BLE001 - shown, not fatal
        return [f"(values cannot be built: {type(exc).__name__}: {exc})"]


def _bindings(sample, digits=8):
    """Lines ``name = value`` of a sample's bindings (matrices row by row), then its
    dissipators' jump operators and rates."""
    named = [(getattr(sym, "name", str(sym)), v) for sym, v in sample.bindings.items()]
    for party, jumps in sample.dissipators.items():
        for k, (jump, rate) in enumerate(jumps):
            named += [(f"J{party}{k}", jump), (f"g{party}{k}", rate)]
    return [f"{name} = {_number(value, digits, len(name) + 3)}" for name, value in named]


def _number(value, digits, indent=0):
    import mpmath as mp
    from .evaluate import Operator
    value = value.m if isinstance(value, Operator) else value
    if getattr(value, "ndim", 0) == 2:
        rows = ["[" + ", ".join(mp.nstr(x, digits) for x in row) + "]" for row in value]
        return "[" + (",\n" + " " * (indent + 1)).join(rows) + "]"
    try:
        return mp.nstr(mp.mpmathify(value), 2 * digits)
    except (TypeError, ValueError):
        return str(value)


def _sample_builder(c, name, row):
    """(sampler, a function of nothing that builds the sample ``name`` at the working
    precision); ``Usage`` with the names available if there is no such sample."""
    search = (row or {}).get("search") or {}
    for s in c.samplers:
        if name == f"search:{s.name}" and s.random:
            if search.get("sampler") != s.name or not search.get("point"):
                raise Usage(f"the last result of {c.id} has no search point on {s.name} "
                            "(run corrcheck verify on it first)")
            theta = s.point(search["point"])
            return lambda s=s, theta=theta: s.build(theta, "mp", name)
        if not s.random and name == s.name:
            return lambda s=s: s.draw(None)
        prefix = f"{s.name}-seed"
        if s.random and name.startswith(prefix) and name[len(prefix):].isdigit():
            return lambda s=s, seed=int(name[len(prefix):]): s.draw(seed)
    known = [s.name if not s.random else f"{s.name}-seed<N>" for s in c.samplers]
    if search.get("point"):
        known.append(f"search:{search['sampler']}")
    raise Usage(f"{c.id} has no sample {name!r}; its samples are " + ", ".join(known))


def _show_sample(c, name, row, say):
    """One sample's bindings and both sides at each precision, with the residual."""
    from . import numeric
    from .evaluate import Evaluator
    from .verdict import DEFAULT_DPS, compare, side
    build = _sample_builder(c, name, row)
    dps = tuple((row or {}).get("dps") or DEFAULT_DPS)
    say(f"sample {name}:")
    with numeric.precision(max(dps)):
        for line in _bindings(build()):
            say(f"  {line}")
    for p in dps:
        with numeric.precision(p):
            try:
                ev = Evaluator(build(), c.dynamics)
                false = [pre.text for pre in c.preconditions if not pre.test(ev)]
                if false:
                    say(f"  at {p} digits: skipped, precondition false: {'; '.join(false)}")
                    continue
                lhs, rhs = side(c.lhs, ev), side(c.rhs, ev)
                cmp = compare(c, ev, lhs, rhs, p)
            except Exception as exc:  # noqa: BLE001 - shown, as a verdict would record it
                say(f"  at {p} digits: evaluation raised {type(exc).__name__}: {exc}")
                continue
            ok = cmp.violation <= cmp.tolerance
            what = "violation" if cmp.margin is not None else "residual"
            say(f"  at {p} digits:\n    lhs = {_number(lhs, 20, 10)}\n    rhs = "
                f"{_number(rhs, 20, 10)}\n    {what} {_number(cmp.violation, 3)} (tolerance "
                f"{_number(cmp.tolerance, 3)}): " + ("satisfied" if ok else "VIOLATED"))


def _last(claim_id):
    try:
        doc = json.loads(last_path().read_text())
    except (OSError, ValueError):
        return None
    row = next((r for r in doc.get("claims", []) if r.get("id") == claim_id), None)
    return row and {**row, "dps": doc.get("dps")}


def _proof(c, row, say):
    """The proof the last result used (the stored one), else the prover's now."""
    from .symbolic.outcome import Proof, render
    stored = (row or {}).get("proof")
    if stored:
        p = Proof.from_dict(stored)
    else:
        from .proof import prove
        p = prove(c)
    text = render(p).replace(p.status, p.status.replace("_", " "), 1)
    say("proof: " + text.replace("\n", "\n  "))


def _load_remembered(claim_id):
    """Load the paper file that the last ``verify`` run took ``claim_id`` from, if any."""
    try:
        sources = json.loads(last_path().read_text()).get("sources", {})
    except (OSError, ValueError):
        return False
    source = sources.get(claim_id.split(".")[0])
    if source and Path(source).is_file():
        _load([source])
        return True
    return False


def cmd_report(args):
    try:  # everything that can be checked before the work
        staging.check_target(args.out)
    except ValueError as exc:
        raise Usage(str(exc)) from None
    from . import report
    from .registry import papers
    from .run import settings
    chosen = []

    def select():
        chosen.extend(_load(args.files) or papers())
        return [c for p in chosen for c in p.claims]
    kw = settings()
    claims, results = _run(args, select, **kw)
    if not report.figures_available():
        print(f"corrcheck: figures not drawn: {report.NO_FIGURES}", file=sys.stderr)
    by_paper = {p.key: [r for c, r in zip(claims, results) if c.paper == p.key] for p in chosen}
    doc = payload(claims, results, kw)
    for key in ("versions", "sources", "samples", "search"):
        doc.pop(key)
    with staging.staged(args.out) as tmp:
        report.write(chosen, by_paper, tmp, report.SETTINGS)
        (tmp / "results.json").write_text(json.dumps(doc, indent=1) + "\n")
        os.chmod(tmp / "results.json", 0o644)
    return 0 if summary(claims, results, quiet=args.quiet) else 1


COMMANDS = {"list": cmd_list, "verify": cmd_verify, "show": cmd_show, "report": cmd_report}


def main(argv=None):
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.cmd](args)
    except Usage as exc:
        print(f"corrcheck {args.cmd}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. `corrcheck list | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
