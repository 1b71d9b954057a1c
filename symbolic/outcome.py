"""The outcome of a symbolic attempt."""
from dataclasses import dataclass

STATUSES = ("proved", "disproved", "not_proved", "not_applicable")


@dataclass(frozen=True)
class Proof:
    """``status``: proved / disproved / not_proved (inconclusive) / not_applicable;
    ``method``: what was tried; ``detail``: residual or reason."""
    status: str
    method: str
    detail: str = ""

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"Proof status must be one of {STATUSES}, got {self.status!r}")
