"""Dimension-free prover for trace-polynomial identities on one or two parties.

:func:`prove_zero` reduces an expression of :mod:`symbolic.expr` to a normal form
that holds in every Hilbert-space dimension and reports ``proved`` only when that
normal form is exactly 0; :func:`prove_equal` compares the normal forms of two sides.
The rewrite system is sound but incomplete: ``not_proved`` is never a disproof.  A
proof's steps (:class:`~symbolic.outcome.Step`) list the operators with their kinds,
the dynamics used, the first instances of every rule of :data:`RULES` applied, and the
normal forms compared, printed with explicit parties (:func:`symbolic.expr.text`).

An operator is its name, parties and kind everywhere (letters are keyed by all three):
``H`` on S and ``H`` on B, or a Hermitian and a general ``X``, are different letters,
and only an operator of kind state has ``Tr = 1``.

Normal form (wiring diagrams)
-----------------------------
A monomial of the trace-polynomial algebra is a *wiring diagram*.  Its nodes are
*letters*: operator symbols (:class:`~symbolic.expr.Op`, :class:`~symbolic.expr.Mat`),
``Dag`` of a non-Hermitian ``Op``, opaque matrix functions (``Logm(X)``,
``Expm(X)``, ``Dt`` of these) and wireless scalar letters (inverses, entropies;
see below).  A letter acting on the parties ``P`` has one input
and one output wire per party in ``P``; for each party the wires form a
permutation of the letters acting on it, so every party's wires close into loops.
A product chains the wires of each party in order; ``Tr`` over a party closes its
chain into a loop; a letter acting on other parties does not touch the chain, so
operators on disjoint parties commute.  An operator-valued monomial has one extra
boundary node whose open chains are the operator's input and output on each party
of the expression's space.  Hence all the following become literal equalities of
diagrams: linearity, cyclicity of the trace, commutation of disjoint supports,
``Ptr(A X, B) = A Ptr(X, B)`` for ``A`` not on ``B``, cyclicity of ``Ptr`` for
``B``-local letters, ``Ptr(A_S C_B, B) = A_S Tr(C_B)``, ``Tr Ptr_P = Tr``,
``Tr[(A (x) I) X] = Tr_S[A Tr_B X]`` and the factorisation of traces of local words.

The normal form of an expression is a map from monomials to scalar coefficients
(expanded SymPy expressions in commutative symbols, ``I`` and ``Dim(P)``).  A
monomial is ``(closed, open)``: the sorted tuple of the canonical codes of its
closed connected components (the trace factors) and the canonical code of the
component of the boundary node (``None`` for a scalar).  The code of a connected
diagram is its list of ``(letter, successor indices per party)`` in the order a
deterministic search from a start node discovers the nodes; the boundary node is
the start of an open component, a closed component takes the least code over its
start nodes (letters compare by a string key).  Two further rules act on codes:

* a closed component made of a single state letter is ``Tr(rho) = 1``; an empty
  loop of party ``P`` (the trace of an identity) is the coefficient ``Dim(P)``;
* ``f(X)`` commutes with ``X`` when ``X`` is one letter with its other-party wires
  closed on itself (``[rho_S, log rho_S] = 0``): the code is the least over the
  orbit of such swaps of adjacent nodes.

Conventions
-----------
* ``Tr(X)`` traces over the space of ``X`` (the union of its letters' supports):
  with ``X`` on ``S`` only it is Tr_S.  ``Ptr(X, P)`` first extends ``X`` by the
  identity on ``P`` if needed, so ``Ptr(A_S, B) = Dim(B) A_S``.  A scalar added to
  an operator is that multiple of the identity on the sum's space.
* Normal forms print back as SymPy expressions: a component is ``Tr(word)``, with
  ``Tr`` of an ``S``-local word meaning Tr_S and letters that close a wire of the
  other party wrapped in ``Ptr(word, B)`` blocks.
* Kinds: ``Tr(rho) = 1`` and ``Dag(rho) = rho`` for a state, ``Dag(H) = H`` for a
  Hermitian operator.  Positive semidefiniteness follows from the kinds only
  (:meth:`_Algebra.psd`: states, their partial traces, tensor products and
  non-negative combinations, ``exp`` of a Hermitian operator, even powers of one).
* Matrix functions (:data:`RULES`, each applied only when its side conditions follow
  from the kinds): ``S(X) = -Tr X log X`` and ``S(X||Y) = Tr X log X - Tr X log Y``
  for positive semidefinite arguments (identities between such continuous
  functionals extend to rank-deficient states; logarithms and derivatives are read
  where defined, at positive definite arguments, as the evaluator reads them);
  ``log(A C) = log A + log C`` for states on different parties; ``log(s Y) = log s +
  log Y`` for a positive scalar factor; ``log exp H = H`` for Hermitian ``H``;
  ``exp(A) exp(-A) = 1``; ``||X||_2^2 = Tr X^dag X``.  Other ``Logm``/``Expm`` are
  opaque letters on the space of their argument (``f(X)`` commutes with ``X``), of a
  scalar they are ``log`` and ``exp``; ``log`` of a trace polynomial is a scalar letter
  (real when the argument is shown positive), split over positive trace factors.
* ``Dt`` is expanded by the product rule along ``dynamics``.  ``Dt f(X)`` is 0 when
  ``X`` is constant in time and ``f'(X) dX/dt`` when ``dX/dt`` is a function of ``X``;
  under a trace whose other factors are ``X`` or functions of ``X``,
  ``Tr[g(X) Df_X(E)] = Tr[g(X) f'(X) E]`` (for log, ``X^-1`` cancels one factor ``X``,
  and ``X`` must be positive semidefinite); otherwise ``Dt f(X)`` is an opaque letter.
  ``Dt ||X||_2 = Dt Tr[X^dag X] / (2 ||X||_2)`` and ``Dt log x = Dt x / x``.  The
  dynamics of a state (Hermitian operator, real scalar) must provably preserve the
  trace and Hermiticity (respectively Hermiticity, realness).
* ``Dissipator(X, P)`` is expanded with generic jump operators ``J_P`` (an
  ``Op`` of kind operator on ``P``): ``J X J^dag - (J^dag J X + X J^dag J)/2``, and
  ``DissipatorAdj(X, P)`` as ``J^dag X J - (J^dag J X + X J^dag J)/2``; a scalar
  ``X`` (e.g. ``DissipatorAdj(1, P)``) is that multiple of the identity on ``P``.
  An identity of degree ``n`` in the dissipators implies the identity for any
  number of jumps and rates when proved with ``n`` independent jumps per party
  (names ``J_P1 .. J_Pn`` then), because each multi-homogeneous part in the jump
  operators vanishes separately; ``n`` is bounded by counting jump letters, and
  ``n > MAX_JUMPS`` is not applicable.
* ``1/x`` for a scalar ``x``: if ``x`` is one monomial ``c T_1 .. T_k``, the
  coefficient ``1/c`` times an inverse letter per trace factor, which cancels
  against that factor (``Tr(pi) = 1`` for ``pi = e^{-H}/Tr e^{-H}``); otherwise one
  inverse letter keyed by the normal form of ``x`` (``Dt(1/x) = -Dt(x)/x^2``).
  Division by an operator, or by an ``x`` whose normal form is 0, is not applicable.
  A residual with such inverses is tested once more as a rational function of its
  trace factors (each an independent variable), so ``x / x`` cancels for a sum too.
* Other functionals (norms, ``Concurrence``, entropies of arguments not positive by
  their kinds) are opaque scalars (closed components of one letter, keyed by the
  normal forms of their arguments), real only when that follows from their arguments'
  kinds (norms always; the others for positive semidefinite arguments): they may
  cancel, but ``Dt`` of one, or one left in the residual, is ``not_applicable`` naming
  the node.  Matrix functions of a dissipator, non-integer powers, inverses of
  operators and more than two parties are outside the algebra as well, and so is an
  expansion beyond ``MAX_WORK`` diagram operations (which bounds the running time).
"""
import math
import random
from dataclasses import dataclass, field
from functools import reduce

import sympy
from sympy import QQ_I, Add, Mul, Pow, S
from sympy.polys.polyerrors import CoercionFailed, PolynomialError

from .expr import (NODES, Concurrence, Dag, Dim, Dissipator, DissipatorAdj, Dt, Entropy, Expm, HSNorm,
                   Logm, Mat, Op, OpNorm, Ptr, RelEntropy, TraceNorm, Tr, legend, operators, qualified_names,
                   scalars, support, text)
from .outcome import Proof, Step

METHOD = "trace-polynomial normal form (dimension-free)"
DETAIL_CHARS = 600
MAX_JUMPS = 2          # degree in the dissipators of one party; beyond, expansions explode
MAX_WORK = 200_000     # diagram products and splices per claim (a few seconds)
MAX_RATIONAL = 1200    # residual terms beyond which the rational-function zero test is not tried
MAX_STEP_TERMS = 40    # monomials of a normal form written out in a proof's steps
MAX_SUMMANDS = 12      # summands of a single expression whose normal forms a proof shows

