"""Inequalities from named theorems.

An inequality ``lhs >= rhs`` (or ``<=``) is proved when the identity prover rewrites the
difference ``lhs - rhs`` into a non-negative combination of *instances* of named theorems,
each an expression known to be >= 0 once the theorem's hypotheses hold, plus any multiple of
facts the samplers guarantee (:mod:`symbolic.facts`):

    lhs - rhs = sum_i c_i T_i + sum_j a_j (F_j - G_j),   c_i >= 0,  T_i >= 0,  F_j = G_j.

The library (:data:`THEOREMS`), each theorem with its hypotheses as checkable conditions:

* Klein's inequality: ``D(rho||sigma) >= 0`` for states rho, sigma;
* monotonicity of the relative entropy under CPTP maps: ``D(rho||sigma) - D(Tr_P rho||Tr_P
  sigma) >= 0`` (the partial trace is the CPTP map the claim language writes);
* Spohn's inequality: ``-Tr[L(rho)(log rho - log gamma)] >= 0`` for a state rho, a state gamma,
  L a GKLS generator (``-i[H, .]`` with H Hermitian plus dissipators with non-negative rates)
  and ``L(gamma) = 0``;
* subadditivity: ``I(A:B) = S(rho_A) + S(rho_B) - S(rho_AB) >= 0`` for a state rho_AB;
* strong subadditivity: ``S(AB) + S(BC) - S(B) - S(ABC) >= 0`` for a state rho_ABC;
* Hoelder's inequality: ``||A||_1 ||B|| - |Tr[A B]| >= 0`` for any operators;
* the trace-distance bound: ``2 ||B|| -+ Tr[(rho - sigma) B] >= 0`` for states rho, sigma and a
  Hermitian B (Hoelder with ``||rho - sigma||_1 <= 2``).

How a hypothesis is checked: "X is a state" by the kinds (X positive semidefinite as a state,
a partial trace or tensor product of states, exp of a Hermitian operator over its positive
trace; :func:`tracealg.positive_semidefinite`) and ``Tr X = 1`` by the trace-polynomial normal
form; "L is GKLS" from the structure of the claim's dynamics (``-i(H rho - rho H)`` with H
shown Hermitian by its normal form, plus dissipators whose non-negative rates are a fact of
the samplers); ``L(gamma) = 0`` by the trace-polynomial normal form after the samplers'
fixed-point facts (``D_P[exp(-beta H)] = 0``, or ``= i[K, exp(-beta H)]`` for a generator with
a Hamiltonian correction K) are applied.  Nothing is assumed from a name.

The search (:func:`prove_inequality`): the samplers' definitions are substituted, instances
are built from the claim's own subterms (the states whose entropies or logarithms it contains,
their marginals and products, the Gibbs states the facts name), only instances whose
hypotheses are proved are kept, and the coefficients come from solving ``lhs - rhs = sum c_i
T_i + sum a_j E_j`` linearly over the monomials of the normal forms; a solution with every
``c_i >= 0`` by the symbols' assumptions is then checked once more as an identity by the
trace-polynomial prover (whose steps the proof shows).  Claims on more than two parties are
decided by the same search over :mod:`symbolic.entropic` (entropies and traces of marginals).
"""
from dataclasses import dataclass, field

import sympy
from sympy import Abs, Add, Mul
from sympy.polys.matrices import DomainMatrix

from . import entropic, tracealg
from .expr import (Dag, Dim, Dissipator, Dt, Entropy, Expm, Logm, Op, OpNorm, Ptr, RelEntropy, TraceNorm,
                   Tr, operators, ptr, stable_repr, support, text)
from .facts import Fact
from .outcome import Proof, Step

METHOD = "named theorems"
MAX_INSTANCES = 80


@dataclass(frozen=True)
class Theorem:
    """A named inequality: its statement, its hypotheses (prose; each is checked on an
    instance by :class:`_Context`) and a reference."""
    name: str
    statement: str
    hypotheses: tuple
    reference: str


KLEIN = Theorem("Klein's inequality", "D(rho||sigma) = Tr[rho log rho] - Tr[rho log sigma] >= 0",
                ("rho is a state", "sigma is a state"), "O. Klein, Z. Phys. 72, 767 (1931)")
MONOTONICITY = Theorem(
    "monotonicity of the relative entropy", "D(Phi(rho)||Phi(sigma)) <= D(rho||sigma), Phi CPTP",
    ("rho is a state", "sigma is a state", "Phi = Tr_P is completely positive and trace preserving"),
    "G. Lindblad, Commun. Math. Phys. 40, 147 (1975); A. Uhlmann (1977)")
SPOHN = Theorem(
    "Spohn's inequality", "-Tr[L(rho)(log rho - log gamma)] >= 0",
    ("rho is a state", "gamma is a state", "L is a GKLS generator: -i[H, .] with H Hermitian "
     "plus dissipators with non-negative rates", "L(gamma) = 0"),
    "H. Spohn, J. Math. Phys. 19, 1227 (1978)")
