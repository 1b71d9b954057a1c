"""Dynamics: unitary evolution and GKLS (Lindblad) generators.

Conventions: hbar = 1, drho/dt = -i[H, rho] + sum_k g_k (L_k rho L_k^dag - {L_k^dag L_k, rho}/2).
Superoperators act on column-stacked vectors: vec(A X B) = (B^T (x) A) vec(X), so
``vec(X)`` stacks the columns of X.
"""
import math

import mpmath as mp
import numpy as np

from . import _arb
from .arrays import identity, is_mp, mpc_array
from .checks import (HERMITIAN, SQUARE, SUPEROPERATOR, TIMES, Operands, Real, Reals, answer_as,
                     kernel, kind_of)
from .context import FLOAT64_EPS
from .errors import InvalidOperator, InvalidParameter, SingularMatrix
from .linalg import eigh, matmul, round_tol


@kernel(h=HERMITIAN, answer=False, name="UnitaryFlow")
def _hamiltonian(h):
    """The Hamiltonian of a flow, checked and in the computing kind."""
    return h


def _flow_size(call):
    n = call.args["self"].v.shape[0]
    return n, f"the flow's Hamiltonian is {n}x{n}"


class UnitaryFlow:
    """exp(-i H t) for one Hamiltonian, diagonalised once and reused for every t.

    :meth:`unitary` answers in the kind of the Hamiltonian the flow was built from,
    :meth:`evolve` in the kind of the state (see :mod:`numeric.checks`).
    """
    roles = _hamiltonian.roles

    def __init__(self, h):
        self._kind = kind_of(h)
        h = _hamiltonian(h)
        self.w, self.v = eigh.unchecked(h)
        self._mp = is_mp(h)

    def _unitary(self, t):
        if self._mp:
            t = mp.mpmathify(t)
            ph = np.array([mp.expj(-x * t) for x in self.w], dtype=object)
        else:
            ph = np.exp(-1j * np.asarray(self.w, dtype=float) * float(t))
        return matmul(self.v * ph[None, :], self.v.conj().T)

    @kernel(t=Real(), answer=False)
    def unitary(self, t):
        """exp(-i H t)."""
        return answer_as(self._unitary(t), self._kind)

    @kernel(rho=SQUARE.sized(_flow_size), t=Real())
    def evolve(self, rho, t):
        """U rho U^dag with U = exp(-i H t)."""
        if self._mp and not is_mp(rho):
            rho = mpc_array(rho.tolist())
        elif is_mp(rho) and not self._mp:
            raise InvalidOperator("UnitaryFlow.evolve: rho: a high-precision state needs a flow "
                                  "built from a high-precision Hamiltonian")
        u = self._unitary(t)
        return matmul(u, rho, u.conj().T)


@kernel(h=HERMITIAN, rho=SQUARE.same_as("h"), t=TIMES)
def evolve(rho, h, t):
    """rho(t) = U rho U^dag with U = exp(-i h t); ``t`` may be a sequence (h diagonalised once)."""
    flow = UnitaryFlow(h)
    if np.ndim(t) == 0 and not isinstance(t, (list, tuple)):
        return flow.evolve(rho, t)
    return [flow.evolve(rho, s) for s in t]


def _rates(jumps, rates):
    if rates is None:
        return [1] * len(jumps)
    if len(rates) != len(jumps):
        raise InvalidParameter(f"{len(jumps)} jump operators but {len(rates)} rates")
    return list(rates)


JUMPS = Operands(SQUARE.same_as("h"))
RATES = Reals(lo=0, length_of="jumps", optional=True)  # GKLS: non-negative rates


@kernel(h=HERMITIAN, rho=SQUARE.same_as("h"), jumps=JUMPS, rates=RATES)
def gkls(rho, h, jumps, rates=None):
    """The GKLS right-hand side  -i[h, rho] + sum_k g_k (L rho L^dag - {L^dag L, rho}/2)."""
    out = -1j * (h @ rho - rho @ h)
    for l, g in zip(jumps, _rates(jumps, rates)):
        ld = l.conj().T
        ll = ld @ l
        out = out + g * (l @ rho @ ld - (ll @ rho + rho @ ll) / 2)
    return out


@kernel(h=HERMITIAN, x=SQUARE.same_as("h"), jumps=JUMPS, rates=RATES)
def gkls_adjoint(x, h, jumps, rates=None):
    """Hilbert-Schmidt adjoint (Heisenberg picture): i[h, x] + sum g (L^dag x L - {L^dag L, x}/2)."""
    out = 1j * (h @ x - x @ h)
    for l, g in zip(jumps, _rates(jumps, rates)):
        ld = l.conj().T
        ll = ld @ l
        out = out + g * (ld @ x @ l - (ll @ x + x @ ll) / 2)
    return out


