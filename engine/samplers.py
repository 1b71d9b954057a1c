"""Samplers: the states, Hamiltonians and parameters a claim is tested on.

A :class:`Sampler` lists, in order, the symbols it binds and a :class:`Recipe` for
each.  A random sampler draws a parameter vector theta of float64 Gaussians from
``(seed, sampler name)`` and builds every binding from it, so

* the same seed gives the same sample at every precision (theta is converted
  exactly; only the construction runs at the working precision);
* a counterexample search can move theta continuously (every theta gives a valid
  sample: states are G G^dag / Tr, positive scalars exp(theta), ...), screening in
  float64 (``kind="float64"``) and confirming at high precision (``kind="mp"``);
* ``kind="exact"`` builds *generic* symbolic matrices instead (every entry a
  symbol, Hermiticity and unit trace imposed) for fixed-dimension exact proofs.

Fixed samplers (``random=False``) hold the states and parameters a paper prints
(:func:`printed`) or special ones chosen here (:func:`fixed`, :func:`special`), stored
exactly.  A sampler states in prose what its samples assume (``Sampler.assumptions``).
Paper modules declare samplers through the setups of :mod:`corrcheck.setups`, which
re-exports the recipes of this module.
"""
import math
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

import mpmath as mp
import numpy as np
import sympy

from . import numeric
from .numeric.states import (density_from_ginibre, ginibre, hermitian_from_ginibre,
                            unitary_from_ginibre)

KINDS = ("mp", "float64", "exact")


@dataclass(frozen=True)
class Recipe:
    """How one binding is drawn.

    ``nparams(n)`` gives the number of Gaussian parameters for a symbol on an
    n-dimensional space (n = 1 for scalars); ``build(theta, n, kind, env, name)``
    returns the value (``env`` holds the bindings built before it, by symbol name).
    A fixed recipe also keeps its exact ``value`` (a SymPy number or Matrix) and its
    ``origin``: ``"printed"`` (the paper prints it), ``"chosen"`` (a value picked here)
    or ``"special"`` (picked here because a coincidence is the point of the sample,
    said in ``why``).
    """
    nparams: callable
    build: callable
    text: str
    value: object = None
    origin: str = None
    why: str = ""
@dataclass
class Sample:
    """One drawn system: parties and dimensions, bindings, and per-party dissipators."""
    id: str
    parties: tuple
    dims: tuple
    bindings: dict
    dissipators: dict
    kind: str
    description: str = ""
    theta: tuple = ()
    memo: dict = field(default_factory=dict, repr=False)

    def __getitem__(self, symbol):
        return self.bindings[symbol]


# ------------------------------------------------------------------ recipes

