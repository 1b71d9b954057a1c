"""Fixed samples must not sit where distinct expressions coincide (issue 11, part 3).

A chosen value (``fixed``) of 1 or -1 makes x, 1/x and x^2 one number (T = 1: beta = T =
1/T); two parameters with one value (equal frequencies, equal temperatures) or two operators
with one matrix let a claim that swaps them pass; a claim decided on samplers whose parties all
have one dimension cannot tell d_A from d_B.  Printed values (``printed``) are the paper's and
stay; ``special`` values say why the coincidence is the point of the sample; dimensions the
paper fixes are marked ``printed_dims``.  Zeros are not compared: a vanishing parameter (t = 0,
no dephasing) is structural.
"""
import itertools

import pytest
import sympy

from corrcheck.registry import registry

def _scalar_slots(sampler):
    """(label, recipe) of every scalar binding and dissipator rate of the sampler."""
    for sym, rec in sampler.bind:
        if not hasattr(sym, "support"):
            yield str(sym), rec
    for party, jumps in sampler.dissipators:
        for k, (_, rate) in enumerate(jumps):
            yield f"rate {k} on {party}", rate


def _matrix_slots(sampler):
    for sym, rec in sampler.bind:
        if hasattr(sym, "support"):
            yield str(sym), rec


def _flags(sampler):
    """What is coincident in the sampler's fixed values, as short strings."""
    out = []
    scalars = [(label, rec) for label, rec in _scalar_slots(sampler)
               if rec.value is not None and rec.origin in ("printed", "chosen")]
    for label, rec in scalars:
        if rec.origin == "chosen" and rec.value in (1, -1):
            out.append(f"{label} = {rec.value}")
    for (la, ra), (lb, rb) in itertools.combinations(scalars, 2):
        if "chosen" in (ra.origin, rb.origin) and ra.value == rb.value and ra.value != 0:
            out.append(f"{la} = {lb} = {ra.value}")
    mats = [(label, rec) for label, rec in _matrix_slots(sampler)
            if isinstance(rec.value, sympy.MatrixBase) and rec.origin in ("printed", "chosen")]
    for (la, ra), (lb, rb) in itertools.combinations(mats, 2):
        if "chosen" in (ra.origin, rb.origin) and ra.value.shape == rb.value.shape \
                and ra.value == rb.value and any(x != 0 for x in ra.value):
            out.append(f"{la} = {lb} (one matrix)")
    return out


def _equal_dimensions_only(claim):
    return bool(claim.samplers) and all(
        len(s.parties) >= 2 and len(set(s.dims)) == 1 for s in claim.samplers) and not all(
        s.printed_dims for s in claim.samplers)


def coincidences():
    """Every (claim id, sampler name, what) flagged in the registry."""
    found = set()
    for claim in registry():
        if claim.kind == "definition":
            continue
        if _equal_dimensions_only(claim):
            found.add((claim.id, "*", "equal dimensions only"))
        for s in claim.samplers:
            for what in _flags(s):
                found.add((claim.id, s.name, what))
    return found


def test_no_coincidences():
    found = sorted(coincidences())
    assert not found, "fixed values on coincidences (use printed(...) or special(..., why), or " \
                      "move them):\n" + "\n".join(map(str, found))


@pytest.mark.parametrize("case", ["one", "equal", "dims"])
def test_the_guard_fires(case):
    """The detector sees each kind of coincidence (a test that fails without it)."""
    from corrcheck.setups import Bipartite, closed, draw, fixed, printed, special
    x, y = sympy.symbols("x y", positive=True)
    SB = Bipartite.named("S", "B")
    if case == "one":
        smp = draw({x: fixed(1)}, parties=("S",)).sampler("one", 2)
        assert _flags(smp) == ["x = 1"]
        assert not _flags(draw({x: printed(1)}, parties=("S",)).sampler("p", 2))
        assert not _flags(draw({x: special(1, "the limit")}, parties=("S",)).sampler("s", 2))
    elif case == "equal":
        smp = draw({x: fixed("0.3"), y: printed("0.3")}, parties=("S",)).sampler("eq", 2)
        assert _flags(smp) == ["x = y = 3/10"]
    else:
        from corrcheck.claim import Paper
        from corrcheck.symbolic.expr import Tr
        p = Paper("userdims", "t")
        c = p.claim("t.dims", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=1,
                    samplers=closed(SB).samplers("hs", ((2, 2), (3, 3))))
        assert _equal_dimensions_only(c)
        c2 = p.claim("t.dims2", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=1,
                     samplers=closed(SB).samplers("hs", ((2, 2), (2, 3))))
        assert not _equal_dimensions_only(c2)
