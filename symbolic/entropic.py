"""Entropies and traces of marginals on any number of parties: a linear normal form.

The trace-polynomial prover (:mod:`symbolic.tracealg`) handles one or two parties.  The
second laws of open systems coupled to several baths are written with a few functionals of
marginals of product states and their evolutions; this module decides identities between
linear combinations of those, for any number of parties, exactly:

* a *state expression* is a tensor product, on disjoint parties, of marginals of state
  operators (``Ptr`` chains of an :class:`~symbolic.expr.Op` of kind state) and of Gibbs states
  ``exp(A)/Tr exp(A)`` with ``A`` a real multiple of a sum of Hermitian operators;
* ``S(X)`` of a product is the sum of its factors' entropies (additivity), ``S`` of a Gibbs
  state is ``-Tr[G A] + log Tr e^A``;
* ``S(X||Y) = -S(X) - Tr[X log Y]``; ``log`` of a product is the sum of its factors' logs,
  of a Gibbs state ``A - log Tr e^A``; ``Tr[X log Y] = -S(Y)`` when the marginal of ``X`` on
  ``Y``'s parties is ``Y``;
* ``Tr[X O]`` for an operator ``O`` on some of ``X``'s parties is the trace of ``O`` against
  the marginal of ``X`` there (so it depends on that marginal alone), and ``Tr X = 1``.

The atoms of the normal form are the entropies of the state operators' marginals, the traces
of the marginals against operators or logarithms of other marginals, and ``log Tr e^A``; a
combination is 0 when every coefficient vanishes (SymPy ``expand``).  Every rule is an
identity of the functionals, so a proof is sound; anything else (time derivatives,
dissipators, products of traces, partial traces of a Gibbs state over some of its parties)
is outside (:class:`OutsideAlgebra`).
"""
import sympy
from sympy import Add, Mul

from .expr import Entropy, Expm, Logm, Op, Ptr, RelEntropy, Tr, ptr, stable_repr, support, text
from .outcome import Proof, Step

METHOD = "entropic normal form (marginals, any number of parties)"


class OutsideAlgebra(ValueError):
    """The expression has a node this normal form does not reduce."""


# ------------------------------------------------------------------ state expressions
# a factor is (base, kept): base an Op of kind state (kept: the parties of its marginal) or
# an Expm(A) node of a Gibbs state exp(A)/Tr exp(A) (kept: all of A's parties)

def _gibbs(x):
    """``A`` if ``x`` is exp(A)/Tr exp(A) with A a real combination of Hermitian operators."""
    c, nc = x.args_cnc()
    if len(nc) != 1 or not isinstance(nc[0], Expm):
        return None
    arg = nc[0].args[0]
    if Mul(*c) != 1 / Tr(nc[0]):
        return None
    for term in Add.make_args(sympy.expand(arg)):
        tc, tnc = term.args_cnc()
        if len(tnc) != 1 or not isinstance(tnc[0], Op) or tnc[0].kind == "operator" \
                or Mul(*tc).is_real is not True:
            return None
    return nc[0]


def factors(x):
    """The factors (base, kept parties) of the state expression ``x``, sorted; raises
    :class:`OutsideAlgebra` if ``x`` is not one."""
    x = sympy.sympify(x)
    if isinstance(x, Op):
        if x.kind != "state":
            raise OutsideAlgebra(f"{text(x)} is not a state")
        return ((x, frozenset(x.support)),)
    if isinstance(x, Ptr):
        inner = factors(x.args[0])
        if x.party not in _parties(inner):  # Tr_P of an operator not on P is d_P times it
            raise OutsideAlgebra(f"{text(x)} traces over a party the state does not act on")
        out = []
        for base, kept in inner:
            if x.party not in kept:
                out.append((base, kept))
            elif isinstance(base, Expm) and kept != {x.party}:
                raise OutsideAlgebra(f"a partial trace of the Gibbs state {text(base)} over some "
                                     "of its parties")
            elif kept != {x.party}:
                out.append((base, kept - {x.party}))
        return tuple(sorted(out, key=_key))
    if isinstance(x, Mul):
        g = _gibbs(x)
        if g is not None:
            return ((g, frozenset(support(g))),)
        c, nc = x.args_cnc()
        c = list(Mul.make_args(Mul(*c)))
        parts = []
        for a in nc:  # a Gibbs factor exp(A) takes its normalisation 1/Tr exp(A) along
            if isinstance(a, Expm) and 1 / Tr(a) in c:
                c.remove(1 / Tr(a))
                a = a / Tr(a)
            parts.append(a)
        if Mul(*c) != 1 or len(parts) < 2:
            raise OutsideAlgebra(f"{text(x)} is not a state expression")
        out = [f for a in parts for f in factors(a)]
        parties = [p for _, kept in out for p in kept]
        if len(parties) != len(set(parties)):
            raise OutsideAlgebra(f"{text(x)}: factors on overlapping parties")
        return tuple(sorted(out, key=_key))
    raise OutsideAlgebra(f"{text(x)} is not a state expression")


