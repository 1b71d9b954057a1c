"""The setups vocabulary (corrcheck.setups): every setup builds valid samples, the same sample at
30 and 50 digits for one seed, valid samples for every parameter vector (so the counterexample
search can move it), and its stated assumptions hold on its samples (states are states, Gibbs
states are Gibbs, V commutes with H_A + H_B, generators fix their Gibbs state, X states have X
form)."""
import gc

import mpmath as mp
import numpy as np
import pytest
import sympy

from corrcheck import numeric
from corrcheck.samplers import Sampler, sampler
from corrcheck.setups import (Bipartite, closed, collision_model, copy_of, correlated_state,
                              density, draw, energy_conserving, evolved_state, exact_gibbs, fixed,
                              gibbs_preserving_gkls, gibbs_state, gkls, hermitian, ketbra, kron,
                              local_hamiltonian, operator, pauli, positive, printed, product_state,
                              pure, special, thermal_gkls, uniform, x_state)
from corrcheck.symbolic.expr import Op

SB = Bipartite.named("S", "B")
S, B = "S", "B"
rho, rho_S0, rho_B0 = SB.rho, Op("rho_S0", (S,), "state"), Op("rho_B0", (B,), "state")
H_S, H_B, V = SB.H_a, SB.H_b, Op("V", (S, B), "hermitian")
G_S, G_B, G = Op("G_S", (S,), "state"), Op("G_B", (B,), "state"), Op("G", (S, B), "state")
rho_0 = Op("rho_0", (S, B), "state")
r_S = Op("r_S", (S,), "state")
L = Op("L", (S,), "operator")
beta, beta_B, T, t = (sympy.Symbol(n, positive=True) for n in ("beta", "beta_B", "T", "t"))
gam = sympy.Symbol("gamma", positive=True)


def tol(dps=None):
    """10^-(dps - 8) at the working precision (or at ``dps`` digits)."""
    return mp.mpf(10) ** (-(dps or mp.mp.dps) + 8)


def dist(a, b):
    return max(abs(x) for x in np.asarray(a - b).flat)


def is_state(m):
    n = m.shape[0]
    herm = dist(m, m.conj().T)
    w = numeric.eigvalsh((m + m.conj().T) / 2)
    return herm < tol() and abs(sum(m[i, i] for i in range(n)) - 1) < tol() and \
        min(w) > -tol()


def lift(m, dims, where):
    return numeric.embed(m, list(dims), list(where))


# ---------------------------------------------------------------- the setups and what they assume

def check_closed(s):
    assert is_state(s[rho])
    for h in (H_S, H_B, SB.H_int):
        assert dist(s[h], s[h].conj().T) < tol()


def check_product(s):
    d = s.dims
    assert is_state(s[rho])
    assert dist(numeric.ptrace(s[rho], list(d), [0]), s[rho_S0]) < tol()
    assert dist(s[rho], numeric.kron(s[rho_S0], s[rho_B0])) < tol()


def _gibbs(h, b):
    e = mp.expm(mp.matrix((-b * h).tolist()))
    return numeric.to_array(e / sum(e[i, i] for i in range(e.rows)))


def check_gibbs(s):
    assert dist(s[G_S], _gibbs(s[H_S], s[beta])) < tol()
    assert dist(s[G_B], _gibbs(s[H_B], 1 / s[T])) < tol()
    h = lift(s[H_S], s.dims, [0]) + lift(s[H_B], s.dims, [1])
    assert dist(s[G], _gibbs(h, s[beta])) < tol()          # Gibbs of H_S + H_B on SB


def check_correlated(s):
    d = list(s.dims)
    r = s[rho]
    assert is_state(r)
    assert dist(numeric.ptrace(r, d, [0]), s[G_S]) < tol()
    assert dist(numeric.ptrace(r, d, [1]), s[G_B]) < tol()
    assert dist(r, numeric.kron(s[G_S], s[G_B])) > mp.mpf("1e-8")   # correlated


def check_evolved(s):
    h = lift(s[H_S], s.dims, [0]) + lift(s[H_B], s.dims, [1]) + s[SB.H_int]
    u = numeric.to_array(mp.expm(mp.matrix((-1j * s[t] * h).tolist())))
    assert dist(s[rho], u @ s[rho_0] @ u.conj().T) < tol() * 10
    assert is_state(s[rho])


def check_energy_conserving(s):
    h = lift(s[H_S], s.dims, [0]) + lift(s[H_B], s.dims, [1])
    v = s[V]
    assert dist(v @ h, h @ v) < tol()
    assert dist(v, v.conj().T) < tol()
    ha = lift(s[H_S], s.dims, [0])
    assert dist(v @ ha, ha @ v) > mp.mpf("1e-3")    # resonant qubits (H_B = H_S) exchange energy


