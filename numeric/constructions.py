"""Constructions with prescribed properties: correlated states with fixed marginals,
energy-conserving (resonant) interactions, reordering of tensor factors.

Every function works on high-precision (object) and float64 arrays alike and answers
in kind, like the rest of the kernel (:mod:`numeric.arrays`).  Bipartite functions
take ``dims = (d_a, d_b)`` with kron order a (x) b.
"""
import math

import mpmath as mp
import numpy as np

from .arrays import identity, is_mp
from .checks import BIPARTITE, DIMS, HERMITIAN, SQUARE, STATE, Permutation, Real, kernel
from .linalg import eigh, eigvalsh, kron, ptrace


def _product_size(first, second):
    """(n, why): the dimension of the product of the operators ``first`` and ``second``."""
    def size(call):
        a, b = call.args[first].shape[0], call.args[second].shape[0]
        return a * b, f"{first} (x) {second} is {a * b}x{a * b}"
    return size


@kernel(dims=BIPARTITE, x=SQUARE.on("dims"))
def zero_marginal_part(x, dims):
    """The part of ``x`` with vanishing partial traces:
    x - Tr_b(x) (x) I/d_b - I/d_a (x) Tr_a(x) + Tr(x) I/(d_a d_b).

    Every Hermitian operator with Tr_a = Tr_b = 0 is its own zero-marginal part, so the
    map is a projection onto the correlation matrices of alipour2016 eq. (8) with given
    marginals.
    """
    da, db = (int(d) for d in dims)
    xa, xb = ptrace(x, [da, db], [0]), ptrace(x, [da, db], [1])
    ia, ib = identity(da, x), identity(db, x)
    tr = sum(x[i, i] for i in range(da * db))
    return x - kron(xa, ib) / db - kron(ia, xb) / da + identity(da * db, x) * tr / (da * db)


@kernel(rho_a=STATE, rho_b=STATE, x=HERMITIAN.sized(_product_size("rho_a", "rho_b")),
        u=Real(0, 1))
def fixed_marginal_state(rho_a, rho_b, x, u):
    """rho_a (x) rho_b + u t* X, X the zero-marginal part of Hermitian ``x`` and t* the
    largest step along X that keeps the state positive (needs rho_a, rho_b full rank).

    For u in [0, 1] the result is a state with marginals exactly rho_a and rho_b; u = 1
    puts it on the boundary of the positive cone (a zero eigenvalue).  The map
    (x, u) -> state covers every state with these marginals (the set is convex and
    contains rho_a (x) rho_b in its interior).
    """
    da, db = rho_a.shape[0], rho_b.shape[0]
    p = kron(rho_a, rho_b)
    xx = zero_marginal_part((x + x.conj().T) / 2, (da, db))
    w, v = eigh(p)
    inv_sqrt = np.array([1 / (mp.sqrt(s) if is_mp(p) else np.sqrt(float(s))) for s in w],
                        dtype=object if is_mp(p) else complex)
    s = (v * inv_sqrt[None, :]) @ v.conj().T
    y = s @ xx @ s
    lowest = eigvalsh((y + y.conj().T) / 2)[0]
    if lowest >= 0:  # X = 0: nothing to add
        return p
    return p + xx * (u / -lowest)


@kernel(h_a=HERMITIAN, h_b=HERMITIAN, w=SQUARE.sized(_product_size("h_a", "h_b")),
        tol=Real(positive=True, optional=True))
def resonant_part(w, h_a, h_b, tol=None):
    """The part of the bipartite operator ``w`` that commutes with H_a (x) I + I (x) H_b:
    in the product eigenbasis, the entries between levels e_i + f_j and e_k + f_l with
    |e_i + f_j - e_k - f_l| <= tol are kept and the others dropped.

    ``tol`` defaults to 2^-(prec/2) times the spectral width (float64: 1e-8).  With
    H_b = H_a the swapped levels (i, j), (j, i) are degenerate and the result exchanges
    energy between a and b while conserving E_a + E_b exactly.
    """
    ea, qa = eigh(h_a)
    eb, qb = eigh(h_b)
    q = kron(qa, qb)
    levels = [ea[i] + eb[j] for i in range(len(ea)) for j in range(len(eb))]
    if tol is None:
        width = max(1, max(abs(e) for e in levels))
        tol = width * (mp.mpf(2) ** (-mp.mp.prec // 2) if is_mp(w) else 1e-8)
    wt = q.conj().T @ w @ q
    n = len(levels)
    keep = np.array([[abs(levels[i] - levels[k]) <= tol for k in range(n)] for i in range(n)])
    wt = np.where(keep, wt, 0 * wt)
    return q @ wt @ q.conj().T


@kernel(dims=DIMS, order=Permutation("dims"), rho=SQUARE.on("dims"))
def permute_parties(rho, dims, order):
    """The operator with its tensor factors reordered: party ``order[k]`` of ``rho``
    becomes party k (e.g. ``order = (2, 1, 0)`` swaps parties 0 and 2 of a tripartite
    operator, the action of a SWAP unitary)."""
    dims = [int(d) for d in dims]
    k = len(dims)
    t = rho.reshape(dims + dims).transpose(list(order) + [k + o for o in order])
    n = math.prod(dims)
    return t.reshape(n, n)
