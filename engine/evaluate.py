"""Numeric interpreter of the claim language (:mod:`symbolic.expr`).

An :class:`Evaluator` evaluates an expression on one :class:`~corrcheck.samplers.Sample`
at the working precision (object arrays of mpmath numbers), in float64 (for
screening and counterexample searches) or exactly (object arrays of SymPy
expressions, for fixed-dimension proofs: see :mod:`symbolic.exact`).

Operator values are :class:`Operator` (a matrix and the parties it acts on);
scalars are numbers.  Products and sums of operators on different parties are
formed on the union of their supports (kron order = the sample's party order).
Time derivatives ``Dt`` are exact: forward-mode differentiation along the claim's
``dynamics`` (a map from symbols to the expressions of their derivatives), with
Daleckii-Krein (divided-difference) derivatives for matrix functions.  Values are
memoised per sample, so quantities shared by claims (rho_S, chi, log rho_S, ...)
are computed once.
"""
from dataclasses import dataclass
from functools import lru_cache

import mpmath as mp
import numpy as np
import sympy
from sympy.core.symbol import Str

from .numeric import _unchecked as kernel
from .numeric import arrays, linalg
from .numeric.context import FLOAT64_EPS
from .symbolic import exact
from .symbolic.expr import (Concurrence, Dag, Dim, Dissipator, DissipatorAdj, Dt, Entropy, Expm,
                           HSNorm, Logm, Mat, Op, OpNorm, Ptr, RelEntropy, TraceNorm, Tr)


class EvaluationError(ValueError):
    """An expression cannot be evaluated on a sample (message names the node)."""


@dataclass(frozen=True)
class Operator:
    """An operator value: matrix ``m`` acting on the parties ``support`` (sorted indices)."""
    m: np.ndarray
    support: tuple

    def __neg__(self):
        return Operator(-self.m, self.support)


_PROTOTYPES = {"float64": np.empty(0, dtype=complex), "mp": np.empty(0, dtype=object),
               "exact": np.array([sympy.Integer(0)], dtype=object)}


def _is_op(v):
    return isinstance(v, Operator)


_MP_FUNCS = {
    sympy.exp: mp.exp, sympy.log: mp.log, sympy.sin: mp.sin, sympy.cos: mp.cos, sympy.tan: mp.tan,
    sympy.atan: mp.atan, sympy.asin: mp.asin, sympy.acos: mp.acos, sympy.sinh: mp.sinh,
    sympy.cosh: mp.cosh, sympy.tanh: mp.tanh, sympy.coth: mp.coth, sympy.Abs: abs,
    sympy.re: mp.re, sympy.im: mp.im, sympy.conjugate: mp.conj, sympy.sign: mp.sign,
    sympy.atan2: mp.atan2, sympy.erf: mp.erf,
}
_NP_FUNCS = {
    sympy.exp: np.exp, sympy.log: np.log, sympy.sin: np.sin, sympy.cos: np.cos, sympy.tan: np.tan,
    sympy.atan: np.arctan, sympy.asin: np.arcsin, sympy.acos: np.arccos, sympy.sinh: np.sinh,
    sympy.cosh: np.cosh, sympy.tanh: np.tanh, sympy.coth: lambda x: 1 / np.tanh(x), sympy.Abs: abs,
    sympy.re: np.real, sympy.im: np.imag, sympy.conjugate: np.conj, sympy.sign: np.sign,
    sympy.atan2: np.arctan2,
}