def _generator_fixes(s, h, state):
    jumps = [j for j, _ in s.dissipators[S]]
    rates = [g for _, g in s.dissipators[S]]
    sup = numeric.lindbladian(h, jumps, rates)
    return dist(numeric.apply_super(sup, state), 0 * state)


def check_thermal_gkls(s):
    sigma = _gibbs(s[H_S], s[beta])
    assert _generator_fixes(s, s[H_S], sigma) < tol()
    w, v = numeric.eigh(s[H_S])
    rate = {}
    for jump, g in s.dissipators[S]:
        inner = v.conj().T @ jump @ v
        m, n = max(np.ndindex(inner.shape), key=lambda ij: abs(inner[ij]))
        rate[(m, n)] = g
    for (m, n), g in rate.items():    # detailed balance
        if m != n:
            assert abs(g / rate[(n, m)] - mp.exp(-s[beta] * (w[m] - w[n]))) < tol()


def check_gibbs_preserving(s):
    sigma = _gibbs(s[H_S], s[beta])
    assert _generator_fixes(s, s[H_S], sigma) < tol()
    jumps = [j for j, _ in s.dissipators[S]]
    k = sum(j.conj().T @ j for j in jumps)       # the jumps are the Kraus operators of a channel
    assert dist(k, numeric.arrays.identity(k.shape[0], k)) < tol()
    _, v = numeric.eigh(s[H_S])
    spread = [sum(abs(x) > mp.mpf("1e-3") for x in (v.conj().T @ j @ v).flat) for j in jumps]
    assert max(spread) > 1     # not jumps between energy eigenvectors (not the Davies form)
    n = sigma.shape[0]
    assert _generator_fixes(s, s[H_S], numeric.arrays.identity(n, sigma) / n) > mp.mpf("1e-6")


def check_gkls(s):
    (j0, g0), (j1, g1) = s.dissipators[S]
    assert dist(j0, s[L]) == 0 and g0 == s[gam]
    assert dist(j1, numeric.to_array(ketbra(0, 1))) == 0 and g1 == mp.mpf("0.25")


def check_x_state(s):
    r = s[rho]
    assert is_state(r)
    for i in range(4):
        for j in range(4):
            if i != j and i + j != 3:
                assert r[i, j] == 0


def check_local(s):
    h = s[H_S]
    parts = [numeric.ptrace(h, [2, 2], [k]) / 2 for k in (0, 1)]
    rest = h - lift(parts[0], (2, 2), [0]) - lift(parts[1], (2, 2), [1]) \
        + numeric.arrays.identity(4, h) * sum(h[i, i] for i in range(4)) / 4
    assert dist(rest, 0 * h) < tol()


def check_collision(s):
    # |+> on S meets two units |0> through CNOT: (|000> + |111>)/sqrt 2
    v = np.zeros(8, dtype=object) + mp.mpf(0)
    v[0] = v[7] = 1 / mp.sqrt(2)
    assert dist(s[Op("P", (S, "E"), "state")], np.outer(v, v)) < tol()


PLUS = sympy.Matrix([[1, 1], [1, 1]]) / 2
CNOT = kron(ketbra(0, 0), sympy.eye(2)) + kron(ketbra(1, 1), pauli("x"))
W = Op("W", (S, B), "hermitian")
CASES = {
    "closed": (closed(SB), (2, 3), check_closed),
    "product": (draw({rho_S0: density(), rho_B0: density()}) + product_state(rho, rho_S0, rho_B0),
                (2, 3), check_product),
    "gibbs": (draw({H_S: hermitian(), H_B: hermitian(), beta: positive(), T: positive()})
              + gibbs_state(G_S, H_S, beta) + gibbs_state(G_B, H_B, temperature=T)
              + gibbs_state(G, H_S + H_B, beta), (2, 3), check_gibbs),
    "correlated": (draw({H_S: hermitian(), H_B: hermitian(), beta: positive(), beta_B: positive()})
                   + gibbs_state(G_S, H_S, beta) + gibbs_state(G_B, H_B, beta_B)
                   + correlated_state(rho, G_S, G_B), (2, 3), check_correlated),
    "evolved": (closed(SB, state=density()).given({}) + draw({t: uniform(0, 3)}, parties=(S, B))
                + draw({rho_0: density()}) + evolved_state(Op("rho_t", (S, B), "state"), rho_0,
                                                           SB.H, t), (2, 3), None),
    "energy-conserving": (draw({H_S: hermitian(), H_B: copy_of(H_S)}, parties=(S, B))
                          + energy_conserving(V, H_S, H_B, W=W), (2, 2), check_energy_conserving),
    "thermal-gkls": (draw({H_S: hermitian(), beta: positive(), r_S: density()})
                     + thermal_gkls(S, H_S, beta, state=r_S), 3, check_thermal_gkls),
    "gibbs-preserving-gkls": (draw({H_S: hermitian(), beta: positive(), r_S: density()})
                              + gibbs_preserving_gkls(S, H_S, beta, state=r_S), 3,
                              check_gibbs_preserving),
    "gkls": (draw({L: operator(), gam: positive(), r_S: density()})
             + gkls(S, [(L, gam), (printed(ketbra(0, 1)), printed("0.25"))]), 2, check_gkls),
    "x-state": (draw({rho: x_state()}), (2, 2), check_x_state),
    "local-hamiltonian": (draw({H_S: local_hamiltonian((2, 2))}), 4, check_local),
    "collision": (draw({r_S: density()}) + collision_model(
        Op("P", (S, "E"), "state"), PLUS, ketbra(0, 0), CNOT, 2), (2, 4), check_collision),
}


