"""The expression language of claims: operators with supports and the nodes over them.

A claim's two sides are written once in this language; :mod:`symbolic.tracealg` and
:mod:`symbolic.exact` prove them, :mod:`derivations.evaluate` evaluates them.

* :class:`Op` is a noncommutative operator symbol acting on a *support*, a tuple of
  party names (``("S",)``, ``("S", "B")``).  A product of operators on different
  supports is their tensor product: ``rho_S*rho_B`` means rho_S (x) rho_B, and
  ``H_S*chi`` means (H_S (x) I_B) chi.  A scalar added to an operator means a
  multiple of the identity.
* :class:`Mat` is an operator given by an explicit SymPy matrix (its entries may
  depend on commutative symbols such as ``t``).
* Commutative SymPy symbols are scalars (beta, t, alpha_S, ...).
* Nodes: :class:`Tr`, :class:`Ptr` (partial trace over one party), :class:`Dag`,
  :class:`Logm`, :class:`Expm`, :class:`Dt` (time derivative along the claim's
  dynamics), :class:`Entropy`, :class:`RelEntropy`, :class:`HSNorm`,
  :class:`TraceNorm`, :class:`OpNorm`, :class:`Concurrence`, :class:`Dissipator`,
  :class:`DissipatorAdj`, :class:`Dim`.
"""
import sympy
from sympy import AtomicExpr, Expr, Function, ImmutableMatrix, Tuple
from sympy.core.symbol import Str
from sympy.printing.str import StrPrinter

KINDS = ("state", "hermitian", "operator")


def _str(x):
    return x if isinstance(x, Str) else Str(str(x))


def _support(support):
    if isinstance(support, (str, Str)):
        support = (support,)
    names = tuple(str(p) for p in support)
    if not names or len(set(names)) != len(names):
        raise ValueError(f"support must be a non-empty tuple of distinct party names, got {support!r}")
    return Tuple(*[Str(p) for p in names])


class Op(AtomicExpr):
    """Noncommutative operator symbol ``name`` acting on the parties ``support``.

    ``kind`` is ``"state"`` (density operator: Hermitian, positive, unit trace),
    ``"hermitian"`` or ``"operator"``.

    >>> rho = Op("rho", ("S", "B"), "state")
    >>> rho.support, rho.kind
    (('S', 'B'), 'state')
    >>> rho.func(*rho.args) == rho
    True
    """
    is_commutative = False
    is_Symbol = True  # printers and free_symbols treat it as a symbol

    def __new__(cls, name, support, kind="operator"):
        if str(kind) not in KINDS:
            raise ValueError(f"Op {name}: kind must be one of {KINDS}, got {kind!r}")
        return AtomicExpr.__new__(cls, _str(name), _support(support), _str(kind))

    @property
    def name(self):
        return self.args[0].name

    @property
    def support(self):
        return tuple(p.name for p in self.args[1])

    @property
    def kind(self):
        return self.args[2].name

    @property
    def free_symbols(self):
        return {self}

    def _hashable_content(self):
        return self.args

    def _sympystr(self, printer):
        return self.name

    def _latex(self, printer):
        return _latex_name(self.name)

    def _eval_adjoint(self):
        return self if self.kind in ("state", "hermitian") else None


def _latex_name(name):
    base, _, sub = name.partition("_")
    greek = {"rho": r"\rho", "chi": r"\chi", "sigma": r"\sigma", "pi": r"\pi", "alpha": r"\alpha",
             "beta": r"\beta", "gamma": r"\gamma", "Gamma": r"\Gamma"}
    base = greek.get(base, base)
    return f"{base}_{{{sub}}}" if sub else base


class Mat(Expr):
    """An operator on ``support`` given by an explicit SymPy matrix.

    Its entries may contain commutative symbols (scalars of the claim); its time
    derivative is the derivative of the entries along those scalars' tangents.
    """
    is_commutative = False

    def __new__(cls, matrix, support, name=None):
        m = ImmutableMatrix(matrix)
        if m.rows != m.cols:
            raise ValueError(f"Mat {name}: matrix must be square, got {m.shape}")
        return Expr.__new__(cls, m, _support(support), _str(name or "M"))

    @property
    def matrix(self):
        return self.args[0]

    @property
    def support(self):
        return tuple(p.name for p in self.args[1])

    @property
    def name(self):
        return self.args[2].name

    def _sympystr(self, printer):
        return self.name

    def _latex(self, printer):
        return _latex_name(self.name)


