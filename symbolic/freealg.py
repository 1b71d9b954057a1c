"""Does a claim hold by algebra alone?

A claim *holds by algebra alone* when ``lhs - rhs`` vanishes in the free algebra of its
letters, before any rule that carries physics:

* operators (:class:`~symbolic.expr.Op`, identified by name, parties and kind) are free
  noncommutative letters: no trace cyclicity, no commutation of operators on different
  parties, no partial-trace rule, no rule from a kind (``Tr(rho) = 1``, ``Dag(H) = H``);
* ``Tr`` and ``Ptr`` are linear maps (sums split, scalars move out), nothing more: the trace
  of a word and the partial trace of a word are new letters;
* ``Dt`` is a formal derivation: linear, the product rule (in order), the chain rule for
  scalar functions of scalars, commuting with ``Tr`` and ``Ptr``; the derivative of a letter
  is a new letter (``Dt(rho)``), of a number 0; the claim's dynamics are *not* used; an
  explicit matrix (:class:`~symbolic.expr.Mat`) is differentiated through its entries;
* every other node (``Logm``, ``Entropy``, ``Dag``, ``Dissipator``, ...) is an opaque
  letter of its reduced arguments;
* the commutative coefficient of each word of the reduced difference must vanish as a
  function of its atoms (scalar symbols, traces of words, opaque scalars): this is tested by
  evaluating it at two seeded random complex points at 40 digits (a polynomial-identity
  test, as Schwartz-Zippel; the operator structure is reduced exactly).

Such a claim cannot fail whatever its letters mean (the product rule, a bracket compared with
itself), so its HOLDS is not evidence about the paper: the verdict labels it "algebra alone",
and a paper statement that really is that trivial declares so (``trivial=`` in the claim).

>>> from corrcheck.symbolic.expr import Op, Tr, Dt
>>> rho, H = Op("rho", ("S",), "state"), Op("H", ("S",), "hermitian")
>>> algebra_alone(Dt(Tr(rho * H)), Tr(Dt(rho) * H) + Tr(rho * Dt(H)))
True
>>> algebra_alone(Tr(rho * H), Tr(H * rho))  # needs cyclicity of the trace
False
"""
import hashlib
from functools import lru_cache

import mpmath as mp
import sympy
from sympy import Add, Mul, Pow
from sympy.core.symbol import Str

from .expr import NODES, Dim, Dt, Mat, Op, Ptr, Tr

__all__ = ["algebra_alone", "reduce"]

DIGITS = 40       # working precision of the coefficient test
POINTS = 2        # random points per coefficient
ZERO = mp.mpf(10) ** -25  # relative to the coefficient's largest term

_OPAQUE = tuple(n for n in NODES if n not in (Tr, Ptr, Dt, Dim))


def algebra_alone(lhs, rhs, dynamics=None):
    """True if ``lhs - rhs`` vanishes in the free algebra (see the module docstring).

    ``dynamics`` (the claim's map from symbols to derivatives) only says which letters vary:
    a letter it does not list is constant (``Dt`` of it is 0) and a derivative it gives as a
    number (``t: 1``) is used; every other derivative stays a formal letter.  Without
    dynamics every letter varies.  Sides that are not expressions (hand-written evaluators)
    give False."""
    if not all(isinstance(e, sympy.Basic) for e in (lhs, rhs)):
        return False
    red = _Reducer(dynamics)
    diff = _sub(red.nf(sympy.sympify(lhs)), red.nf(sympy.sympify(rhs)))
    return all(_vanishes(c) for c in diff.values())


def reduce(expr, dynamics=None):
    """The free-algebra normal form of ``expr``: a dict mapping each word (a tuple of
    noncommutative letters; ``()`` for scalars) to its commutative coefficient."""
    return _Reducer(dynamics).nf(sympy.sympify(expr))


# ------------------------------------------------------------------ normal forms: {word: coeff}

def _const(c):
    return {(): c} if c != 0 else {}


def _letter(x):
    return {(x,): sympy.S.One}


def _add(*nfs):
    out = {}
    for nf in nfs:
        for w, c in nf.items():
            out[w] = out[w] + c if w in out else c
    return {w: c for w, c in out.items() if c != 0}


def _sub(a, b):
    return _add(a, {w: -c for w, c in b.items()})


def _mul(a, b):
    out = {}
    for wa, ca in a.items():
        for wb, cb in b.items():
            w = wa + wb
            out[w] = out[w] + ca * cb if w in out else ca * cb
    return {w: c for w, c in out.items() if c != 0}


