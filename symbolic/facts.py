"""Facts: what a physical setup guarantees on every sample it builds, with the lemma that says why.

A sampler built from the setups vocabulary (:mod:`corrcheck.setups`) knows relations its
recipes make true by construction: a product state *is* the product of its factors, an evolved
state has the entropy and the energy of its start, a Davies generator fixes the Gibbs state.
The theorem prover (:mod:`symbolic.theorems`) may use them, and a proof that does reaches
exactly the samplers that carry every fact it used.  Facts come only from the setups' own
constructions (never from a hand-written sampler, whose recipes nobody checks); a fact whose
binding a sampler overrides (``Setup.given``), or a dissipator fact on a party other parts add
jumps to, is dropped by the setup.

Each :class:`Fact` is an equation of the claim language:

* ``definition``: an operator symbol equals an expression (``rho = rho_S rho_B``,
  ``rho = exp(-beta H)/Tr exp(-beta H)``); a proof substitutes it;
* ``invariant``: two scalars are equal (``S(rho) = S(rho_0)``, ``Tr[rho H] = Tr[rho_0 H]``);
  a proof may add it with any coefficient;
* ``fixed point``: the dissipator of a party annihilates a state (``D_S[exp(-beta H)] = 0``)
  or maps it to a given expression (``D_S[exp(-beta H)] = i[K, exp(-beta H)]``, for a generator
  whose Hamiltonian correction K makes the Gibbs state a fixed point); a proof substitutes it
  after splitting the dissipator linearly;
* ``gkls``: the dissipator of a party has non-negative rates (a GKLS generator);
* ``unitary``: an operator symbol U is unitary (U^† U = U U^† = 1); a proof may read U X U^† for
  a state X on U's parties as a state with the spectrum of X.

``requires`` lists (scalar symbol, property) pairs - ``"real"`` for a time or an inverse
temperature, ``"nonnegative"`` for a rate - that the sampler's values must have for the fact to
hold (checked on the sampler's exact form by :mod:`corrcheck.proof`);
``lemma`` names the construction lemma and gives its :class:`~symbolic.outcome.Proof`.

The construction lemmas, each checked here in exact arithmetic: :func:`detailed_balance`
(a Davies generator fixes the Gibbs state), :func:`petz_fixed_point` (the Gibbs-preserving
generator U o Petz o N - id), :func:`gibbs_fixing_correction` (arbitrary jumps with a
Hamiltonian and a classical correction), :func:`unitary_invariance` (an evolved state keeps its
spectrum and its energy), :func:`unitary_conjugation` (U X U^† has the spectrum of X).
"""
from dataclasses import dataclass, field
from functools import lru_cache

import sympy
from sympy import Matrix, exp, symbols

from .expr import Dissipator, Op, comm, text
from .outcome import Proof, Step

KINDS = ("definition", "invariant", "fixed point", "gkls", "unitary")


@dataclass(frozen=True)
class Fact:
    """``lhs = rhs`` guaranteed by a setup (see the module docstring); ``party`` for the
    dissipator facts; ``why`` in one line; ``lemma`` the name of the construction lemma (a key
    of :data:`LEMMAS`) or "" when the fact is the construction itself; ``requires`` the (symbol,
    property) pairs the sampler's values must have; ``subjects`` the names of the
    bindings the setup must itself make for the fact to hold (``given`` may not override them)."""
    kind: str
    lhs: object
    rhs: object = 0
    party: str = None
    # facts are equal when they state the same equation: how a sampler guarantees it differs
    why: str = field(default="", compare=False)
    lemma: str = field(default="", compare=False)
    requires: tuple = field(default=(), compare=False)
    subjects: tuple = field(default=(), compare=False)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"fact kind must be one of {KINDS}, got {self.kind!r}")
        if self.kind in ("definition", "unitary") and not isinstance(self.lhs, Op):
            raise ValueError(f"a {self.kind} fact is about an operator symbol")
        if self.kind in ("fixed point", "gkls") and not self.party:
            raise ValueError(f"a {self.kind} fact names its party")
        if self.lemma and self.lemma not in LEMMAS:
            raise ValueError(f"unknown lemma {self.lemma!r}")

    @property
    def statement(self):
        if self.kind == "gkls":
            return f"D_{self.party} has non-negative rates (a GKLS dissipator)"
        if self.kind == "unitary":
            return f"{self.lhs.name}^† {self.lhs.name} = {self.lhs.name} {self.lhs.name}^† = 1"
        return f"{text(self.lhs)} = {text(self.rhs)}"

    def proof(self):
        """The lemma's proof, or None when the fact is the construction itself."""
        return LEMMAS[self.lemma]() if self.lemma else None


