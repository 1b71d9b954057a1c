"""Physical setups: the shared vocabulary from which claims get their samples.

A paper module (or a physicist's own file) chooses a setup, fixes the values the paper
prints, and declares its claims; it writes no sampling code.  A :class:`Setup` names the
symbols of a physical situation, how each is drawn or built, the dissipators of its open
parties and, in prose, the assumptions it makes.  Setups compose with ``+`` (a later part
may use the bindings of an earlier one); ``setup.given({symbol: value})`` fixes bindings
(a printed state, a chosen temperature); ``setup.sampler(name, dims)`` makes the
:class:`~corrcheck.samplers.Sampler` the claims use, random if anything is still drawn.
The sampler carries the setup's assumptions (``Sampler.assumptions``), shown with every
claim that uses it.

>>> SB = Bipartite.named("S", "B")
>>> hs = closed(SB).sampler("hs-2x3", (2, 3))
>>> hs.random, hs.parties, hs.dims
(True, ('S', 'B'), (2, 3))
>>> print(hs.assumptions[0])
closed system SB: unitary evolution d rho/dt = -i[H, rho] under the time-independent H = H_S + H_B + H_I
>>> qubits = closed(SB).given({SB.rho: printed(sympy.eye(4) / 4, state_dims=(2, 2)),
...                            SB.H_a: printed(pauli("z")), SB.H_b: printed(pauli("x")),
...                            SB.H_int: fixed(kron(pauli("y"), pauli("y")) / 3)})
>>> qubits.sampler("mixed-2x2", (2, 2), printed_dims=True).random
False

Conventions: hbar = 1, d rho/dt = -i[H, rho] + sum_k g_k (L_k rho L_k^dag - {L_k^dag L_k,
rho}/2), kron order as the parties are listed, sigma_z = diag(1, -1).

Index
=====

Exact constants (SymPy matrices, for printed states and operators)
    :func:`pauli`, :func:`kron`, :func:`ketbra`, :func:`bell`, :func:`werner`,
    :func:`x_matrix`, :func:`exact_gibbs`.
Symbols of a bipartite system
    :class:`Bipartite` (rho, marginals, correlation matrix chi, H, Schroedinger dynamics).
Recipes: how one binding is drawn (from :mod:`corrcheck.samplers`)
    random: :func:`density`, :func:`pure`, :func:`hermitian`, :func:`bounded_hermitian`,
    :func:`operator`, :func:`unitary`, :func:`real`, :func:`positive`, :func:`uniform`,
    :func:`x_state`, :func:`local_hamiltonian`; fixed: :func:`printed` (the paper prints
    it), :func:`fixed` (chosen here), :func:`special` (chosen for a coincidence the claim
    is about); built: :func:`derived`, :func:`copy_of`, :func:`closed_form`.
Setups
    :func:`draw` (plain bindings), :func:`closed` (closed bipartite system),
    :func:`product_state`, :func:`gibbs_state`, :func:`correlated_state` (fixed
    marginals), :func:`evolved_state` (unitary evolution under a time-independent H),
    :func:`energy_conserving` ([V, H_A + H_B] = 0), :func:`gkls` (given jumps),
    :func:`thermal_gkls` (detailed balance, jumps in the energy eigenbasis),
    :func:`gibbs_preserving_gkls` (any generator fixing a Gibbs state),
    :func:`gibbs_fixing_gkls` (arbitrary jumps with a correction fixing a Gibbs state),
    :func:`collision_model`, :func:`zero_operator` (a term the claims carry that the setup
    does not have), :func:`unitary_operator` (a Haar or exact unitary, a fact).
Standard dimensions
    :data:`BIPARTITE_DIMS` (2x2, 2x3, 3x3).
"""
import math
from dataclasses import dataclass, replace

import mpmath as mp
import numpy as np
import sympy
from sympy import I

from . import numeric
from .numeric.constructions import fixed_marginal_state, resonant_part
from .numeric.linalg import matmul
from .numeric.states import ginibre, unitary_from_ginibre
from .samplers import (Recipe, Sampler, bounded_hermitian, closed_form, copy_of, density, derived,
                       fixed, hermitian, operator, positive, printed, pure, real, special, uniform,
                       unitary)
from .symbolic import facts as _facts
from .symbolic.expr import Dissipator, Op, comm, ptr

__all__ = [
    "BIPARTITE_DIMS", "Bipartite", "Setup", "bell", "bounded_hermitian", "closed", "closed_form",
    "collision_model", "copy_of", "correlated_state", "density", "derived", "draw",
    "energy_conserving", "evolved_state", "exact_gibbs", "fixed", "gibbs_fixing_gkls",
    "gibbs_preserving_gkls",
    "gibbs_state", "gkls", "hermitian", "ketbra", "kron", "local_hamiltonian", "operator",
    "pauli", "positive", "printed", "product_state", "pure", "real", "special", "thermal_gkls",
    "uniform", "unitary", "unitary_operator", "werner", "x_matrix", "x_state", "zero_operator",
]

BIPARTITE_DIMS = ((2, 2), (2, 3), (3, 3))


# ============================================================================ exact constants

def pauli(axis):
    """Pauli matrix ('x', 'y', 'z', 'i') as an exact SymPy matrix, sigma_z = diag(1, -1).

    >>> pauli("y")
    Matrix([
    [0, -I],
    [I,  0]])
    """
    return {"x": sympy.Matrix([[0, 1], [1, 0]]), "y": sympy.Matrix([[0, -I], [I, 0]]),
            "z": sympy.Matrix([[1, 0], [0, -1]]), "i": sympy.eye(2)}[axis]