class Evaluator:
    """Evaluate expressions on ``sample`` with time derivatives from ``dynamics``."""

    def __init__(self, sample, dynamics=None):
        self.sample = sample
        self.dynamics = dict(dynamics or {})
        self._dkey = _dynamics_key(tuple(self.dynamics.items()))
        self._memo = sample.memo
        self.recorded = {}

    # ---------------------------------------------------------------- public

    def __call__(self, expr):
        """Value of ``expr``: an :class:`Operator` or a number."""
        return self.value(sympy.sympify(expr))

    def record(self, name, value):
        """Keep a named number computed by a hand-written evaluator (shown in reports)."""
        self.recorded[name] = value

    @property
    def kind(self):
        return self.sample.kind

    def number(self, x):
        """A Python/SymPy number as a scalar of this evaluator's kind."""
        return _number(x, self.kind, mp.mp.prec, mp.mp.dps)

    def matrix(self, value):
        """The matrix of an operator value lifted to all parties."""
        return self.lift(value, tuple(range(len(self.sample.parties))))

    def lift(self, v, support):
        """Operator (or scalar, as a multiple of the identity) on ``support``."""
        dims = [self.sample.dims[i] for i in support]
        if not _is_op(v):
            n = int(np.prod(dims))
            return self.identity(n) * v
        if v.support == support:
            return v.m
        missing = set(v.support) - set(support)
        if missing:
            raise EvaluationError(f"cannot restrict an operator on {self._names(v.support)} to "
                                  f"{self._names(support)}")
        return kernel.embed(v.m, dims, [support.index(p) for p in v.support])

    def identity(self, n):
        """n x n identity in this evaluator's kind."""
        return arrays.identity(n, _PROTOTYPES[self.kind])

    # ---------------------------------------------------------------- values

    def value(self, expr):
        key = (expr, self._dkey if _has_dt(expr) else None)
        if key not in self._memo:
            self._memo[key] = self._value(expr)
        return self._memo[key]

    def _value(self, e):
        if isinstance(e, Op):
            return self._leaf(e)
        if isinstance(e, Mat):
            return Operator(self._mat(e.matrix), self._support(e.support))
        if e.is_Symbol:
            return self._scalar_leaf(e)
        if e.is_Number or e is sympy.I or e.is_NumberSymbol:
            return self.number(e)
        if isinstance(e, (sympy.Min, sympy.Max)):
            vals = [self.value(a) for a in e.args]
            if self.kind == "exact":
                return type(e)(*vals)
            reals = [mp.re(v) if self.kind == "mp" else float(np.real(v)) for v in vals]
            return max(reals) if isinstance(e, sympy.Max) else min(reals)
        if e.is_Add:
            return self._add([self.value(a) for a in e.args])
        if e.is_Mul:
            return self._mul([self.value(a) for a in e.args])
        if e.is_Pow:
            return self._pow(e)
        if isinstance(e, Dt):
            val, d = self.tangent(e.args[0])
            return self._zero_like(val) if d is None else d
        handler = _NODE_VALUES.get(type(e))
        if handler is not None:
            return handler(self, e, *[self.value(a) for a in e.args if not isinstance(a, Str)])
        if isinstance(e, sympy.Function):
            return self._scalar_function(e, [self.value(a) for a in e.args])
        raise EvaluationError(f"no numeric meaning for {type(e).__name__}: {e}")

    def _leaf(self, op):
        try:
            v = self.sample.bindings[op]
        except KeyError:
            raise EvaluationError(f"operator {op.name} (on {op.support}) is not bound by sample "
                                  f"{self.sample.id}") from None
        return Operator(v, self._support(op.support)) if isinstance(v, np.ndarray) else v

    def _scalar_leaf(self, sym):
        try:
            return self.sample.bindings[sym]
        except KeyError:
            raise EvaluationError(f"scalar {sym} is not bound by sample {self.sample.id}") from None

    def _support(self, names):
        parties = self.sample.parties
        missing = [p for p in names if p not in parties]
        if missing:
            raise EvaluationError(f"parties {missing} are not in sample {self.sample.id} "
                                  f"(parties {parties})")
        return tuple(sorted(parties.index(p) for p in names))

    def _names(self, support):
        return tuple(self.sample.parties[i] for i in support)

    def _mat(self, m):
        out = np.empty(m.shape, dtype=complex if self.kind == "float64" else object)
        for (i, j), entry in np.ndenumerate(np.array(m.tolist(), dtype=object)):
            out[i, j] = self.value(entry)
        return out

    def _zero_like(self, v):
        return Operator(0 * v.m, v.support) if _is_op(v) else 0 * v

    def _add(self, vals):
        ops = [v for v in vals if _is_op(v)]
        if not ops:
            return sum(vals[1:], vals[0])
        sup = tuple(sorted(set().union(*(v.support for v in ops))))
        total = None
        for v in vals:
            term = self.lift(v, sup)
            total = term if total is None else total + term
        return Operator(total, sup)

    def _mul(self, vals):
        coeff, out = None, None
        for v in vals:
            if not _is_op(v):
                coeff = v if coeff is None else coeff * v
            elif out is None:
                out = v
            else:
                sup = tuple(sorted(set(out.support) | set(v.support)))
                out = Operator(linalg.matmul(self.lift(out, sup), self.lift(v, sup)), sup)
        if out is None:
            return coeff
        return out if coeff is None else Operator(out.m * coeff, out.support)

    def _pow(self, e):
        base, ex = e.args
        b = self.value(base)
        if _is_op(b):
            if not (ex.is_Integer and ex >= 0):
                raise EvaluationError(f"operator power with exponent {ex} in {e}")
            out = Operator(self.identity(b.m.shape[0]), b.support)
            for _ in range(int(ex)):
                out = self._mul([out, b])
            return out
        x = self.value(ex)
        if self.kind == "exact":
            return exact.power(b, x)
        if self.kind == "mp":
            return mp.power(b, x)
        return complex(b) ** x if isinstance(b, complex) or b < 0 else b ** x

    def _scalar_function(self, e, args):
        if any(_is_op(a) for a in args):
            raise EvaluationError(f"{type(e).__name__} applied to an operator in {e}")
        f = type(e)
        if self.kind == "exact":
            return f(*args)
        table = _MP_FUNCS if self.kind == "mp" else _NP_FUNCS
        if f in table:
            return table[f](*args)
        raise EvaluationError(f"no numeric implementation of scalar function {f.__name__}")

    # ---------------------------------------------------------------- tangents

    def tangent(self, expr):
        """(value, d/dt value) of ``expr``; the derivative is ``None`` where it vanishes."""
        key = ("Dt", expr, self._dkey)
        if key not in self._memo:
            self._memo[key] = self._tangent(expr)
        return self._memo[key]

    def _tangent(self, e):
        val = self.value(e)
        if e.is_Symbol:
            d = self.dynamics.get(e)
            if d is None:
                return val, None
            d = self._sum_tangents([self.value(sympy.sympify(d))], val)
            if e.is_real and not isinstance(e, Op):
                self._check_real(e, d)
            return val, d
        if isinstance(e, Mat):
            return val, self._mat_tangent(e, val)
        if e.is_Number or e is sympy.I or e.is_NumberSymbol or isinstance(e, Dim):
            return val, None
        if e.is_Add:
            return val, self._sum_tangents([self.tangent(a)[1] for a in e.args], val)
        if e.is_Mul:
            return val, self._product_rule(e.args, val)
        if e.is_Pow and _is_op(val):
            return val, self._product_rule([e.args[0]] * int(e.args[1]), val)
        if isinstance(e, Dt):
            raise EvaluationError(f"second time derivatives are not supported: {e}")
        rule = _NODE_TANGENTS.get(type(e))
        if rule is not None:
            return val, rule(self, e, val)
        if e.is_Pow or (isinstance(e, sympy.Function) and all(a.is_commutative for a in e.args)):
            return val, self._chain_rule(e, val)
        raise EvaluationError(f"no time derivative for {type(e).__name__}: {e}")

    def _check_real(self, sym, d):
        """A real scalar's derivative must be real: its imaginary part may be rounding only
        (2^8 eps max(1, |d|) at this evaluator's precision)."""
        if self.kind == "exact" or _is_op(d):
            if _is_op(d):
                raise EvaluationError(f"the derivative of the scalar {sym} is an operator")
            return
        z = mp.mpmathify(d) if self.kind == "mp" else complex(d)
        im = mp.im(z) if self.kind == "mp" else z.imag
        eps = mp.eps if self.kind == "mp" else FLOAT64_EPS
        if abs(im) > 256 * eps * max(1, abs(z)):
            raise EvaluationError(f"the real scalar {sym} has the non-real derivative "
                                  f"{mp.nstr(mp.mpmathify(z), 8)} on sample {self.sample.id}")

    def _mat_tangent(self, e, val):
        terms = []
        for s in e.matrix.free_symbols:
            ds = self.tangent(s)[1]
            if ds is not None:
                terms.append(self._mul([Operator(self._mat(e.matrix.diff(s)), val.support), ds]))
        return self._sum_tangents(terms, val)

    def _sum_tangents(self, ds, val):
        ds = [d for d in ds if d is not None]
        if not ds:
            return None
        out = self._add(ds)
        if _is_op(out) and _is_op(val) and out.support != val.support:
            out = Operator(self.lift(out, val.support), val.support)
        return out

    def _product_rule(self, factors, val):
        """Forward accumulation: d(p f) = dp f + p df, two products per factor."""
        prod, dprod = None, None
        for f in factors:
            v, d = self.tangent(f)
            if prod is None:
                prod, dprod = v, d
                continue
            terms = [] if dprod is None else [self._mul([dprod, v])]
            if d is not None:
                terms.append(self._mul([prod, d]))
            prod = self._mul([prod, v])
            dprod = self._add(terms) if terms else None
        return self._sum_tangents([dprod], val)

    def _chain_rule(self, e, val):
        """d f(u_1..u_k) = sum_i (df/du_i) du_i for a scalar function (SymPy's fdiff)."""
        args = e.args
        terms = []
        for i, a in enumerate(args):
            da = self.tangent(a)[1]
            if da is None:
                continue
            if e.is_Pow:
                partial = sympy.diff(e, a) if a.is_Symbol else _pow_partial(e, i)
            else:
                partial = e.fdiff(i + 1)
            terms.append(self.value(partial) * da)
        return sum(terms[1:], terms[0]) if terms else None

    # ---------------------------------------------------------------- nodes

    def conj(self, a):
        """Complex conjugate (element-wise) in this evaluator's kind."""
        if self.kind == "exact":
            return exact.conjugate(a)
        return np.conj(a) if self.kind == "float64" else (a.conj() if isinstance(a, np.ndarray)
                                                          else mp.conj(a))

    def op(self, v, node):
        if not _is_op(v):
            raise EvaluationError(f"{type(node).__name__} needs an operator argument in {node}")
        return v

    def logm(self, m):
        if self.kind == "exact":
            raise EvaluationError("no exact matrix logarithm")
        return kernel.logm_psd(m)