class _OperatorFunction(Function):
    """A node whose value is an operator when its first argument is one."""

    def _eval_is_commutative(self):
        return self.args[0].is_commutative


class _ScalarFunction(Function):
    """A node whose value is a scalar."""
    is_commutative = True


def _party_arg(party):
    return _str(party)


class Tr(_ScalarFunction):
    """Full trace Tr[X]."""
    nargs = 1

    def _latex(self, printer):
        return r"\mathrm{Tr}\left[" + printer._print(self.args[0]) + r"\right]"


class Ptr(Function):
    """Partial trace of X over one party: ``Ptr(X, "B")`` is Tr_B[X].

    An operator that does not act on the party is extended by the identity there, so
    ``Ptr(A_S, "B")`` is d_B A_S (both interpreters read it this way)."""
    nargs = 2
    is_commutative = False

    @classmethod
    def eval(cls, x, party):
        if not isinstance(party, Str):
            return cls(x, _party_arg(party))
        return None

    @property
    def party(self):
        return self.args[1].name

    def _sympystr(self, printer):
        return f"Tr_{self.party}[{printer._print(self.args[0])}]"

    def _latex(self, printer):
        return r"\mathrm{Tr}_{" + self.party + r"}\left[" + printer._print(self.args[0]) + r"\right]"


class Dag(_OperatorFunction):
    """Adjoint X^dagger (complex conjugate of a scalar)."""
    nargs = 1

    def _latex(self, printer):
        return r"\left(" + printer._print(self.args[0]) + r"\right)^\dagger"


class Logm(_OperatorFunction):
    """Matrix logarithm of a positive definite operator."""
    nargs = 1

    def _latex(self, printer):
        return r"\log\left(" + printer._print(self.args[0]) + r"\right)"


class Expm(_OperatorFunction):
    """Matrix exponential of a Hermitian operator."""
    nargs = 1

    def _latex(self, printer):
        return r"e^{" + printer._print(self.args[0]) + "}"


class Dt(_OperatorFunction):
    """Time derivative d/dt along the claim's dynamics (exact, forward mode)."""
    nargs = 1

    def _latex(self, printer):
        return r"\partial_t\left(" + printer._print(self.args[0]) + r"\right)"


class Dissipator(Function):
    """The GKLS dissipator of one party applied to X (jump operators from the sample):
    sum_k g_k (L_k X L_k^dag - {L_k^dag L_k, X}/2) with L_k acting on ``party``."""
    nargs = 2
    is_commutative = False

    @classmethod
    def eval(cls, x, party):
        if not isinstance(party, Str):
            return cls(x, _party_arg(party))
        return None

    @property
    def party(self):
        return self.args[1].name

    def _latex(self, printer):
        return r"\mathcal{L}_{" + self.party + r"}\left[" + printer._print(self.args[0]) + r"\right]"


class DissipatorAdj(Dissipator):
    """Hilbert-Schmidt adjoint of :class:`Dissipator`:
    sum_k g_k (L_k^dag X L_k - {L_k^dag L_k, X}/2)."""

    def _latex(self, printer):
        return r"\mathcal{L}^{\#}_{" + self.party + r"}\left[" + printer._print(self.args[0]) + r"\right]"


class Entropy(_ScalarFunction):
    """Von Neumann entropy -Tr[X log X] (nats)."""
    nargs = 1

    def _latex(self, printer):
        return r"S\left(" + printer._print(self.args[0]) + r"\right)"


class RelEntropy(_ScalarFunction):
    """Relative entropy S(X || Y) = Tr[X log X] - Tr[X log Y]."""
    nargs = 2

    def _latex(self, printer):
        return (r"S\left(" + printer._print(self.args[0]) + r"\,\middle\|\,"
                + printer._print(self.args[1]) + r"\right)")