def kron(*ms):
    """Tensor product of SymPy matrices, leftmost factor first."""
    return sympy.kronecker_product(*ms) if len(ms) > 1 else sympy.Matrix(ms[0])


def ketbra(i, j, n=2):
    """|i><j| on an n-dimensional space (exact).

    >>> ketbra(0, 1)
    Matrix([
    [0, 1],
    [0, 0]])
    """
    m = sympy.zeros(n, n)
    m[i, j] = 1
    return m


_BELL = {"phi+": (0, 3, 1), "phi-": (0, 3, -1), "psi+": (1, 2, 1), "psi-": (1, 2, -1)}


def bell(which="phi+"):
    """Bell state |.><.| ('phi+', 'phi-', 'psi+', 'psi-') as an exact 4x4 matrix."""
    a, b, s = _BELL[which]
    v = sympy.zeros(4, 1)
    v[a], v[b] = 1, s
    return v * v.T / 2


def werner(p):
    """Two-qubit Werner state p |psi-><psi-| + (1 - p) I/4 (exact for exact p)."""
    return p * bell("psi-") + (1 - p) * sympy.eye(4) / 4


def x_matrix(diagonal, outer=0, inner=0, hermitian=True):
    """The two-qubit X-form matrix with ``diagonal`` (|00>, |01>, |10>, |11>), <00|.|11> =
    ``outer`` and <01|.|10> = ``inner``; the lower entries are their conjugates (or, with
    ``hermitian=False``, the same entries, as some papers print them).

    >>> x_matrix((1, 0, 0, 1), outer=sympy.I)[3, 0]
    -I
    """
    m = sympy.diag(*diagonal)
    low = sympy.conjugate if hermitian else (lambda z: z)
    m[0, 3], m[3, 0], m[1, 2], m[2, 1] = outer, low(outer), inner, low(inner)
    return m


def exact_gibbs(h, beta):
    """exp(-beta h) / Tr exp(-beta h) as an exact SymPy matrix (h diagonalisable by SymPy).

    >>> exact_gibbs(sympy.diag(0, 1), sympy.log(2))
    Matrix([
    [2/3,   0],
    [  0, 1/3]])
    """
    h = sympy.Matrix(h)
    n = h.rows
    if h.is_diagonal():
        w = [sympy.exp(-beta * h[i, i]) for i in range(n)]
        return sympy.diag(*[x / sum(w) for x in w])
    out, z = sympy.zeros(n, n), 0
    for value, mult, vectors in h.eigenvects():
        weight = sympy.exp(-beta * value)
        for v in sympy.GramSchmidt(vectors, True):
            out += weight * v * v.H
        z += mult * weight
    return (out / z).applyfunc(sympy.factor_terms)


# ============================================================================ bipartite symbols

@dataclass(frozen=True)
class Bipartite:
    """A bipartite system (a, b) with state rho and Hamiltonian H_a + H_b + H_int.

    ``rho_a = Tr_b rho``, ``rho_b = Tr_a rho``, ``chi = rho - rho_a rho_b`` (the
    correlation matrix), ``schroedinger`` the dynamics drho/dt = -i[H, rho].
    """
    a: str
    b: str
    rho: Op
    H_a: Op
    H_b: Op
    H_int: Op

    @classmethod
    def named(cls, a="S", b="B", H_a=None, H_b=None, H_int="H_I", rho="rho"):
        return cls(a, b, Op(rho, (a, b), "state"), Op(H_a or f"H_{a}", (a,), "hermitian"),
                   Op(H_b or f"H_{b}", (b,), "hermitian"), Op(H_int, (a, b), "hermitian"))

    @property
    def rho_a(self):
        return ptr(self.rho, self.b)

    @property
    def rho_b(self):
        return ptr(self.rho, self.a)

    @property
    def chi(self):
        return self.rho - self.rho_a * self.rho_b

    @property
    def H(self):
        return self.H_a + self.H_b + self.H_int

    @property
    def schroedinger(self):
        return {self.rho: -I * comm(self.H, self.rho)}


# ============================================================================ setups

def _parties(*symbols):
    """The parties the symbols act on, in order of first appearance."""
    out = []
    for s in symbols:
        for p in getattr(s, "support", ()):
            if p not in out:
                out.append(p)
    return tuple(out)


def _recipe(value):
    """A recipe as given, or a chosen fixed value."""
    return value if isinstance(value, Recipe) else fixed(value)


def _key(sym):
    return getattr(sym, "name", sym)