SUBADDITIVITY = Theorem("subadditivity", "I(A:B) = S(rho_A) + S(rho_B) - S(rho_AB) >= 0",
                        ("rho_AB is a state",), "H. Araki, E. Lieb, Commun. Math. Phys. 18, 160 (1970)")
STRONG_SUBADDITIVITY = Theorem(
    "strong subadditivity", "I(A:C|B) = S(rho_AB) + S(rho_BC) - S(rho_B) - S(rho_ABC) >= 0",
    ("rho_ABC is a state",), "E. Lieb, M. B. Ruskai, J. Math. Phys. 14, 1938 (1973)")
HOELDER = Theorem("Hoelder's inequality", "|Tr[A B]| <= ||A||_1 ||B||", (),
                  "R. Bhatia, Matrix Analysis (Springer, 1997), IV.2")
TRACE_DISTANCE = Theorem(
    "trace-distance bound", "|Tr[(rho - sigma) B]| <= ||rho - sigma||_1 ||B|| <= 2 ||B||",
    ("rho is a state", "sigma is a state", "B is Hermitian (Tr[(rho - sigma) B] is real)"),
    "Hoelder's inequality and the triangle inequality ||rho - sigma||_1 <= Tr rho + Tr sigma; "
    "M. A. Nielsen, I. L. Chuang, Quantum Computation and Quantum Information (2010), Sec. 9.2")
THEOREMS = {t.name: t for t in (KLEIN, MONOTONICITY, SPOHN, SUBADDITIVITY, STRONG_SUBADDITIVITY,
                                HOELDER, TRACE_DISTANCE)}


@dataclass
class Instance:
    """A theorem applied to arguments: ``value`` (claim language) is >= 0 when every
    hypothesis holds; ``proved`` lists (hypothesis, how it was proved), ``failed`` the first
    hypothesis that could not be proved."""
    theorem: Theorem
    args: tuple
    value: object
    proved: list = field(default_factory=list)
    failed: str = None

    @property
    def label(self):
        return f"{self.theorem.name}({', '.join(a if isinstance(a, str) else text(a) for a in self.args)})"


@dataclass(frozen=True)
class Outcome:
    """:func:`prove_inequality`'s answer: the proof and the facts it used."""
    proof: Proof
    facts: tuple = ()


# ------------------------------------------------------------------ hypotheses