# ------------------------------------------------------------------ facts of the setups

def _need(x, prop):
    return tuple((s, prop) for s in sorted(sympy.sympify(x).free_symbols, key=str))


def definition(op, expr, why):
    return Fact("definition", op, expr, why=why, subjects=(op.name,))


def gibbs_definition(op, h, beta):
    """``op = exp(-beta h)/Tr exp(-beta h)`` (``h`` a sum of Hermitian operator symbols)."""
    from .expr import Expm, Tr
    g = Expm(-beta * h)
    return Fact("definition", op, g / Tr(g), why=f"{op.name} is built as the Gibbs state of "
                f"{text(h)} at beta = {text(beta)}", subjects=(op.name,),
                requires=_need(beta, "real"))


def unitary(op, why):
    """``op`` is unitary (``why``: how the setup makes it so)."""
    return Fact("unitary", op, 1, why=why, lemma="unitary conjugation", subjects=(op.name,))


def evolution_invariants(rho, rho0, h, t):
    """``S(rho) = S(rho0)`` and ``Tr[rho h] = Tr[rho0 h]`` for rho = U rho0 U^dag,
    U = exp(-i h t), h Hermitian and t real (else no facts)."""
    from .expr import Entropy, Tr
    t = sympy.sympify(t)
    if not all(o.kind in ("hermitian", "state") for o in h.atoms(Op)) or t.is_real is not True:
        return ()
    need = _need(t, "real")
    why = f"{rho.name} = U {rho0.name} U^dag with U = exp(-i ({text(h)}) {text(t)}) unitary"
    return (Fact("invariant", Entropy(rho), Entropy(rho0), why=why, lemma="unitary invariance",
                 requires=need, subjects=(rho.name,)),
            Fact("invariant", Tr(rho * h), Tr(rho0 * h), why=why, lemma="unitary invariance",
                 requires=need, subjects=(rho.name,)))


def fixed_point(party, h, beta, lemma, rates):
    """``D_party[exp(-beta h)] = 0`` and the GKLS fact (non-negative ``rates`` symbols)."""
    from .expr import Expm
    if not all(o.kind == "hermitian" for o in sympy.sympify(h).atoms(Op)) or \
            sympy.sympify(beta).is_real is not True:
        return ()
    need = _need(beta, "real")
    return (Fact("fixed point", Dissipator(Expm(-beta * h), party), 0, party=party,
                 why=f"the dissipator on {party} fixes exp(-{text(beta)} {text(h)})/Z",
                 lemma=lemma, requires=need),
            Fact("gkls", Dissipator(Op(f"X_{party}", (party,), "operator"), party), 0, party=party,
                 why=f"rates {', '.join(map(str, rates))} are non-negative",
                 requires=tuple((r, "nonnegative") for r in rates)))