def _key(factor):
    base, kept = factor
    return (sympy.default_sort_key(base), tuple(sorted(kept)))


def _parties(fs):
    return frozenset(p for _, kept in fs for p in kept)


def _restrict(fs, parties):
    """The marginal on ``parties`` of the product with factors ``fs``."""
    out = []
    for base, kept in fs:
        k = kept & parties
        if not k:
            continue
        if isinstance(base, Expm) and k != kept:
            raise OutsideAlgebra(f"a marginal of the Gibbs state {text(base)} on some of its parties")
        out.append((base, k))
    return tuple(sorted(out, key=_key))


def positive_semidefinite(x):
    """Whether ``x`` is a state expression (hence positive semidefinite, of unit trace)."""
    try:
        factors(x)
    except OutsideAlgebra:
        return False
    return True


# ------------------------------------------------------------------ linear forms

def _add(acc, form, c=1):
    for k, v in form.items():
        acc[k] = acc.get(k, 0) + c * v
    return acc


def _entropy(fs):
    out = {}
    for base, kept in fs:
        if isinstance(base, Expm):       # S(G) = -Tr[G A] + log Tr e^A
            _add(out, _observable(((base, kept),), base.args[0]), -1)
            _add(out, {("logZ", base): 1})
        else:
            _add(out, {("S", base, kept): 1})
    return out


def _trace_log(xs, fs):
    """Tr[X log Y] for X with factors ``xs``, Y with factors ``fs``."""
    out = {}
    for base, kept in fs:
        if isinstance(base, Expm):       # log G = A - log Tr e^A
            _add(out, _observable(xs, base.args[0]))
            _add(out, {("logZ", base): -1})
            continue
        marginal = _restrict(xs, kept)
        if _parties(marginal) != kept:
            raise OutsideAlgebra("log of a state on parties the other state does not act on")
        if marginal == ((base, kept),):
            _add(out, _entropy(marginal), -1)
        else:
            _add(out, {("L", marginal, (base, kept)): 1})
    return out


def _observable(xs, o):
    """Tr[X O] for X with factors ``xs`` and an operator ``O`` (a real or complex linear
    combination of operator symbols on X's parties)."""
    out = {}
    for term in Add.make_args(sympy.expand(o)):
        c, nc = term.args_cnc()
        if not nc:
            _add(out, {(): Mul(*c)})
            continue
        w = Mul(*nc)
        if len(nc) != 1 or not isinstance(nc[0], Op):
            raise OutsideAlgebra(f"Tr of a state against {text(w)}")
        sup = frozenset(nc[0].support)
        if not sup <= _parties(xs):
            raise OutsideAlgebra(f"{text(w)} acts outside the state's parties")
        _add(out, {("E", _restrict(xs, sup), nc[0]): 1}, Mul(*c))
    return out