class _Context:
    """The claim's dynamics and the samplers' facts, with the hypothesis checks (memoised) and
    the facts each check used."""

    def __init__(self, dynamics, facts):
        self.facts = tuple(facts)
        self.definitions = {f.lhs: f for f in self.facts if f.kind == "definition"}
        self.dynamics = {sympy.sympify(k): sympy.sympify(v) for k, v in (dynamics or {}).items()}
        for k in list(self.definitions):
            if k in self.dynamics:  # an operator that moves is not replaced by its value now
                del self.definitions[k]
        self.unitaries = {f.lhs: f for f in self.facts if f.kind == "unitary"}
        self.conjugated = {}   # state symbol -> (U X U^dag, X, the unitary fact)
        self._memo = {}
        self.dynamics = {k: self.substitute(v)[0] for k, v in self.dynamics.items()}

    def substitute(self, expr):
        """``expr`` with the definitions applied (repeatedly), entropies and logarithms of
        tensor products split (:func:`split_products`), and the facts that changed it."""
        used = []
        expr = sympy.sympify(expr)
        for _ in range(len(self.definitions) + 1):
            hit = [f for op, f in self.definitions.items() if expr.has(op)]
            if not hit:
                break
            used += [f for f in hit if f not in used]
            expr = expr.xreplace({f.lhs: f.rhs for f in hit})
        expr, conj = self.conjugations(expr)
        used += [f for f in conj if f not in used]
        return split_products(expr), tuple(used)

    def conjugations(self, expr):
        """``expr`` with every ``c U X U^dag`` (U unitary by a fact, X a state on U's parties,
        proved so) read as ``c`` times a state symbol with the spectrum of X (kept in
        ``conjugated``; lemma: unitary conjugation); the unitary facts used."""
        if not self.unitaries:
            return expr, ()
        used = []

        def match(e):
            if not isinstance(e, Mul):
                return False
            nc = e.args_cnc()[1]
            return len(nc) >= 3 and nc[0] in self.unitaries and nc[-1] == Dag(nc[0]) \
                and not Mul(*nc[1:-1]).has(nc[0])

        def name(e):
            c, nc = e.args_cnc()
            u, x = nc[0], Mul(*nc[1:-1])
            if set(support(x)) != set(u.support) or self.state(x)[0] is None:
                return e
            sym = Op(f"{u.name}({text(x)}){u.name}^†", u.support, "state")
            self.conjugated[sym] = (Mul(*nc), x, self.unitaries[u])
            used.append(self.unitaries[u])
            return Mul(*c) * sym
        return sympy.sympify(expr).replace(match, name), tuple(dict.fromkeys(used))

    def fixed_points(self, expr):
        """``expr`` with every ``D_P[c X]`` split linearly and the fixed-point facts
        ``D_P[X] = Y`` applied (Y = 0, or the commutator a Hamiltonian correction cancels);
        the facts used."""
        used = []
        known = {(f.lhs.args[0], f.party): f for f in self.facts if f.kind == "fixed point"}

        def split(node):
            out = []
            for term in Add.make_args(sympy.expand(node.args[0])):
                c, nc = term.args_cnc()
                x = Mul(*nc)
                f = known.get((x, node.party))
                if f is not None:
                    used.append(f)
                    out.append(Mul(*c) * f.rhs)
                    continue
                out.append(Mul(*c) * Dissipator(x, node.party))
            return Add(*out)
        expr = expr.replace(lambda e: isinstance(e, Dissipator) and type(e) is Dissipator, split)
        return expr, tuple(dict.fromkeys(used))

    def _once(self, key, fn):
        if key not in self._memo:
            self._memo[key] = fn()
        return self._memo[key]

    # each check returns (how, facts used) or (None, why not)
    def state(self, x):
        return self._once(("state", x), lambda: self._state(x))

    def _state(self, x):
        if not _positive(x):
            return None, f"{text(x)} is not positive semidefinite by the kinds"
        if isinstance(x, Op):
            return "a state by its kind", ()
        trace = _prove_equal(Tr(x), 1, {})
        if trace.status != "proved":
            return None, f"Tr {text(x)} = 1 is not proved ({trace.status})"
        return f"positive semidefinite by the kinds; Tr = 1 by the {trace.method}", ()

    def hermitian(self, b):
        return self._once(("hermitian", b), lambda: self._hermitian(b))

    def _hermitian(self, b):
        proof = _prove_equal(b, sympy.adjoint(b), {})
        if proof.status != "proved":
            return None, f"{text(b)} = {text(b)}^dag is not proved ({proof.status})"
        return f"{text(b)} = {text(b)}^dag by the {proof.method}", ()

    def gkls(self, rho):
        return self._once(("gkls", rho), lambda: self._gkls(rho))

    def _gkls(self, rho):
        """Whether d rho/dt = -i(H rho - rho H) + sum_P D_P[rho] with H Hermitian and every
        D_P a GKLS dissipator (non-negative rates: a fact)."""
        gen = self.dynamics.get(rho)
        if gen is None:
            return None, f"{text(rho)} has no dynamics"
        diss = [d for d in gen.atoms(Dissipator) if type(d) is Dissipator]
        if any(d.args[0] != rho for d in diss):
            return None, "a dissipator acts on another operator than the state"
        used = []
        for party in sorted({d.party for d in diss}):
            f = next((f for f in self.facts if f.kind == "gkls" and f.party == party), None)
            if f is None:
                return None, f"no fact says the dissipator on {party} has non-negative rates"
            used.append(f)
        rest = sympy.expand(gen - Add(*diss))
        if sympy.expand(gen - rest - Add(*diss)) != 0 or any(
                sympy.expand(gen).coeff(d) != 1 for d in diss):
            return None, "the dissipators do not enter with coefficient 1"
        left, right = [], []
        for term in Add.make_args(rest):
            c, nc = term.args_cnc()
            if nc and nc[-1] == rho and not Mul(*nc[:-1]).has(rho):
                left.append(Mul(*c) * Mul(*nc[:-1]) / -sympy.I)
            elif nc and nc[0] == rho and not Mul(*nc[1:]).has(rho):
                right.append(Mul(*c) * Mul(*nc[1:]) / sympy.I)
            else:
                return None, f"the term {text(term)} of the generator is not of the form -i[H, rho]"
        h_left, h_right = Add(*left), Add(*right)
        same = _prove_equal(h_left, h_right, {})
        herm = _prove_equal(h_left, sympy.adjoint(h_left), {}) if h_left != 0 else same
        if same.status != "proved" or herm.status != "proved":
            return None, "the Hamiltonian part is not -i[H, rho] with H Hermitian"
        return (f"d{text(rho)}/dt = -i[H, {text(rho)}] + " + " + ".join(
            f"D_{d.party}[{text(rho)}]" for d in sorted(diss, key=str)) + f" with H = {text(h_left)} "
            "Hermitian (normal form); non-negative rates: a fact of the samplers"), tuple(used)

    def fixed(self, rho, gamma):
        return self._once(("fixed", rho, gamma), lambda: self._fixed(rho, gamma))

    def _fixed(self, rho, gamma):
        gen = self.dynamics[rho].xreplace({rho: gamma})
        reduced, used = self.fixed_points(gen)
        proof = tracealg.prove_zero(reduced)
        if proof.status != "proved":
            return None, f"L({text(gamma)}) = 0 is not proved: {proof.detail[:200]}"
        how = f"L({text(gamma)}) = {text(gen)}"
        if used:
            how += (" = " + text(reduced) + " (the fact" + ("s " if len(used) > 1 else " ")
                    + "; ".join(f.statement for f in used) + ")")
        return how + f" = 0 (the {proof.method})", used


