"""The outcome of a symbolic attempt: status, scope and the steps a reader can check."""
from dataclasses import dataclass

STATUSES = ("proved", "disproved", "not_proved", "not_applicable")
# How far a proof reaches.  Only a proof whose scope covers every sampler of a claim
# proves the claim (see corrcheck.proof); otherwise it is evidence for the samples it covers.
SCOPES = (
    "dimension-free",   # trace-polynomial normal form: every dimension, every state
    "closed form",      # a scalar identity in the claim's symbols under their assumptions
    "fixed dimension",  # generic symbolic matrices of the dimensions of the samplers covered
    "point",            # the exact values of one fixed sampler
)


@dataclass(frozen=True)
class Step:
    """One step of a proof: the rule applied and the expression before and after it
    (strings, readable without running anything)."""
    rule: str
    before: str
    after: str


@dataclass(frozen=True)
class Proof:
    """``status``: proved / disproved / not_proved (inconclusive) / not_applicable;
    ``method``: what was tried; ``detail``: residual or reason; ``scope``: how far a
    proved/disproved result reaches (one of :data:`SCOPES`); ``covers``: the names of the
    samplers a fixed-dimension or point result covers; ``steps``: the derivation."""
    status: str
    method: str
    detail: str = ""
    scope: str = None
    covers: tuple = ()
    steps: tuple = ()

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"Proof status must be one of {STATUSES}, got {self.status!r}")
        if self.scope is not None and self.scope not in SCOPES:
            raise ValueError(f"Proof scope must be one of {SCOPES}, got {self.scope!r}")