_STRUCTURE = (Op, Mat) + tuple(n for n in NODES if n is not Dim)
STEP_INSTANCES = 2     # instances of each rule shown in a proof's steps
_FUNCTIONALS = (Entropy, RelEntropy, HSNorm, TraceNorm, OpNorm, Concurrence)

# The rules beyond the wiring diagrams, each applied only when its side conditions follow from
# the operators' kinds (never from a name); a proof lists the instances it used.
RULES = {
    "entropy": "S(X) = -Tr[X log X] for X >= 0",
    "relent": "S(X||Y) = Tr[X log X] - Tr[X log Y] for X, Y >= 0",
    "logprod": "log(A C) = log A + log C for states A, C on different parties",
    "logscale": "log(s Y) = log s + log Y for a scalar s > 0 and Y >= 0",
    "logexp": "log(exp H) = H for H Hermitian",
    "norm2": "||X||_2^2 = Tr[X^† X]",
    "dnorm": "d/dt ||X||_2 = d/dt Tr[X^† X] / (2 ||X||_2)",
    "dlogscalar": "d/dt log x = (d/dt x) / x",
    "constant": "d/dt f(X) = 0 for X constant in time",
    "dexp": "Tr[g(X) Dexp_X(E)] = Tr[g(X) exp(X) E] for g(X) commuting with X, E = dX/dt",
    "dlog": "Tr[g(X) X Dlog_X(E)] = Tr[g(X) E] for X >= 0, g(X) commuting with X, E = dX/dt",
    "dcomm": "d/dt f(X) = f'(X) dX/dt when dX/dt is a function of X",
    "expneg": "exp(A) exp(-A) = 1",
}


class OutsideAlgebra(ValueError):
    """The expression has a node the trace-polynomial algebra cannot reduce."""


def prove_zero(expr, dynamics=None, parties=None):
    """:class:`~symbolic.outcome.Proof` that ``expr`` (scalar or operator) is identically 0.

    ``dynamics`` maps primitive symbols (``Op`` or commutative symbols) to their time
    derivative; ``parties`` fixes the party order (default: sorted names).  Status
    ``proved`` (scope dimension-free) means the normal form is exactly 0, and its steps
    show the rules used and the normal forms of the summands; ``not_proved`` prints the
    residual normal form; ``not_applicable`` names the node outside the algebra.

    >>> from corrcheck.symbolic.expr import Op, ptr
    >>> rho, H_S = Op("rho", ("S", "B"), "state"), Op("H_S", ("S",), "hermitian")
    >>> chi = rho - ptr(rho, "B") * ptr(rho, "S")
    >>> prove_zero(Tr(chi * H_S)).status
    'proved'
    """
    return _prove([expr], dynamics, parties)


def prove_equal(lhs, rhs, dynamics=None, parties=None):
    """:class:`~symbolic.outcome.Proof` that ``lhs = rhs`` (see :func:`prove_zero`); a proof's
    steps compare the normal forms of the two sides.

    >>> from corrcheck.symbolic.expr import Op, Entropy, Logm, ptr
    >>> rho = Op("rho", ("S", "B"), "state")
    >>> proof = prove_equal(Entropy(ptr(rho, "B")), -Tr(ptr(rho, "B") * Logm(ptr(rho, "B"))))
    >>> proof.status, proof.scope
    ('proved', 'dimension-free')
    >>> print(proof.steps[1].rule)
    S(X) = -Tr[X log X] for X >= 0
    """
    proof = _prove([lhs, rhs], dynamics, parties)
    if proof.status == "not_applicable":  # a side may reach outside what cancels in lhs - rhs
        other = _prove([sympy.sympify(lhs) - sympy.sympify(rhs)], dynamics, parties)
        if other.status != "not_applicable":
            return other
    return proof


def normal_form(expr, dynamics=None, parties=None):
    """The normal form of ``expr`` as a tuple of ``(coefficient, monomial)`` SymPy pairs.

    Monomials are products of traces and an operator word, in canonical order; the
    empty tuple is 0.  In an operator-valued normal form a monomial without a word
    (``1`` or a product of traces) is that multiple of the identity on the space of
    ``expr``.  Equal tuples for two expressions prove them equal.  Raises
    :class:`OutsideAlgebra`.
    """
    alg, (poly,) = _solve([expr], dynamics, parties)
    return alg.terms(poly)


def linear_forms(exprs, dynamics=None, parties=None):
    """The normal forms of ``exprs`` in one algebra, each a dict {monomial key: coefficient}
    (nonzero, expanded): equal keys are equal monomials, so the forms can be combined and
    compared linearly (used by :mod:`symbolic.theorems`).  Raises :class:`OutsideAlgebra`."""
    _, polys = _solve(exprs, dynamics, parties)
    return [{k: sympy.expand(c) for k, c in p.terms.items() if not _vanishes(c)} for p in polys]


def positive_semidefinite(expr, parties=None):
    """Whether the operator ``expr`` is positive semidefinite by the kinds of its operators
    (see :meth:`_Algebra.psd`); False when it cannot tell."""
    expr = sympy.sympify(expr)
    try:
        return _Algebra(_parties([expr], {}, parties), {}, 1).psd(expr)
    except OutsideAlgebra:
        return False


def _solve(exprs, dynamics, parties):
    """The algebra and the normal forms of ``exprs`` in it (with enough jump operators)."""
    exprs = [sympy.sympify(e) for e in exprs]
    dynamics = {sympy.sympify(k): sympy.sympify(v) for k, v in (dynamics or {}).items()}
    jumps = 1
    while True:
        alg = _Algebra(_parties(exprs, dynamics, parties), dynamics, jumps)
        for e in exprs:
            alg.check_names(e)
        if any(e.has(Dt) for e in exprs):
            alg.check_dynamics()
        polys = [alg.nf(e) for e in exprs]
        need = max([math.ceil(n / 2) for x in polys for n in x.jdeg.values()] + [1])
        if need <= jumps:
            return alg, polys
        if need > MAX_JUMPS:
            raise OutsideAlgebra(f"degree {need} in a dissipator (at most {MAX_JUMPS} is expanded)")
        jumps = need


def _prove(exprs, dynamics, parties):
    try:
        alg, polys = _solve(exprs, dynamics, parties)
        diff = polys[0] if len(polys) == 1 else alg.add(polys[0], alg.scale(polys[1], -1))
        left = alg.nonzero(diff)
        rational = bool(left) and alg.rational_zero(diff, left)
    except OutsideAlgebra as err:
        return Proof("not_applicable", METHOD, str(err))
    if not left or rational:
        detail = "normal form is 0" + (" as a rational function of the traces" if rational else "")
        return Proof("proved", METHOD, detail, scope="dimension-free",
                     steps=alg.steps([sympy.sympify(e) for e in exprs], polys, rational))
    functionals = sorted(str(a.expr) for key in left for a in _letters(key) if a.role in ("functional", "conj"))
    if functionals:
        return Proof("not_applicable", METHOD, f"{functionals[0]} is outside the trace-polynomial "
                                               f"algebra and does not cancel")
    text = ""
    for key in left:
        text += f"{' + ' if text else ''}({sympy.sstr(sympy.expand(diff.terms[key]))})*{sympy.sstr(alg.monomial(key))}"
        if len(text) > DETAIL_CHARS:
            text = text[:DETAIL_CHARS] + " ..."
            break
    return Proof("not_proved", METHOD, f"residual normal form ({len(left)} terms): {text}")


def _letters(key):
    closed, code = key
    for part in closed + ((code,) if code is not None else ()):
        for letter, _ in part:
            yield letter


def _parties(exprs, dynamics, given):
    found = set()
    for e in [*exprs, *dynamics.keys(), *dynamics.values()]:
        for a in e.atoms(Op, Mat):
            found.update(a.support)
        for a in e.atoms(Ptr, Dissipator, Dim):
            found.add(a.party)
    if given is not None:
        given = tuple(str(p) for p in given)
        if not found <= set(given) or len(set(given)) != len(given):
            raise OutsideAlgebra(f"parties {given} do not cover {sorted(found)}")
        found = given
    else:
        found = tuple(sorted(found))
    if len(found) > 2:
        raise OutsideAlgebra(f"{len(found)} parties {found}: the prover handles one or two")
    return found


# ------------------------------------------------------------------ letters and codes