def split_products(expr):
    """``S(A (x) B) = S(A) + S(B)`` and ``log(A (x) B) = log A + log B`` for a tensor product of
    states on disjoint parties (marginals of state operators and Gibbs states, recognised by
    :func:`entropic.factors`; Tr A = Tr B = 1)."""
    def split(node):
        try:
            fs = entropic.factors(node.args[0])
        except entropic.OutsideAlgebra:
            return node
        if len(fs) < 2:
            return node
        return Add(*(type(node)(entropic.factor_expr(f)) for f in fs))
    return expr.replace(lambda e: isinstance(e, (Entropy, Logm)), split)


def _parties(*exprs):
    """Every party an expression mentions (operators, partial traces, dissipators)."""
    out = set()
    for e in exprs:
        e = sympy.sympify(e)
        for a in e.atoms(Op):
            out.update(a.support)
        out.update(a.party for a in e.atoms(Ptr, Dissipator))
    return out


def _positive(x):
    """Positive semidefinite by the kinds (a state expression on any number of parties, or by
    the trace-polynomial algebra's rules on one or two)."""
    if entropic.positive_semidefinite(x):
        return True
    return len(_parties(x)) <= 2 and tracealg.positive_semidefinite(x)


def _prove_equal(a, b, dynamics):
    if len(_parties(a, b, *dynamics.keys(), *dynamics.values())) > 2:
        return entropic.prove_equal(a, b)
    return tracealg.prove_equal(a, b, dynamics=dynamics)


# ------------------------------------------------------------------ instances

def _instance(theorem, args, value):
    return Instance(theorem, args, split_products(value))


def klein(x, y):
    return _instance(KLEIN, (x, y), RelEntropy(x, y))


def monotonicity(x, y, party):
    return _instance(MONOTONICITY, (x, y, party),
                    RelEntropy(x, y) - RelEntropy(ptr(x, party), ptr(y, party)))


def spohn(rho, gamma):
    return _instance(SPOHN, (rho, gamma), -Tr(Dt(rho) * (Logm(rho) - Logm(gamma))))


def subadditivity(x, a, b):
    return _instance(SUBADDITIVITY, (x,), Entropy(ptr(x, b)) + Entropy(ptr(x, a)) - Entropy(x))


def strong_subadditivity(x, a, b, c):
    """I(a:c|b) of the state x on (a, b, c)."""
    return _instance(STRONG_SUBADDITIVITY, (x, b),
                    Entropy(ptr(x, c)) + Entropy(ptr(x, a)) - Entropy(ptr(ptr(x, a), c)) - Entropy(x))


def trace_distance(x, y, b, sign):
    """``2 ||B|| - sign Tr[(x - y) B] >= 0`` (sign +1 or -1)."""
    return _instance(TRACE_DISTANCE, (x, y, b, "+" if sign > 0 else "-"),
                     2 * OpNorm(b) - sign * Tr((x - y) * b))


def hoelder(a, b):
    return _instance(HOELDER, (a, b), TraceNorm(a) * OpNorm(b) - Abs(Tr(a * b)))


def check(instance, ctx):
    """Prove the instance's hypotheses (fills ``proved`` or sets ``failed``); returns it."""
    th, args = instance.theorem, instance.args
    checks = []
    if th in (KLEIN, MONOTONICITY):
        checks = [(h, lambda a=a: ctx.state(a)) for h, a in zip(th.hypotheses, args[:2])]
        if th is MONOTONICITY:
            instance.proved.append((th.hypotheses[2], "the partial trace is CPTP", ()))
    elif th is SPOHN:
        rho, gamma = args
        checks = [(th.hypotheses[0], lambda: ctx.state(rho)), (th.hypotheses[1], lambda: ctx.state(gamma)),
                  (th.hypotheses[2], lambda: ctx.gkls(rho)), (th.hypotheses[3], lambda: ctx.fixed(rho, gamma))]
    elif th in (SUBADDITIVITY, STRONG_SUBADDITIVITY):
        checks = [(th.hypotheses[0], lambda: ctx.state(args[0]))]
    elif th is TRACE_DISTANCE:
        checks = [(h, lambda a=a: ctx.state(a)) for h, a in zip(th.hypotheses, args[:2])]
        checks.append((th.hypotheses[2], lambda: ctx.hermitian(args[2])))
    for hyp, run in checks:
        how, used = run()
        if how is None:
            instance.failed = f"{hyp}: {used}"
            return instance
        instance.proved.append((hyp, how, used))
    return instance


