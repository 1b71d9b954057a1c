"""The registry: papers are discovered, never listed.

A paper is a module that defines ``PAPER = Paper(...)``.  Three sources, in this order:

* the modules of :mod:`corrcheck.derivations` (the papers shipped with corrcheck);
* modules named by the entry-point group ``corrcheck.papers`` of installed distributions
  (``[project.entry-points."corrcheck.papers"] mypaper = "mypkg.mypaper"``);
* files given by path (``corrcheck verify path/to/mypaper.py``): :func:`load_file`.

>>> from corrcheck.registry import get
>>> claim = get("alipour2016.eq26.heat_balance")
>>> claim.eq, claim.expected
('26', 'HOLDS')

Importing a module only builds its declarations; nothing is registered as a side effect.
``get(id)`` imports only the paper the id names.
"""
import hashlib
import importlib
import importlib.util
import pkgutil
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .claim import FAILS, HOLDS, UNDECIDED, DeclarationError, Paper

ENTRY_POINTS = "corrcheck.papers"
_FILES = {}  # key -> Paper loaded from a user's file


def builtin_keys():
    """Module names of the papers shipped in :mod:`corrcheck.derivations` (sorted)."""
    from . import derivations
    return tuple(sorted(m.name for m in pkgutil.iter_modules(derivations.__path__)
                        if not m.name.startswith("_") and not m.ispkg))


def _paper_of(module):
    paper = getattr(module, "PAPER", None)
    return paper if isinstance(paper, Paper) else None


@lru_cache(maxsize=None)
def _builtin(key):
    return _paper_of(importlib.import_module(f"corrcheck.derivations.{key}"))


@lru_cache(maxsize=None)
def _entry_points():
    out = {}
    for ep in sorted(metadata.entry_points(group=ENTRY_POINTS), key=lambda e: e.name):
        paper = _paper_of(ep.load())
        if paper is None:
            raise DeclarationError(f"entry point {ep.name} = {ep.value} defines no PAPER = Paper(...)")
        if paper.key in out or paper.key in builtin_keys():
            raise DeclarationError(f"entry point {ep.name} = {ep.value}: paper key {paper.key!r} "
                                   "is already taken")
        out[paper.key] = paper
    return out


def load_file(path):
    """Load a paper from a Python file outside the package; returns its :class:`Paper`.

    The file imports only public names (``from corrcheck import ...``) and defines
    ``PAPER``; its claims are validated like the shipped ones."""
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"no such paper file: {path}")
    for paper in _FILES.values():
        if paper.source == str(path):
            return paper
    name = f"corrcheck_user_{path.stem}_{hashlib.sha256(str(path).encode()).hexdigest()[:8]}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before running it: dataclasses and pickling look it up
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    paper = _paper_of(module)
    if paper is None:
        raise DeclarationError(f"{path}: defines no PAPER = Paper(...)")
    paper.source = str(path)
    if paper.key in builtin_keys() or paper.key in _entry_points():
        raise DeclarationError(f"{path}: paper key {paper.key!r} is already taken")
    _validate(paper.claims)
    _FILES[paper.key] = paper
    return paper


def paper(key):
    """The :class:`Paper` with this key (KeyError naming the known keys otherwise)."""
    if key in _FILES:
        return _FILES[key]
    if key in builtin_keys():
        p = _builtin(key)
        if p is None or p.key != key:
            raise DeclarationError(f"corrcheck.derivations.{key} must define "
                                   f"PAPER = Paper({key!r}, ...)")
        _validated(p)
        return p
    eps = _entry_points()
    if key in eps:
        _validated(eps[key])
        return eps[key]
    raise KeyError(f"no paper {key!r} (known: {', '.join(keys())})")


@lru_cache(maxsize=None)
def _validated(p):
    _validate(p.claims)
    return True


def keys():
    """Keys of every known paper: shipped, installed, then loaded from files."""
    return tuple(dict.fromkeys(builtin_keys() + tuple(_entry_points()) + tuple(_FILES)))


def papers():
    """Every known :class:`Paper`, in :func:`keys` order."""
    return tuple(paper(k) for k in keys())


def _validate(claims):
    ids = {}
    for c in claims:
        if c.id in ids:
            raise DeclarationError(f"{c.id}: duplicate id")
        ids[c.id] = c
    for c in claims:
        if c.corrects:
            target = ids.get(c.corrects)
            if target is None:
                raise DeclarationError(f"{c.id}: corrects unknown claim {c.corrects}")
            if c.expected not in (HOLDS, UNDECIDED):  # UNDECIDED: its samples do not exercise it
                raise DeclarationError(f"{c.id}: a corrected claim must be expected to HOLD")
    corrected = {c.corrects for c in claims if c.corrects}
    for c in claims:
        if c.role == "printed" and c.expected == FAILS and c.id not in corrected:
            raise DeclarationError(f"{c.id}: expected to FAIL as printed but no corrected claim "
                                   f"declares corrects={c.id.split('.', 1)[1]!r}")


def registry(key=None):
    """All claims (of the paper ``key`` if given), in paper and equation order."""
    if key is not None:
        return list(paper(key).claims)
    return [c for p in papers() for c in p.claims]


def get(claim_id):
    """The claim with this id; only its paper is loaded (KeyError naming close matches)."""
    key = claim_id.split(".")[0]
    try:
        claims = registry(key)
    except KeyError:
        raise KeyError(f"no claim {claim_id!r}: no paper {key!r} "
                       f"(known: {', '.join(keys())})") from None
    for c in claims:
        if c.id == claim_id:
            return c
    close = [c.id for c in claims if claim_id.split(".")[-1] in c.id][:5]
    raise KeyError(f"no claim {claim_id!r}" + (f"; did you mean {', '.join(close)}?" if close else ""))
