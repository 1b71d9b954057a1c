"""Stored results: a claim is decided again only when something it depends on changed.

A result is stored under the *fingerprint* of everything that decides it:

* the declaration: every field of the :class:`~corrcheck.claim.Claim` (sides, dynamics, kind,
  samplers, preconditions, expected verdict, texts, ...);
* its samplers and their recipes, including the code of every function they run that is
  neither part of corrcheck nor of an installed library (hand-written evaluators, derived
  recipes, preconditions, helpers of a paper module or of a user's file), followed recursively
  through the module-level functions and values, closures and defaults that code refers to;
* the source of the corrcheck modules that decide results (all but presentation and
  bookkeeping: :data:`PRESENTATION`), and the versions of Python and the numeric libraries;
* the settings: precisions, samples, seed and search budget.

A proof is stored under a narrower fingerprint (the claim's kind, sides, dynamics and
preconditions, its samplers' exact forms - their recipes' code - and the source of the modules
a proof reads: :data:`NOT_PROOF` are left out), so changing the precisions, the samples or the
verdict rules reuses it.

Entries are JSON files (never pickles: a store is read, not executed) that carry their key and
a checksum of their content; an entry that does not parse, names another key or fails its
checksum is deleted and recomputed, never trusted.  A store written by another format is
removed whole.  The engine's version is read from its files on disk, but a process runs the code
it loaded: if an engine file was modified after corrcheck was imported (an edit or a checkout
during a run), the two may differ, and the process neither reads nor writes the store
(:func:`source_moved`; a warning says so).  The store lives in the user's cache directory
(``CORRCHECK_CACHE`` overrides it); only the most recent :data:`KEEP` engine versions are kept.
"""
import dataclasses
import dis
import hashlib
import importlib
import json
import os
import platform
import shutil
import sys
import sysconfig
import types
import warnings
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .staging import write_atomic

FORMAT = 1
KEEP = 3  # engine versions kept side by side (switching branches does not wipe the store)
ENV = "CORRCHECK_CACHE"
# modules of corrcheck that present or schedule results without deciding them
PRESENTATION = frozenset({"__init__", "__main__", "cli", "report", "figures", "plugin", "store",
                          "run"})
# ... and those a proof does not read (it is decided by the symbolic layer alone)
NOT_PROOF = frozenset({"verdict", "mutants"})
LIBRARIES = ("python-flint", "mpmath", "numpy", "scipy", "sympy")


def cache_dir():
    """The user's cache directory for corrcheck (``$CORRCHECK_CACHE`` if set)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    import platformdirs
    return Path(platformdirs.user_cache_dir("corrcheck", appauthor=False))


# ------------------------------------------------------------------ source versions

@lru_cache(maxsize=None)
def _engine_files():
    """(relative path, path) of every module of the installed corrcheck except the papers."""
    import corrcheck
    root = Path(corrcheck.__file__).parent
    out = [(f"corrcheck/{p.relative_to(root)}", p) for p in sorted(root.rglob("*.py"))]
    for sub in ("numeric", "symbolic"):  # mapped folders (package-dir) live elsewhere
        base = Path(importlib.import_module(f"corrcheck.{sub}").__file__).parent
        if base.parent != root:
            out += [(f"corrcheck/{sub}/{p.relative_to(base)}", p) for p in sorted(base.rglob("*.py"))]
    return tuple((name, path) for name, path in out if not name.startswith("corrcheck/derivations/"))


class SourceMovedWarning(UserWarning):
    """corrcheck's source changed on disk after this process loaded it: results not stored."""


def source_moved():
    """Engine files modified after this process imported corrcheck (their code on disk may not
    be the code running here: the source version would mislabel results); warns once."""
    import corrcheck
    moved = [name for name, path in _engine_files()
             if path.stat().st_mtime_ns > corrcheck.IMPORTED_NS]
    if moved and not _warned:
        _warned.append(True)
        warnings.warn(f"{', '.join(moved[:3])}{' ...' if len(moved) > 3 else ''} changed after "
                      "corrcheck was loaded: results of this run are not stored or read from the "
                      "store", SourceMovedWarning, stacklevel=3)
    return bool(moved)