def _state_like(e):
    return isinstance(e, sympy.Basic) and not e.is_commutative and e.atoms(Op) and not e.has(Dt)


def _factors(x):
    """The tensor factors of a product on disjoint parties (else x itself)."""
    if isinstance(x, Mul):
        ops = [a for a in x.args if not a.is_commutative]
        sups = [support(a) for a in ops]
        if len(ops) > 1 and sum(map(len, sups)) == len(frozenset().union(*sups)) and \
                all(a.is_commutative for a in x.args if a not in ops) and \
                all(a == 1 for a in x.args if a.is_commutative):
            return ops
    return [x]


def _canon(x):
    """A state expression in one spelling: its tensor factors in order (``Tr_S[A (x) B] = B``),
    so one state is not tried under several names; anything else unchanged."""
    try:
        fs = entropic.factors(x)
    except entropic.OutsideAlgebra:
        return x
    return Mul(*(entropic.factor_expr(f) for f in fs))


def _is_product(x):
    """Whether ``x`` is a tensor product of states on disjoint parties."""
    try:
        return len(entropic.factors(x)) > 1
    except entropic.OutsideAlgebra:
        return len(_factors(x)) > 1


def _traced_against(exprs, b):
    """The states x of the terms Tr[c x b] in ``exprs`` (in one spelling)."""
    out = []
    for e in exprs:
        for node in sympy.preorder_traversal(e):
            if isinstance(node, Tr):
                for term in Add.make_args(sympy.expand(node.args[0])):
                    c, nc = term.args_cnc()
                    norm = Mul(*(f for f in c if f.has(Tr)))  # 1/Tr e^A of a Gibbs factor
                    if len(nc) >= 2 and nc[-1] == b and _state_like(Mul(*nc[:-1])):
                        out.append(_canon(norm * Mul(*nc[:-1])))
    return out


def _coverings(parties, pool, limit=12):
    """Tensor products of states of ``pool`` on disjoint proper subsets covering ``parties``."""
    smaller = sorted((y for y in pool if support(y) < parties), key=lambda y: -len(support(y)))
    out = []

    def grow(left, chosen):
        if len(out) >= limit:
            return
        if not left:
            if len(chosen) > 1:
                out.append(Mul(*chosen))
            return
        first = min(left)
        for y in smaller:
            sy = support(y)
            if first in sy and sy <= left:
                grow(left - sy, chosen + [y])
    grow(parties, [])
    return out


def candidates(target, ctx, invariants=()):
    """Instances built from the subterms of ``target`` (and of the invariants), hypotheses
    checked; the proved ones first."""
    exprs = [target] + [e for f in invariants for e in (f.lhs, f.rhs)]
    states, logs, rels, moving = [], [], [], []

    def add(x, pool):
        x = _canon(x)
        if _state_like(x) and x not in pool:
            pool.append(x)
    for e in exprs:
        for node in sympy.preorder_traversal(e):
            if isinstance(node, (Entropy, Logm)):
                add(node.args[0], states)
                for f in _factors(node.args[0]):
                    add(f, states)
                if isinstance(node, Logm):
                    add(node.args[0], logs)
            elif isinstance(node, RelEntropy):
                rels.append(tuple(map(_canon, node.args)))
                for a in node.args:
                    add(a, states)
                add(node.args[1], logs)
            elif isinstance(node, sympy.log) and isinstance(node.args[0], Tr) and \
                    isinstance(node.args[0].args[0], Expm):  # log Z names the Gibbs state e^A/Z
                g = node.args[0].args[0]
                add(g / Tr(g), states)
                add(g / Tr(g), logs)
            elif isinstance(node, Op) and node.kind == "state":
                add(node, states)
                if node in ctx.dynamics:
                    moving.append(node)
            elif isinstance(node, Tr) and isinstance(node.args[0], Mul):  # Tr[x log y]
                c, nc = node.args[0].args_cnc()
                norm = Mul(*(f for f in c if f.has(Tr)))  # 1/Tr e^A of a Gibbs factor
                if len(nc) >= 2 and isinstance(nc[-1], Logm) and _state_like(Mul(*nc[:-1])):
                    rels.append((_canon(norm * Mul(*nc[:-1])), _canon(nc[-1].args[0])))
    for f in ctx.facts if moving else ():  # the Gibbs states the fixed-point facts name
        if f.kind == "fixed point":
            g = f.lhs.args[0]
            add(g / Tr(g), logs)
    named = list(states)  # the states the claim and the facts name (before marginals, products)
    for x in list(states):  # marginals of multipartite states
        sup = sorted(support(x))
        if len(sup) >= 2:
            for p in sup:
                add(ptr(x, p), states)
    covers = []  # (x, a product of smaller states covering x's parties): second-law references
    for x in list(states):
        for y in _coverings(frozenset(support(x)), states):
            add(y, states)
            covers.append((x, _canon(y)))
    out, seen = [], set()

    def push(make, *args):  # instances are built only while below the cap
        key = (make, args)
        if key not in seen and len(out) < MAX_INSTANCES:
            seen.add(key)
            out.append(make(*args))
    for x, y in dict.fromkeys(rels):  # the claim's relative entropies first, and their marginals
        push(klein, x, y)
        if support(x) == support(y) and len(support(x)) >= 2:
            for p in sorted(support(x)):
                push(monotonicity, x, y, p)
    norms = [n.args[0] for n in sympy.preorder_traversal(target) if isinstance(n, OpNorm)]
    for b in dict.fromkeys(norms):  # ||B|| against the states traced with B, and the named ones
        pool = _traced_against(exprs, b) + [x for x in named if support(b) <= support(x)]
        for x in dict.fromkeys(pool):
            for y in dict.fromkeys(pool):
                if x != y and support(x) == support(y):
                    for sign in (1, -1):
                        push(trace_distance, x, y, b, sign)
    for rho in dict.fromkeys(moving):
        for g in logs:
            if g != rho and support(g) == support(rho):
                push(spohn, rho, g)
    for x in states:
        sup = sorted(support(x))
        if _is_product(x):
            continue  # a tensor product has no correlations: the instance is 0
        if len(sup) == 2:
            push(subadditivity, x, *sup)
        if len(sup) == 3:
            for b in sup:
                a, c = [p for p in sup if p != b]
                push(strong_subadditivity, x, a, b, c)
    for x, y in covers:
        push(klein, x, y)
    for x in states:
        for y in states:
            if x != y and support(x) == support(y):
                push(klein, x, y)
    for x in states:
        for y in states:
            if x != y and support(x) == support(y) and len(support(x)) >= 2:
                for p in sorted(support(x)):
                    push(monotonicity, x, y, p)
    for node in sympy.preorder_traversal(target):
        if isinstance(node, Abs) and isinstance(node.args[0], Tr) and isinstance(node.args[0].args[0], Mul):
            ops = [a for a in node.args[0].args[0].args if not a.is_commutative]
            if len(ops) == 2:
                push(hoelder, *ops)
    return [check(i, ctx) for i in out]