class HSNorm(_ScalarFunction):
    """Hilbert-Schmidt norm ||X||_2."""
    nargs = 1

    def _latex(self, printer):
        return r"\left\|" + printer._print(self.args[0]) + r"\right\|_2"


class TraceNorm(_ScalarFunction):
    """Trace norm ||X||_1."""
    nargs = 1

    def _latex(self, printer):
        return r"\left\|" + printer._print(self.args[0]) + r"\right\|_1"


class OpNorm(_ScalarFunction):
    """Operator norm ||X|| (largest singular value)."""
    nargs = 1

    def _latex(self, printer):
        return r"\left\|" + printer._print(self.args[0]) + r"\right\|"


class Concurrence(_ScalarFunction):
    """Wootters concurrence of a two-qubit state."""
    nargs = 1

    def _latex(self, printer):
        return r"\mathcal{C}\left(" + printer._print(self.args[0]) + r"\right)"


class Dim(_ScalarFunction):
    """Hilbert-space dimension of a party."""
    nargs = 1
    is_integer = True
    is_positive = True

    @classmethod
    def eval(cls, party):
        if not isinstance(party, Str):
            return cls(_party_arg(party))
        return None

    @property
    def party(self):
        return self.args[0].name

    def _latex(self, printer):
        return "d_{" + self.party + "}"


NODES = (Tr, Ptr, Dag, Logm, Expm, Dt, Dissipator, DissipatorAdj, Entropy, RelEntropy, HSNorm,
         TraceNorm, OpNorm, Concurrence, Dim)


# ------------------------------------------------------------------ helpers for declarations

def comm(a, b):
    """Commutator [a, b] = ab - ba."""
    return a * b - b * a


def anticomm(a, b):
    """Anticommutator {a, b} = ab + ba."""
    return a * b + b * a


def ptr(x, party):
    """Tr_party[x]."""
    return Ptr(x, _party_arg(party))


def mutual_information(rho, a, b):
    """I(a:b) = S(rho_a) + S(rho_b) - S(rho) for a state on (a, b)."""
    return Entropy(ptr(rho, b)) + Entropy(ptr(rho, a)) - Entropy(rho)


def support(expr):
    """The parties an operator expression acts on (empty for a scalar), as a frozenset of names.

    Partial traces remove their party; a dissipator adds its party; a product or sum acts
    on the union.
    """
    if isinstance(expr, (Op, Mat)):
        return frozenset(expr.support)
    if isinstance(expr, Ptr):
        return support(expr.args[0]) - {expr.party}
    if isinstance(expr, Dissipator):
        return support(expr.args[0]) | {expr.party}
    if expr.is_commutative:
        return frozenset()
    out = frozenset()
    for a in expr.args:
        if isinstance(a, Str):
            continue
        out |= support(a)
    return out


def operators(expr):
    """Operator symbols (:class:`Op`) in an expression."""
    return expr.atoms(Op)


def scalars(expr):
    """Commutative symbols in an expression (including inside :class:`Mat` entries)."""
    return {s for s in expr.free_symbols if isinstance(s, sympy.Symbol) and not isinstance(s, Op)}


# ------------------------------------------------------------------ plain text with explicit parties

def _parties_text(parties):
    parties = list(parties)
    return "".join(parties) if all(len(p) == 1 for p in parties) else "{" + ",".join(parties) + "}"