@lru_cache(maxsize=1024)
def _dynamics_key(items):
    """The memo key of a claim's dynamics: its (symbol, derivative) pairs in canonical order
    (sorted once per dynamics, not once per sample)."""
    return tuple(sorted(items, key=sympy.default_sort_key)) or None


@lru_cache(maxsize=4096, typed=True)
def _number(x, kind, prec, dps):
    """:meth:`Evaluator.number`, memoised per number, kind and working precision (a search
    builds a fresh sample, so a fresh memo, at every point)."""
    x = sympy.sympify(x)
    if kind == "exact":
        return x
    if kind == "float64":
        return complex(x) if not x.is_real else float(x)
    if x.is_Integer:
        return mp.mpf(int(x))
    if x.is_Rational:
        return mp.mpf(int(x.p)) / int(x.q)
    if x is sympy.I:
        return mp.mpc(0, 1)
    z = sympy.N(x, dps + 10)
    re, im = z.as_real_imag()
    re, im = mp.mpf(sympy.Float(re)._mpf_), mp.mpf(sympy.Float(im)._mpf_)
    return mp.mpc(re, im) if im != 0 else re


@lru_cache(maxsize=65536)
def _has_dt(expr):
    return expr.has(Dt)


def _pow_partial(e, i):
    base, ex = e.args
    return ex * base ** (ex - 1) if i == 0 else e * sympy.log(base)