def vec(x):
    """Column-stacking vectorisation."""
    return x.T.reshape(-1)


def unvec(v):
    n = int(round(len(v) ** 0.5))
    return v.reshape(n, n).T


def _super_dims(call, out):
    """QuTiP dims of a superoperator on the operators of the Qobj argument ``h``."""
    d = call.qobjs.get("h")
    return None if d is None else [[d[0], d[1]], [d[0], d[1]]]


def _operator_dims(call, out):
    """QuTiP dims of an operator that a superoperator ``sup`` acts on."""
    d = call.qobjs.get("rho") or call.qobjs.get("x")
    sup = call.qobjs.get("sup")
    if d is None and sup is not None and isinstance(sup[0][0], list):  # a QuTiP superoperator
        d = sup[0]
    return d


@kernel(h=HERMITIAN, jumps=JUMPS, rates=RATES, qdims=_super_dims)
def lindbladian(h, jumps, rates=None):
    """GKLS generator as an n^2 x n^2 matrix acting on column-stacked vec(rho)."""
    n = h.shape[0]
    one = identity(n, h)
    out = -1j * (np.kron(one, h) - np.kron(h.T, one))
    for l, g in zip(jumps, _rates(jumps, rates)):
        ll = l.conj().T @ l
        out = out + g * (np.kron(l.conj(), l) - (np.kron(one, ll) + np.kron(ll.T, one)) / 2)
    return out


@kernel(sup=SUPEROPERATOR)
def hs_adjoint(sup):
    """Hilbert-Schmidt adjoint of a superoperator matrix: Tr[A^dag L(B)] = Tr[L#(A)^dag B]."""
    return sup.conj().T


def _acted_on(call):
    n = math.isqrt(call.args["sup"].shape[0])
    return n, f"sup acts on {n}x{n} matrices"


@kernel(sup=SUPEROPERATOR, x=SQUARE.sized(_acted_on), qdims=_operator_dims)
def apply_super(sup, x):
    """Apply a superoperator matrix to an operator."""
    return unvec(sup @ vec(x))


def _expm(a):
    if not is_mp(a):
        import scipy.linalg  # imported here: costly, and most runs never need it
        return scipy.linalg.expm(a)
    with _arb.arb_precision():
        return _arb.from_acb(_arb.to_acb(a).exp())


@kernel(sup=SUPEROPERATOR, rho=SQUARE.sized(_acted_on), t=TIMES, qdims=_operator_dims)
def propagate(sup, rho, t):
    """exp(L t)[rho] at the working precision; ``t`` may be a sequence."""
    if np.ndim(t) == 0 and not isinstance(t, (list, tuple)):
        return unvec(_expm(sup * t) @ vec(rho))
    return [unvec(_expm(sup * s) @ vec(rho)) for s in t]


@kernel(sup=SUPEROPERATOR, qdims=_operator_dims)
def steady_state(sup):
    """The unique trace-one fixed point of L (L[rho] = 0).

    Solves L vec(rho) = 0 with one equation replaced by Tr rho = 1; raises
    :class:`SingularMatrix` if the fixed point is not unique.
    """
    m = sup.copy()
    n2 = m.shape[0]
    n = int(round(n2 ** 0.5))
    trace_row = vec(identity(n, sup))
    m[0, :] = trace_row
    rhs = np.zeros(n2, dtype=m.dtype) if not is_mp(m) else np.array([mp.mpf(0)] * n2, dtype=object)
    rhs[0] = 1
    if is_mp(m):
        with _arb.arb_precision():
            try:
                x = _arb.from_acb(_arb.to_acb(m).solve(_arb.to_acb(rhs.reshape(-1, 1))))[:, 0]
            except ZeroDivisionError as exc:
                raise SingularMatrix("steady_state: the generator has no unique fixed point "
                                     "(the bordered system is singular)") from exc
    else:
        if np.linalg.cond(m) * FLOAT64_EPS > 1e-3:
            raise SingularMatrix("steady_state: the generator has no unique fixed point "
                                 f"(condition number {np.linalg.cond(m):.1e})")
        x = np.linalg.solve(m, rhs)
    rho = unvec(x)
    resid = sup @ vec(rho)
    if max(abs(v) for v in resid) > round_tol(sup) * 2**8:
        raise SingularMatrix(f"steady_state: no unique fixed point (residual "
                             f"{mp.nstr(max(abs(v) for v in resid), 3)})")
    return (rho + rho.conj().T) / 2