class _TextPrinter(StrPrinter):
    """Plain text of the claim language: every trace names the parties it traces over, and
    operators that share a name carry their parties (and kind) so distinct ones never print
    alike."""
    printmethod = "_text"  # not the classes' own _sympystr

    def __init__(self, qualified, parties):
        super().__init__({"order": "none"})
        self._qualified, self._parties = qualified, parties

    def _order(self, names):
        return sorted(names, key=lambda p: (self._parties.index(p) if p in self._parties else len(self._parties), p))

    def _print_Op(self, e):
        return self._qualified.get(e, e.name)

    def _print_Mat(self, e):
        return e.name

    def _print_Tr(self, e):
        return f"Tr_{_parties_text(self._order(support(e.args[0])))}[{self._print(e.args[0])}]"

    def _print_Ptr(self, e):
        return f"Tr_{e.party}[{self._print(e.args[0])}]"

    def _print_Dag(self, e):
        x = self._print(e.args[0])
        return (x if isinstance(e.args[0], (Op, Mat)) else f"({x})") + "^†"

    def _print_Logm(self, e):
        return f"log({self._print(e.args[0])})"

    def _print_Expm(self, e):
        return f"exp({self._print(e.args[0])})"

    def _print_Dt(self, e):
        return f"d/dt[{self._print(e.args[0])}]"

    def _print_Dissipator(self, e):
        star = "#" if isinstance(e, DissipatorAdj) else ""
        return f"D{star}_{e.party}[{self._print(e.args[0])}]"

    _print_DissipatorAdj = _print_Dissipator

    def _print_Entropy(self, e):
        return f"S({self._print(e.args[0])})"

    def _print_RelEntropy(self, e):
        return f"S({self._print(e.args[0])}||{self._print(e.args[1])})"

    def _print_HSNorm(self, e):
        return f"||{self._print(e.args[0])}||_2"

    def _print_TraceNorm(self, e):
        return f"||{self._print(e.args[0])}||_1"

    def _print_OpNorm(self, e):
        return f"||{self._print(e.args[0])}||"

    def _print_Concurrence(self, e):
        return f"C({self._print(e.args[0])})"

    def _print_Dim(self, e):
        return f"d_{e.party}"

    def _print_conjugate(self, e):
        return f"conj({self._print(e.args[0])})"


def qualified_names(ops):
    """Printed name of each operator in ``ops``: the bare name where it is unique, else
    ``name{parties}`` and, if that still clashes, ``name{parties;kind}``."""
    by_name = {}
    for o in ops:
        by_name.setdefault(o.name, set()).add(o)
    out = {}
    for name, group in by_name.items():
        for o in group:
            if len(group) == 1:
                out[o] = name
                continue
            same = [q for q in group if q.support == o.support]
            tag = _parties_text(o.support) if len(same) == 1 else f"{','.join(o.support)};{o.kind}"
            out[o] = f"{name}{{{tag}}}"
    return out


def stable_repr(x):
    """``repr`` with every set written in sorted order: the repr of a set follows the hashes of
    its strings, which differ between processes, so sorting by it made proof steps (and the
    order in which linear solves meet their unknowns) differ from run to run."""
    if isinstance(x, (set, frozenset)):
        return "{" + ", ".join(sorted(stable_repr(e) for e in x)) + "}"
    if isinstance(x, tuple):
        return "(" + ", ".join(stable_repr(e) for e in x) + ("," if len(x) == 1 else "") + ")"
    return repr(x)


def text(expr, names=None, parties=None):
    """Plain text of ``expr`` with explicit parties (see :class:`_TextPrinter`); ``names``
    (from :func:`qualified_names`) and ``parties`` (their order in traces) fix the printing
    across expressions.

    >>> rho, H = Op("rho", ("S", "B"), "state"), Op("H", ("S",), "hermitian")
    >>> text(Tr(rho * H) + Tr(ptr(rho, "B") * Logm(ptr(rho, "B"))))
    'Tr_SB[rho*H] + Tr_S[Tr_B[rho]*log(Tr_B[rho])]'
    >>> text(Tr(rho * H) - Tr(rho * Op("H", ("B",), "hermitian")))
    '-Tr_SB[rho*H{B}] + Tr_SB[rho*H{S}]'
    """
    expr = sympy.sympify(expr)
    if names is None:
        names = qualified_names(operators(expr))
    parties = list(parties or ())
    for node in sympy.preorder_traversal(expr):
        for p in getattr(node, "support", ()) if isinstance(node, (Op, Mat)) else ():
            if p not in parties:
                parties.append(p)
    return _TextPrinter(names, parties).doprint(expr)


def legend(ops, names=None):
    """One line per operator: its printed name, kind and parties."""
    names = names or qualified_names(ops)
    what = {"state": "state (positive, unit trace)", "hermitian": "Hermitian", "operator": "operator"}
    return [f"{names[o]}: {what[o.kind]} on {','.join(o.support)}"
            for o in sorted(ops, key=lambda o: (names[o], o.support, o.kind))]