RECIPES = {"x-state", "local-hamiltonian"}    # drawn by a recipe: described, nothing assumed


def _evolved_check(s):
    h = lift(s[H_S], s.dims, [0]) + lift(s[H_B], s.dims, [1]) + s[SB.H_int]
    u = numeric.to_array(mp.expm(mp.matrix((-1j * s[t] * h).tolist())))
    assert dist(s[Op("rho_t", (S, B), "state")], u @ s[rho_0] @ u.conj().T) < tol() * 10


CASES["evolved"] = CASES["evolved"][:2] + (_evolved_check,)


def _sampler(case):
    setup, dims, _ = CASES[case]
    return setup.sampler(f"test-{case}", dims)


@pytest.mark.parametrize("case", sorted(CASES))
def test_setup_builds_valid_samples_with_its_assumptions(case):
    smp = _sampler(case)
    assert isinstance(smp, Sampler) and all(isinstance(a, str) for a in smp.assumptions)
    assert smp.assumptions or case in RECIPES
    with numeric.precision(50):
        for seed in (0, 1):
            CASES[case][2](smp.draw(seed))


@pytest.mark.parametrize("case", sorted(CASES))
def test_same_sample_at_two_precisions(case):
    smp = _sampler(case)
    with numeric.precision(30):
        low = smp.draw(5)
    with numeric.precision(50):
        high = smp.draw(5)
    assert low.theta == high.theta
    for sym, value in high.bindings.items():
        assert dist(low.bindings[sym], value) < mp.mpf(10) ** -27, sym
    for party, jumps in high.dissipators.items():
        for (j, g), (jl, gl) in zip(jumps, low.dissipators[party]):
            assert dist(jl, j) < mp.mpf(10) ** -27 and abs(gl - g) < mp.mpf(10) ** -27


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_parameter_vector_is_a_sample(case):
    """Far from the draws (4 standard deviations, the search box) the samples stay valid."""
    smp = _sampler(case)
    rng = np.random.default_rng(7)
    theta = tuple((4 * np.sign(rng.standard_normal(smp.nparams))).tolist())
    with numeric.precision(50):
        s = smp.build(theta, "mp")
        CASES[case][2](s)
    f = smp.build(theta, "float64")
    for sym, value in f.bindings.items():
        assert np.all(np.isfinite(np.asarray(value, dtype=complex))), sym


@pytest.mark.parametrize("case", sorted(CASES))
def test_exact_kind_is_faithful_or_absent(case):
    """Kind "exact" gives generic symbolic values or leaves a binding out (NotImplementedError),
    never a stand-in of another kind."""
    s = _sampler(case).build((), "exact")
    for sym, value in s.bindings.items():
        assert isinstance(value, (np.ndarray, sympy.Basic)), sym


def test_rank_deficient_state_is_exactly_rank_deficient():
    """density(rank=1) in kind "exact" is a generic pure state: Tr(rho^2) = 1 exactly."""
    r = draw({r_S: pure()}).sampler("pure", 3).build((), "exact")[r_S]
    m = sympy.Matrix(r)
    assert sympy.simplify((m * m).trace() - 1) == 0
    assert sympy.simplify(m.trace() - 1) == 0