def _scale(nf, c):
    return {w: cw * c for w, cw in nf.items()} if c != 0 else {}


def _word(w):
    return Mul(*w) if w else sympy.S.One


def _expr(nf):
    """A canonical expression of a normal form (coefficients expanded): the argument of an
    opaque letter, so that letters of equal arguments are one letter."""
    terms = sorted(((w, sympy.expand(c)) for w, c in nf.items()), key=lambda t: sympy.srepr(t[0]))
    return Add(*[c * _word(w) for w, c in terms if c != 0])


def _scalar(nf):
    if any(w for w in nf):
        raise ValueError("operator where a scalar is expected")
    return nf.get((), sympy.S.Zero)


def _trace(nf):
    return _const(Add(*[c * Tr(_word(w)) for w, c in nf.items()]))


def _ptrace(nf, party):
    return _add(*[_scale(_letter(Ptr(_word(w), party)), c) for w, c in nf.items()])


class _Reducer:
    """Normal forms and the formal derivation, knowing which letters vary."""

    def __init__(self, dynamics):
        self.dynamics = None if dynamics is None else dict(dynamics)

    def varies(self, x):
        """None if ``x`` varies formally, else its derivative (0 or a number from dynamics)."""
        if self.dynamics is None:
            return None
        if x not in self.dynamics:
            return sympy.S.Zero
        d = sympy.sympify(self.dynamics[x])
        return d if d.is_number else None

    def nf(self, e):
        if isinstance(e, (Op, Mat)):
            return _letter(e)
        if e.is_number or e.is_Symbol or isinstance(e, Dim):
            return _const(e)
        if e.is_Add:
            return _add(*[self.nf(a) for a in e.args])
        if e.is_Mul:
            out = _const(sympy.S.One)
            for a in e.args:
                out = _mul(out, self.nf(a))
            return out
        if e.is_Pow:
            base, ex = e.args
            nb = self.nf(base)
            if all(not w for w in nb):
                return _const(_scalar(nb) ** _scalar(self.nf(ex)))
            if ex.is_Integer and ex > 0:
                out = nb
                for _ in range(int(ex) - 1):
                    out = _mul(out, nb)
                return out
            return _letter(Pow(_expr(nb), ex))
        if isinstance(e, Tr):
            return _trace(self.nf(e.args[0]))
        if isinstance(e, Ptr):
            return _ptrace(self.nf(e.args[0]), e.args[1])
        if isinstance(e, Dt):
            return self.derive(self.nf(e.args[0]))
        args = [a if isinstance(a, Str) else _expr(self.nf(a)) for a in e.args]
        node = e.func(*args)
        return _const(node) if node.is_commutative else _letter(node)

    def derive(self, nf):
        """Dt of a normal form: the product rule over each word and its coefficient."""
        out = []
        for w, c in nf.items():
            dc = self.dscalar(c)
            if dc != 0:
                out.append({w: dc})
            for i, letter in enumerate(w):
                dl = self.dletter(letter)
                if dl:
                    out.append(_scale(_mul(_mul({w[:i]: sympy.S.One}, dl),
                                           {w[i + 1:]: sympy.S.One}), c))
        return _add(*out)

    def dletter(self, x):
        """Dt of a noncommutative letter, as a normal form."""
        if isinstance(x, Mat):
            return _add(*[_scale(_letter(_mat_diff(x, s)), d)
                          for s in sorted(x.matrix.free_symbols, key=str)
                          for d in [self.dscalar(s)] if d != 0])
        if isinstance(x, Ptr):
            return _ptrace(self.derive(self.nf(x.args[0])), x.args[1])
        fixed = self.varies(x) if isinstance(x, Op) else None
        if fixed is not None:
            return _const(fixed)
        return _letter(Dt(x))

    def dscalar(self, c):
        """Dt of a commutative coefficient (a SymPy expression), unexpanded."""
        if c.is_number or isinstance(c, Dim):
            return sympy.S.Zero
        if c.is_Add:
            return Add(*[self.dscalar(a) for a in c.args])
        if c.is_Mul:
            args = c.args
            return Add(*[Mul(*args[:i], d, *args[i + 1:]) for i, a in enumerate(args)
                         for d in [self.dscalar(a)] if d != 0])
        if c.is_Pow:
            base, ex = c.args
            db, dex = self.dscalar(base), self.dscalar(ex)
            return ex * base ** (ex - 1) * db + (c * sympy.log(base) * dex if dex != 0 else 0)
        if isinstance(c, Tr):
            return _scalar(_trace(self.derive(self.nf(c.args[0]))))
        if (isinstance(c, sympy.Function) and not isinstance(c, (Dt,) + _OPAQUE)
                and all(a.is_commutative for a in c.args)):
            return Add(*[c.fdiff(i + 1) * d for i, a in enumerate(c.args)
                         for d in [self.dscalar(a)] if d != 0])
        if c.is_Symbol:
            fixed = self.varies(c)
            if fixed is not None:
                return fixed
        return Dt(c)  # a scalar symbol, an opaque scalar or a derivative: a new letter