# ---------------------------------------------------------------- node values
# A handler receives the evaluator, the node and the values of its non-party arguments.

def _tr(ev, e, v):
    return np.trace(ev.op(v, e).m)


def _ptr(ev, e, v):
    """Tr_P; an operator (or number) not acting on P is extended by the identity: d_P X."""
    if e.party not in ev.sample.parties:
        raise EvaluationError(f"partial trace over {e.party}, not a party of sample "
                              f"{ev.sample.id} {ev.sample.parties}")
    party = ev.sample.parties.index(e.party)
    if not _is_op(v) or party not in v.support:
        d = ev.number(ev.sample.dims[party])
        return Operator(v.m * d, v.support) if _is_op(v) else v * d
    dims = [ev.sample.dims[i] for i in v.support]
    pos = v.support.index(party)
    keep = [i for i in range(len(v.support)) if i != pos]
    if not keep:
        return np.trace(v.m)
    return Operator(kernel.ptrace(v.m, dims, keep), tuple(v.support[i] for i in keep))


def _dag(ev, e, v):
    if _is_op(v):
        return Operator(ev.conj(v.m).T, v.support)
    return ev.conj(v)


def _logm(ev, e, v):
    return Operator(ev.logm(ev.op(v, e).m), v.support)


def _expm(ev, e, v):
    if ev.kind == "exact":  # numeric.expm_hermitian would round SymPy numbers to floats
        raise EvaluationError("no exact matrix exponential")
    return Operator(kernel.expm_hermitian(ev.op(v, e).m), v.support)


def _scalar_of(fn):
    def node(ev, e, v):
        if ev.kind == "exact":  # the kernel would round SymPy/polynomial entries to floats
            raise EvaluationError(f"no exact {type(e).__name__}")
        return fn(ev.op(v, e).m)
    return node


def _relent(ev, e, x, y):
    if ev.kind == "exact":
        raise EvaluationError("no exact relative entropy")
    x, y = ev.op(x, e), ev.op(y, e)
    sup = tuple(sorted(set(x.support) | set(y.support)))
    return kernel.relative_entropy(ev.lift(x, sup), ev.lift(y, sup))