def test_exact_gibbs_state_of_a_printed_diagonal_hamiltonian():
    smp = (draw({H_S: printed(sympy.diag(0, 1)), beta: printed("0.5")})
           + gibbs_state(G_S, H_S, beta)).sampler("g", 2)
    assert not smp.random
    g = smp.build((), "exact")[G_S]
    assert sympy.simplify(g[0, 0] / g[1, 1] - sympy.exp(sympy.Rational(1, 2))) == 0
    assert exact_gibbs(sympy.diag(0, 1), sympy.log(2)) == sympy.diag(sympy.Rational(2, 3),
                                                                        sympy.Rational(1, 3))


def test_printed_numbers_are_stored_exactly():
    with numeric.precision(50):
        assert mp.nstr(printed("0.64").build((), 1, "mp", {}, "x"), 50) == "0.64"
        assert fixed(0.64).value == sympy.Rational(16, 25)    # a float by its shortest decimal
    m = printed([["0.7", "0.2-0.15j"], ["0.2+0.15j", "0.3"]], state_dims=(2,))
    assert m.value[0, 1] == sympy.Rational(1, 5) - sympy.Rational(3, 20) * sympy.I
    assert printed("-0.18-0.03i").value == -sympy.Rational(18, 100) - sympy.Rational(3, 100) * sympy.I
    assert (printed(1).origin, fixed(1).origin, special(1, "why").origin) == \
        ("printed", "chosen", "special")
    with pytest.raises(ValueError, match="say why"):
        special(1, "")


def test_given_fixes_bindings_and_the_sampler_becomes_fixed():
    setup = closed(SB)
    values = {rho: printed(sympy.eye(4) / 4, state_dims=(2, 2)), H_S: fixed(pauli("z")),
              H_B: fixed(pauli("x")), SB.H_int: fixed(kron(pauli("y"), pauli("z")) / 3)}
    smp = setup.given(values).sampler("fixed-2x2", (2, 2))
    assert not smp.random and smp.assumptions == setup.sampler("r", (2, 2)).assumptions
    partial = setup.given({H_S: fixed(pauli("z"))}).sampler("partial", (2, 2))
    assert partial.random
    with pytest.raises(ValueError, match="given a value for nothing"):
        setup.given({"nothing": fixed(1)}).sampler("bad", (2, 2))
    with pytest.raises(ValueError, match="bound twice"):
        (closed(SB) + draw({rho: density()})).sampler("twice", (2, 2))
    with pytest.raises(ValueError, match="dims"):
        setup.sampler("bad", (2, 2, 2))


def test_a_fixed_sampler_cannot_draw():
    x = sympy.Symbol("x")
    with pytest.raises(ValueError, match="is fixed but draws x"):
        sampler("bad", (S,), (2,), {x: uniform(0, 1)}, random=False)


def test_thermal_gkls_rates_can_be_given():
    smp = (draw({H_S: printed(sympy.diag(0, 1)), beta: printed("0.5"), r_S: fixed(PLUS, (2,))})
           + thermal_gkls(S, H_S, beta, state=r_S)).given(
        {"c_01": fixed("1.5"), "g_0": fixed("0.2"), "g_1": fixed("0.3")}).sampler("t", 2)
    assert not smp.random
    with numeric.precision(30):
        check_thermal_gkls(smp.draw())


def test_the_readme_example_runs_and_holds():
    """The example of derivations/README.md declares its claims in a few lines each and they
    hold."""
    import pathlib
    import re
    from corrcheck.claim import HOLDS
    from corrcheck.verdict import check
    text = (pathlib.Path(__file__).parents[1] / "derivations" / "README.md").read_text()
    block = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "PAPER = Paper(" in b)
    ns = {}
    exec(block, ns)
    claims = ns["PAPER"].claims
    assert len(claims) == 3 and all(check(c, search=0.2).verdict == HOLDS for c in claims)


def test_a_new_sampler_never_gets_a_collected_samplers_cached_sample():
    """Samples are cached by the sampler's id: a sampler garbage-collected after drawing must not
    hand its sample to a new sampler that reuses its id (a flaky vedral test came from this)."""
    x = Op("x", ("A",), "hermitian")
    stale = 0
    gc.freeze()  # the objects alive before the loop are not scanned: a collection stays cheap
    try:
        for i in range(200):
            s = sampler("s", ("A",), (1,), {x: fixed([[i + 2]])}, random=False)
            stale += int(s.draw()[x][0, 0].real) != i + 2
            del s
            gc.collect()
    finally:
        gc.unfreeze()
    assert stale == 0


def test_every_setup_is_importable_from_corrcheck():
    """One namespace: a paper file needs only ``from corrcheck import ...``."""
    import corrcheck
    import corrcheck.setups
    assert set(corrcheck.setups.__all__) <= set(corrcheck.__all__)