def _generic_hermitian(name, n, trace_one=False):
    """n x n Hermitian matrix of real symbols (unit trace if asked)."""
    m = [[None] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            if i == j:
                m[i][i] = sympy.Symbol(f"{name}_{i}{i}", real=True)
            else:
                a, b = sympy.symbols(f"{name}r_{i}{j} {name}i_{i}{j}", real=True)
                m[i][j], m[j][i] = a + sympy.I * b, a - sympy.I * b
    if trace_one:
        m[n - 1][n - 1] = 1 - sum(m[i][i] for i in range(n - 1))
    return np.array(m, dtype=object)


def _generic_matrix(name, n):
    return np.array([[sympy.Symbol(f"{name}r_{i}{j}", real=True) + sympy.I *
                      sympy.Symbol(f"{name}i_{i}{j}", real=True) for j in range(n)]
                     for i in range(n)], dtype=object)


def _generic_ginibre(name, n, k):
    """n x k matrix of complex generic entries (real symbols for real and imaginary parts)."""
    return np.array([[sympy.Symbol(f"{name}gr_{i}{j}", real=True) + sympy.I *
                      sympy.Symbol(f"{name}gi_{i}{j}", real=True) for j in range(k)]
                     for i in range(n)], dtype=object)


def density(rank=None):
    """Random state g g^dag / Tr (Hilbert-Schmidt measure; ``rank`` columns of g).

    Kind "exact": a generic Hermitian unit-trace matrix at full rank; below full rank the
    same construction on a generic n x rank matrix g (so a pure state is exactly pure)."""
    def build(theta, n, kind, env, name):
        if kind == "exact":
            if rank is None or rank >= n:
                return _generic_hermitian(name, n, trace_one=True)
            g = _generic_ginibre(name, n, rank)
            gg = g @ g.conj().T
            return gg / sum(gg[i, i] for i in range(n))
        return density_from_ginibre(ginibre(theta, n, rank or n, kind))
    return Recipe(lambda n: 2 * n * (rank or n), build,
                  f"random state (Hilbert-Schmidt{', rank %d' % rank if rank else ''})")


def pure():
    """Random pure state."""
    return density(rank=1)


def hermitian(scale=1):
    """Random Hermitian (g + g^dag) scale / 2 (GUE)."""
    def build(theta, n, kind, env, name):
        if kind == "exact":
            return _generic_hermitian(name, n)
        return hermitian_from_ginibre(ginibre(theta, n, n, kind), scale)
    return Recipe(lambda n: 2 * n * n, build, f"random Hermitian (GUE, scale {scale})")


def bounded_hermitian(scale=1):
    """Random Hermitian h scale / (1 + ||h||_2), h a GUE draw: the spectrum lies in
    (-scale, scale) for every parameter vector, so Gibbs weights and exponentials stay far
    from under- and overflow wherever a counterexample search moves."""
    def build(theta, n, kind, env, name):
        if kind == "exact":
            raise NotImplementedError("no exact form of a norm-rescaled draw")
        h = hermitian_from_ginibre(ginibre(theta, n, n, kind))
        norm = sum(abs(x) ** 2 for x in h.flat) ** 0.5
        return h * (scale / (1 + norm))
    return Recipe(lambda n: 2 * n * n, build, f"random Hermitian (GUE rescaled to norm < {scale})")


def operator(scale=1):
    """Random complex matrix g scale / sqrt(2) (Ginibre), e.g. a jump operator."""
    def build(theta, n, kind, env, name):
        if kind == "exact":
            return _generic_matrix(name, n)
        g = ginibre(theta, n, n, kind)
        return g * (mp.mpmathify(scale) / mp.sqrt(2) if kind == "mp" else scale / math.sqrt(2))
    return Recipe(lambda n: 2 * n * n, build, f"random operator (Ginibre, scale {scale})")


def unitary():
    """Haar-random unitary."""
    def build(theta, n, kind, env, name):
        if kind == "exact":
            raise NotImplementedError("no generic exact unitary")
        return unitary_from_ginibre(ginibre(theta, n, n, kind))
    return Recipe(lambda n: 2 * n * n, build, "Haar unitary")


def _scalar(fn, text, real=True, positive=False, nonnegative=False):
    def build(theta, n, kind, env, name):
        if kind == "exact":
            return sympy.Symbol(name, real=real, positive=positive or None,
                                nonnegative=nonnegative or positive or None)
        x = mp.mpmathify(theta[0]) if kind == "mp" else float(theta[0])
        return fn(x, kind)
    return Recipe(lambda n: 1, build, text)


def real(scale=1, shift=0):
    """Real scalar shift + scale theta (any sign)."""
    return _scalar(lambda x, k: shift + scale * x, f"real, {shift} + {scale} N(0,1)")


def positive(typical=1):
    """Positive scalar typical * exp(theta / 2)."""
    return _scalar(lambda x, k: typical * (mp.exp(x / 2) if k == "mp" else math.exp(x / 2)),
                   f"positive, {typical} exp(N(0,1)/2)", positive=True)


def uniform(lo, hi):
    """Scalar in (lo, hi): lo + (hi - lo)(1 + tanh theta)/2 (smooth, so searches can move it).
    Its exact form is a real symbol, positive for lo > 0 and non-negative for lo = 0."""
    def fn(x, k):
        th = mp.tanh(x) if k == "mp" else math.tanh(x)
        return lo + (hi - lo) * (1 + th) / 2
    return _scalar(fn, f"in ({lo}, {hi})", positive=lo > 0, nonnegative=lo >= 0)


def printed(value, state_dims=None, tol=None):
    """A value the paper prints: a number (a decimal string such as ``"0.64"`` is read
    exactly, as printed), a matrix (lists of exact numbers or strings, SymPy, numpy,
    mpmath) or a SymPy expression.  With ``state_dims`` the matrix is validated as a
    density matrix (:func:`numeric.validate_state`, input tolerance ``tol``) and cleaned.

    >>> r = printed("0.64")
    >>> r.value, r.origin, r.text
    (16/25, 'printed', 'printed 0.64')
    >>> with mp.workdps(50):
    ...     print(r.build((), 1, "mp", {}, "x"))
    0.64
    """
    return _fixed(value, state_dims, tol, "printed", "")


def fixed(value, state_dims=None, tol=None):
    """A value chosen here (not printed by the paper), stored exactly like :func:`printed`.

    Chosen values must not sit where distinct expressions coincide (1 = 1/1, two equal
    parameters): the registry test flags them; use :func:`special` when the coincidence
    is the point of the sample."""
    return _fixed(value, state_dims, tol, "chosen", "")


def special(value, why, state_dims=None, tol=None):
    """A value chosen because it is special (an equality case, a limit, a coincidence the
    claim is about); ``why`` says so and is shown with the sample."""
    if not why:
        raise ValueError("special: say why the value is special")
    return _fixed(value, state_dims, tol, "special", why)


def _fixed(value, state_dims, tol, origin, why):
    exact = _exact(value)
    is_matrix = isinstance(exact, sympy.MatrixBase)
    state_dims = None if state_dims is None else tuple(state_dims)

    def build(theta, n, kind, env, name):
        if kind == "exact":
            return np.array(exact.tolist(), dtype=object) if is_matrix else exact
        value = _numeric_at(exact, kind, mp.mp.prec, state_dims, tol)
        return value.copy() if is_matrix else value
    shown = _shown(value, exact)
    text = f"{origin} {shown}" + (" (state)" if state_dims is not None else "") + (
        f": {why}" if why else "")
    return Recipe(lambda n: 0, build, text, value=exact, origin=origin, why=why)


@lru_cache(maxsize=1024)
def _numeric_at(exact, kind, prec, state_dims, tol):
    """:func:`_numeric` memoised per value, kind and working precision ``prec`` (bits)."""
    return _numeric(exact, kind, state_dims, tol)


def _numeric(exact, kind, state_dims, tol):
    """An exact SymPy number or matrix at the working precision (kind "mp") or in float64."""
    if isinstance(exact, sympy.MatrixBase):
        if state_dims is not None:
            a = numeric.validate_state(exact, state_dims, tol)
        else:
            a = numeric.to_array(exact)
        return a if kind == "mp" else a.astype(complex)
    z = _mp_number(exact)
    if kind == "mp":
        return z
    return complex(z) if isinstance(z, mp.mpc) else float(z)


def _mp_number(x):
    if x.is_Rational:
        return mp.mpf(x.p) / x.q
    z = sympy.N(x, mp.mp.dps + 10)
    re, im = z.as_real_imag()
    return mp.mpc(mp.mpf(str(re)), mp.mpf(str(im))) if im != 0 else mp.mpf(str(re))


def _shown(value, exact):
    """The value as the paper prints it (decimal strings kept), or 'matrix'."""
    if isinstance(exact, sympy.MatrixBase):
        return f"{exact.rows}x{exact.cols} matrix"
    if isinstance(value, str):
        return value
    return repr(value) if isinstance(value, float) else str(exact)


def _exact_number(x):
    """A printed number as an exact SymPy number: decimal strings (also complex ones such
    as '0.2-0.15j' or '-0.18-0.03i') and floats (by their shortest decimal) as rationals."""
    if isinstance(x, sympy.Basic):
        return x
    if isinstance(x, str):
        text = x.strip()
        if text and text[-1] in "ij":
            return sympy.sympify(text.replace(text[-1], "*I"), rational=True)
        return sympy.Rational(text)
    if isinstance(x, (bool, np.bool_)):
        raise TypeError(f"not a number: {x!r}")
    if isinstance(x, (int, np.integer)):
        return sympy.Integer(int(x))
    if isinstance(x, (float, np.floating)):
        return sympy.Rational(repr(float(x)))
    if isinstance(x, (complex, np.complexfloating)):
        return _exact_number(complex(x).real) + sympy.I * _exact_number(complex(x).imag)
    if isinstance(x, mp.mpf):
        man, exp = x.man_exp
        return sympy.Integer(man) * sympy.Integer(2) ** exp
    if isinstance(x, mp.mpc):
        return _exact_number(x.real) + sympy.I * _exact_number(x.imag)
    return sympy.sympify(x)


def _exact(value):
    """A printed value (number or matrix) as an exact SymPy number or Matrix."""
    if isinstance(value, sympy.MatrixBase):
        return sympy.ImmutableMatrix(value)
    if isinstance(value, mp.matrix):
        value = value.tolist()
    if isinstance(value, np.ndarray) or (isinstance(value, (list, tuple)) and value
                                         and isinstance(value[0], (list, tuple, np.ndarray))):
        rows = value.tolist() if hasattr(value, "tolist") else value
        return sympy.ImmutableMatrix([[_exact_number(x) for x in r] for r in rows])
    return _exact_number(value)


def derived(fn, text):
    """A binding computed from earlier ones: ``fn(env, kind)`` (env maps names to values)."""
    return Recipe(lambda n: 0, lambda theta, n, kind, env, name: fn(env, kind), text)


def copy_of(symbol):
    """A binding equal to an earlier one (e.g. a jump operator that is also an operator
    symbol of the claims, or a rate equal to a scalar)."""
    name = getattr(symbol, "name", symbol)
    return derived(lambda env, kind: env[name], f"= {name}")


_LAMBDIFIED = {}


def closed_form(expr, text=None):
    """A binding given by a SymPy expression or matrix ``expr`` of scalars bound before it
    (exact in kind "exact": the generic or fixed scalars are substituted).

    >>> x = sympy.Symbol("x", positive=True)
    >>> r = closed_form(sympy.Matrix([[x, 0], [0, 1 - x]]))
    >>> r.build((), 2, "exact", {"x": sympy.Rational(1, 4)}, "m")[1, 1]
    3/4
    """
    is_matrix = isinstance(expr, sympy.MatrixBase)
    expr = sympy.ImmutableMatrix(expr) if is_matrix else sympy.sympify(expr)
    names = sorted(s.name for s in expr.free_symbols)

    def fn(env, kind):
        missing = [n for n in names if n not in env]
        if missing:
            raise KeyError(f"closed form {expr} needs {', '.join(missing)} bound before it")
        if kind == "exact":
            out = expr.xreplace({s: env[s.name] for s in expr.free_symbols})
            return np.array(out.tolist(), dtype=object) if is_matrix else out
        key = (expr, kind)
        if key not in _LAMBDIFIED:
            _LAMBDIFIED[key] = sympy.lambdify(
                [sympy.Symbol(n) for n in names],
                expr.xreplace({s: sympy.Symbol(s.name) for s in expr.free_symbols}),
                modules="mpmath" if kind == "mp" else "numpy")
        out = _LAMBDIFIED[key](*[env[n] for n in names])
        if is_matrix:
            rows = out.tolist()
            if kind == "mp":
                return np.array([[mp.mpmathify(x) for x in r] for r in rows], dtype=object)
            return np.array(rows, dtype=complex)
        z = mp.mpmathify(out) if kind == "mp" else complex(out)
        if kind == "mp":
            return z.real if isinstance(z, mp.mpc) and z.imag == 0 else z
        return z.real if z.imag == 0 else z
    return derived(fn, text or f"= {sympy.sstr(expr) if not is_matrix else 'closed form'}")


# ------------------------------------------------------------------ samplers

@dataclass(frozen=True, eq=False)
class Sampler:
    """A family of samples: parties, dimensions, ordered bindings, dissipators.

    ``bind`` is a sequence of (symbol, recipe); an operator symbol's dimension is the
    product of its support's dimensions.  ``dissipators`` maps a party to a sequence
    of (jump recipe, rate recipe); jumps act on that party alone.  ``assumptions``
    states in prose what every sample of the family satisfies (shown with the claims
    that use it); ``printed_dims`` marks dimensions the paper fixes (its two-qubit
    model, say) rather than dimensions chosen here.
    """
    name: str
    parties: tuple
    dims: tuple
    bind: tuple
    dissipators: tuple = ()
    random: bool = True
    description: str = ""
    assumptions: tuple = ()
    printed_dims: bool = False
    facts: tuple = ()

    def __post_init__(self):
        if len(self.parties) != len(self.dims):
            raise ValueError(f"sampler {self.name}: {len(self.parties)} parties but dims {self.dims}")
        if not self.random and self.nparams:
            drawn = [str(key) for key, rec, n in self._slots() if rec.nparams(n)]
            raise ValueError(f"sampler {self.name} is fixed but draws {', '.join(drawn)}")
        for sym, _ in self.bind:
            for p in getattr(sym, "support", ()):
                if p not in self.parties:
                    raise ValueError(f"sampler {self.name}: {sym} acts on party {p!r}, not one of "
                                     f"{self.parties}")

    @property
    def provides(self):
        return frozenset(sym for sym, _ in self.bind)

    def _dim(self, sym):
        sup = getattr(sym, "support", None)
        if sup is None:
            return 1
        return math.prod(self.dims[self.parties.index(p)] for p in sup)

    def _slots(self):
        slots = [(sym, rec, self._dim(sym)) for sym, rec in self.bind]
        for party, jumps in self.dissipators:
            n = self.dims[self.parties.index(party)]
            for k, (jrec, rrec) in enumerate(jumps):
                slots.append(((party, k, "jump"), jrec, n))
                slots.append(((party, k, "rate"), rrec, 1))
        return slots

    @property
    def nparams(self):
        return sum(rec.nparams(n) for _, rec, n in self._slots())

    def theta(self, seed):
        """The Gaussian parameter vector of ``seed`` (float64, identical at every precision)."""
        if not self.random:
            return ()
        ss = np.random.SeedSequence([int(seed), zlib.crc32(self.name.encode())])
        return tuple(np.random.Generator(np.random.PCG64(ss)).standard_normal(self.nparams).tolist())

    def build(self, theta, kind="mp", sample_id=None):
        """The sample for parameter vector ``theta`` in ``kind`` ("mp", "float64", "exact").

        In kind "exact" a binding without an exact form (its recipe raises
        NotImplementedError, or needs such a binding) is left out, so claims that do not
        use it can still be proved exactly."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
        env, bindings, dissipators, pos, broken = {}, {}, {}, 0, set()
        for key, rec, n in self._slots():
            k = rec.nparams(n)
            name = _slot_name(key)
            try:
                value = rec.build(theta[pos:pos + k], n, kind, env, name)
            except (NotImplementedError, KeyError):
                if kind != "exact":
                    raise
                pos += k
                if isinstance(key, tuple):
                    broken.add(key[0])
                continue
            pos += k
            if isinstance(key, tuple):
                party, idx, what = key
                if party in broken:
                    continue
                slot = dissipators.setdefault(party, [])
                if what == "jump":
                    slot.append([value, None])
                else:
                    slot[idx][1] = value
            else:
                env[name] = value
                bindings[key] = value
        return Sample(id=sample_id or self.name, parties=tuple(self.parties), dims=tuple(self.dims),
                      bindings=bindings, dissipators={p: [tuple(j) for j in js]
                                                      for p, js in dissipators.items()
                                                      if p not in broken},
                      kind=kind, description=self.description, theta=tuple(theta))

    def parameters(self, theta):
        """``theta`` split by binding: {binding name: the parameters it is drawn from}, in the
        order of :meth:`build` (bindings drawn from no parameter left out).  A search point
        given this way can be read, and rebuilt with :meth:`point`."""
        out, pos = {}, 0
        for key, rec, n in self._slots():
            k = rec.nparams(n)
            if k:
                out[_slot_name(key)] = [float(x) for x in theta[pos:pos + k]]
            pos += k
        return out

    def point(self, parameters):
        """The parameter vector of named ``parameters`` (the inverse of :meth:`parameters`)."""
        theta = []
        for key, rec, n in self._slots():
            k = rec.nparams(n)
            if k:
                values = parameters[_slot_name(key)]
                if len(values) != k:
                    raise ValueError(f"sampler {self.name}: {_slot_name(key)} takes {k} "
                                     f"parameters, got {len(values)}")
                theta += [float(x) for x in values]
        return tuple(theta)

    def sample_id(self, seed):
        return f"{self.name}-seed{seed}" if self.random else self.name

    def draw(self, seed=0, kind="mp"):
        """The sample of ``seed`` (fixed samplers ignore the seed), cached per precision.

        The cache entry holds the sampler itself, so its ``id`` in the key cannot be reused by
        another sampler while the entry lives."""
        key = (id(self), seed if self.random else None, kind, mp.mp.prec)
        if key not in _CACHE:
            if len(_CACHE) > 4096:
                _CACHE.clear()
            _CACHE[key] = (self, self.build(self.theta(seed), kind, self.sample_id(seed)))
        return _CACHE[key][1]

    def describe(self):
        """One line per binding: what it is and how it is drawn."""
        dims = " x ".join(f"{p}:{d}" for p, d in zip(self.parties, self.dims))
        lines = [f"{dims}" + (f"; {self.description}" if self.description else "")]
        lines += [f"{sym}: {rec.text}" for sym, rec in self.bind]
        for party, jumps in self.dissipators:
            lines.append(f"dissipator on {party}: {len(jumps)} jump operator(s) "
                         f"({', '.join(j.text for j, _ in jumps)})")
        return lines


def _slot_name(key):
    """The name of a slot: its symbol's name, J<party><k> for the k-th jump operator of a
    party's dissipator and g<party><k> for its rate."""
    if hasattr(key, "name"):
        return key.name
    party, k, what = key
    return f"{'J' if what == 'jump' else 'g'}{party}{k}"


_CACHE = {}


def clear_cache():
    """Forget drawn samples."""
    _CACHE.clear()


def sampler(name, parties, dims, bind, dissipators=None, random=True, description="",
            assumptions=(), printed_dims=False):
    """Declare a :class:`Sampler`; ``bind`` is a dict {symbol: recipe} (order kept)."""
    return Sampler(name=name, parties=tuple(parties), dims=tuple(int(d) for d in dims),
                   bind=tuple(bind.items()),
                   dissipators=tuple((p, tuple(js)) for p, js in (dissipators or {}).items()),
                   random=random, description=description,
                   assumptions=tuple([assumptions] if isinstance(assumptions, str)
                                     else assumptions),
                   printed_dims=printed_dims)