@dataclass(frozen=True, order=True)
class _Letter:
    """A node of a wiring diagram; letters are equal and ordered by ``key`` alone."""
    key: str
    support: tuple = field(compare=False, repr=False)
    expr: object = field(compare=False, repr=False)     # SymPy form, for printing
    role: str = field(compare=False, repr=False)        # boundary, op, dag, mat, fn, dt, functional
    base: object = field(compare=False, repr=False, default=None)
    pattern: object = field(compare=False, repr=False, default=None)  # (letter, space) of f's argument
    real: bool = field(compare=False, repr=False, default=False)     # a scalar letter known real
    antipode: str = field(compare=False, repr=False, default=None)   # key of exp(-A) for exp(A)


def _boundary(space):
    return _Letter("\0" + ",".join(space), space, None, "boundary")


class _Graph:
    """A mutable wiring diagram: ``lab[node]`` is a letter, ``nxt[node][party]`` the next node."""

    def __init__(self):
        self.lab, self.nxt, self.size = {}, {}, 0

    def add(self, code):
        """Insert a coded component; returns the id of its first node."""
        base = self.size
        for i, (letter, succ) in enumerate(code):
            self.lab[base + i] = letter
            self.nxt[base + i] = {p: base + s for p, s in zip(letter.support, succ)}
        self.size += len(code)
        return base

    def prev(self, v, party):
        u = v
        while self.nxt[u][party] != v:
            u = self.nxt[u][party]
        return u

    def loop(self, v, party):
        """The nodes on ``party``'s wire from ``v`` until it returns to ``v``."""
        out, u = [v], self.nxt[v][party]
        while u != v:
            out.append(u)
            u = self.nxt[u][party]
        return out

    def remove(self, v):
        del self.lab[v], self.nxt[v]

    def encode(self, start):
        order, idx = [start], {start: 0}
        for u in order:
            for p in self.lab[u].support:
                v = self.nxt[u][p]
                if v not in idx:
                    idx[v] = len(order)
                    order.append(v)
        return tuple((self.lab[u], tuple(idx[self.nxt[u][p]] for p in self.lab[u].support))
                     for u in order)

    def components(self):
        seen, out = set(), []
        for v in sorted(self.lab):
            if v in seen:
                continue
            seen.add(v)
            comp, stack = [], [v]
            while stack:
                u = stack.pop()
                comp.append(u)
                for w in self.nxt[u].values():
                    if w not in seen:
                        seen.add(w)
                        stack.append(w)
            out.append(comp)
        return out

    def cancel(self):
        """exp(A) exp(-A) = 1: remove adjacent inverse exponentials (unless they are all of a
        trace, which would leave the trace of an identity)."""
        for v in [v for v, a in self.lab.items() if a.antipode]:
            if v not in self.lab:
                continue
            space = self.lab[v].support
            u = self.nxt[v][space[0]]
            if (self.lab[u].key != self.lab[v].antipode or any(self.nxt[v][p] != u for p in space)
                    or any(self.prev(v, p) == u for p in space)):
                continue
            for p in space:
                self.nxt[self.prev(v, p)][p] = self.nxt[u][p]
            self.remove(v)
            self.remove(u)

    def closed_code(self, comp):
        least = min(self.lab[v] for v in comp)
        return min(self.encode(v) for v in comp if self.lab[v] == least)

    def settle(self, omega):
        """Canonical ``(open code, closed codes)`` of the diagram (``omega``: boundary or None)."""
        self.cancel()
        opened, closed = None, []
        for comp in self.components():
            if omega in comp:
                opened = _orbit(self.encode(omega), False)
            elif not (len(comp) == 1 and _is_state(self.lab[comp[0]])):
                closed.append(_orbit(self.closed_code(comp), True))
        return opened, tuple(closed)


def _remove(g, v, space):
    """Take node ``v`` out of the wires of ``space`` in ``g`` (its other wires are loops)."""
    for p in space:
        g.nxt[g.prev(v, p)][p] = g.nxt[v][p]
    g.remove(v)


def _is_state(letter):
    return letter.role == "op" and letter.expr.kind == "state"


def _orbit(code, closed):
    """Least code over the swaps of adjacent ``X`` and ``f(X)`` (which commute)."""
    if not any(letter.pattern for letter, _ in code):
        return code
    seen, todo = {code}, [code]
    while todo:
        for c in _swaps(todo.pop(), closed):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return min(seen)


def _swaps(code, closed):
    g = _Graph()
    g.add(code)
    for f, letter in g.lab.items():
        if not letter.pattern:
            continue
        arg, space = letter.pattern
        for forward in (True, False):
            u = g.prev(f, space[0]) if forward else g.nxt[f][space[0]]
            if u == f or g.lab[u] != arg:
                continue
            if any(g.nxt[u][q] != u for q in g.lab[u].support if q not in space):
                continue
            first, second = (u, f) if forward else (f, u)
            if any(g.nxt[first][p] != second for p in space):
                continue
            nxt = {v: dict(s) for v, s in g.nxt.items()}
            for p in space:
                a, b = g.prev(first, p), g.nxt[second][p]
                if a != second:
                    nxt[a][p], nxt[second][p], nxt[first][p] = second, first, b
            h = _Graph()
            h.lab, h.nxt, h.size = g.lab, nxt, g.size
            yield h.closed_code(list(h.lab)) if closed else h.encode(0)


# ------------------------------------------------------------------ polynomials

@dataclass(frozen=True)
class _Poly:
    """Sum of ``coefficient * monomial`` on the parties ``space``; ``jdeg`` bounds the
    number of jump letters per party in any monomial met while computing it."""
    space: tuple
    terms: dict
    jdeg: dict


def _merge(*jdegs, combine=max):
    out = {}
    for jd in jdegs:
        for p, n in jd.items():
            out[p] = combine(out.get(p, 0), n)
    return out


def _product(*parts):
    """Sorted closed components of a product; a component cancels against its inverse."""
    codes = sorted(c for part in parts for c in part)
    inverses = [c for c in codes if c[0][0].role == "inverse" and c[0][0].base[1] is not None]
    for inv in inverses:
        target = inv[0][0].base[1]
        if inv in codes and target in codes:
            codes.remove(inv)
            codes.remove(target)
    return tuple(codes)


class _Rational:
    """Sums of trace monomials as rational functions: closed components are the variables of
    sparse polynomials over QQ(i) (with the coefficients' symbols); an inverse letter 1/y is
    d/n for y = n/d, its numerator n kept as an atomic denominator.  Denominators are
    multisets of atoms (no gcds), so a sum vanishes iff its numerator over the least common
    multiset does."""

    def __init__(self, terms):
        self.variables, self.atoms, self._factors, self._coefficients, symbols = {}, {}, {}, {}, set()
        todo, seen = list(terms), set()
        while todo:
            closed, c = todo.pop()
            symbols |= sympy.sympify(c).free_symbols
            for code in closed:
                letter = code[0][0]
                if len(code) == 1 and letter.role == "inverse":
                    if letter.key not in seen:
                        seen.add(letter.key)
                        y, target = letter.base
                        todo += [((target,), 1)] if target is not None else [(k[0], v) for k, v in y.terms.items()]
                elif code not in self.variables:
                    self.variables[code] = sympy.Dummy(f"T{len(self.variables)}")
        symbols |= set(self.variables.values())
        self.ring = sympy.ring(sorted(symbols, key=str), QQ_I)[0]

    def vanishes(self, terms):
        if self._nonzero_at_a_point(terms):
            return False
        numerator, _ = self.sum(terms)
        return not any(c.x != 0 or c.y != 0 for c in numerator.values())  # stored zeros are not 0

    def _nonzero_at_a_point(self, terms):
        """Whether the sum is nonzero at one fixed pseudo-random integer point: a cheap filter
        before the exact expansion (a zero value there decides nothing)."""
        rng = random.Random(0)
        point = [QQ_I(rng.randint(1, 10 ** 6)) for _ in self.ring.gens]
        try:
            v = self._value(terms, point, {})
        except ZeroDivisionError:
            return False
        return v.x != 0 or v.y != 0

    def _value(self, terms, point, memo):
        total = QQ_I.zero
        for closed, c in terms:
            v = _evaluate(self._coefficient(c), point)
            for code in closed:
                if code not in memo:
                    letter = code[0][0]
                    if len(code) == 1 and letter.role == "inverse":
                        y, target = letter.base
                        below = self._value([((target,), 1)] if target is not None else
                                            [(k[0], w) for k, w in y.terms.items()], point, memo)
                        if below.x == 0 and below.y == 0:
                            raise ZeroDivisionError(letter.key)
                        memo[code] = QQ_I.one / below
                    else:
                        memo[code] = _evaluate(self.ring.from_expr(self.variables[code]), point)
                v *= memo[code]
            total += v
        return total

    def _coefficient(self, c):
        if c not in self._coefficients:
            self._coefficients[c] = self.ring.from_expr(sympy.sympify(c))
        return self._coefficients[c]

    def sum(self, terms):
        """(numerator, {atom: power}) of the sum of ``(closed codes, coefficient)`` terms."""
        parts = {}  # terms over the same denominator are added first
        for closed, c in terms:
            numerator, below = self._coefficient(c), {}
            for code in closed:
                n, d = self.factor(code)
                numerator *= n
                for atom, e in d.items():
                    below[atom] = below.get(atom, 0) + e
            key = tuple(sorted(below.items()))
            parts[key] = parts.get(key, self.ring.zero) + numerator
        common = {}
        for below in parts:
            for atom, e in below:
                common[atom] = max(common.get(atom, 0), e)
        total = self.ring.zero
        for below, numerator in parts.items():
            below = dict(below)
            for atom, e in common.items():
                numerator *= self.atoms[atom] ** (e - below.get(atom, 0))
            total += numerator
        return total, common

    def factor(self, code):
        if code not in self._factors:
            self._factors[code] = self._factor(code)
        return self._factors[code]

    def _factor(self, code):
        letter = code[0][0]
        if not (len(code) == 1 and letter.role == "inverse"):
            return self.ring.from_expr(self.variables[code]), {}
        y, target = letter.base
        n, d = self.sum([((target,), 1)] if target is not None else [(k[0], v) for k, v in y.terms.items()])
        if not any(c.x != 0 or c.y != 0 for c in n.values()):
            raise ValueError("a denominator vanishes as a rational function")
        self.atoms[letter.key] = n
        inverse = self.ring.one
        for atom, e in d.items():
            inverse *= self.atoms[atom] ** e
        return inverse, {letter.key: 1}


