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

Fixed samplers (``random=False``) hold the states and parameters a paper prints.
"""
import math
import zlib
from dataclasses import dataclass, field

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
    """
    nparams: callable
    build: callable
    text: str


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


def density(rank=None):
    """Random state g g^dag / Tr (Hilbert-Schmidt measure; ``rank`` columns of g)."""
    def build(theta, n, kind, env, name):
        if kind == "exact":
            return _generic_hermitian(name, n, trace_one=True)
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


def _scalar(fn, text, real=True, positive=False):
    def build(theta, n, kind, env, name):
        if kind == "exact":
            return sympy.Symbol(name, real=real, positive=positive or None)
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
    """Scalar in (lo, hi): lo + (hi - lo)(1 + tanh theta)/2 (smooth, so searches can move it)."""
    def fn(x, k):
        th = mp.tanh(x) if k == "mp" else math.tanh(x)
        return lo + (hi - lo) * (1 + th) / 2
    return _scalar(fn, f"in ({lo}, {hi})")


def fixed(value, state_dims=None, tol=None):
    """A printed value: a number or a matrix (lists of exact numbers or strings, numpy,
    mpmath, SymPy).  With ``state_dims`` the matrix is validated as a density matrix
    (:func:`numeric.validate_state`, input tolerance ``tol``) and cleaned."""
    def build(theta, n, kind, env, name):
        if kind == "exact":
            return _exact(value)
        if isinstance(value, str):  # a printed decimal, read exactly at the working precision
            return mp.mpf(value) if kind == "mp" else float(value)
        if np.ndim(value) == 0 and not isinstance(value, (mp.matrix, sympy.MatrixBase)):
            z = mp.mpmathify(sympy.N(value, mp.mp.dps + 10)) if isinstance(value, sympy.Basic) \
                else mp.mpmathify(value)
            return z if kind == "mp" else complex(z) if isinstance(z, mp.mpc) else float(z)
        if state_dims is not None:
            a = numeric.validate_state(value, state_dims, tol)
        else:
            a = numeric.to_array(value)
            a = a if a.dtype == object else np.array([[mp.mpc(complex(x)) for x in r] for r in a],
                                                     dtype=object)
        return a if kind == "mp" else a.astype(complex)
    return Recipe(lambda n: 0, build, "as printed")


def _exact(value):
    if isinstance(value, (mp.matrix, np.ndarray)) or (isinstance(value, list) and value
                                                       and isinstance(value[0], list)):
        rows = value.tolist() if hasattr(value, "tolist") else value
        return np.array([[sympy.nsimplify(x, rational=True) for x in r] for r in rows], dtype=object)
    if isinstance(value, sympy.MatrixBase):
        return np.array(value.tolist(), dtype=object)
    if isinstance(value, str):
        return sympy.Rational(value)
    return sympy.nsimplify(value, rational=True) if isinstance(value, float) else sympy.sympify(value)


def derived(fn, text):
    """A binding computed from earlier ones: ``fn(env, kind)`` (env maps names to values)."""
    return Recipe(lambda n: 0, lambda theta, n, kind, env, name: fn(env, kind), text)


# ------------------------------------------------------------------ samplers

@dataclass(frozen=True, eq=False)
class Sampler:
    """A family of samples: parties, dimensions, ordered bindings, dissipators.

    ``bind`` is a sequence of (symbol, recipe); an operator symbol's dimension is the
    product of its support's dimensions.  ``dissipators`` maps a party to a sequence
    of (jump recipe, rate recipe); jumps act on that party alone.
    """
    name: str
    parties: tuple
    dims: tuple
    bind: tuple
    dissipators: tuple = ()
    random: bool = True
    description: str = ""

    def __post_init__(self):
        if len(self.parties) != len(self.dims):
            raise ValueError(f"sampler {self.name}: {len(self.parties)} parties but dims {self.dims}")
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
            name = key.name if hasattr(key, "name") else f"J{key[0]}{key[1]}" if key[2] == "jump" \
                else f"g{key[0]}{key[1]}"
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

    def sample_id(self, seed):
        return f"{self.name}-seed{seed}" if self.random else self.name

    def draw(self, seed=0, kind="mp"):
        """The sample of ``seed`` (fixed samplers ignore the seed), cached per precision."""
        key = (id(self), seed if self.random else None, kind, mp.mp.prec)
        if key not in _CACHE:
            if len(_CACHE) > 4096:
                _CACHE.clear()
            _CACHE[key] = self.build(self.theta(seed), kind, self.sample_id(seed))
        return _CACHE[key]

    def describe(self):
        """One line per binding: what it is and how it is drawn."""
        dims = " x ".join(f"{p}:{d}" for p, d in zip(self.parties, self.dims))
        lines = [f"{dims}" + (f"; {self.description}" if self.description else "")]
        lines += [f"{sym}: {rec.text}" for sym, rec in self.bind]
        for party, jumps in self.dissipators:
            lines.append(f"dissipator on {party}: {len(jumps)} jump operator(s) "
                         f"({', '.join(j.text for j, _ in jumps)})")
        return lines


_CACHE = {}


def clear_cache():
    """Forget drawn samples."""
    _CACHE.clear()


def sampler(name, parties, dims, bind, dissipators=None, random=True, description=""):
    """Declare a :class:`Sampler`; ``bind`` is a dict {symbol: recipe} (order kept)."""
    return Sampler(name=name, parties=tuple(parties), dims=tuple(int(d) for d in dims),
                   bind=tuple(bind.items()),
                   dissipators=tuple((p, tuple(js)) for p, js in (dissipators or {}).items()),
                   random=random, description=description)
