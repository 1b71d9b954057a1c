"""Every claim of the registry, per sample and as a verdict."""
from corrcheck.claim import FAILS, HOLDS
from corrcheck.proof import algebra_alone
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


# Claims that hold by algebra alone because of their encoding, not because the paper's
# statement is that trivial (e.g. printed formulas compared with each other instead of with the
# model's dynamics).  Empty: alipour2016's (69)-(71) and (102)-(104) are decided against the
# exact one-mode models now.
ENCODING_TRIVIAL = set()


def test_algebra_alone_is_declared(claim):
    """A claim that holds by algebra alone declares why the paper's statement is that trivial
    (trivial=...), and a claim declared trivial holds by algebra alone; the known encodings
    (ENCODING_TRIVIAL) are the exception until they are re-encoded."""
    detected = algebra_alone(claim)
    if claim.id in ENCODING_TRIVIAL:
        assert detected and not claim.trivial
    elif detected:
        assert claim.trivial, "holds by algebra alone: declare trivial= or check the content"
    else:
        assert not claim.trivial, "declared trivial= but does not hold by algebra alone"