def corrected_fixed_point(party, h, beta, k, rates):
    """``D_party[exp(-beta h)] = i[k, exp(-beta h)]`` (the dissipator's action on the Gibbs
    weight cancelled by the Hamiltonian correction ``k``, so -i[h + k, .] + D_party fixes the
    Gibbs state) and the GKLS fact (non-negative ``rates`` symbols; the classical corrections'
    rates are non-negative by construction); none unless h, k are Hermitian and beta real."""
    from .expr import Expm
    if not all(o.kind == "hermitian" for o in sympy.sympify(h).atoms(Op) | {k}) or \
            sympy.sympify(beta).is_real is not True:
        return ()
    g = Expm(-beta * h)
    return (Fact("fixed point", Dissipator(g, party), sympy.I * comm(k, g), party=party,
                 why=f"{k.name} is built so that D_{party}[exp(-{text(beta)} {text(h)})] = "
                     f"i[{k.name}, exp(-{text(beta)} {text(h)})]",
                 lemma="Gibbs-fixing correction", requires=_need(beta, "real"),
                 subjects=(k.name,)),
            Fact("gkls", Dissipator(Op(f"X_{party}", (party,), "operator"), party), 0, party=party,
                 why=f"rates {', '.join(map(str, rates))} are non-negative, and so are the "
                     "classical corrections' (products and ratios of non-negative numbers)",
                 lemma="Gibbs-fixing correction",
                 requires=tuple((r, "nonnegative") for r in rates)))


# ------------------------------------------------------------------ construction lemmas

def _zero(m):
    return all(sympy.simplify(x) == 0 for x in m)


@lru_cache(maxsize=None)
def detailed_balance():
    """Davies generator with detailed balance fixes the Gibbs state: jumps |e_m><e_n| at rates
    c_mn exp(-beta (E_m - E_n)/2), c_mn = c_nm, and dephasing |e_n><e_n| annihilate
    sum_k exp(-beta E_k) |e_k><e_k|, in every dimension, checked exactly pair by pair."""
    b, c, g, Em, En = symbols("beta c g E_m E_n", real=True)
    pm, pn = exp(-b * Em), exp(-b * En)
    gamma = sympy.diag(pm, pn)                      # the Gibbs weights on span{e_m, e_n}
    up, down = Matrix([[0, 1], [0, 0]]), Matrix([[0, 0], [1, 0]])   # |e_m><e_n|, |e_n><e_m|

    def d(j, x):
        return j * x * j.H - (j.H * j * x + x * j.H * j) / 2
    pair = c * exp(-b * (Em - En) / 2) * d(up, gamma) + c * exp(-b * (En - Em) / 2) * d(down, gamma)
    deph = g * d(sympy.diag(1, 0), gamma)
    ok = _zero(pair) and _zero(deph)
    steps = (
        Step("the generator in the eigenbasis e_k of H", "",
             "D[X] = sum_{m != n} c_mn e^{-beta (E_m - E_n)/2} (J_mn X J_mn^† - {J_mn^† J_mn, X}/2) "
             "+ sum_n g_n (P_n X P_n - {P_n, X}/2), J_mn = |e_m><e_n|, P_n = |e_n><e_n|, c_mn = c_nm"),
        Step("the Gibbs state is diagonal there", "", "exp(-beta H) = sum_k e^{-beta E_k} P_k"),
        Step("J_mn and J_nm act on span{e_m, e_n} only: their contribution, exactly", "",
             f"{sympy.sstr(pair.applyfunc(sympy.simplify))} (e^(-beta E_m) on e_m, e^(-beta E_n) on e_n)"),
        Step("dephasing commutes with a diagonal state", "", f"{sympy.sstr(deph.applyfunc(sympy.simplify))}"),
        Step("sum over pairs and levels", "", "D[exp(-beta H)] = 0 in every dimension"),
    )
    return Proof("proved" if ok else "not_proved", "detailed balance (exact, pair by pair)", "",
                 scope="dimension-free", steps=steps)


def _rewrite(before, after, lhs, rhs, contexts):
    """Whether ``before = after`` follows from the relation ``lhs = rhs`` used at ``contexts``
    (pairs (L, M)): before - after = sum L (lhs - rhs) M as noncommutative polynomials."""
    used = sympy.Add(*(a * (lhs - rhs) * m for a, m in contexts))
    return sympy.expand(before - after - used) == 0