def _evaluate(p, point):
    """The value of the polynomial ``p`` at ``point`` (one value per generator of its ring)."""
    total = QQ_I.zero
    for monomial, c in p.items():
        for x, e in zip(point, monomial):
            if e:
                c = c * x ** e
        total += c
    return total


def _vanishes(c):
    """Whether the coefficient ``c`` is 0 as a polynomial or rational function."""
    c = sympy.expand(c)
    if c == 0:
        return True
    fractional = any(p.exp.is_negative for p in c.atoms(Pow))
    return fractional and sympy.cancel(c) == 0


def _symbol_text(x):
    """A symbol's name with its full (derived) assumptions: ``srepr`` prints the assumptions it was
    created with, and SymPy's cache hands out whichever of the equal symbols
    (``Symbol('t', positive=True)``, ``Symbol('t', positive=True, real=True)``) was made first."""
    return repr((type(x).__name__,) + tuple(x._hashable_content()))


def _accumulate(acc, key, c):
    v = acc.get(key, 0) + c
    if v == 0:
        acc.pop(key, None)
    else:
        acc[key] = v


class _Algebra:
    """Normal forms for one claim: its parties, dynamics and number of jump operators."""

    def __init__(self, parties, dynamics, jumps):
        self.parties, self.dynamics, self.jumps = parties, dynamics, jumps
        self._nf, self._dletter, self._letters = {}, {}, {}
        self._concats, self._codeexpr, self._canon = {}, {}, {}
        self._positive = set()  # keys of fn letters whose argument is positive semidefinite
        self.work = 0
        self.jump_set = {j for p in parties for j in self.jump_ops(p)}
        self.rules = {}  # rule -> instances (before, after) in order of first use, for the steps

    def note(self, rule, before, after):
        """Record an instance of ``rule`` (thunks giving the SymPy expressions before and after);
        the first :data:`STEP_INSTANCES` instances of each rule are kept for the proof's steps."""
        seen = self.rules.setdefault(rule, [])
        if len(seen) < STEP_INSTANCES:
            pair = (before(), after())
            if pair not in seen:
                seen.append(pair)

    # ---- construction
    def space(self, parties):
        parties = set(parties)
        return tuple(p for p in self.parties if p in parties)

    def scalar(self, c):
        return _Poly((), {((), None): c} if c != 0 else {}, {})

    def letter(self, key, support, expr, role, base=None, pattern=None, real=False, antipode=None):
        if key not in self._letters:
            self._letters[key] = _Letter(key, self.space(support), expr, role, base, pattern, real, antipode)
        return self._letters[key]

    def single(self, letter):
        sp = letter.support
        code = ((_boundary(sp), (1,) * len(sp)), (letter, (0,) * len(sp)))
        jd = {}
        if letter.role in ("op", "dag"):
            op = letter.expr if letter.role == "op" else letter.base.expr
            jd = {op.support[0]: 1} if op in self.jump_set else {}
        return _Poly(sp, {((), code): S.One}, jd)

    def op_letter(self, op):
        if set(op.support) - set(self.parties):
            raise OutsideAlgebra(f"operator {op} acts on {op.support}, outside parties {self.parties}")
        # an operator is its name, parties and kind: two operators sharing a name stay apart
        return self.letter(f"{op.name}|{','.join(op.support)}|{op.kind}", op.support, op, "op")

    def jump_ops(self, party):
        if self.jumps == 1:
            return [Op(f"J_{party}", (party,), "operator")]
        return [Op(f"J_{party}{k}", (party,), "operator") for k in range(1, self.jumps + 1)]

    def check_names(self, expr):
        names = {j.name for j in self.jump_set}
        for e in [expr, *self.dynamics.keys(), *self.dynamics.values()]:
            clash = {o.name for o in e.atoms(Op)} & names
            if clash:
                raise OutsideAlgebra(f"operator name {sorted(clash)[0]} is reserved for jump operators")

    def check_dynamics(self):
        """Reject dynamics that break a symbol's kind (they would make ``Tr(rho) = 1``
        or ``Dag(rho) = rho`` inconsistent with ``Dt``)."""
        for key in sorted(self.dynamics, key=sympy.default_sort_key):
            if isinstance(key, Op):
                self.dletter(self.op_letter(key))
            elif not (isinstance(key, sympy.Symbol) and key.is_commutative):
                raise OutsideAlgebra(f"dynamics of {key}: only Op and scalar symbols have dynamics")
            elif key.is_real:
                dk = self.nf(self.dynamics[key])
                if dk.space or not self.hermitian(dk):
                    raise OutsideAlgebra(f"the dynamics of real scalar {key} is not provably real: "
                                         f"d{key}/dt = {sympy.sstr(self.dynamics[key])[:200]}")

    # ---- arithmetic
    def lift(self, x, space):
        if x.space == space:
            return x
        terms = {}
        for (closed, code), c in x.terms.items():
            g = _Graph()
            if code is None:
                w = g.add(((_boundary(space), (0,) * len(space)),))
            else:
                w = g.add(code)
                g.lab[w] = _boundary(space)
                for p in space:
                    g.nxt[w].setdefault(p, w)
            terms[(closed, g.encode(w))] = c
        return _Poly(space, terms, x.jdeg)

    def add(self, *xs):
        space = self.space(p for x in xs for p in x.space)
        acc = {}
        for x in xs:
            for k, c in self.lift(x, space).terms.items():
                _accumulate(acc, k, c)
        return _Poly(space, acc, _merge(*(x.jdeg for x in xs)))

    def scale(self, x, c):
        return _Poly(x.space, {k: v * c for k, v in x.terms.items()} if c != 0 else {}, x.jdeg)

    def mul(self, x, y):
        space = self.space(x.space + y.space)
        x, y = self.lift(x, space), self.lift(y, space)
        self.spend(len(x.terms) * len(y.terms))
        acc = {}
        for ka, ca in x.terms.items():
            for kb, cb in y.terms.items():
                _accumulate(acc, self._mul_key(space, ka, kb), ca * cb)
        return _Poly(space, acc, _merge(x.jdeg, y.jdeg, combine=lambda a, b: a + b))

    def _mul_key(self, space, ka, kb):
        (ca, oa), (cb, ob) = ka, kb
        return _product(ca, cb), None if oa is None else self._concat(space, oa, ob)

    def _concat(self, space, oa, ob):
        """Open code of the product of two open components: each party's chains joined."""
        if (oa, ob) not in self._concats:
            g = _Graph()
            wa, wb = g.add(oa), g.add(ob)
            for p in space:
                fb = g.nxt[wb][p]
                if fb != wb:
                    lb, la = g.prev(wb, p), g.prev(wa, p)
                    g.nxt[la][p], g.nxt[lb][p] = fb, wa
            g.remove(wb)
            g.cancel()
            self._concats[(oa, ob)] = _orbit(g.encode(wa), False)
        return self._concats[(oa, ob)]

    def spend(self, n):
        self.work += n
        if self.work > MAX_WORK:
            raise OutsideAlgebra(f"expansion beyond {MAX_WORK} diagram operations")

    def close(self, x, party):
        """Partial trace over ``party`` (after extending ``x`` by its identity)."""
        x = self.lift(x, self.space(x.space + (party,)))
        rest = tuple(p for p in x.space if p != party)
        acc = {}
        for (closed, code), c in x.terms.items():
            g = _Graph()
            w = g.add(code)
            first = g.nxt[w][party]
            if first == w:
                c = c * Dim(party)
            else:
                g.nxt[g.prev(w, party)][party] = first
            del g.nxt[w][party]
            if rest:
                g.lab[w] = _boundary(rest)
            else:
                g.remove(w)
                w = None
            opened, new = g.settle(w)
            _accumulate(acc, (_product(closed, new), opened), c)
        return _Poly(rest, acc, x.jdeg)

    def trace(self, x):
        return reduce(self.close, x.space, x)

    def dag(self, x):
        acc = {}
        for (closed, code), c in x.terms.items():
            g = _Graph()
            w = g.add(code) if code is not None else None
            for cc in closed:
                g.add(cc)
            nxt = {v: {} for v in g.nxt}
            for u, succ in g.nxt.items():
                for p, v in succ.items():
                    nxt[v][p] = u
            g.nxt = nxt
            for v in g.lab:
                if v != w:
                    g.lab[v] = self.dag_letter(g.lab[v])
            opened, new = g.settle(w)
            _accumulate(acc, (_product(new), opened), sympy.conjugate(c))
        return _Poly(x.space, acc, x.jdeg)

    def dag_letter(self, letter):
        role = letter.role
        if role == "op":
            op = letter.expr
            if op.kind in ("state", "hermitian"):
                return letter
            return self.letter("Dag[" + letter.key + "]", op.support, Dag(op), "dag", letter)
        if role == "dag":
            return letter.base
        if role == "mat":
            m = letter.expr
            name = m.name[:-4] if m.name.endswith("^dag") else m.name + "^dag"
            return self.mat_letter(Mat(m.matrix.H, m.support, m.name if m.matrix.H == m.matrix else name))
        if role == "fn":
            func, arg = letter.base
            return self.fn_letter(func, self.dag(arg))
        if role in ("functional", "log"):
            return letter if letter.real else self.conj_letter(letter)
        if role == "conj":
            return letter.base
        if role == "inverse":
            x, code = letter.base
            dx = self.dag(x)
            return self._inverse_letter(dx, None if code is None else next(iter(dx.terms))[0][0])
        return self.dt_letter(self.dag_letter(letter.base))

    def conj_letter(self, letter):
        """The complex conjugate of a scalar letter not known to be real."""
        return self.letter("Conj[" + letter.key + "]", (), sympy.conjugate(letter.expr), "conj", letter)

    def mat_letter(self, m):
        """Matrices are equal letters when their entries and supports are (names only print)."""
        return self.letter(f"Mat({self.canon(m.matrix)}, {m.support})", m.support, m, "mat")

    def fn_letter(self, func, arg, positive=False):
        """The letter f(X) of the matrix function ``func`` (Logm, Expm) of the operator ``arg``;
        ``positive`` records that X was shown positive semidefinite from the kinds."""
        key = f"{func.__name__}[{self.keystr(arg)}]"
        if positive:
            self._positive.add(key)
        if key in self._letters:
            return self._letters[key]
        pattern = None
        if len(arg.terms) == 1:
            (_, code), = arg.terms
            if len(code) == 2:
                pattern = (code[1][0], arg.space)
        antipode = f"Expm[{self.keystr(self.scale(arg, -1))}]" if func is Expm else None
        return self.letter(key, arg.space, func(self.expr(arg)), "fn", (func, arg), pattern, antipode=antipode)

    def dt_letter(self, letter):
        return self.letter("Dt[" + letter.key + "]", letter.support, Dt(letter.expr), "dt", letter)

    def keystr(self, x):
        terms = ((repr(k), self.canon(c)) for k, c in ((k, sympy.expand(c)) for k, c in x.terms.items())
                 if c != 0)
        return repr((x.space, sorted(terms)))

    def canon(self, e):
        """A text of the SymPy object ``e`` (a scalar or a matrix) for letter keys: equal objects
        share it whatever SymPy's cache handed out before (``srepr`` shows each symbol's
        assumptions as first created, so it made a key depend on what the process computed
        earlier), unequal ones never do (the ordered printed form, symbols named with their full
        assumptions, then a number among the unequal objects printing alike)."""
        text = sympy.sstr(e.xreplace({x: sympy.Symbol(_symbol_text(x)) for x in e.free_symbols}),
                          order="lex")
        alike = self._canon.setdefault(text, [])
        k = next((i for i, x in enumerate(alike) if x == e), None)
        if k is None:
            alike.append(e)
            k = len(alike) - 1
        return text if k == 0 else f"{text}#{k}"


    # ---- time derivative
    def d(self, x):
        """Time derivative by the product rule over coefficients and letters."""
        acc, jd = {}, dict(x.jdeg)
        for key, c in x.terms.items():
            closed, code = key
            dc = self.dcoef(c)
            jd = _merge(jd, _merge(x.jdeg, dc.jdeg, combine=lambda a, b: a + b))
            for k, v in self.mul(_Poly(x.space, {key: S.One}, {}), dc).terms.items():
                _accumulate(acc, k, v)
            parts = [(code, None)] if code is not None else []
            parts += [(cc, j) for j, cc in enumerate(closed)]
            for part, j in parts:
                for i, (letter, _) in enumerate(part):
                    if letter.role == "boundary":
                        continue
                    rule = self._trace_rule(part, i) if j is not None and letter.role == "fn" else None
                    at, node, dz = rule[:3] if rule else (part, i, self.dletter(letter))
                    dz = self.lift(dz, letter.support)
                    self.spend(len(dz.terms))
                    jd = _merge(jd, _merge(x.jdeg, dz.jdeg, combine=lambda a, b: a + b))
                    others = closed[:j] + closed[j + 1:] if j is not None else closed
                    after = []
                    for zkey, zc in dz.terms.items():
                        factor, opened, new = self._splice(at, j is None, node, zkey)
                        if j is not None:
                            opened = code
                        _accumulate(acc, (_product(others, new), opened), c * zc * factor)
                        after.append((zc * factor, new))
                    if rule:
                        self.note(rule[3], lambda: self._with_dt(part, i), lambda: Add(*(
                            f * Mul(*(self.code_expr(n, True) for n in new)) for f, new in after)))
        return _Poly(x.space, acc, jd)

    def _with_dt(self, part, i):
        """The closed component ``part`` with the letter at node ``i`` differentiated."""
        return self.code_expr(tuple((self.dt_letter(a) if k == i else a, succ)
                                    for k, (a, succ) in enumerate(part)), True)

    def _trace_rule(self, part, i):
        """``Tr[g(X) Df_X(E)] = Tr[g(X) f'(X) E]`` for the letter f(X) at node ``i`` of the closed
        component ``part`` when every other node is ``X`` or a function of ``X`` (so g(X)
        commutes with X), ``E = dX/dt``.  For f = exp this is ``Tr[g(X) exp(X) E]``; for
        f = log, with X positive semidefinite by the kinds, X^{-1} cancels against one node
        ``X = s Y`` (``Y`` the letter, ``s`` its scalar factor), giving ``Tr[g'(X) E] / s``.
        Returns (component, node, replacement, rule) or None."""
        letter = part[i][0]
        func, arg = letter.base
        g = _Graph()
        g.add(part)
        xnodes = self._x_nodes(g, i, letter)
        if xnodes is None:
            return None
        try:
            darg = self.d(arg)
        except OutsideAlgebra:
            return None
        if func is Expm:
            return part, i, self.mul(self.single(letter), darg), RULES["dexp"]
        if func is not Logm or letter.key not in self._positive or not xnodes:
            return None
        _remove(g, xnodes[0], arg.space)
        return g.encode(i), 0, self.mul(self._inverse_scale(arg), darg), RULES["dlog"]

    def _x_nodes(self, g, skip, letter):
        """The nodes ``X`` of the diagram ``g`` if every node but ``skip`` is ``X`` or a function
        of ``X`` (``letter`` is f(X)), all chained alike on the parties of ``X`` with their
        other wires closed on themselves (so the word is a function of X); else None."""
        func, arg = letter.base
        space, argkey = arg.space, letter.key[len(func.__name__):]
        xnodes = []
        for v, lab in g.lab.items():
            if not set(space) <= set(lab.support) or len({g.nxt[v][p] for p in space}) != 1:
                return None
            if any(g.nxt[v][q] != v for q in lab.support if q not in space):
                return None
            if v == skip or (lab.role == "fn" and lab.key[len(lab.base[0].__name__):] == argkey):
                continue
            if not (letter.pattern and lab == letter.pattern[0]):
                return None
            xnodes.append(v)
        return xnodes

    def _inverse_scale(self, arg):
        """1/s for the one-monomial operator ``arg = s Y`` (``s`` its scalar factor)."""
        (closed, _), c = next(iter(arg.terms.items()))
        return self.inverse(_Poly((), {(closed, None): c}, {}))

    def _commuting_derivative(self, letter, darg):
        """``Df_X(E) = f'(X) E`` when ``E = dX/dt`` is itself a function of ``X`` (each monomial
        a word in X and functions of X): ``exp(X) E``, or for log (X positive semidefinite by
        the kinds) ``E / X`` with one X cancelled per monomial.  None if not applicable."""
        func, arg = letter.base
        darg = self.lift(darg, arg.space)
        if func is Logm and letter.key not in self._positive:
            return None
        terms = {}
        for (closed, code), c in darg.terms.items():
            g = _Graph()
            w = g.add(code)
            xnodes = self._x_nodes(g, w, letter)
            if xnodes is None or (func is Logm and not xnodes):
                return None
            if func is Logm:
                _remove(g, xnodes[0], arg.space)
                code = _orbit(g.encode(w), False)
            _accumulate(terms, (closed, code), c)
        if func is Expm:
            return self.mul(self.single(letter), darg)
        return self.mul(self._inverse_scale(arg), _Poly(arg.space, terms, darg.jdeg))

    def _splice(self, part, is_open, i, zkey):
        """Replace node ``i`` of the coded component ``part`` by the monomial ``zkey``."""
        zclosed, zcode = zkey
        g = _Graph()
        g.add(part)
        wz = g.add(zcode) if zcode is not None else None
        factor = S.One
        for p in g.lab[i].support:
            s, before = g.nxt[i][p], g.prev(i, p)
            zf, zl = g.nxt[wz][p], g.prev(wz, p)
            if s == i:
                if zf == wz:
                    factor *= Dim(p)
                else:
                    g.nxt[zl][p] = zf
            elif zf == wz:
                g.nxt[before][p] = s
            else:
                g.nxt[before][p], g.nxt[zl][p] = zf, s
        g.remove(i)
        if wz is not None:
            g.remove(wz)
        opened, closed = g.settle(0 if is_open else None)
        return factor, opened, closed + zclosed

    def dcoef(self, c):
        out = self.scalar(0)
        for s in sorted(c.free_symbols & set(self.dynamics), key=sympy.default_sort_key):
            ds = self.nf(self.dynamics[s])
            if ds.space:
                raise OutsideAlgebra(f"the derivative of scalar {s} is an operator")
            out = self.add(out, self.scale(ds, sympy.diff(c, s)))
        return out

    def dletter(self, letter):
        if letter.key not in self._dletter:
            self._dletter[letter.key] = self._derive(letter)
        return self._dletter[letter.key]

    def _derive(self, letter):
        role = letter.role
        if role == "op":
            op = letter.expr
            if op not in self.dynamics:
                return self.scalar(0)
            x = self.nf(self.dynamics[op])
            if not set(x.space) <= set(letter.support):
                raise OutsideAlgebra(f"the dynamics of {op} acts outside its support {op.support}")
            self._check_kind(op, x)
            return x
        if role == "dag":
            return self.dag(self.dletter(letter.base))
        if role == "mat":
            m = letter.expr
            out = self.scalar(0)
            for s in sorted(m.matrix.free_symbols & set(self.dynamics), key=sympy.default_sort_key):
                dm = m.matrix.diff(s)
                if dm.is_zero_matrix:
                    continue
                dmat = self.single(self.mat_letter(Mat(dm, m.support, f"d{m.name}/d{s}")))
                out = self.add(out, self.mul(dmat, self.dcoef(s)))
            return out
        if role == "functional":
            func, args = letter.base
            if func is not HSNorm:
                raise OutsideAlgebra(f"Dt of {letter.expr} is outside the trace-polynomial algebra")
            x, = args
            n = self.trace(self.mul(self.dag(x), x))
            out = self.scale(self.mul(self.d(n), self.inverse(self.single_closed(letter))), S.Half)
            self.note(RULES["dnorm"], lambda: Dt(letter.expr), lambda: self.expr(out))
            return out
        if role == "inverse":
            inv = self.single_closed(letter)
            return self.scale(self.mul(self.mul(inv, inv), self.d(letter.base[0])), -1)
        if role == "log":
            out = self.mul(self.d(letter.base), self.inverse(letter.base))
            self.note(RULES["dlogscalar"], lambda: Dt(letter.expr), lambda: self.expr(out))
            return out
        if role == "conj":
            return self.dag(self.dletter(letter.base))
        if role == "fn":
            try:
                darg = self.d(letter.base[1])
            except OutsideAlgebra:
                return self.single(self.dt_letter(letter))
            if not darg.terms:
                self.note(RULES["constant"], lambda: Dt(letter.expr), lambda: S.Zero)
                return self.scalar(0)
            out = self._commuting_derivative(letter, darg)
            if out is not None:
                self.note(RULES["dcomm"], lambda: Dt(letter.expr), lambda: self.expr(out))
                return out
        return self.single(self.dt_letter(letter))

    def _check_kind(self, op, x):
        if op.kind == "operator":
            return
        if not self.is_zero(self.add(self.dag(x), self.scale(x, -1))):
            raise OutsideAlgebra(f"the dynamics of {op} ({op.kind}) is not provably Hermitian")
        if op.kind == "state" and not self.is_zero(self.trace(x)):
            raise OutsideAlgebra(f"the dynamics of state {op} is not provably trace-preserving")

    def is_zero(self, x):
        return all(_vanishes(c) for c in x.terms.values())

    # ---- SymPy to normal form
    def nf(self, e):
        if e not in self._nf:
            self._nf[e] = self._convert(e)
        return self._nf[e]

    def _convert(self, e):
        if e.is_commutative and not e.has(*_STRUCTURE):
            return self.scalar(e)
        if isinstance(e, Op):
            return self.single(self.op_letter(e))
        if isinstance(e, Mat):
            if set(e.support) - set(self.parties):
                raise OutsideAlgebra(f"matrix {e} acts outside parties {self.parties}")
            return self.single(self.mat_letter(e))
        if isinstance(e, Add):
            return self.add(*(self.nf(a) for a in e.args))
        if isinstance(e, Mul):
            return reduce(self.mul, (self.nf(a) for a in e.args))
        if isinstance(e, Pow) and isinstance(e.base, HSNorm) and e.exp.is_Integer and e.exp % 2 == 0:
            x = self.nf(e.base.args[0])
            n = self.trace(self.mul(self.dag(x), x))
            self.note(RULES["norm2"], lambda: e.base ** 2, lambda: self.expr(n))
            k = int(e.exp) // 2
            return reduce(self.mul, [n if k > 0 else self.inverse(n)] * abs(k))
        if isinstance(e, Pow) and e.exp.is_Integer and e.exp > 0:
            return reduce(self.mul, [self.nf(e.base)] * int(e.exp))
        if isinstance(e, Pow) and e.exp.is_Integer and e.base.is_commutative:
            return reduce(self.mul, [self.inverse(self.nf(e.base))] * int(-e.exp))
        if isinstance(e, Tr):
            return self.trace(self.nf(e.args[0]))
        if isinstance(e, Ptr):
            return self.close(self.nf(e.args[0]), e.party)
        if isinstance(e, (Dag, sympy.conjugate)):
            return self.dag(self.nf(e.args[0]))
        if isinstance(e, Dt):
            return self.d(self.nf(e.args[0]))
        if isinstance(e, (Logm, Expm)):
            return self._function(type(e), self.nf(e.args[0]), self.psd(e.args[0]))
        if isinstance(e, Dissipator):
            return self.nf(self._dissipator(e))
        if isinstance(e, _FUNCTIONALS):
            return self._functional(e)
        if isinstance(e, sympy.log):
            return self._log(self.nf(e.args[0]), self.nonneg(e.args[0]))
        raise OutsideAlgebra(f"{type(e).__name__} node {sympy.sstr(e)[:200]} is outside the "
                             f"trace-polynomial algebra")

    def _function(self, func, x, positive=False):
        """f(x) for f = Logm or Expm; ``positive``: x is positive semidefinite by the kinds."""
        if x.jdeg:
            raise OutsideAlgebra(f"{func.__name__} of an expression with a dissipator")
        if not x.space:
            if set(x.terms) - {((), None)}:
                raise OutsideAlgebra(f"{func.__name__} of a trace polynomial")
            c = x.terms.get(((), None), S.Zero)
            return self.scalar(sympy.log(c) if func is Logm else sympy.exp(c))
        if func is Logm:
            factors = self._product_state(x)
            if factors:
                out = self.add(*(self.single(self.fn_letter(Logm, f, True)) for f in factors))
                self.note(RULES["logprod"], lambda: Logm(self.expr(x)), lambda: self.expr(out))
                return out
            if positive:
                out = self._log_scaled(x) or self._log_exp(x)
                if out is not None:
                    return out
        return self.single(self.fn_letter(func, x, positive))

    def _log_scaled(self, x):
        """log(s Y) = log(s) + log(Y) for one monomial ``s Y`` with a scalar factor ``s`` > 0."""
        if len(x.terms) != 1:
            return None
        ((closed, code), c), = x.terms.items()
        if (not closed and c == 1) or not c.is_positive or not all(map(self._positive_trace, closed)):
            return None
        y = _Poly(x.space, {((), code): S.One}, {})
        out = self.add(self._log(_Poly((), {(closed, None): c}, {}), True), self._function(Logm, y, True))
        self.note(RULES["logscale"], lambda: Logm(self.expr(x)), lambda: self.expr(out))
        return out

    def _log_exp(self, x):
        """log(exp(H)) = H for H Hermitian by the kinds."""
        if len(x.terms) != 1:
            return None
        ((closed, code), c), = x.terms.items()
        if closed or c != 1 or len(code) != 2 or code[1][0].role != "fn" or code[1][0].base[0] is not Expm:
            return None
        h = code[1][0].base[1]
        if not self.hermitian(h):
            return None
        self.note(RULES["logexp"], lambda: Logm(self.expr(x)), lambda: self.expr(h))
        return h

    def _positive_trace(self, code):
        """Whether the closed component ``code`` is a positive scalar by the kinds: Tr exp(H)
        for H Hermitian, a norm, or the inverse of a positive component."""
        letter = code[0][0]
        if len(code) != 1:
            return False
        if letter.role == "fn":
            return letter.base[0] is Expm and self.hermitian(letter.base[1])
        if letter.role == "functional":
            return letter.base[0] in (HSNorm, TraceNorm, OpNorm)
        return letter.role == "inverse" and letter.base[1] is not None and self._positive_trace(letter.base[1])

    def _log(self, x, positive):
        """log x of a scalar normal form (``positive``: x > 0 shown from the kinds): the log of
        the coefficient plus a log letter per positive trace factor, or one log letter."""
        if x.space or x.jdeg:
            raise OutsideAlgebra("log of an operator or of an expression with a dissipator")
        if not x.terms:
            raise OutsideAlgebra("log of an expression whose normal form is 0")
        if len(x.terms) == 1:
            ((closed, _), c), = x.terms.items()
            if not closed or (c.is_positive and all(map(self._positive_trace, closed))):
                out = self.scalar(sympy.expand_log(sympy.log(c)))
                for code in closed:
                    letter = code[0][0]
                    sign = -1 if letter.role == "inverse" else 1
                    factor = _Poly((), {(((letter.base[1] if sign < 0 else code),), None): S.One}, {})
                    out = self.add(out, self.scale(self._log_letter(factor, True), sign))
                return out
        return self._log_letter(x, positive)

    def _log_letter(self, x, real):
        return self.single_closed(self.letter(f"Log[{self.keystr(x)}]", (), sympy.log(self.expr(x)), "log", x,
                                              real=real))

    def _functional(self, e):
        args = [self.nf(a) for a in e.args]
        if any(a.jdeg for a in args):
            raise OutsideAlgebra(f"{type(e).__name__} of an expression with a dissipator")
        positive = [self.psd(a) for a in e.args]
        if isinstance(e, (Entropy, RelEntropy)) and all(positive):
            x = args[0]
            log = self._function(Logm, x, True)
            if isinstance(e, RelEntropy):
                log = self.add(log, self.scale(self._function(Logm, args[1], True), -1))
            out = self.trace(self.mul(x, log))
            out = self.scale(out, -1) if isinstance(e, Entropy) else out
            self.note(RULES["entropy" if isinstance(e, Entropy) else "relent"], lambda: e,
                      lambda: (-1 if isinstance(e, Entropy) else 1) * Tr(self.expr(x) * self.expr(log)))
            return out
        key = f"{type(e).__name__}[{'|'.join(self.keystr(a) for a in args)}]"
        expr = type(e)(*(self.expr(a) for a in args))
        real = isinstance(e, (HSNorm, TraceNorm, OpNorm)) or all(positive)
        return self.single_closed(self.letter(key, (), expr, "functional", (type(e), tuple(args)), real=real))

    # ---- side conditions from the kinds
    def hermitian(self, x):
        """Whether the normal form ``x`` equals its adjoint (a scalar: is real)."""
        return self.is_zero(self.add(self.dag(x), self.scale(x, -1)))

    def psd(self, e):
        """Whether the operator expression ``e`` is positive semidefinite by the kinds of its
        operators: states, partial traces and adjoints of such, exp(H) for H Hermitian, sums
        and non-negative multiples, tensor products (factors on disjoint parties), X^n for X
        positive or n even and X Hermitian."""
        if isinstance(e, Op):
            return e.kind == "state"
        if isinstance(e, (Ptr, Dag)):
            return self.psd(e.args[0])
        if isinstance(e, Expm):
            return self._hermitian_expr(e.args[0])
        if e.is_commutative:
            return self.nonneg(e)
        if isinstance(e, Add):
            return all(self.psd(a) for a in e.args)
        if isinstance(e, Mul):
            ops = [a for a in e.args if not a.is_commutative]
            sups = [support(a) for a in ops]
            return (all(self.nonneg(a) for a in e.args if a.is_commutative) and all(sups)
                    and sum(map(len, sups)) == len(frozenset().union(*sups)) and all(map(self.psd, ops)))
        if isinstance(e, Pow) and e.exp.is_Integer and e.exp > 0:
            return self.psd(e.base) or (e.exp % 2 == 0 and self._hermitian_expr(e.base))
        return False

    def nonneg(self, c):
        """Whether the scalar expression ``c`` is >= 0 by SymPy's assumptions and the kinds."""
        if not c.has(*_STRUCTURE):
            return c.is_nonnegative is True
        if isinstance(c, Tr):
            return self.psd(c.args[0])
        if isinstance(c, (HSNorm, TraceNorm, OpNorm)):
            return True
        if isinstance(c, (Add, Mul)):
            return all(self.nonneg(a) for a in c.args)
        if isinstance(c, Pow):
            return self.nonneg(c.base) and c.exp.is_real is True
        return False

    def _hermitian_expr(self, e):
        try:
            return self.hermitian(self.nf(e))
        except OutsideAlgebra:
            return False

    def single_closed(self, letter):
        """The scalar normal form of a letter without wires (a functional or an inverse)."""
        return _Poly((), {((((letter, ()),),), None): S.One}, {})

    def inverse(self, x):
        """1/x for a scalar ``x``: the inverse coefficient times inverse letters of its trace
        factors if ``x`` is one monomial, else one inverse letter of ``x``."""
        if x.space or x.jdeg:
            raise OutsideAlgebra("division by an operator or by an expression with a dissipator")
        if not x.terms:
            raise OutsideAlgebra("division by an expression whose normal form is 0")
        if len(x.terms) > 1:
            return self.single_closed(self._inverse_letter(x, None))
        ((closed, _), c), = x.terms.items()
        out = self.scalar(1 / c)
        for code in closed:
            factor = _Poly((), {((code,), None): S.One}, {})
            out = self.mul(out, self.single_closed(self._inverse_letter(factor, code)))
        return out

    def _inverse_letter(self, x, code):
        return self.letter(f"Inv[{self.keystr(x)}]", (), 1 / self.expr(x), "inverse", (x, code))

    def _product_state(self, x):
        """The local factors of ``x`` if it is a product of states (or their partial traces)."""
        if len(x.space) != 2 or len(x.terms) != 1:
            return None
        ((closed, code), c), = x.terms.items()
        if closed or c != 1 or len(code) != 3:
            return None
        factors = []
        for p, node in zip(x.space, code[0][1]):
            letter, succ = code[node]
            if not _is_state(letter) or any(s != node for q, s in zip(letter.support, succ) if q != p):
                return None
            others = [q for q in letter.support if q != p]
            factors.append(reduce(self.close, others, self.single(letter)))
        return factors

    def _dissipator(self, e):
        x, party = e.args[0], e.party
        out = []
        for j in self.jump_ops(party):
            jd = Dag(j)
            core = jd * x * j if isinstance(e, DissipatorAdj) else j * x * jd
            out.append(core - (jd * j * x + x * jd * j) / 2)
        return Add(*out)

    # ---- the steps of a proof
    def steps(self, exprs, polys, rational):
        """The proof's :class:`~symbolic.outcome.Step` s: the operators and their kinds, the
        dynamics used (with the checks of their kinds), each rule beyond the wiring diagrams
        with its first instances, and the normal forms compared."""
        ops = set().union(*(operators(e) for e in exprs))
        ops |= {a.expr for a in self._letters.values() if a.role == "op"}
        used = self._used_dynamics(exprs)
        for k in used:
            ops |= operators(self.dynamics[k]) | ({k} if isinstance(k, Op) else set())
        names = qualified_names(ops)
        order = []
        for e in exprs:
            for node in sympy.preorder_traversal(e):
                order += [p for p in getattr(node, "support", ()) if isinstance(node, (Op, Mat)) and p not in order]

        sums = [a for a in self._letters.values() if a.role == "inverse" and a.base[1] is None]
        short = {self.expr(a.base[0]): sympy.Symbol(f"D{k}") for k, a in enumerate(sums, 1)}
        used_short = set()

        def show(e, abbreviate=False):
            if abbreviate and short:
                e = e.xreplace(short)
                used_short.update(e.free_symbols & set(short.values()))
            return text(e, names, order)

        numbers = sorted(set().union(*(scalars(e) for e in exprs), *(scalars(self.dynamics[k]) for k in used)),
                         key=str)
        what = ["positive" if v.is_positive else "real" if v.is_real else "complex" for v in numbers]
        out = [Step("operators and scalars", "", "\n".join(legend(ops, names)
                                                + [f"{v}: {w} scalar" for v, w in zip(numbers, what)]))]
        jumps = sorted(names[j] for j in ops & self.jump_set)
        if jumps:
            out.append(Step("dissipators", "", "D_P[X] = J X J^† - (J^† J X + X J^† J)/2 and D#_P[X] = J^† X J - "
                            f"(J^† J X + X J^† J)/2 with generic jumps J = {', '.join(jumps)}: an identity of "
                            "degree n in D_P holds for all jumps and rates if it holds for n generic jumps"))
        for k in used:
            checked = {"state": "Hermitian, trace 0", "hermitian": "Hermitian"}.get(getattr(k, "kind", None))
            checked = checked or ("real" if k.is_real else "")
            out.append(Step("dynamics" + (f" ({checked}: checked)" if checked else ""), f"d/dt {show(k)}",
                            show(self.dynamics[k])))
        for rule, pairs in self.rules.items():
            out += [Step(rule, show(before), show(after)) for before, after in pairs]
        forms = []
        if len(exprs) == 2:
            forms.append(Step("normal form of the left side", show(exprs[0]), self.nf_text(polys[0], show)))
            forms.append(Step("normal form of the right side", show(exprs[1]), self.nf_text(polys[1], show)))
        else:
            e = exprs[0]
            parts = e.args if isinstance(e, Add) and len(e.args) <= MAX_SUMMANDS else (e,)
            forms += [Step("normal form", show(a), self.nf_text(self.nf(a), show)) for a in parts]
        if used_short:  # denominators that are sums of traces, written once
            out.append(Step("abbreviations", "", "\n".join(f"{d} = {show(x)}" for x, d in short.items()
                                                           if d in used_short)))
        out += forms
        how = "as rational functions of the traces" if rational else "term by term"
        out.append(Step(f"normal forms cancel {how}", "left - right" if len(exprs) == 2 else "sum", "0"))
        return tuple(out)

    def nf_text(self, x, show):
        """The normal form ``x`` one monomial a line (at most :data:`MAX_STEP_TERMS`)."""
        keys = self.nonzero(x)
        lines = [show(sympy.expand(x.terms[k]) * self.monomial(k), True) for k in keys[:MAX_STEP_TERMS]]
        if len(keys) > MAX_STEP_TERMS:
            lines.append(f"... ({len(keys) - MAX_STEP_TERMS} more terms)")
        return "\n".join(lines) or "0"

    def _used_dynamics(self, exprs):
        """The dynamics entries a time derivative in ``exprs`` reaches (sorted)."""
        if not any(e.has(Dt) for e in exprs):
            return []
        symbols = set().union(*(e.free_symbols for e in exprs))
        used, todo = [], [k for k in self.dynamics if k in symbols]
        while todo:
            k = todo.pop()
            if k in used:
                continue
            used.append(k)
            todo += [q for q in self.dynamics if q in self.dynamics[k].free_symbols and q not in used]
        return sorted(used, key=sympy.default_sort_key)

    # ---- zero tests
    def nonzero(self, x):
        """The monomials of ``x`` whose coefficient does not vanish, in canonical order."""
        return [key for key in sorted(x.terms) if not _vanishes(x.terms[key])]

    def rational_zero(self, x, keys):
        """Whether ``x`` vanishes as a rational function of its trace factors (each closed
        component a commutative variable; an inverse letter 1 over the rational function of
        its argument), so y / y cancels for a sum y as well (:class:`_Rational`).  Tried only
        when an inverse of a sum is present and the residual is small (:data:`MAX_RATIONAL`
        terms); False where a coefficient is not a polynomial."""
        if len(keys) > MAX_RATIONAL or not any(a.role == "inverse" and a.base[1] is None
                                               for key in keys for a in _letters(key)):
            return False
        groups = {}
        for key in keys:
            groups.setdefault(key[1], []).append((key[0], x.terms[key]))
        try:
            rational = _Rational([t for terms in groups.values() for t in terms])
            return all(rational.vanishes(terms) for terms in groups.values())
        except (CoercionFailed, PolynomialError, ValueError):
            return False

    # ---- normal form to SymPy
    def terms(self, x):
        return tuple((sympy.expand(x.terms[key]), self.monomial(key)) for key in self.nonzero(x))

    def expr(self, x):
        return Add(*(c * m for c, m in self.terms(x)))

    def monomial(self, key):
        closed, code = key
        factors = [self.code_expr(c, True) for c in closed]
        if code is not None:
            factors.append(self.code_expr(code, False))
        return Mul(*factors)

    def code_expr(self, code, closed):
        if code not in self._codeexpr:
            g = _Graph()
            g.add(code)
            self._codeexpr[code] = self._closed_expr(g) if closed else self._open_expr(g)
        return self._codeexpr[code]

    def _open_expr(self, g):
        space = g.lab[0].support
        seqs = {p: g.loop(0, p)[1:] for p in space}
        built = self._word(g, seqs, frozenset((p, 0) for p in space))
        if built is None or sorted(built[1]) != sorted(v for v in g.lab if v != 0):
            raise _unexpressible(g)
        return Mul(*built[0])

    def _closed_expr(self, g):
        if not g.lab[0].support:
            return g.lab[0].expr
        options = []
        for v in sorted(g.lab):
            if len(g.lab[v].support) == 2:
                options.append({p: g.loop(v, p) for p in g.lab[v].support})
        for v in sorted(g.lab):
            options += [{p: g.loop(v, p)} for p in g.lab[v].support]
        for seqs in options:
            built = self._word(g, seqs, frozenset((p, min(s)) for p, s in seqs.items()))
            if built is not None and sorted(built[1]) == sorted(g.lab):
                return Tr(Mul(*built[0]))
        raise _unexpressible(g)

    def _word(self, g, seqs, used):
        """Factors and nodes of a word whose wire of each party in ``seqs`` runs through
        ``seqs[party]``; letters of both parties in both sequences stay bare."""
        parties = [p for p in self.parties if p in seqs]
        if len(parties) == 2:
            a, b = parties
            bare = [v for v in seqs[a] if v in set(seqs[b])]
            if bare != [v for v in seqs[b] if v in set(seqs[a])]:
                return None
        else:
            bare = []
        factors, nodes, start = [], [], {p: 0 for p in parties}
        for v in bare + [None]:
            for p in parties:
                seq = seqs[p]
                end = seq.index(v, start[p]) if v is not None else len(seq)
                built = self._items(g, seq[start[p]:end], p, used)
                if built is None:
                    return None
                factors += built[0]
                nodes += built[1]
                start[p] = end + 1
            if v is not None:
                factors.append(g.lab[v].expr)
                nodes.append(v)
        return factors, nodes

    def _items(self, g, seg, p, used):
        """``p``-local factors of the segment ``seg`` of a ``p`` wire: letters, and
        ``Ptr(word, q)`` blocks for letters whose ``q`` wire closes elsewhere."""
        q = next((r for r in self.parties if r != p), None)
        pos = {v: k for k, v in enumerate(seg)}
        factors, nodes, i = [], [], 0
        while i < len(seg):
            v = seg[i]
            if q not in g.lab[v].support:
                factors.append(g.lab[v].expr)
                nodes.append(v)
                i += 1
                continue
            j, k = i, i
            while k <= j:
                if q in g.lab[seg[k]].support:
                    for w in g.loop(seg[k], q):
                        if w in pos:
                            if pos[w] < i:
                                return None
                            j = max(j, pos[w])
                k += 1
            loop = g.loop(v, q)
            if (q, min(loop)) in used:
                return None
            built = self._word(g, {p: seg[i:j + 1], q: loop}, used | {(q, min(loop))})
            if built is None:
                return None
            factors.append(Ptr(Mul(*built[0]), q))
            nodes += built[1]
            i = j + 1
        return factors, nodes


def _unexpressible(g):
    return RuntimeError("wiring diagram without a Tr/Ptr expression: "
                        + repr([(g.lab[v].key, g.nxt[v]) for v in sorted(g.lab)]))