# ------------------------------------------------------------------ the decomposition

class _Opaque:
    """``Abs(x)`` (outside both backends) as a non-negative symbol per distinct argument."""

    def __init__(self):
        self.symbols = {}

    def __call__(self, expr):
        def sym(node):
            if node.args[0] not in self.symbols:
                self.symbols[node.args[0]] = sympy.Dummy(f"abs{len(self.symbols)}", nonnegative=True)
            return self.symbols[node.args[0]]
        return sympy.sympify(expr).replace(lambda e: isinstance(e, Abs) and not e.args[0].is_number, sym)


def _forms(exprs, dynamics, opaque):
    """Normal forms of ``exprs`` as dicts {monomial: coefficient} with opaque symbols split off,
    in one backend (the trace-polynomial algebra up to two parties, else :mod:`entropic`)."""
    parties = _parties(*exprs, *dynamics.keys(), *dynamics.values())
    backend = tracealg.linear_forms if len(parties) <= 2 else entropic.linear_forms
    raw = backend(exprs, dynamics) if backend is tracealg.linear_forms else backend(exprs)
    gens = sorted(opaque.symbols.values(), key=str)
    out = []
    for form in raw:
        refined = {}
        for key, c in form.items():
            if gens and c.has(*gens):
                for mon, cc in sympy.Poly(c, *gens).terms():
                    refined[(key, mon)] = refined.get((key, mon), 0) + cc
            else:
                refined[(key, None)] = refined.get((key, None), 0) + c
        out.append(refined)
    return out


def _solve(target, parts):
    """Coefficients u_k with target = sum_k u_k parts_k (dicts {monomial: coefficient}), the
    free ones set to 0, or None: exact Gauss-Jordan elimination over the field of the
    coefficients (rationals, or rational functions of the claim's symbols)."""
    keys = sorted(set(target).union(*parts), key=stable_repr)
    if not keys:
        return [sympy.S.Zero] * len(parts)
    if not parts:
        return None
    rows = [[p.get(k, 0) for p in parts] + [target.get(k, 0)] for k in keys]
    m = DomainMatrix.from_list_sympy(len(rows), len(parts) + 1, rows).to_field()
    reduced, pivots = m.rref()
    if len(parts) in pivots:
        return None
    values = reduced.to_Matrix()
    out = [sympy.S.Zero] * len(parts)
    for row, col in enumerate(pivots):
        out[col] = sympy.factor(values[row, len(parts)])
    return out