@dataclass(frozen=True, eq=False)
class Setup:
    """A physical setup: its parties, the ordered bindings and dissipators it makes (``parts``,
    each a function of the dimensions ``{party: d}`` returning ``(bind, dissipators)`` or
    ``(bind, dissipators, facts)``: the :class:`~corrcheck.symbolic.facts.Fact` s its
    construction guarantees, kept on the sampler unless ``given`` overrides their subject or
    another part adds jumps to their dissipator), the
    assumptions it states, a short description and, where it fixes one, the ``dynamics`` the
    claims on it use."""
    parties: tuple
    parts: tuple
    assumptions: tuple = ()
    text: str = ""
    dynamics: dict = None
    values: tuple = ()

    def __add__(self, other):
        """The two setups together (``other``'s bindings built after ``self``'s)."""
        if not isinstance(other, Setup):
            return NotImplemented
        assumptions = self.assumptions + tuple(a for a in other.assumptions
                                               if a not in self.assumptions)
        text = self.text if other.text in self.text.split("; ") else \
            "; ".join(t for t in (self.text, other.text) if t)
        return Setup(self.parties + tuple(p for p in other.parties if p not in self.parties),
                     self.parts + other.parts, assumptions, text,
                     other.dynamics if other.dynamics is not None else self.dynamics,
                     self.values + other.values)

    def given(self, values, text=None):
        """The setup with some bindings fixed or redrawn: ``values`` maps a symbol (or its
        name) to a value (a chosen :func:`fixed` value; wrap printed ones in :func:`printed`)
        or to a recipe.  Each must name a binding the setup makes."""
        new = tuple((_key(k), _recipe(v)) for k, v in values.items())
        return replace(self, values=self.values + new, text=text if text is not None else self.text)

    def _dims(self, dims):
        if isinstance(dims, dict):
            if set(dims) != set(self.parties):
                raise ValueError(f"dims name parties {sorted(dims)}, the setup has {self.parties}")
            return tuple(dims), tuple(int(d) for d in dims.values())
        dims = (dims,) if isinstance(dims, int) else tuple(dims)
        if len(dims) != len(self.parties):
            raise ValueError(f"{len(dims)} dims {dims} for parties {self.parties}")
        return self.parties, tuple(int(d) for d in dims)

    def sampler(self, name, dims, description=None, printed_dims=False):
        """The :class:`~corrcheck.samplers.Sampler` of this setup at dimensions ``dims`` (an
        int for one party, a tuple in the order of ``parties`` or a dict {party: d}); random
        if some binding is still drawn.  ``printed_dims``: the paper fixes these dimensions."""
        parties, dims = self._dims(dims)
        dim_of = dict(zip(parties, dims))
        bind, dissipators, facts, jumps_from = [], {}, [], {}
        for k, part in enumerate(self.parts):
            b, d, *made = part(dim_of)
            for sym, rec in b:
                if any(sym == s for s, _ in bind):
                    raise ValueError(f"sampler {name}: {sym} is bound twice")
                bind.append((sym, rec))
            for party, jumps in d:
                dissipators.setdefault(party, []).extend(jumps)
                jumps_from.setdefault(party, set()).add(k)
            facts += [(k, f) for f in (made[0] if made else ())]
        shown = []
        for key, rec in self.values:
            at = [i for i, (s, _) in enumerate(bind) if _key(s) == key]
            if not at:
                raise ValueError(f"sampler {name}: given a value for {key}, which the setup does "
                                 f"not bind ({', '.join(str(s) for s, _ in bind)})")
            bind[at[0]] = (bind[at[0]][0], rec)
            if rec.value is not None and not isinstance(rec.value, sympy.MatrixBase):
                shown.append(f"{key} = {rec.text.split(' ', 1)[1]}")
        slots = [(rec, _size(sym, dim_of)) for sym, rec in bind] + [
            slot for p, js in dissipators.items() for j, r in js
            for slot in ((j, dim_of[p]), (r, 1))]
        drawn = any(rec.nparams(n) for rec, n in slots)
        if description is None:
            description = ("random " if drawn and self.text else "") + self.text + (
                f": {', '.join(shown)}" if shown else "")
        # a fact holds only for the setup's own bindings and, for a dissipator, its own jumps
        given = {key for key, _ in self.values}
        kept = tuple(f for k, f in facts if not given & set(f.subjects)
                     and (f.party is None or jumps_from.get(f.party) == {k}))
        return Sampler(name=name, parties=parties, dims=dims, bind=tuple(bind),
                       dissipators=tuple((p, tuple(js)) for p, js in dissipators.items()),
                       random=drawn, description=description, assumptions=self.assumptions,
                       printed_dims=printed_dims, facts=kept)

    def samplers(self, prefix, dims=BIPARTITE_DIMS):
        """One sampler per entry of ``dims``, named ``prefix-2x3`` etc."""
        return tuple(self.sampler(f"{prefix}-{'x'.join(map(str, d))}", d) for d in dims)


def _size(sym, dim_of):
    sup = getattr(sym, "support", None)
    return 1 if sup is None else math.prod(dim_of[p] for p in sup)


def _static(bind, dissipators=None):
    items = [(k, _recipe(v)) for k, v in bind.items()]
    diss = list((dissipators or {}).items())
    return lambda dims: (items, diss)


def draw(bind, text="", assumptions=(), parties=()):
    """Plain bindings {symbol: recipe or value} (values are chosen :func:`fixed` ones);
    ``parties`` adds parties no bound symbol acts on (e.g. for scalars that parametrise a
    state written in the claims).

    >>> x = sympy.Symbol("x", real=True)
    >>> draw({x: uniform(0, 1)}).sampler("x", ()).random
    True
    """
    return Setup(tuple(parties) + tuple(p for p in _parties(*bind) if p not in parties),
                 (_static(bind),), tuple(assumptions), text)


def _unexact(kind, what):
    if kind == "exact":
        raise NotImplementedError(f"{what} has no faithful generic exact form")


def _terms(h):
    """The Op terms of a Hamiltonian given as an Op, a sequence of Ops or a sum of Ops."""
    if isinstance(h, Op):
        return (h,)
    if isinstance(h, (list, tuple)):
        return tuple(h)
    if isinstance(h, sympy.Add) and all(isinstance(a, Op) for a in h.args):
        return tuple(sorted(h.args, key=str))
    raise TypeError(f"a Hamiltonian must be an Op, a sequence or a sum of Ops, not {h!r}")


def _embedded(terms, support, dim_of):
    """A function env -> sum of the terms' values embedded on ``support``."""
    dims = [dim_of[p] for p in support]
    placed = [(t.name, [support.index(p) for p in t.support]) for t in terms]
    for t in terms:
        if not set(t.support) <= set(support):
            raise ValueError(f"{t} acts outside {support}")

    def value(env):
        out = 0
        for name, where in placed:
            v = env[name]
            out = out + (v if len(where) == len(dims) else numeric.embed(v, dims, where))
        return out
    return value