def _trace(w):
    """Tr[W] for one product W: a state expression times an operator or a logarithm (in
    either order, by cyclicity), or a state alone."""
    c, nc = w.args_cnc()
    c = list(Mul.make_args(Mul(*c)))
    for k, a in enumerate(nc):  # a Gibbs factor exp(A) takes its normalisation along
        if isinstance(a, Expm) and 1 / Tr(a) in c:
            c.remove(1 / Tr(a))
            nc[k] = Mul(a, 1 / Tr(a), evaluate=False)
    coeff = Mul(*c)
    for r in range(len(nc)):
        seq = nc[r:] + nc[:r]
        for k in range(len(seq), 0, -1):
            try:
                xs = factors(Mul(*seq[:k]))
            except OutsideAlgebra:
                continue
            rest = seq[k:]
            if not rest:
                return {(): coeff}
            if len(rest) == 1 and isinstance(rest[0], Logm):
                return _add({}, _trace_log(xs, factors(rest[0].args[0])), coeff)
            return _add({}, _observable(xs, Mul(*rest)), coeff)
    raise OutsideAlgebra(f"Tr[{text(w)}] is not a state against an operator")


def form(e):
    """The linear normal form of the scalar ``e``: {atom: coefficient} (``()`` the constant)."""
    e = sympy.sympify(e)
    if e.is_commutative and not e.atoms(Op):
        return {(): e} if e != 0 else {}
    if isinstance(e, Add):
        out = {}
        for a in e.args:
            _add(out, form(a))
        return out
    if isinstance(e, Mul):
        c, rest = [], []
        for a in e.args:
            (c if a.is_commutative and not a.atoms(Op) else rest).append(a)
        if len(rest) != 1:
            raise OutsideAlgebra(f"{text(e)} is not linear in the functionals")
        return _add({}, form(rest[0]), Mul(*c))
    if isinstance(e, Entropy):
        return _entropy(factors(e.args[0]))
    if isinstance(e, RelEntropy):
        xs = factors(e.args[0])
        return _add(_add({}, _entropy(xs), -1), _trace_log(xs, factors(e.args[1])), -1)
    if isinstance(e, Tr):
        out = {}
        for term in Add.make_args(sympy.expand(e.args[0])):
            _add(out, _trace(term))
        return out
    if isinstance(e, sympy.log) and isinstance(e.args[0], Tr) and isinstance(e.args[0].args[0], Expm):
        return {("logZ", e.args[0].args[0]): 1}
    raise OutsideAlgebra(f"{type(e).__name__} node {text(e)[:200]} is outside the entropic normal form")


def _clean(f):
    return {k: v for k, v in ((k, sympy.expand(v)) for k, v in f.items()) if v != 0}


def linear_forms(exprs):
    """The normal forms of ``exprs`` (dicts {atom: coefficient}, nonzero)."""
    return [_clean(form(e)) for e in exprs]


def atom_expr(atom):
    """The claim-language expression an atom stands for (for printing)."""
    if atom == ():
        return sympy.S.One
    kind = atom[0]
    if kind == "S":
        return Entropy(_marginal(atom[1], atom[2]))
    if kind == "logZ":
        return sympy.log(Tr(atom[1]))
    if kind == "E":
        return Tr(_product(atom[1]) * atom[2])
    return Tr(_product(atom[1]) * Logm(_marginal(*atom[2])))


def factor_expr(factor):
    """The claim-language expression of one factor (base, kept)."""
    return _marginal(*factor)


def _marginal(base, kept):
    x = base
    for p in sorted(set(base.support) - kept) if isinstance(base, Op) else ():
        x = ptr(x, p)
    return x if isinstance(base, Op) else base / Tr(base)


def _product(fs):
    return Mul(*(_marginal(b, k) for b, k in fs))


def _show(f):
    return " + ".join(f"({text(c)})*{text(atom_expr(a))}" for a, c in sorted(f.items(), key=stable_repr)) or "0"


def prove_equal(lhs, rhs):
    """:class:`~symbolic.outcome.Proof` that ``lhs = rhs`` by the entropic normal form."""
    try:
        fl, fr = linear_forms([lhs, rhs])
    except OutsideAlgebra as err:
        return Proof("not_applicable", METHOD, str(err))
    diff = _clean(_add(dict(fl), fr, -1))
    steps = (Step("normal form of the left side", text(lhs), _show(fl)),
             Step("normal form of the right side", text(rhs), _show(fr)),
             Step("normal forms cancel term by term", "left - right", _show(diff)))
    if diff:
        return Proof("not_proved", METHOD, f"residual normal form: {_show(diff)[:600]}")
    return Proof("proved", METHOD, "normal form is 0", scope="dimension-free", steps=steps)