@lru_cache(maxsize=4096)
def _mat_diff(x, s):
    """d/ds of an explicit matrix, as an explicit matrix."""
    return Mat(x.matrix.applyfunc(lambda e: e.diff(s)), x.support, f"d({x.name})/d{s}")


# ------------------------------------------------------------------ the coefficient test

def _vanishes(c):
    """The coefficient vanishes at ``POINTS`` seeded random complex values of its atoms."""
    if c == 0:
        return True
    keys = {}
    with mp.workdps(DIGITS):
        for point in range(POINTS):
            memo = {}
            try:
                value = _value(c, point, memo, keys)
                scale = max(abs(_value(t, point, memo, keys)) for t in Add.make_args(c))
            except (ZeroDivisionError, ValueError, TypeError, OverflowError):
                return False
            if abs(value) > ZERO * max(1, scale):
                return False
    return True


def _key(e, keys):
    """A deterministic structural key of an atom (operators by name, parties and kind; scalar
    symbols by name and assumptions), memoised in ``keys``."""
    if e in keys:
        return keys[e]
    if isinstance(e, Op):
        k = f"Op({e.name},{','.join(e.support)},{e.kind})"
    elif isinstance(e, Str):
        k = f"'{e.name}'"
    elif isinstance(e, sympy.Symbol):
        facts = ",".join(sorted(f for f, v in e.assumptions0.items() if v))
        k = f"{type(e).__name__}({e.name};{facts})"
    elif e.is_Atom:
        k = f"{type(e).__name__}({e})"
    else:
        k = f"{type(e).__name__}(" + ",".join(_key(a, keys) for a in e.args) + ")"
    keys[e] = k
    return k


def _atom_value(a, point, keys):
    h = hashlib.sha256(f"{point}:{_key(a, keys)}".encode()).digest()
    re = int.from_bytes(h[:8], "big") / 2 ** 64
    im = int.from_bytes(h[8:16], "big") / 2 ** 64
    return mp.mpc(mp.mpf(re) + mp.mpf("0.5"), mp.mpf(im) - mp.mpf("0.5"))


_FUNCS = {sympy.exp: mp.exp, sympy.log: mp.log, sympy.sin: mp.sin, sympy.cos: mp.cos,
          sympy.tan: mp.tan, sympy.sinh: mp.sinh, sympy.cosh: mp.cosh, sympy.tanh: mp.tanh,
          sympy.coth: mp.coth, sympy.atan: mp.atan, sympy.conjugate: mp.conj, sympy.Abs: abs,
          sympy.re: mp.re, sympy.im: mp.im, sympy.sign: mp.sign}


def _value(c, point, memo, keys):
    if c in memo:
        return memo[c]
    if c.is_Add:
        v = mp.fsum(_value(a, point, memo, keys) for a in c.args)
    elif c.is_Mul:
        v = mp.fprod(_value(a, point, memo, keys) for a in c.args)
    elif c.is_Pow:
        b, ex = c.args
        v = mp.power(_value(b, point, memo, keys), _value(ex, point, memo, keys))
    elif c.is_Rational:
        v = mp.mpf(c.p) / c.q
    elif c.is_number:
        re, im = sympy.N(c, DIGITS + 10).as_real_imag()
        v = mp.mpc(mp.mpf(sympy.Float(re, DIGITS + 10)._mpf_),
                   mp.mpf(sympy.Float(im, DIGITS + 10)._mpf_))
    elif type(c) in _FUNCS and all(a.is_commutative for a in c.args):
        v = _FUNCS[type(c)](*[_value(a, point, memo, keys) for a in c.args])
    else:
        v = _atom_value(c, point, keys)
    memo[c] = v
    return v