def _dissipate(adjoint):
    """Sum over the sample's jumps of the party: g (L x L^dag - {L^dag L, x}/2), or its adjoint.

    A number x means that multiple of the party's identity; an operator not acting on the
    party is extended by the identity there (as the symbolic prover reads it)."""
    def node(ev, e, x):
        party = ev.sample.parties.index(e.party)
        if not _is_op(x):
            x = Operator(ev.identity(ev.sample.dims[party]) * x, (party,))
        if party not in x.support:
            sup = tuple(sorted(x.support + (party,)))
            x = Operator(ev.lift(x, sup), sup)
        jumps = ev.sample.dissipators.get(e.party)
        if jumps is None:
            raise EvaluationError(f"sample {ev.sample.id} has no dissipator for party {e.party}")
        out = 0 * x.m
        for jump, rate in jumps:
            l = ev.lift(Operator(jump, (party,)), x.support)
            ld = ev.conj(l).T
            ll = linalg.matmul(ld, l)
            core = linalg.matmul(ld, x.m, l) if adjoint else linalg.matmul(l, x.m, ld)
            out = out + rate * (core - (linalg.matmul(ll, x.m) + linalg.matmul(x.m, ll)) / 2)
        return Operator(out, x.support)
    return node


def _dim(ev, e):
    return ev.number(ev.sample.dims[ev.sample.parties.index(e.party)])


_NODE_VALUES = {
    Tr: _tr, Ptr: _ptr, Dag: _dag, Dim: _dim, Logm: _logm, Expm: _expm,
    Entropy: _scalar_of(kernel.entropy), HSNorm: _scalar_of(kernel.hs_norm),
    TraceNorm: _scalar_of(kernel.trace_norm), OpNorm: _scalar_of(kernel.operator_norm),
    Concurrence: _scalar_of(kernel.concurrence), RelEntropy: _relent,
    Dissipator: _dissipate(False), DissipatorAdj: _dissipate(True),
}


# ---------------------------------------------------------------- node tangents

def _linear(ev, e, val):
    """Tangent of a node linear in its argument: the node applied to the tangent."""
    d = ev.tangent(e.args[0])[1]
    return None if d is None else _NODE_VALUES[type(e)](ev, e, d)


def _funm_tangent(name, frechet):
    """Tangent of a matrix function: its Frechet derivative in the direction of the tangent."""
    def rule(ev, e, val):
        x, d = ev.tangent(e.args[0])
        if d is None:
            return None
        if ev.kind == "exact":
            raise EvaluationError(f"no exact derivative of the matrix {name}")
        return Operator(frechet(x.m, ev.lift(d, x.support)), x.support)
    return rule


_logm_tangent = _funm_tangent("logarithm", kernel.dlogm_psd)
_expm_tangent = _funm_tangent("exponential",
                              lambda a, e: kernel.dfunm_hermitian(a, e, mp.exp, mp.exp))


def _entropy_tangent(ev, e, val):
    """d S(X) = -Tr[dX log X] - Tr[dX]."""
    x, d = ev.tangent(e.args[0])
    if d is None:
        return None
    dm = ev.lift(d, x.support)
    return -linalg.trace_product(dm, ev.logm(x.m)) - np.trace(dm)


def _relent_tangent(ev, e, val):
    """d S(X||Y) = Tr[dX (log X - log Y)] + Tr[dX] - Tr[X dlog(Y)[dY]]."""
    (x, dx), (y, dy) = ev.tangent(e.args[0]), ev.tangent(e.args[1])
    if dx is None and dy is None:
        return None
    sup = tuple(sorted(set(x.support) | set(y.support)))
    xm, ym = ev.lift(x, sup), ev.lift(y, sup)
    out = 0
    if dx is not None:
        dxm = ev.lift(dx, sup)
        out = linalg.trace_product(dxm, ev.logm(xm) - ev.logm(ym)) + np.trace(dxm)
    if dy is not None:
        out = out - linalg.trace_product(xm, kernel.dlogm_psd(ym, ev.lift(dy, sup)))
    return out


def _hsnorm_tangent(ev, e, val):
    """d ||X||_2 = Re Tr[X^dag dX] / ||X||_2."""
    x, d = ev.tangent(e.args[0])
    if d is None:
        return None
    re = {"mp": mp.re, "exact": sympy.re}.get(ev.kind, np.real)
    return re(linalg.trace_product(x.m.conj().T, ev.lift(d, x.support))) / val


_NODE_TANGENTS = {
    Tr: _linear, Ptr: _linear, Dag: _linear, Dissipator: _linear, DissipatorAdj: _linear,
    Logm: _logm_tangent, Expm: _expm_tangent, Entropy: _entropy_tangent,
    RelEntropy: _relent_tangent, HSNorm: _hsnorm_tangent,
}
