"""Every claim of the registry, per sample and as a verdict."""
from corrcheck.claim import FAILS, HOLDS
from corrcheck.verdict import run_sample

from .conftest import decided


def test_sample(claim_sample):
    """A claim expected to HOLD passes on every sample at every precision (or the sample is
    skipped by a precondition); no claim's evaluation raises on a sample."""
    claim, sampler, seed, dps = claim_sample
    out, _ = run_sample(claim, sampler, seed, dps)
    if claim.expected == "ERROR":
        return
    assert out.error is None, out.error
    if claim.expected == HOLDS:
        assert out.ok is not False, (f"residual {out.residual} > tolerance {out.tolerance}: "
                                     f"lhs {out.lhs}, rhs {out.rhs}")


def test_verdict(claim):
    """The verdict equals the declared expected verdict (expected FAILS passes when the
    checker finds the failure)."""
    res = decided(claim)
    assert res.verdict == claim.expected, (res.verdict, res.notes, res.counterexample)
    if res.verdict == FAILS:
        assert res.counterexample, "a FAILS verdict names the sample that breaks the claim"