def _connected(target, parts):
    """The parts that share a monomial, directly or through other parts, with the target (the
    others cannot contribute to it)."""
    keys, left, out = set(target), set(range(len(parts))), []
    grew = True
    while grew:
        grew = False
        for k in sorted(left):
            if keys & set(parts[k]):
                keys |= set(parts[k])
                left.discard(k)
                out.append(k)
                grew = True
    return sorted(out)


def _combination(target, parts, labels, keep):
    """({k: c_k}, "") with target = sum_k c_k parts_k over ``keep``, c_k >= 0 by the symbols'
    assumptions for the instances (k < n; the others are facts, any sign), or (None, why).
    The support is first chosen by a linear program at sample values of the symbols (a vertex,
    so its columns are independent) and solved exactly there; failing that, exact elimination
    drops an instance that needs a negative coefficient and solves again."""
    n = len(labels)
    support_ = _lp_support(target, parts, n, keep)
    if support_ is INFEASIBLE:  # no non-negative combination even at the sample values
        return None, ""
    why = ""
    for first in ([support_] if support_ is not None else []) + [list(keep)]:
        cols = list(first)
        while True:
            coeffs = _solve(target, [parts[k] for k in cols])
            if coeffs is None:
                break
            full = dict(zip(cols, coeffs))
            bad = [k for k in cols if k < n and full[k] != 0 and full[k].is_nonnegative is not True]
            if not bad:
                return {k: c for k, c in full.items() if c != 0}, ""
            why = f"the combination needs coefficient {full[bad[0]]} on {labels[bad[0]]}, not shown >= 0"
            cols.remove(bad[0])
    return None, why


SAMPLE_VALUES = (sympy.Rational(7, 10), sympy.Rational(13, 10), sympy.Rational(17, 7),
                 sympy.Rational(5, 11), sympy.Rational(19, 5))


INFEASIBLE = "infeasible"


def _lp_support(target, parts, n, keep):
    """The columns of a vertex solution of target = sum_k c_k parts_k, c_k >= 0 for k < n,
    of least sum c_k (ties to the earlier candidates: the claim's own terms, then the specific
    theorems before Klein's inequality for arbitrary pairs), with the symbols at sample values
    (:data:`SAMPLE_VALUES`; only a guess of the support, the exact solve decides),
    :data:`INFEASIBLE` when the linear program has no solution (an exact
    combination with coefficients >= 0 for all values of the symbols would be one), or None."""
    from scipy.optimize import linprog
    if not keep:
        return None
    keys = sorted(set(target).union(*(parts[k] for k in keep)), key=stable_repr)
    syms = sorted(set().union(*(sympy.sympify(c).free_symbols | sympy.sympify(c).atoms(Dim)
                                for f in [target] + [parts[k] for k in keep] for c in f.values())),
                  key=str)
    at = {x: SAMPLE_VALUES[i % len(SAMPLE_VALUES)] + (2 if isinstance(x, Dim) else 0)
          for i, x in enumerate(syms)}

    def num(c):
        return complex(sympy.sympify(c).xreplace(at).evalf())
    try:
        a = [[num(parts[k].get(key, 0)) for k in keep] for key in keys]
        b = [num(target.get(key, 0)) for key in keys]
    except (TypeError, ValueError):
        return None
    a = [[v.real for v in row] for row in a] + [[v.imag for v in row] for row in a]
    b = [v.real for v in b] + [v.imag for v in b]
    bounds = [(0, None) if k < n else (None, None) for k in keep]
    cost = [1.0 + 1e-3 * k / n if k < n else 0.0 for k in keep]  # the earlier candidates preferred
    res = linprog(cost, A_eq=a, b_eq=b, bounds=bounds, method="highs")
    if res.status == 2:
        return INFEASIBLE
    if res.status != 0:
        return None
    scale = max([1.0] + [abs(v) for v in res.x])
    return [k for k, v in zip(keep, res.x) if abs(v) > 1e-9 * scale]