def _scalar_value(x, env, kind):
    """A scalar symbol or SymPy expression of bound scalars, in ``kind``."""
    if isinstance(x, sympy.Symbol):
        return env[x.name]
    return closed_form(x).build((), 1, kind, env, "")


def _text(x):
    return sympy.sstr(x) if isinstance(x, sympy.Basic) else str(x)


# ---------------------------------------------------------------------------- closed systems

def closed(system, state=None, H_a=None, H_b=None, H_int=None):
    """A closed bipartite system: state ``system.rho`` (any state, Hilbert-Schmidt), local
    Hamiltonians and an interaction (GUE), each replaceable by a recipe; its dynamics is
    ``system.schroedinger``, d rho/dt = -i[H_a + H_b + H_int, rho] (alipour2016 eqs. 1-2)."""
    bind = {system.rho: state or density(), system.H_a: H_a or hermitian(),
            system.H_b: H_b or hermitian(), system.H_int: H_int or hermitian()}
    return Setup((system.a, system.b), (_static(bind),), (
        f"closed system {system.a}{system.b}: unitary evolution d rho/dt = -i[H, rho] under the "
        f"time-independent H = {system.H_a} + {system.H_b} + {system.H_int}",),
        "closed system", dynamics=system.schroedinger)


def product_state(rho, *factors):
    """``rho`` = the tensor product of the states ``factors`` (bound before; their supports
    in kron order make up rho's): an uncorrelated state."""
    if tuple(p for f in factors for p in f.support) != tuple(rho.support):
        raise ValueError(f"the factors {factors} do not make up {rho} on {rho.support}")
    names = [f.name for f in factors]

    def fn(env, kind):
        _unexact(kind, "a product of states")
        return numeric.kron(*[env[n] for n in names])
    bind = [(rho, derived(fn, " (x) ".join(names)))]
    made = (_facts.definition(rho, sympy.Mul(*factors), f"{rho} is built as "
                              f"{' (x) '.join(names)}"),)
    return Setup(_parties(rho), (lambda dim_of: (bind, [], made),),
                 (f"{rho} = {' (x) '.join(names)} is uncorrelated",), "product state")


def zero_operator(op, why):
    """``op`` = 0: an operator the claims carry (an extra Hamiltonian part, a correction) that
    this setup does not have; ``why`` says so.  Its fact ``op = 0`` lets a proof drop it (a
    :func:`derived` zero would be opaque to the prover)."""
    made = (_facts.definition(op, sympy.S.Zero, f"{op.name} = 0: {why}"),)

    def part(dim_of):
        n = math.prod(dim_of[p] for p in op.support)

        def zero(env, kind):
            if kind == "float64":
                return np.zeros((n, n), dtype=complex)
            z = sympy.S.Zero if kind == "exact" else mp.mpf(0)
            return np.array([[z] * n for _ in range(n)], dtype=object)
        return [(op, derived(zero, f"0 ({why})"))], [], made
    return Setup(_parties(op), (part,), (f"{op.name} = 0: {why}",), f"{op.name} = 0")


def gibbs_state(rho, H, beta=None, temperature=None):
    """``rho`` = exp(-beta H)/Z, the Gibbs state of ``H`` (an Op or a sum of Ops on rho's
    parties, bound before) at inverse temperature ``beta`` or at ``temperature`` (a scalar
    symbol or expression).  Exact where H is a fixed diagonal matrix."""
    if (beta is None) == (temperature is None):
        raise ValueError("gibbs_state: give beta or temperature")
    terms = _terms(H)
    support = tuple(rho.support)
    label = f"beta = {_text(beta)}" if beta is not None else f"T = {_text(temperature)}"
    made = (_facts.gibbs_definition(rho, sympy.Add(*terms), beta if beta is not None
                                    else 1 / sympy.sympify(temperature)),) \
        if all(o.kind == "hermitian" for o in terms) else ()

    def part(dim_of):
        total = _embedded(terms, support, dim_of)

        def fn(env, kind):
            b = _scalar_value(beta, env, kind) if beta is not None else \
                1 / _scalar_value(temperature, env, kind)
            h = total(env)
            if kind == "exact":
                m = sympy.Matrix(h)
                if not m.is_diagonal() or m.free_symbols:
                    raise NotImplementedError("exact Gibbs state of a non-diagonal or generic H")
                return np.array(exact_gibbs(m, b).tolist(), dtype=object)
            return numeric.gibbs(h, b)
        return [(rho, derived(fn, f"exp(-beta H)/Z, H = {_text(H)}, {label}"))], [], made
    return Setup(_parties(rho), (part,),
                 (f"{rho} is the Gibbs state of {_text(H)} at {label}",), "Gibbs state")


def correlated_state(rho, rho_a, rho_b, X=None, u=None):
    """``rho`` with marginals exactly ``rho_a``, ``rho_b`` (bound before, full rank) and
    random correlations: rho_a (x) rho_b + u t* X_0, X_0 the zero-marginal part of a random
    Hermitian X and t* the largest step keeping the state positive, u in (0, 1)
    (:func:`numeric.constructions.fixed_marginal_state`; every such state is reached)."""
    X = X or Op(f"X_{rho.name}", tuple(rho.support), "hermitian")
    u = u or sympy.Symbol(f"u_{rho.name}", positive=True)
    a, b, xn, un = rho_a.name, rho_b.name, X.name, u.name

    def fn(env, kind):
        _unexact(kind, "a state with fixed marginals")
        return fixed_marginal_state(env[a], env[b], env[xn], env[un])
    bind = {X: bounded_hermitian(2), u: uniform(0, 1),
            rho: derived(fn, f"{a} (x) {b} + correlations (marginals fixed)")}
    return Setup(_parties(rho), (_static(bind),),
                 (f"{rho} has marginals exactly {a} and {b} (correlated)",),
                 "correlated state with fixed marginals")


