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

    @classmethod
    def from_dict(cls, d):
        """The proof of its ``dataclasses.asdict`` form (as stored in JSON)."""
        return cls(**{**d, "covers": tuple(d.get("covers") or ()),
                      "steps": tuple(Step(**s) for s in d.get("steps") or ())})


def render(proof):
    """Plain text of a proof a reader can check without running anything: the outcome, then
    each step numbered, its rule, the expression before and (after "=") the expression after.

    >>> print(render(Proof("proved", "demo", "normal form is 0", "dimension-free",
    ...                    steps=(Step("cyclicity of the trace", "Tr_S[A*B]", "Tr_S[B*A]"),))))
    proved (dimension-free) by demo: normal form is 0
    1. cyclicity of the trace
         Tr_S[A*B]
       = Tr_S[B*A]
    """
    head = f"{proof.status}" + (f" ({proof.scope})" if proof.scope else "")
    head += f" by {proof.method}" if proof.method else ""
    head += f": {proof.detail}" if proof.detail else ""
    if proof.covers:
        head += f" [covers {', '.join(proof.covers)}]"
    lines = [head]
    for k, step in enumerate(proof.steps, 1):
        lines.append(f"{k}. {step.rule}")
        if step.before:
            lines += ["     " + line for line in step.before.splitlines()]
        for j, line in enumerate(step.after.splitlines()):
            lines.append(("   = " if j == 0 and step.before else "     ") + line)
    return "\n".join(lines)