@lru_cache(maxsize=None)
def petz_fixed_point():
    """The Gibbs-preserving generator of :func:`corrcheck.setups.gibbs_preserving_gkls`,
    g (Phi - id) with Phi = U o P o N (N with Kraus operators a_i, sum a_i^† a_i = 1; P its Petz
    map for sigma; U = exp(-i K), [K, H] = 0), has Kraus operators K_ij = u s a_j^† m a_i,
    s = sigma^{1/2}, m = N(sigma)^{-1/2}: sum K^† K = 1 and Phi(sigma) = sigma, checked as
    noncommutative polynomial identities modulo the four defining relations (two Kraus
    operators; the same steps hold for any number)."""
    a1, a2, a1d, a2d, s, m, u, ud = symbols("a1 a2 a1^† a2^† s m u u^†", commutative=False)
    a, ad = (a1, a2), (a1d, a2d)
    one = sympy.S.One
    n_sigma = a1 * s * s * a1d + a2 * s * s * a2d
    kraus = [(u * s * ad[j] * m * a[i], ad[i] * m * a[j] * s * ud) for i in range(2) for j in range(2)]
    checks = []
    # (1) trace preservation: sum K^dag K = 1
    before = sympy.Add(*(kd * k for k, kd in kraus))
    mid1 = sympy.Add(*(ad[i] * m * a[j] * s * s * ad[j] * m * a[i] for i in range(2) for j in range(2)))
    checks.append(_rewrite(before, mid1, ud * u, one, [(ad[i] * m * a[j] * s, s * ad[j] * m * a[i])
                                                      for i in range(2) for j in range(2)]))
    mid2 = ad[0] * a[0] + ad[1] * a[1]
    checks.append(_rewrite(mid1, mid2, m * n_sigma * m, one, [(ad[i], a[i]) for i in range(2)]))
    checks.append(_rewrite(mid2, one, a1d * a1 + a2d * a2, one, [(one, one)]))
    # (2) the fixed point: Phi(sigma) = sum K s s K^dag = s s
    before2 = sympy.Add(*(k * s * s * kd for k, kd in kraus))
    mid3 = sympy.Add(*(u * s * ad[j] * a[j] * s * ud for j in range(2)))
    checks.append(_rewrite(before2, mid3, m * n_sigma * m, one, [(u * s * ad[j], a[j] * s * ud)
                                                                 for j in range(2)]))
    mid4 = u * s * s * ud
    checks.append(_rewrite(mid3, mid4, a1d * a1 + a2d * a2, one, [(u * s, s * ud)]))
    checks.append(_rewrite(mid4, s * s, u * s * s * ud, s * s, [(one, one)]))
    ok = all(checks)
    rel = ("relations: a1^† a1 + a2^† a2 = 1 (N is a channel), m N(sigma) m = 1 with N(sigma) = "
           "a1 s s a1^† + a2 s s a2^† (m = N(sigma)^(-1/2)), u^† u = 1, u s s u^† = s s "
           "(u = exp(-i K), [K, H] = 0, commutes with sigma = s s)")
    steps = (
        Step("the channel", "", "Phi(X) = sum_ij K_ij X K_ij^†, K_ij = u s a_j^† m a_i"),
        Step("defining relations", "", rel),
        Step("trace preservation: u^† u = 1", text(before), text(mid1)),
        Step("m N(sigma) m = 1", "", text(mid2)),
        Step("N is trace preserving", "", "1"),
        Step("fixed point: m N(sigma) m = 1", text(before2), text(mid3)),
        Step("N is trace preserving", "", text(mid4)),
        Step("u commutes with sigma", "", text(s * s)),
        Step("each step is before - after = sum L (relation) M as noncommutative polynomials "
             "(SymPy expand)", "", "checked" if ok else "FAILED"),
        Step("the generator", "", "D[X] = g sum_ij (K_ij X K_ij^† - {K_ij^† K_ij, X}/2) = g (Phi(X) - X) "
                                  "by trace preservation, so D[sigma] = 0 and D[exp(-beta H)] = 0"),
    )
    return Proof("proved" if ok else "not_proved", "Petz recovery (noncommutative polynomial identities)",
                 "", scope="dimension-free", steps=steps)