def evolved_state(rho, rho0, H, t):
    """``rho`` = U rho0 U^dag, U = exp(-i H t): ``rho0`` evolved for the time ``t`` (a scalar
    symbol or expression, e.g. ``-tau``) under ``H`` (an Op, a sequence or a sum of Ops on
    rho's parties, bound before)."""
    terms = _terms(H)
    support = tuple(rho.support)
    r0 = rho0.name
    made = _facts.evolution_invariants(rho, rho0, sympy.Add(*terms), t)

    def part(dim_of):
        total = _embedded(terms, support, dim_of)

        def fn(env, kind):
            _unexact(kind, "an evolved state")
            return numeric.evolve(env[r0], total(env), _scalar_value(t, env, kind))
        return [(rho, derived(fn, f"U {r0} U^dag, U = exp(-i ({_text(H)}) {_text(t)})"))], [], made
    return Setup(_parties(rho), (part,), (
        f"{rho} = U {r0} U^dag: unitary evolution for the time {_text(t)} under the "
        f"time-independent H = {_text(H)}",), "evolved state")


# ---------------------------------------------------------------------------- Hamiltonians

def energy_conserving(V, H_a, H_b, W=None, draw_w=None):
    """``V`` = the part of a random Hermitian ``W`` on (a, b) that commutes with
    H_a (x) 1 + 1 (x) H_b (:func:`numeric.constructions.resonant_part`): a coupling that
    conserves the sum of the local energies.  H_a, H_b are bound before."""
    W = W or Op(f"W_{V.name}", tuple(V.support), "hermitian")
    ha, hb, wn = H_a.name, H_b.name, W.name

    def fn(env, kind):
        _unexact(kind, "an energy-conserving coupling")
        return resonant_part(env[wn], env[ha], env[hb])
    bind = {W: draw_w or bounded_hermitian(2),
            V: derived(fn, f"part of {wn} commuting with {ha} + {hb}")}
    return Setup(_parties(V), (_static(bind),),
                 (f"[{V}, {ha} + {hb}] = 0: the coupling conserves the sum of the local energies",),
                 "energy-conserving coupling")


def local_hamiltonian(factors, term=None):
    """Recipe: a random non-interacting Hamiltonian h_1 (x) 1 + 1 (x) h_2 + ... on one party
    whose space is the product of ``factors`` (each h_k drawn by ``term``, default GUE);
    exact as the same sum of generic Hermitian matrices."""
    term = term or hermitian()
    factors = tuple(int(f) for f in factors)

    def build(theta, n, kind, env, name):
        if n != math.prod(factors):
            raise ValueError(f"{name}: dimension {n} is not the product of {factors}")
        out, pos = 0, 0
        for k, d in enumerate(factors):
            c = term.nparams(d)
            h = term.build(theta[pos:pos + c], d, kind, env, f"{name}{k}")
            pos += c
            out = out + (_exact_embed(h, factors, k) if kind == "exact"
                         else numeric.embed(h, list(factors), [k]))
        return out
    return Recipe(lambda n: sum(term.nparams(d) for d in factors), build,
                  f"non-interacting on {' x '.join(map(str, factors))}: sum of local "
                  f"({term.text})")


def _exact_embed(h, factors, k):
    left = sympy.eye(math.prod(factors[:k]))
    right = sympy.eye(math.prod(factors[k + 1:]))
    return np.array(kron(left, sympy.Matrix(h), right).tolist(), dtype=object)


# ---------------------------------------------------------------------------- states

def x_state():
    """Recipe: a random two-qubit X state (entries only on the diagonal and the anti-diagonal):
    positive blocks g g^dag on span{|00>, |11>} and on span{|01>, |10>}, normalised; exact
    as the generic Hermitian unit-trace X form.

    >>> m = x_state().build((), 4, "exact", {}, "r")
    >>> m[0, 1], m[0, 3] != 0
    (0, True)
    """
    def build(theta, n, kind, env, name):
        if n != 4:
            raise ValueError(f"{name}: an X state is a two-qubit state, not {n}-dimensional")
        if kind == "exact":
            p = [sympy.Symbol(f"{name}_{i}{i}", real=True) for i in range(3)]
            p.append(1 - sum(p))
            z, w = (sympy.Symbol(f"{name}r_{ij}", real=True) + I * sympy.Symbol(f"{name}i_{ij}",
                                                                                 real=True)
                    for ij in ("03", "12"))
            m = sympy.diag(*p)
            m[0, 3], m[3, 0], m[1, 2], m[2, 1] = z, sympy.conjugate(z), w, sympy.conjugate(w)
            return np.array(m.tolist(), dtype=object)
        out = numeric.arrays.zeros((4, 4), np.empty(0, dtype=object if kind == "mp" else complex))
        for k, idx in enumerate(((0, 3), (1, 2))):
            g = ginibre(theta[8 * k:8 * k + 8], 2, 2, kind)
            block = g @ g.conj().T
            for i in range(2):
                for j in range(2):
                    out[idx[i], idx[j]] = block[i, j]
        return out / sum(out[i, i] for i in range(4))
    return Recipe(lambda n: 16, build, "random X state (positive blocks on {|00>,|11>} and "
                                       "{|01>,|10>})")


# ---------------------------------------------------------------------------- GKLS generators