def prove_inequality(lhs, rhs, kind, dynamics=None, facts=(), instances=True):
    """:class:`Outcome` of the search for ``lhs >= rhs`` (kind "geq") or ``lhs <= rhs`` ("leq")
    as a non-negative combination of theorem instances plus facts (module docstring);
    ``instances=False``: of the facts alone (an identity)."""
    if kind not in ("geq", "leq"):
        raise ValueError(f"kind must be 'geq' or 'leq', got {kind!r}")
    lhs, rhs = sympy.sympify(lhs), sympy.sympify(rhs)
    raw = lhs - rhs if kind == "geq" else rhs - lhs
    if not raw.atoms(Op):
        return Outcome(Proof("not_applicable", METHOD, "a scalar inequality: no named theorem applies"))
    if not any(f.kind == "invariant" for f in facts) and not raw.has(Entropy, RelEntropy, Logm, Abs,
                                                                      OpNorm):
        return Outcome(Proof("not_applicable", METHOD, "no entropy, logarithm, |Tr| or norm in the "
                                                       "claim: no named theorem applies"))
    ctx = _Context(dynamics, facts)
    target, defs = ctx.substitute(raw)
    target, fixed = ctx.fixed_points(target)
    invariants = []
    for f in ctx.facts:
        if f.kind == "invariant":
            a, ua = ctx.substitute(f.lhs)
            b, ub = ctx.substitute(f.rhs)
            invariants.append((f, a - b, ua + ub))
    for sym, (conj, x, f) in ctx.conjugated.items():  # consequences of a unitary fact
        inv = Fact("invariant", Entropy(sym), Entropy(x), why=f"{sym.name} = {text(conj)} has the "
                   f"spectrum of {text(x)} ({f.lhs.name} unitary)", lemma="unitary conjugation")
        invariants.append((inv, Entropy(sym) - split_products(Entropy(x)), (f,)))
    good = [i for i in candidates(target, ctx, [Fact("invariant", e, 0) for _, e, _ in invariants])
            if i.failed is None] if instances else []
    opaque = _Opaque()
    exprs = [opaque(target)] + [opaque(i.value) for i in good] + [e for _, e, _ in invariants]
    try:
        forms = _forms(exprs, ctx.dynamics, opaque)
    except (tracealg.OutsideAlgebra, entropic.OutsideAlgebra) as err:
        return Outcome(Proof("not_applicable", METHOD, f"outside the algebra: {err}"))
    tried = ", ".join(i.label for i in good) or "none"
    keep = _connected(forms[0], forms[1:])   # (an instance whose normal form is 0 adds nothing)
    full, why = _combination(forms[0], forms[1:], [i.label for i in good], keep)
    if full is None:
        why = why or f"no combination of the instances ({tried}) and facts gives the difference"
        return Outcome(Proof("not_proved", METHOD, why))
    keep = sorted(full)
    n = len(good)
    used = [(good[k], full[k]) for k in keep if k < n]
    eqs = [(*invariants[k - n], full[k]) for k in keep if k >= n]
    combo = Add(*(c * i.value for i, c in used)) + Add(*(c * e for _, e, _, c in eqs))
    check_ = _prove_equal(opaque(target), opaque(combo), ctx.dynamics)
    if check_.status != "proved":
        return Outcome(Proof("not_proved", METHOD, f"the combination does not check: {check_.detail[:300]}"))
    facts_used = list(defs) + list(fixed)
    for i, _ in used:
        for _, _, u in i.proved:
            facts_used += list(u)
    for f, _, u, _ in eqs:  # (an invariant the prover derived from a fact is not a sampler's)
        facts_used += ([f] if f in ctx.facts else []) + list(u)
    facts_used = tuple(dict.fromkeys(facts_used))
    names = sorted({i.theorem.name for i, _ in used})
    steps = [Step("the inequality as a non-negativity", f"{text(lhs)} {'>=' if kind == 'geq' else '<='} "
                  f"{text(rhs)}", f"{text(raw)} >= 0")]
    for f in defs + fixed:
        steps.append(Step(f"fact of the samplers ({f.kind}): {f.why}", "", f.statement))
    for sym, (conj, x, f) in ctx.conjugated.items():
        steps.append(Step(f"{f.lhs.name} unitary and {text(x)} a state ({ctx.state(x)[0]}): "
                          f"a state with the spectrum of {text(x)} (lemma: unitary conjugation)",
                          text(conj), sym.name))
    if defs or fixed:
        steps.append(Step("the facts applied", text(raw), text(target)))
    for i, c in used:
        steps.append(Step(f"{i.theorem.name}: {i.theorem.statement} [{i.theorem.reference}]",
                          "", f"{text(i.value)} >= 0"))
        for hyp, how, _ in i.proved:
            steps.append(Step(f"  hypothesis: {hyp}", "", how))
    for f, e, _, c in eqs:
        origin = "fact of the samplers" if f in ctx.facts else "consequence of a fact"
        steps.append(Step(f"{origin} (invariant): {f.why}", "", f.statement))
    shown = " + ".join(f"({text(c)}) * [{i.label}]" for i, c in used)
    shown += "".join(f" + ({text(c)}) * [{f.statement.replace(' = ', ' - ')}]" for f, _, _, c in eqs)
    steps.append(Step("decomposition", text(target), shown or "0"))
    steps += [Step(f"check of the decomposition: {s.rule}", s.before, s.after) for s in check_.steps]
    if used:
        steps.append(Step("conclusion", "", "every coefficient is >= 0 by the symbols' assumptions "
                          "and every instance is >= 0 by its theorem: the difference is >= 0"))
    method = f"{METHOD} ({', '.join(names)})" if names else f"{METHOD} (facts only)"
    return Outcome(Proof("proved", method, f"{len(used)} theorem instance(s), {len(eqs)} invariant(s)",
                         scope="dimension-free", steps=tuple(steps)), facts_used)