_warned = []


@lru_cache(maxsize=None)
def source_version(exclude=PRESENTATION):
    """sha256 over the corrcheck modules that decide results (``exclude``: module names at the
    top of the package left out), the Python version and the numeric libraries' versions."""
    h = hashlib.sha256(f"python {platform.python_version()}\n".encode())
    for dist in LIBRARIES:
        try:
            h.update(f"{dist} {metadata.version(dist)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist} -\n".encode())
    for name, path in _engine_files():
        parts = name.split("/")
        if len(parts) == 2 and parts[1][:-3] in exclude:
            continue
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def proof_version():
    return source_version(PRESENTATION | NOT_PROOF)


# ------------------------------------------------------------------ fingerprints

@lru_cache(maxsize=None)
def _library_roots():
    paths = sysconfig.get_paths()
    roots = {paths[k] for k in ("stdlib", "platstdlib", "purelib", "platlib") if k in paths}
    return tuple(sorted(str(Path(r).resolve()) for r in roots))


def _is_library(module_name):
    """True for corrcheck's engine (versioned by :func:`source_version`), the standard library
    and installed third-party packages (versioned by name); False for papers and user code,
    whose code is fingerprinted."""
    if module_name == "__main__":  # a script or a notebook: user code
        return False
    if not module_name or module_name in sys.builtin_module_names:
        return True
    if module_name == "corrcheck" or module_name.startswith("corrcheck."):
        return not module_name.startswith("corrcheck.derivations")
    mod = sys.modules.get(module_name)
    file = getattr(mod, "__file__", None)
    if file is None:
        return mod is not None  # built-in or namespace module
    file = str(Path(file).resolve())
    return any(file.startswith(r + os.sep) for r in _library_roots())


def _version_of(module_name):
    top = sys.modules.get((module_name or "").split(".")[0])
    return str(getattr(top, "__version__", ""))