def _jump_recipe(j):
    if isinstance(j, Recipe):
        return j
    if isinstance(j, Op):
        return copy_of(j)
    return fixed(j)


def _rate_recipe(r):
    if isinstance(r, Recipe):
        return r
    if isinstance(r, sympy.Symbol):
        return copy_of(r)
    if isinstance(r, sympy.Expr) and r.free_symbols:
        return closed_form(r)
    return fixed(r)


def _gkls_dynamics(party, state, H):
    if state is None:
        return None
    return {state: (-I * comm(H, state) if H is not None else 0) + Dissipator(state, party)}


def gkls(party, jumps, state=None, H=None, text="GKLS generator"):
    """A GKLS dissipator on ``party`` with the given ``jumps``, a sequence of (jump, rate):
    a jump is an operator symbol bound before (copied), a matrix (a chosen fixed value; wrap
    printed ones in :func:`printed`) or a recipe; a rate a scalar symbol bound before, an
    expression of such, a number or a recipe.  With ``state`` (and ``H``) the setup's
    dynamics is d state/dt = -i[H, state] + D[state]."""
    diss = {party: [(_jump_recipe(j), _rate_recipe(r)) for j, r in jumps]}
    return Setup((party,), (_static({}, diss),), (
        f"Markovian dynamics of {party}: GKLS generator -i[H, rho] + sum_k g_k (L_k rho L_k^dag "
        f"- {{L_k^dag L_k, rho}}/2) with {len(jumps)} jump operator(s)",), text,
        dynamics=_gkls_dynamics(party, state, H))


def _eigh(env, h_name, kind):
    """Eigenvalues (ascending) and eigenvectors of a bound Hamiltonian, once per sample."""
    _unexact(kind, "an energy eigenbasis")
    key = ("eigh", h_name)
    if key not in env:
        env[key] = numeric.eigh(env[h_name])
    return env[key]


def _eigen_jump(h, m, n):
    def fn(env, kind):
        _, v = _eigh(env, h, kind)
        return np.outer(v[:, m], v[:, n].conj())
    return derived(fn, f"|e_{m}><e_{n}| (eigenvectors of {h})")


def _detailed_balance_rate(h, beta, c, m, n):
    def fn(env, kind):
        w, _ = _eigh(env, h, kind)
        x = -_scalar_value(beta, env, kind) * (w[m] - w[n]) / 2
        return env[c] * (mp.exp(x) if kind == "mp" else math.exp(float(x)))
    return derived(fn, f"{c} exp(-{_text(beta)} (E_{m} - E_{n})/2)")


def thermal_gkls(party, H, beta, coupling=None, dephasing=None, state=None, names=("c", "g")):
    """A GKLS dissipator on ``party`` in the Davies form: jumps |e_m><e_n| between the
    eigenvectors of ``H`` (an operator symbol bound before) at detailed-balance rates
    c_mn exp(-beta (E_m - E_n)/2), c_mn = c_nm drawn by ``coupling`` (default positive()),
    and dephasing jumps |e_n><e_n| at rates g_n drawn by ``dephasing`` (default
    positive(0.3)); ``beta`` a scalar symbol or expression bound before.  The symbols c_mn,
    g_n (``names``) are bound, so printed or chosen rates can be given to them.  The
    generator fixes exp(-beta H)/Z; with ``state`` the setup's dynamics is d state/dt =
    -i[H, state] + D[state]."""
    coupling, dephasing = coupling or positive(), dephasing or positive(0.3)
    cn, gn = names
    h = H.name

    def part(dim_of):
        d = dim_of[party]
        bind, jumps = [], []
        made = _facts.fixed_point(party, H, beta, "detailed balance",
                                  [sympy.Symbol(f"{cn}_{m}{n}", positive=True)
                                   for m in range(d) for n in range(m + 1, d)]
                                  + [sympy.Symbol(f"{gn}_{n}", positive=True) for n in range(d)])
        for m in range(d):
            for n in range(m + 1, d):
                bind.append((sympy.Symbol(f"{cn}_{m}{n}", positive=True), coupling))
        for n in range(d):
            bind.append((sympy.Symbol(f"{gn}_{n}", positive=True), dephasing))
        for m in range(d):
            for n in range(d):
                if m != n:
                    c = f"{cn}_{min(m, n)}{max(m, n)}"
                    jumps.append((_eigen_jump(h, m, n), _detailed_balance_rate(h, beta, c, m, n)))
            jumps.append((_eigen_jump(h, m, m), copy_of(f"{gn}_{m}")))
        return bind, [(party, jumps)], made
    return Setup((party,), (part,), (
        f"Markovian dynamics of {party}: GKLS generator with jumps between eigenvectors of {h} "
        f"and dephasing in its eigenbasis (Davies form)",
        f"detailed balance at inverse temperature {_text(beta)}: rate(n -> m)/rate(m -> n) = "
        f"exp(-beta (E_m - E_n)), so the generator fixes exp(-beta {h})/Z",),
        "thermalising GKLS generator (detailed balance)", dynamics=_gkls_dynamics(party, state, H))