@lru_cache(maxsize=None)
def gibbs_fixing_correction():
    """The generator of :func:`corrcheck.setups.gibbs_fixing_gkls`: any GKLS dissipator D_J,
    sigma = sum_n p_n |e_n><e_n| with distinct p_n > 0 (H non-degenerate), X = D_J[sigma]
    (Hermitian, Tr X = 0).  The Hamiltonian correction K_mn = -i X_mn/(p_n - p_m) (m != n,
    K_nn = 0) is Hermitian with i[K, sigma] = X - diag X; classical jumps |e_m><e_n| at rates
    w_mn = s-_n s+_m/(S p_n) >= 0 (s_n = -X_nn = s+_n - s-_n, s+-_n >= 0, S = sum_n s+_n > 0;
    no jumps if S = 0) give D_c[sigma] = -diag X.  So D[sigma] = (D_J + D_c)[sigma] =
    i[K, sigma] in every dimension, checked exactly entry by entry and level by level."""
    from . import tracealg
    from .expr import Dag, Tr
    pm, pn, S, M = symbols("p_m p_n S M", positive=True)
    a, b = symbols("a b", real=True)
    sp, sm, w = symbols("s+_l s-_l w", nonnegative=True)
    checks = []
    # (1) Tr X = 0: a GKLS dissipator is trace preserving (cyclicity of the trace)
    j, s = Op("J", ("S",), "operator"), Op("sigma", ("S",), "state")
    jd = Dag(j)
    trace = tracealg.prove_zero(Tr(j * s * jd - (jd * j * s + s * jd * j) / 2))
    checks.append(trace.status == "proved")
    # (2) the coherences: K is Hermitian and (i[K, sigma])_mn = X_mn for m != n
    x = a + sympy.I * b                                   # X_mn; X_nm = conj(x)
    k_mn, k_nm = -sympy.I * x / (pn - pm), -sympy.I * sympy.conjugate(x) / (pm - pn)
    checks.append(sympy.simplify(k_nm - sympy.conjugate(k_mn)) == 0)
    coherence = sympy.simplify(sympy.I * (k_mn * pn - pm * k_mn))
    checks.append(sympy.simplify(coherence - x) == 0)
    # (3) a classical jump |e_m><e_n| at rate w on span{e_m, e_n}: it moves w p_n from e_n to e_m
    up = Matrix([[0, 1], [0, 0]])
    rho2 = sympy.diag(pm, pn)
    move = w * (up * rho2 * up.H - (up.H * up * rho2 + rho2 * up.H * up) / 2)
    checks.append(_zero(move - sympy.diag(w * pn, -w * pn)))
    # (4) level l: gains sum_{n != l} w_ln p_n = s+_l (M - s-_l)/S, M = sum_n s-_n; losses
    # sum_{m != l} w_ml p_l = s-_l (S - s+_l)/S; with M = S (Tr X = 0): gain - loss = s_l
    gain, loss = sp * (M - sm) / S, sm * (S - sp) / S
    checks.append(_rewrite(gain - loss, sp - sm, M, S, [(sp / S, sympy.S.One)]))
    ok = all(checks)
    steps = (
        Step("the generator", "", "D = D_J + D_c, D_J any GKLS dissipator, D_c classical jumps "
             "|e_m><e_n| between eigenvectors of H; sigma = sum_n p_n |e_n><e_n|, p_n distinct"),
        Step("D_J is trace preserving (trace-polynomial normal form)",
             text(Tr(j * s * jd - (jd * j * s + s * jd * j) / 2)), f"0  [{trace.status}]"),
        Step("so X = D_J[sigma] has sum_n X_nn = 0: with s_n = -X_nn = s+_n - s-_n", "",
             "M = sum_n s-_n = sum_n s+_n = S"),
        Step("the correction K_mn = -i X_mn/(p_n - p_m), K_nn = 0: Hermitian, and for m != n",
             "(i[K, sigma])_mn = i K_mn (p_n - p_m)", f"{sympy.sstr(coherence)} = X_mn"),
        Step("(i[K, sigma])_nn = 0 (K_nn = 0, sigma diagonal)", "", "i[K, sigma] = X - diag X"),
        Step("a classical jump |e_m><e_n| at rate w on the diagonal sigma, exactly", "",
             f"{sympy.sstr(move.applyfunc(sympy.simplify))} (weights p_m, p_n on e_m, e_n)"),
        Step("rates w_mn = s-_n s+_m/(S p_n): the net gain of level l",
             text(gain - loss), f"{text(sp - sm)} = s_l = -X_ll (M = S)"),
        Step("so", "", "D[sigma] = X + D_c[sigma] = X - diag X = i[K, sigma]; every rate is "
                       "a product and ratio of non-negative numbers; -i[H + K, sigma] + "
                       "D[sigma] = -i[H, sigma] = 0"),
    )
    return Proof("proved" if ok else "not_proved", "Gibbs-fixing correction (exact, entry by "
                 "entry and level by level)", "", scope="dimension-free", steps=steps)