class Fingerprinter:
    """Stable digests of declarations: equal objects give equal digests in every process, in
    any order of calls.

    An object met again while it is being digested (a reference cycle, e.g. mutually recursive
    helpers) stands in as a placeholder naming it.  Digests are memoised per object
    (declarations are immutable once registered), except those computed through a cycle,
    which depend on where the walk entered the cycle and are recomputed from each root."""

    def __init__(self):
        self._memo = {}
        self._open = {}  # id -> label, objects being digested (cycle detection)
        self._hit = []  # stack of sets: open objects met while digesting each frame
        self._keep = []  # objects memoised by id stay alive

    def digest(self, obj):
        """Hex sha256 of ``obj``."""
        return self._digest(obj)

    def _digest(self, obj):
        key = id(obj)
        if key in self._memo:
            return self._memo[key]
        if key in self._open:
            for frame in self._hit:
                frame.add(key)
            return self._open[key]
        if isinstance(obj, (type(None), bool, int, float, complex, str, bytes)):
            return _h(type(obj).__name__, repr(obj))
        self._open[key] = _h("cycle", _label(obj))
        self._hit.append(set())
        try:
            value = _h(type(obj).__module__, type(obj).__qualname__, *self._parts(obj))
        finally:
            del self._open[key]
            hits = self._hit.pop()
        if self._hit:
            self._hit[-1] |= hits - {key}
        if not hits:  # no cycle through it: the same digest from wherever the walk started
            self._memo[key] = value
            self._keep.append(obj)
        return value

    def _parts(self, obj):
        import numpy as np  # (here: the command line imports this module before anything heavy)
        import sympy

        from .claim import Paper
        d = self._digest
        if isinstance(obj, (tuple, list, frozenset, set)):
            items = [d(x) for x in obj]
            return sorted(items) if isinstance(obj, (set, frozenset)) else items
        if isinstance(obj, dict):
            return sorted(d(k) + d(v) for k, v in obj.items())
        if isinstance(obj, sympy.Basic):
            return [d(x) for x in obj._hashable_content()]
        if isinstance(obj, sympy.MatrixBase):
            return [repr(obj.shape)] + [d(x) for x in obj]
        if isinstance(obj, np.ndarray):
            if obj.dtype == object:
                return [repr(obj.shape)] + [d(x) for x in obj.flat]
            return [str(obj.dtype), repr(obj.shape), obj.tobytes()]
        if isinstance(obj, np.generic):
            return [repr(obj.item())]
        if isinstance(obj, Paper):
            return [obj.key]  # a handle on the paper, not its content
        if isinstance(obj, types.ModuleType):
            return [obj.__name__]
        if isinstance(obj, (types.FunctionType, types.MethodType, types.BuiltinFunctionType,
                            type)):
            return self._callable(obj)
        if isinstance(obj, types.CodeType):
            return self._code(obj)
        if hasattr(obj, "func") and hasattr(obj, "args") and hasattr(obj, "keywords"):
            return [d(obj.func), d(obj.args), d(obj.keywords)]  # functools.partial
        if dataclasses.is_dataclass(obj):
            return [d({f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)})]
        if type(obj).__module__ in ("mpmath.ctx_mp_python", "flint") or _is_library(
                type(obj).__module__) and not hasattr(obj, "__dict__"):
            return [repr(obj)]
        return [d(getattr(obj, "__dict__", None) or repr(obj))]

    def _callable(self, fn):
        module = getattr(fn, "__module__", None)
        name = getattr(fn, "__qualname__", getattr(fn, "__name__", repr(fn)))
        if isinstance(fn, types.MethodType):
            if _is_library(getattr(fn.__func__, "__module__", None)):
                return [module or "", name, _version_of(module)]
            return [self._digest(fn.__self__), self._digest(fn.__func__)]
        if not isinstance(fn, (types.FunctionType, type)):
            return [module or "", name, _version_of(module)]
        if _is_library(module):  # its code is versioned; what it closes over is not
            if isinstance(fn, type):
                return [module or "", name, _version_of(module)]
            return [module or "", name, _version_of(module), *self._bound(fn)]
        if isinstance(fn, type):  # a class of user code: its methods and attributes
            return [name, self._digest({k: v for k, v in vars(fn).items()
                                        if not k.startswith("__") or k == "__init__"})]
        refs = {}
        for n in _names(fn.__code__):
            if n in fn.__globals__:
                refs[n] = fn.__globals__[n]
        return [name, *self._code(fn.__code__), self._digest(refs), *self._bound(fn)]

    def _bound(self, fn):
        """Digests of what a function closes over and its default arguments."""
        cells = [c.cell_contents for c in fn.__closure__ or () if _filled(c)]
        return [self._digest(cells), self._digest(fn.__defaults__),
                self._digest(fn.__kwdefaults__)]

    def _code(self, code):
        consts = [self._code(c) if isinstance(c, types.CodeType) else self._digest(c)
                  for c in code.co_consts]
        return [code.co_code, repr(code.co_names), repr(code.co_varnames),
                repr(code.co_freevars), _h(*map(str, consts))]


def _filled(cell):
    try:
        cell.cell_contents
    except ValueError:
        return False
    return True