def gibbs_preserving_gkls(party, H, beta, kraus=2, rate=None, state=None, name=None):
    """A GKLS generator on ``party`` that fixes the Gibbs state sigma = exp(-beta H)/Z without
    detailed balance or jumps in the energy eigenbasis: -i[H, rho] + g (Phi[rho] - rho) with
    Phi = U o P o N, N a random channel with ``kraus`` Kraus operators (Stinespring isometry
    from a Ginibre draw), P its Petz recovery map for sigma (P[N[sigma]] = sigma) and
    U = exp(-i K) with K the part of a random Hermitian commuting with H; the jumps are the
    Kraus operators U B_j A_i of Phi at the common rate g (a bound symbol, ``name``, drawn by
    ``rate``, default positive())."""
    rate = rate or positive()
    g = sympy.Symbol(name or f"g_{party}", positive=True)
    h = H.name
    cache_key = ("gibbs-preserving", party)

    def kraus_of(theta, n, kind, env):
        _unexact(kind, "a Gibbs-preserving channel")
        if cache_key in env:
            return env[cache_key]
        w, v = _eigh(env, h, kind)
        b = _scalar_value(beta, env, kind)
        sigma = numeric.gibbs(env[h], b)
        iso = unitary_from_ginibre(ginibre(theta[:2 * n * kraus * n], n * kraus, n, kind))
        a = [iso[i * n:(i + 1) * n, :] for i in range(kraus)]
        n_sigma = sum(x @ sigma @ x.conj().T for x in a)
        root = numeric.funm_hermitian(sigma, mp.sqrt)
        inv_root = numeric.funm_hermitian(n_sigma, lambda x: 1 / mp.sqrt(x))
        k = numeric.states.hermitian_from_ginibre(ginibre(theta[2 * n * kraus * n:], n, n, kind))
        kd = v.conj().T @ k @ v
        phases = [mp.expj(-mp.re(kd[i, i])) if kind == "mp" else np.exp(-1j * kd[i, i].real)
                  for i in range(n)]
        u = (v * np.array(phases, dtype=v.dtype)[None, :]) @ v.conj().T
        ops = [u @ root @ aj.conj().T @ inv_root @ ai for aj in a for ai in a]
        env[cache_key] = ops
        return ops

    def jump(i):
        def build(theta, n, kind, env, nm):
            return kraus_of(theta, n, kind, env)[i]
        count = (lambda n: 2 * n * kraus * n + 2 * n * n) if i == 0 else (lambda n: 0)
        return Recipe(count, build, f"Kraus operator {i} of U o Petz o N (Gibbs-preserving)")

    made = _facts.fixed_point(party, H, beta, "Petz recovery", [g])

    def part(dim_of):
        return [(g, rate)], [(party, [(jump(i), copy_of(g)) for i in range(kraus * kraus)])], made
    return Setup((party,), (part,), (
        f"Markovian dynamics of {party}: GKLS generator -i[{h}, rho] + {g} (Phi[rho] - rho), "
        f"Phi a channel fixing exp(-{_text(beta)} {h})/Z (random channel, its Petz recovery "
        f"map and a unitary commuting with {h}): the Gibbs state is a fixed point; neither "
        f"detailed balance nor jumps in the eigenbasis of {h} are assumed",),
        "Gibbs-preserving GKLS generator", dynamics=_gkls_dynamics(party, state, H))


# ---------------------------------------------------------------------------- collision models

def _matrix_of(x, env, kind):
    if isinstance(x, Op):
        return env[x.name]
    return closed_form(sympy.Matrix(x)).build((), 0, kind, env, "")


def collision_model(state, system, unit, step, k):
    """``state`` (on the system's parties and one environment party, last, of dimension
    d_unit^k) after k collisions: the system, in ``system``, meets k fresh environment units,
    each in ``unit``, one after the other, through the unitary ``step`` on system (x) unit.
    Each of system, unit, step is an operator symbol bound before or a SymPy matrix (of
    scalars bound before)."""
    *sys_parties, env_party = state.support

    def part(dim_of):
        d_sys = math.prod(dim_of[p] for p in sys_parties)

        def fn(env, kind):
            _unexact(kind, "a collision model")
            s, e, u = (_matrix_of(x, env, kind) for x in (system, unit, step))
            d_u = e.shape[0]
            if d_u ** k != dim_of[env_party] or s.shape[0] != d_sys:
                raise ValueError(f"collision model: {k} units of dimension {d_u} and a system of "
                                 f"dimension {s.shape[0]} do not fit {state} ({d_sys} x "
                                 f"{dim_of[env_party]})")
            dims = [d_sys] + [d_u] * k
            rho = numeric.kron(s, *([e] * k))
            for j in range(1, k + 1):
                uj = numeric.embed(u, dims, [0, j])
                rho = matmul(uj, rho, uj.conj().T)
            return rho
        return [(state, derived(fn, f"after {k} collisions"))], []
    return Setup(_parties(state), (part,), (
        f"collision model: the system meets {k} fresh, uncorrelated environment units in the "
        f"same state, once each, through the same unitary (unitary dynamics of system and "
        f"environment)",), "collision model")


# ---------------------------------------------------------------------------- Gibbs-fixing corrections