@lru_cache(maxsize=None)
def unitary_invariance():
    """rho = U rho0 U^dag with U = exp(-i H t), H Hermitian, t real: U is unitary, so rho has
    the spectrum of rho0 (every entropy agrees) and, as U commutes with H, the same energy."""
    from . import tracealg
    from .expr import Expm, Tr
    h = Op("H", ("S",), "hermitian")
    r0 = Op("rho0", ("S",), "state")
    t = sympy.Symbol("t", real=True)
    u, ud = Expm(-sympy.I * t * h), Expm(sympy.I * t * h)
    energy = tracealg.prove_equal(Tr(r0 * ud * h * u), Tr(r0 * h))
    ok = energy.status == "proved"
    steps = (
        Step("U = exp(-i H t) with H Hermitian and t real is unitary", "", "U^† = exp(i H t) = U^(-1)"),
        Step("functional calculus: f(U X U^†) = U f(X) U^† for unitary U", "",
             "S(rho) = -Tr[U rho0 U^† U log(rho0) U^†] = -Tr[rho0 log rho0] = S(rho0)"),
        Step("energy: cyclicity of the trace", text(Tr(u * r0 * ud * h)), text(Tr(r0 * ud * h * u))),
        Step("trace-polynomial normal form ([H, exp(i H t)] = 0, exp(A) exp(-A) = 1)",
             text(Tr(r0 * ud * h * u)), text(Tr(r0 * h)) + f"  [{energy.status}]"),
    )
    return Proof("proved" if ok else "not_proved", "unitary invariance", "", scope="dimension-free",
                 steps=steps)


@lru_cache(maxsize=None)
def unitary_conjugation():
    """U X U^† for a unitary U (u^† u = 1) and a state X: its powers are U X^k U^†, so every
    moment Tr (U X U^†)^k = Tr X^k - it has the spectrum of X (a state, with every entropy of
    X) - checked as noncommutative polynomial identities modulo u^† u = 1."""
    u, ud, x, y = symbols("u u^† x y", commutative=False)   # y = x^k
    one = sympy.S.One
    power = _rewrite((u * x * ud) * (u * y * ud), u * x * y * ud, ud * u, one, [(u * x, y * ud)])
    moment = _rewrite(ud * u * y, y, ud * u, one, [(one, y)])
    ok = power and moment
    steps = (
        Step("relation: U is unitary", "", "u^† u = 1 (and u u^† = 1)"),
        Step("powers, by induction on k (y = x^k)", text((u * x * ud) * (u * y * ud)),
             text(u * x * y * ud) + ("  [checked]" if power else "  [FAILED]")),
        Step("moments: cyclicity of the trace, then u^† u = 1", "Tr[u y u^†] = Tr[u^† u y]",
             "Tr[y]" + ("  [checked]" if moment else "  [FAILED]")),
        Step("so", "", "Tr (U X U^†)^k = Tr X^k for every k: U X U^† = (U X^(1/2))(U X^(1/2))^† is "
                       "positive with the eigenvalues of X, a state with S(U X U^†) = S(X)"),
    )
    return Proof("proved" if ok else "not_proved", "unitary conjugation (noncommutative "
                 "polynomial identities)", "", scope="dimension-free", steps=steps)


LEMMAS = {"detailed balance": detailed_balance, "Petz recovery": petz_fixed_point,
          "Gibbs-fixing correction": gibbs_fixing_correction,
          "unitary invariance": unitary_invariance, "unitary conjugation": unitary_conjugation}