@lru_cache(maxsize=None)
def _names(code):
    """Global names a code object (and the code nested in it) reads."""
    out = {i.argval for i in dis.get_instructions(code) if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            out.update(_names(c))
    return tuple(sorted(out))


def _label(obj):
    return f"{type(obj).__qualname__}:{getattr(obj, '__qualname__', '')}"


def _h(*parts):
    h = hashlib.sha256()
    for p in parts:
        b = p if isinstance(p, bytes) else str(p).encode()
        h.update(len(b).to_bytes(8, "little") + b)
    return h.hexdigest()


def result_key(claim, settings, fp=None):
    """Fingerprint of a claim's result under ``settings`` (dps, samples, seed, search)."""
    fp = fp or Fingerprinter()
    return _h("result", source_version(), fp.digest(claim),
              json.dumps(settings, sort_keys=True, default=list))


def proof_key(claim, fp=None):
    """Fingerprint of a claim's proof: what a symbolic attempt reads, nothing else."""
    fp = fp or Fingerprinter()
    what = (claim.kind, claim.lhs, claim.rhs, claim.dynamics, bool(claim.preconditions),
            tuple((s.name, s.parties, s.dims, s.random, s.bind, s.dissipators, s.facts)
                  for s in claim.samplers),
            tuple(getattr(side, "certificate", None) for side in (claim.lhs, claim.rhs)))
    return _h("proof", proof_version(), fp.digest(what))


# ------------------------------------------------------------------ the store

class Store:
    """Results and proofs on disk, keyed by fingerprint (see the module docstring)."""

    def __init__(self, root=None):
        self.root = Path(root) if root is not None else cache_dir() / "store"
        self._ready = set()

    def _dir(self, kind, version):
        base = self.root / kind
        where = base / version[:16]
        if where in self._ready:
            return where
        marker = self.root / "FORMAT"
        try:
            stale = marker.read_text().strip() != str(FORMAT)
        except (OSError, UnicodeDecodeError):
            stale = self.root.exists()
        if stale:  # written by another format: rebuilt, never read
            shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True, exist_ok=True)
        if stale or not marker.exists():
            write_atomic(marker, f"{FORMAT}\n")
        where.mkdir(parents=True, exist_ok=True)
        os.utime(where)
        versions = sorted((p for p in base.iterdir() if p.is_dir()),
                          key=lambda p: p.stat().st_mtime, reverse=True)
        for old in versions[KEEP:]:
            shutil.rmtree(old, ignore_errors=True)
        self._ready.add(where)
        return where

    def _path(self, kind, version, key):
        return self._dir(kind, version) / key[:2] / f"{key}.json"

    def _read(self, path, key):
        try:
            doc = json.loads(path.read_text())
            body = json.dumps(doc["value"])
            if doc["key"] != key or doc["sha256"] != hashlib.sha256(body.encode()).hexdigest():
                raise ValueError("entry does not match its key or checksum")
            return doc["value"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)  # corrupt: recomputed, never trusted
            return None

    def _put(self, path, key, value):
        body = json.dumps(value)  # key order kept: a stored result reads back identical
        doc = {"key": key, "sha256": hashlib.sha256(body.encode()).hexdigest(), "value": value}
        write_atomic(path, json.dumps(doc))

    def result(self, key):
        """The stored :class:`~corrcheck.verdict.Result` under ``key``, or None."""
        from .verdict import Result
        if source_moved():
            return None
        value = self._read(self._path("results", source_version(), key), key)
        if value is None:
            return None
        try:
            return Result(**value)
        except TypeError:
            self._path("results", source_version(), key).unlink(missing_ok=True)
            return None

    def put_result(self, key, result):
        if not source_moved():
            self._put(self._path("results", source_version(), key), key, plain(result))

    def proof(self, key):
        """The stored proof (a dict of :class:`~corrcheck.symbolic.outcome.Proof` fields), or
        None."""
        if source_moved():
            return None
        return self._read(self._path("proofs", proof_version(), key), key)

    def put_proof(self, key, proof):
        if not source_moved():
            self._put(self._path("proofs", proof_version(), key), key, proof)


def plain(result):
    """A result's fields as JSON values (what is stored and what a run returns)."""
    return json.loads(json.dumps(dataclasses.asdict(result)))
