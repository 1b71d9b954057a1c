"""corrcheck's claim registry: every checkable statement of the five papers.

>>> from derivations import registry, get
>>> claim = get("alipour2016.eq26.heat_balance")
>>> claim.eq, claim.expected
('26', 'HOLDS')

``registry()`` loads the paper modules listed in :data:`PAPER_MODULES` explicitly
(importing a module only builds its declarations; nothing is registered as a side
effect) and validates the whole set; ``check(id)`` decides one claim.
"""
import importlib
from functools import lru_cache

from .verdict import DEFAULT_DPS, DEFAULT_SAMPLES, Result
from .verdict import check as _check
from .claim import FAILS, HOLDS, PAPERS, DeclarationError

PAPER_MODULES = PAPERS


@lru_cache(maxsize=None)
def papers():
    """The :class:`~derivations.claim.Paper` objects, in :data:`PAPER_MODULES` order."""
    out = []
    for key in PAPER_MODULES:
        try:
            mod = importlib.import_module(f"{__name__}.{key}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{key}":
                continue  # paper not declared yet
            raise
        paper = getattr(mod, "PAPER", None)
        if paper is None or paper.key != key:
            raise DeclarationError(f"derivations.{key} must define PAPER = Paper({key!r}, ...)")
        out.append(paper)
    _validate([c for p in out for c in p.claims])
    return tuple(out)


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
            if c.expected != HOLDS:
                raise DeclarationError(f"{c.id}: a corrected claim must be expected to HOLD")
    corrected = {c.corrects for c in claims if c.corrects}
    for c in claims:
        if c.role == "printed" and c.expected == FAILS and c.id not in corrected:
            raise DeclarationError(f"{c.id}: expected to FAIL as printed but no corrected claim "
                                   f"declares corrects={c.id.split('.', 1)[1]!r}")


def registry(paper=None):
    """All claims (of one paper if given), in paper and equation order."""
    return [c for p in papers() for c in p.claims if paper is None or p.key == paper]


def get(claim_id):
    """The claim with this id (KeyError naming close matches otherwise)."""
    for c in registry():
        if c.id == claim_id:
            return c
    close = [c.id for c in registry() if claim_id.split(".")[0] in c.id][:5]
    raise KeyError(f"no claim {claim_id!r}" + (f"; did you mean {', '.join(close)}?" if close else ""))


def check(claim_id, dps=DEFAULT_DPS, samples=DEFAULT_SAMPLES, seed=0, search=1.0) -> Result:
    """Decide one claim by id; see :func:`derivations.check.check`."""
    return _check(get(claim_id), dps=dps, samples=samples, seed=seed, search=search)