def _gibbs_fixing(party, h, beta, jumps, env, kind):
    """(K, {(m, n): rate of |e_m><e_n|}, eigenvectors of h) of :func:`gibbs_fixing_gkls`, once
    per sample: X = D_J[sigma] in the eigenbasis e_n of h (weights p_n), K_mn = -i X_mn/(p_n -
    p_m) and rates s-_n s+_m/(S p_n) with s = -diag X (see :func:`facts.gibbs_fixing_correction`)."""
    _unexact(kind, "a Gibbs-fixing correction")
    key = ("gibbs-fixing", party)
    if key in env:
        return env[key]
    w, v = _eigh(env, h, kind)
    n = len(w)
    b = _scalar_value(beta, env, kind)
    weights = [mp.exp(-b * x) if kind == "mp" else math.exp(-b * float(x)) for x in w]
    p = [x / sum(weights) for x in weights]
    if len(set(p)) < n:
        raise ValueError(f"gibbs_fixing_gkls: {h} is degenerate; no Hamiltonian correction "
                         "cancels the coherences between equal Gibbs weights")
    sigma = (v * np.array(p, dtype=v.dtype)[None, :]) @ v.conj().T
    x = 0
    for j, r in jumps:
        j, r = env[j], env[r]
        jd = j.conj().T
        x = x + r * (j @ sigma @ jd - (jd @ j @ sigma + sigma @ jd @ j) / 2)
    xt = v.conj().T @ x @ v
    kt = np.zeros((n, n), dtype=xt.dtype)
    for m in range(n):
        for k in range(n):
            if m != k:
                kt[m, k] = -1j * xt[m, k] / (p[k] - p[m])
    s = [-(mp.re(xt[m, m]) if kind == "mp" else xt[m, m].real) for m in range(n)]
    plus, minus = [max(y, 0 * y) for y in s], [max(-y, 0 * y) for y in s]
    total = sum(plus)
    rates = {(m, k): minus[k] * plus[m] / (total * p[k]) if total else 0 * total
             for m in range(n) for k in range(n) if m != k}
    env[key] = (v @ kt @ v.conj().T, rates, v)
    return env[key]


def gibbs_fixing_gkls(party, H, beta, K, jumps, jump=None, rate=None, state=None):
    """A GKLS generator -i[H + K, rho] + D[rho] on ``party`` that fixes the Gibbs state sigma =
    exp(-beta H)/Z, built from arbitrary jumps: ``jumps`` is a sequence of (operator symbol,
    rate symbol), bound here (drawn by ``jump``, default operator(), and ``rate``, default
    positive()); the Hamiltonian correction ``K`` (a Hermitian operator symbol, bound here) and
    classical jumps |e_m><e_n| between eigenvectors of ``H`` cancel what the jumps do to sigma:
    with X = D_J[sigma], K cancels its coherences and the classical jumps its populations, so
    D[sigma] = i[K, sigma] (a fact of the setup, lemma :func:`facts.gibbs_fixing_correction`).
    Every generator that fixes sigma is of this form (take its own jumps: then X = i[K', sigma]
    has no diagonal and the correction recovers K'); neither detailed balance, nor jumps in the
    eigenbasis, nor a K commuting with H is assumed.  ``H`` (an operator symbol bound before)
    must be non-degenerate, ``beta`` a scalar symbol or expression bound before."""
    jump, rate = jump or operator(), rate or positive()
    h = H.name
    names = [(j.name, r.name) for j, r in jumps]

    def fix(env, kind):
        return _gibbs_fixing(party, h, beta, names, env, kind)

    def classical(m, k):
        return (derived(lambda env, kind: np.outer(fix(env, kind)[2][:, m],
                                                   fix(env, kind)[2][:, k].conj()),
                        f"|e_{m}><e_{k}| (eigenvectors of {h})"),
                derived(lambda env, kind: fix(env, kind)[1][(m, k)],
                        f"rate of e_{k} -> e_{m} cancelling the populations of D_J[sigma]"))
    made = _facts.corrected_fixed_point(party, H, beta, K, [r for _, r in jumps])

    def part(dim_of):
        d = dim_of[party]
        bind = [(j, jump) for j, _ in jumps] + [(r, rate) for _, r in jumps] + [
            (K, derived(lambda env, kind: fix(env, kind)[0], f"{K.name} cancelling the coherences "
                        "of D_J[sigma]"))]
        diss = [(copy_of(j), copy_of(r)) for j, r in jumps] + [
            classical(m, k) for m in range(d) for k in range(d) if m != k]
        return bind, [(party, diss)], made
    return Setup((party,), (part,), (
        f"Markovian dynamics of {party}: GKLS generator -i[{h} + {K.name}, rho] + D[rho] with "
        f"{len(jumps)} arbitrary jump(s), classical jumps between eigenvectors of {h} and the "
        f"Hamiltonian correction {K.name}, chosen so that D[sigma] = i[{K.name}, sigma] for sigma "
        f"= exp(-{_text(beta)} {h})/Z: the Gibbs state is a fixed point; neither detailed "
        f"balance, nor jumps in the eigenbasis of {h}, nor [{K.name}, {h}] = 0 are assumed",),
        "Gibbs-preserving GKLS generator with arbitrary jumps",
        dynamics=_gkls_dynamics(party, state, H + K))


# ---------------------------------------------------------------------------- unitaries

def unitary_operator(U, value=None):
    """``U`` a unitary operator: drawn from the Haar measure (:func:`unitary`), or the exact
    matrix ``value`` (a SymPy matrix, a chosen fixed value, or a :func:`fixed`,
    :func:`printed` or :func:`special` recipe of one), checked here to satisfy U^† U = 1
    exactly (else ValueError).  Its fact (U is unitary, lemma
    :func:`facts.unitary_conjugation`) lets a proof read U X U^† for a state X as a state with
    the spectrum of X."""
    rec = unitary() if value is None else _recipe(value)
    if value is not None:
        m = rec.value
        if not isinstance(m, sympy.MatrixBase) or not m.is_square or any(
                sympy.simplify(x) != 0 for x in m.H * m - sympy.eye(m.rows)):
            raise ValueError(f"unitary_operator: the value of {U} is not an exact unitary matrix")
    made = (_facts.unitary(U, f"{U.name} is " + ("drawn from the Haar measure" if value is None
                                                 else "an exact matrix with U^† U = 1")),)
    return Setup(_parties(U), (lambda dim_of: ([(U, rec)], [], made),),
                 (f"{U.name} is unitary" + (" (Haar)" if value is None else ""),),
                 "unitary" if value is not None else "Haar unitary")
