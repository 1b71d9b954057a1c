"""Heat baths for few-qubit systems: Drude-Lorentz bosonic baths, their hierarchical equations of
motion (HEOM, QuTiP's solver), the weak-coupling thermal GKLS model as a cross-check, and the heat
and entropy production read off a trajectory.

Conventions.  hbar = k_B = 1, natural logarithm, drho/dt = -i[H, rho]; the system's tensor order is
that of its Qobj dims (A (x) B for two qubits).  A bath couples to the system through
H_I = Q (x) X, X = sum_j c_j x_j, with the Drude-Lorentz spectral density

    J(w) = 2 lam gamma w / (w^2 + gamma^2)

(``lam`` the reorganisation energy, ``gamma`` the cutoff) and the correlation function
C(t) = <X(t) X(0)> = (1/pi) int_0^inf J(w) [coth(w / 2T) cos wt - i sin wt] dw, QuTiP's
convention.  For w << gamma, J(w) = eta w with the Ohmic strength eta = 2 lam / gamma.

Heat.  Q_k(t) = <H_Bk>(0) - <H_Bk>(t) is the energy extracted from bath k (Holdsworth and Kawai
(C2)); its rate J_k = dQ_k/dt.  In the HEOM the bath energy is read from the first-tier auxiliary
density operators (ADOs) rho_j of bath k (Kato and Tanimura, J. Chem. Phys. 145, 224105 (2016)):

    J_k = -sum_j nu_j Tr(Q_k rho_j) + 2 Im C_k(0) Tr(Q_k^2 rho),    <Q_k X_k> = sum_j Tr(Q_k rho_j),

so that d/dt [<H_S> + sum_k <Q_k X_k>] = sum_k J_k exactly within the hierarchy (energy
conservation, the test of this module).  Q_k is integrated exactly with the state: the generator is
augmented by the rows of J_k and exponentiated on the time step (or, for large hierarchies, applied
to the state with scipy's expm_multiply).

Entropy production.  Sigma(t) = Delta S(rho(t)) - sum_k Q_k(t)/T_k ((C4) of Holdsworth and Kawai:
the relative entropy of the total state to rho_S(t) (x) Gibbs baths, >= 0 for baths that start in
equilibrium and uncorrelated); with ``parties`` the sum of the parties' entropies replaces S(rho)
((14) with the signs of (C4)).

QuTiP (>= 5) is the optional extra ``corrcheck[heom]``; it is imported on first use, so importing
this module never needs it (:func:`available` tells).  States and operators go in as
:class:`qutip.Qobj`; a :class:`Trajectory` gives back Qobj states and numpy arrays.
"""
import contextlib
import math
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata

import numpy as np
import scipy.linalg
import scipy.sparse
import scipy.sparse.linalg

TOL = 1e-10  # input validation: Hermiticity, trace
DENSE_MAX = 1500  # generators up to this size are exponentiated densely on the time step


class MissingExtra(ImportError):
    """QuTiP 5, the optional extra ``corrcheck[heom]``, is not installed."""


class BathError(ValueError):
    """Invalid bath, Hamiltonian, state or time grid (the message says which)."""


def available():
    """True if the optional extra ``corrcheck[heom]`` (QuTiP >= 5) is installed; cheap: it reads
    the installed version without importing QuTiP."""
    try:
        version = metadata.version("qutip")
    except metadata.PackageNotFoundError:
        return False
    return int(version.split(".")[0]) >= 5


def _qutip():
    try:
        import qutip
        from qutip.solver import heom  # noqa: F401 - QuTiP 5 only
    except ImportError as exc:
        raise MissingExtra("corrcheck.baths needs the optional extra corrcheck[heom] (QuTiP >= 5): "
                           "pip install 'corrcheck[heom]'") from exc
    if int(qutip.__version__.split(".")[0]) < 5:
        raise MissingExtra(f"corrcheck.baths needs QuTiP >= 5, found {qutip.__version__}")
    return qutip


def qutip_version():
    """The installed QuTiP version (raises :class:`MissingExtra` without it)."""
    return _qutip().__version__


# ------------------------------------------------------------------ validation


def _operator(x, name, dims=None):
    qt = _qutip()
    if not isinstance(x, qt.Qobj) or not x.isoper:
        raise BathError(f"{name} must be a qutip.Qobj operator, got {type(x).__name__}")
    if dims is not None and x.dims != dims:
        raise BathError(f"{name} has dims {x.dims}, the system has {dims}")
    return x


def _hermitian(x, name, dims=None):
    x = _operator(x, name, dims)
    m = x.full()
    if np.abs(m - m.conj().T).max() > TOL * max(1.0, np.abs(m).max()):
        raise BathError(f"{name} must be Hermitian")
    return x


def _positive(x, name):
    if not (isinstance(x, (int, float, np.floating, np.integer)) and math.isfinite(x) and x > 0):
        raise BathError(f"{name} must be a positive number, got {x!r}")
    return float(x)


def _grid(times):
    t = np.asarray(times, dtype=float)
    if t.ndim != 1 or len(t) < 2:
        raise BathError("times must be a 1-d grid of at least two times")
    dt = t[1] - t[0]
    if not dt > 0 or np.abs(np.diff(t) - dt).max() > 1e-9 * max(1.0, abs(t[-1])):
        raise BathError("times must be increasing and uniformly spaced")
    return t, dt


def _state(rho, dims):
    qt = _qutip()
    if not isinstance(rho, qt.Qobj) or not rho.isoper or rho.dims != dims:
        raise BathError(f"the initial state must be a qutip.Qobj density matrix with dims {dims}")
    m = rho.full()
    if abs(np.trace(m) - 1) > 1e-8 or np.abs(m - m.conj().T).max() > 1e-8:
        raise BathError("the initial state must be Hermitian with unit trace")
    if np.linalg.eigvalsh((m + m.conj().T) / 2)[0] < -1e-8:
        raise BathError("the initial state must be positive semidefinite")
    return m


# ------------------------------------------------------------------ baths


@dataclass(frozen=True)
class DrudeLorentz:
    """A Drude-Lorentz bosonic bath at temperature ``T`` coupled through the system operator ``Q``
    (a Hermitian Qobj): J(w) = 2 lam gamma w/(w^2 + gamma^2).  ``tag`` names it in trajectories.

    :meth:`ohmic` builds one from the Ohmic strength eta = J'(0) instead of lam."""
    Q: object
    lam: float
    gamma: float
    T: float
    tag: str = "bath"

    def __post_init__(self):
        _hermitian(self.Q, f"coupling operator of bath {self.tag!r}")
        if not (isinstance(self.lam, (int, float)) and math.isfinite(self.lam) and self.lam >= 0):
            raise BathError(f"bath {self.tag!r}: lam must be a non-negative number, got "
                            f"{self.lam!r}")
        object.__setattr__(self, "lam", float(self.lam))
        object.__setattr__(self, "gamma", _positive(self.gamma, f"bath {self.tag!r}: gamma"))
        object.__setattr__(self, "T", _positive(self.T, f"bath {self.tag!r}: T"))

    @classmethod
    def ohmic(cls, Q, eta, gamma, T, tag="bath"):
        """The bath with J(w) = eta w gamma^2/(w^2 + gamma^2) (lam = eta gamma / 2)."""
        return cls(Q, eta * gamma / 2, gamma, T, tag)

    def spectral_density(self, w):
        """J(w) (odd in w)."""
        w = np.asarray(w, dtype=float)
        return 2 * self.lam * self.gamma * w / (w**2 + self.gamma**2)

    def spectrum(self, w):
        """S(w) = int C(t) e^{iwt} dt = 2 J(w) (n(w) + 1), the rate of a transition that lowers
        the system's energy by w (n the Bose function; S(0) = 4 lam T/gamma)."""
        w = np.asarray(w, dtype=float)
        out = np.empty_like(w)
        small = np.abs(w) < 1e-12
        ws = w[~small]
        out[~small] = 2 * self.spectral_density(ws) / -np.expm1(-ws / self.T)
        out[small] = 4 * self.lam * self.T / self.gamma
        return out

    def exponents(self, Nk, pade=True):
        """The QuTiP bath of ``Nk`` Pade (default) or Matsubara terms (a BosonicBath)."""
        from qutip.solver.heom import DrudeLorentzBath, DrudeLorentzPadeBath
        if not (isinstance(Nk, (int, np.integer)) and Nk >= 0):
            raise BathError(f"Nk must be a non-negative integer, got {Nk!r}")
        cls = DrudeLorentzPadeBath if pade else DrudeLorentzBath
        return cls(self.Q, self.lam, self.gamma, self.T, int(Nk), tag=self.tag)


def _check_baths(baths, dims):
    baths = tuple(baths)
    if not baths or not all(isinstance(b, DrudeLorentz) for b in baths):
        raise BathError("baths must be a non-empty sequence of DrudeLorentz baths")
    tags = [b.tag for b in baths]
    if len(set(tags)) != len(tags):
        raise BathError(f"bath tags must be distinct, got {tags}")
    for b in baths:
        _operator(b.Q, f"coupling operator of bath {b.tag!r}", dims)
    qs = [b.Q.full() for b in baths]
    for i, a in enumerate(qs):
        for b in qs[i + 1:]:
            if np.abs(a @ b - b @ a).max() > TOL:
                raise BathError("the coupling operators of different baths must commute (the heat "
                                "currents assume it)")
    return baths


# ------------------------------------------------------------------ trajectories


@dataclass(frozen=True)
class Trajectory:
    """A system's evolution on a time grid.

    ``rho[i]`` is the system state at ``times[i]`` (an (n, n) array), ``heat[i, k]`` the energy
    extracted from bath ``tags[k]`` since the start, ``interaction[i, k]`` = <Q_k X_k> at
    ``times[i]`` (zero in the GKLS model), ``dims`` the system's Qobj dims; ``end`` the state at
    the last time to continue from (the whole hierarchy, a HierarchyADOsState, for HEOM; a Qobj
    for GKLS); ``provenance`` how it was computed.
    """
    times: np.ndarray
    rho: np.ndarray
    heat: np.ndarray
    interaction: np.ndarray
    dims: list
    tags: tuple
    end: object = None
    provenance: dict = field(default_factory=dict)

    def __len__(self):
        return len(self.times)

    @cached_property
    def states(self):
        """The states as Qobj density matrices."""
        qt = _qutip()
        return [qt.Qobj(r, dims=self.dims) for r in self.rho]

    def expect(self, op):
        """Tr(op rho(t)) on the grid (real part; ``op`` a Hermitian Qobj or array)."""
        m = op.full() if hasattr(op, "full") else np.asarray(op)
        return np.real(np.einsum("ij,tji->t", m, self.rho))

    def then(self, other):
        """This trajectory followed by ``other`` (which starts where this one ends, possibly after
        an instantaneous operation on the system): times and heat of ``other`` are shifted to
        continue these; both points at the junction are kept."""
        if other.tags != self.tags or other.dims != self.dims:
            raise BathError("only trajectories of the same system and baths can be joined")
        return Trajectory(
            np.concatenate([self.times, self.times[-1] + other.times - other.times[0]]),
            np.concatenate([self.rho, other.rho]),
            np.concatenate([self.heat, self.heat[-1] + other.heat - other.heat[0]]),
            np.concatenate([self.interaction, other.interaction]), self.dims, self.tags,
            other.end, {**self.provenance, **other.provenance})


class _Flow:
    """dv/dt = gen v with the integrals q(t) = int_0^t rows v: the augmented generator
    [[gen, 0], [rows, 0]] is exponentiated on the time step (dense, up to DENSE_MAX) or applied
    to the state by scipy's expm_multiply (sparse, larger hierarchies); exact up to rounding."""

    def __init__(self, gen, rows):
        gen = scipy.sparse.csr_array(gen)
        n, m = gen.shape[0], rows.shape[0]
        self.n, self.m = n, m
        zeros = scipy.sparse.csr_array((n + m, m), dtype=complex)
        self.aug = scipy.sparse.hstack([scipy.sparse.vstack([gen, scipy.sparse.csr_array(rows)]),
                                        zeros], format="csr", dtype=complex)
        self._steps = {}

    def step(self, dt):
        key = round(dt, 12)
        if key not in self._steps:
            with _one_thread():
                self._steps[key] = scipy.linalg.expm(self.aug.toarray() * dt)
        return self._steps[key]

    def run(self, v0, times, reads):
        """Linear functionals ``reads`` (k x n) of v on ``times``, the integrals q, and the whole
        v at the last time.  Dense: steps are blocked, step a m + b read as (R P^b)(P^m)^a u0
        (R the reads, m a power of 2 near sqrt(steps)): ~sqrt(steps) products of a few rows with
        P and log2(m) squarings instead of one product per step."""
        t, dt = _grid(times)
        n, m = self.n, self.m
        u0 = np.concatenate([v0, np.zeros(m)])
        r = np.zeros((len(reads) + m, n + m), dtype=complex)
        r[:len(reads), :n] = reads
        r[len(reads):, n:] = np.eye(m)
        if n + m > DENSE_MAX:
            with _one_thread():
                us = scipy.sparse.linalg.expm_multiply(self.aug, u0, start=0.0, stop=t[-1] - t[0],
                                                       num=len(t), endpoint=True)
            out = us @ r.T
            return out[:, :len(reads)], np.real(out[:, len(reads):]), us[-1, :n]
        step = self.step(dt)
        steps = len(t) - 1
        block = 1 << max(0, (steps.bit_length() + 1) // 2)  # a power of 2, ~ sqrt(steps)
        with _one_thread():
            heads = [r]                                    # R P^b, b = 0 .. block-1
            for _ in range(block - 1):
                heads.append(heads[-1] @ step)
            starts = [u0]                                  # (P^block)^a u0
            jump = np.linalg.matrix_power(step, block)
            for _ in range(steps // block):
                starts.append(jump @ starts[-1])
            out = np.einsum("bkn,an->abk", np.array(heads), np.array(starts))
            out = out.reshape(-1, len(r))[:len(t)]
            last = starts[-1]
            for _ in range(steps - block * (len(starts) - 1)):
                last = step @ last
        return out[:, :len(reads)], np.real(out[:, len(reads):]), last[:n]


def _one_thread():
    """BLAS limited to one thread (if threadpoolctl is installed): these matrices are a few
    hundred wide, where threads cost more than they give on a shared machine."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(1, user_api="blas")


def _trace_row(op):
    """The row r with r . vec(rho) = Tr(op rho) for column-stacked vec (QuTiP's order)."""
    return np.asarray(op).ravel(order="C")


class HEOM:
    """The hierarchical equations of motion of a system with Hamiltonian ``H`` (Qobj) coupled to
    ``baths`` (:class:`DrudeLorentz`), built by QuTiP's :class:`qutip.solver.heom.HEOMSolver`
    with ``Nk`` Pade (``pade=True``) or Matsubara exponents per bath and hierarchy depth
    ``depth``.  The coupling operators must commute with each other (one bath per party).

    >>> import qutip as qt
    >>> bath = DrudeLorentz.ohmic(qt.sigmax(), 0.001, 2.0, 1.0)
    >>> h = HEOM(qt.Qobj(np.diag([-0.5, 0.5])), [bath], Nk=2, depth=2)
    >>> round(float(h.steady().rho.full()[1, 1].real), 3)   # Gibbs: 1/(1 + e) = 0.269
    0.269
    """

    def __init__(self, H, baths, Nk=2, depth=3, pade=True):
        from qutip.solver.heom import HEOMSolver
        _hermitian(H, "H")
        self.H, self.dims = H, H.dims
        self.baths = _check_baths(baths, H.dims)
        if not (isinstance(depth, (int, np.integer)) and depth >= 1):
            raise BathError(f"depth must be a positive integer, got {depth!r}")
        self.Nk, self.depth, self.pade = int(Nk), int(depth), bool(pade)
        self.solver = HEOMSolver(H, [b.exponents(Nk, pade) for b in self.baths], self.depth,
                                 options={"progress_bar": False})
        self.ados = self.solver.ados
        self.n = H.shape[0]
        self.size = self.n**2 * len(self.ados.labels)
        self._heat, self._inter = self._heat_rows()
        self._flow = _Flow(self.solver.rhs(0).to("CSR").data.as_scipy(), self._heat)

    def _heat_rows(self):
        """Rows of J_k (energy extracted from bath k per unit time) and <Q_k X_k> acting on the
        stacked ADO vector (block i = column-stacked ADO i)."""
        from qutip.solver.heom import BathExponent
        nb, n2 = len(self.baths), self.n**2
        heat = np.zeros((nb, self.size), dtype=complex)
        inter = np.zeros((nb, self.size), dtype=complex)
        for k, b in enumerate(self.baths):
            q = b.Q.full()
            im_c0 = 0.0
            for label in self.ados.filter(level=1, tags=[b.tag]):
                [e] = self.ados.exps(label)
                i = self.ados.idx(label)
                heat[k, i * n2:(i + 1) * n2] = -e.vk * _trace_row(q)
                inter[k, i * n2:(i + 1) * n2] = _trace_row(q)
                if e.type == BathExponent.types.I:
                    im_c0 += e.ck
                elif e.type == BathExponent.types.RI:
                    im_c0 += e.ck2
            heat[k, :n2] += 2 * im_c0 * _trace_row(q @ q)
        return heat, inter

    def _vector(self, start):
        from qutip.solver.heom import HierarchyADOsState
        if isinstance(start, HierarchyADOsState):
            a = np.asarray(start._ado_state)
            if a.shape != (len(self.ados.labels), self.n, self.n):
                raise BathError("the hierarchy state does not match this hierarchy")
            return a.reshape(-1).astype(complex)
        v = np.zeros(self.size, dtype=complex)
        v[:self.n**2] = _state(start, self.dims).ravel(order="F")
        return v

    def _ado_state(self, v):
        from qutip.solver.heom import HierarchyADOsState
        qt = _qutip()
        n = self.n
        rho = qt.Qobj(v[:n * n].reshape((n, n), order="F"), dims=self.dims)
        return HierarchyADOsState(rho, self.ados, v.reshape((len(self.ados.labels), n, n)))

    def steady(self):
        """The steady state of the whole hierarchy (a HierarchyADOsState; ``.rho`` the system's)."""
        return self.solver.steady_state(use_mkl=False)[1]

    def inject(self, start, delta):
        """The hierarchy ``start`` with the system operator ``delta`` (Qobj or array) added to its
        system state, the auxiliary operators unchanged: an instantaneous operation on the system
        alone, rho_tot -> rho_tot + delta (x) Gibbs baths (e.g. preparing a correlation chi with
        zero marginals)."""
        v = self._vector(start)
        d = delta.full() if hasattr(delta, "full") else np.asarray(delta, dtype=complex)
        if d.shape != (self.n, self.n):
            raise BathError(f"delta must be {self.n} x {self.n}")
        v[:self.n**2] += d.ravel(order="F")
        return self._ado_state(v)

    def evolve(self, start, times):
        """The :class:`Trajectory` on the uniform grid ``times`` from ``start``: a Qobj system
        state (baths in equilibrium and uncorrelated with it: all ADOs zero) or a
        HierarchyADOsState (from :meth:`steady`, :meth:`inject` or a trajectory's ``end``).
        Propagation: the exponential of QuTiP's HEOM generator on the time step."""
        n, nb = self.n, len(self.baths)
        reads = np.vstack([np.eye(n * n, self.size), self._inter])
        out, q, last = self._flow.run(self._vector(start), times, reads)
        rho = out[:, :n * n].reshape((len(out), n, n), order="F")
        rho = (rho + rho.conj().transpose(0, 2, 1)) / 2
        return Trajectory(np.asarray(times, dtype=float) - times[0], rho, q,
                          np.real(out[:, n * n:]), self.dims, tuple(b.tag for b in self.baths),
                          self._ado_state(last), self.provenance())

    def currents(self, state):
        """The heat currents J_k (energy extracted from bath k per unit time) and the interaction
        energies <Q_k X_k> at a hierarchy state (e.g. :meth:`steady`): two arrays."""
        v = self._vector(state)
        return np.real(self._heat @ v), np.real(self._inter @ v)

    def provenance(self):
        """Solver, versions and parameters, for the record of a result."""
        return {"solver": "qutip.solver.heom.HEOMSolver generator, exponentiated on the time step",
                "qutip": qutip_version(), "expansion": "Pade" if self.pade else "Matsubara",
                "Nk": self.Nk, "depth": self.depth, "ados": len(self.ados.labels),
                "baths": "; ".join(f"{b.tag}: lam={b.lam:g}, gamma={b.gamma:g}, T={b.T:g}"
                                   for b in self.baths)}


# ------------------------------------------------------------------ weak coupling


def _eigenoperators(Q, H):
    """The decomposition Q = sum_w A(w) into parts lowering the energy of H by w (arrays)."""
    e, u = np.linalg.eigh(H)
    qe = u.conj().T @ Q @ u
    parts = {}
    for i in range(len(e)):
        for j in range(len(e)):
            if abs(qe[i, j]) < 1e-14:
                continue
            w = round(e[j] - e[i], 9)       # |i><j| lowers the energy by e_j - e_i
            parts.setdefault(w, np.zeros_like(qe))[i, j] = qe[i, j]
    return {w: u @ a @ u.conj().T for w, a in parts.items()}


class GKLS:
    """The weak-coupling thermal GKLS model of ``H`` with ``baths``: for each bath k the coupling
    operator is split into eigenoperators A_k(w) of ``local[k]`` (default: of H, the global
    secular model) and each relaxes at rate S_k(w) (:meth:`DrudeLorentz.spectrum`):

        drho/dt = -i[H, rho] + sum_k sum_w S_k(w) (A rho A^dag - {A^dag A, rho}/2),

    no Lamb shift.  ``local[k]`` = the Hamiltonian of the party bath k touches (e.g.
    H_A (x) I) gives the local model.  Heat: J_k = Tr(H D_k[rho]), so dTr(H rho)/dt = sum_k J_k."""

    def __init__(self, H, baths, local=None):
        _hermitian(H, "H")
        self.H, self.dims = H, H.dims
        self.baths = _check_baths(baths, H.dims)
        if local is None:
            local = [H] * len(self.baths)
        if len(local) != len(self.baths):
            raise BathError("give one local Hamiltonian per bath")
        self.local = [_hermitian(h, "local Hamiltonian", H.dims) for h in local]
        qt = _qutip()
        h = H.full()
        self.dissipators = []
        for b, hl in zip(self.baths, self.local):
            ops = []
            for w, a in _eigenoperators(b.Q.full(), hl.full()).items():
                rate = float(b.spectrum(np.array([w]))[0])
                ops.append(qt.Qobj(math.sqrt(rate) * a, dims=H.dims))
            self.dissipators.append(qt.liouvillian(None, ops) if ops else None)
        self.generator = qt.liouvillian(H, [])
        for d in self.dissipators:
            if d is not None:
                self.generator = self.generator + d
        self._rows = np.array([_trace_row(h) @ d.full() if d is not None
                               else np.zeros(len(h)**2) for d in self.dissipators])
        self._flow = _Flow(self.generator.full(), self._rows)

    def steady(self):
        """The steady state (Qobj)."""
        return _qutip().steadystate(self.generator)

    def inject(self, start, delta):
        """The state ``start`` + ``delta`` (Qobj or array): an instantaneous operation."""
        d = delta.full() if hasattr(delta, "full") else np.asarray(delta, dtype=complex)
        return _qutip().Qobj(start.full() + d, dims=self.dims)

    def evolve(self, start, times):
        """The :class:`Trajectory` from the Qobj state ``start`` on the uniform grid ``times``
        (``end``: the last state, a Qobj)."""
        n = self.H.shape[0]
        v, q, last = self._flow.run(_state(start, self.dims).ravel(order="F"), times, np.eye(n * n))
        rho = v.reshape((len(v), n, n), order="F")
        rho = (rho + rho.conj().transpose(0, 2, 1)) / 2
        end = _qutip().Qobj(rho[-1], dims=self.dims)
        return Trajectory(np.asarray(times, dtype=float) - times[0], rho, q,
                          np.zeros_like(q), self.dims, tuple(b.tag for b in self.baths), end,
                          self.provenance())

    def currents(self, state):
        """The heat currents J_k = Tr(H D_k[rho]) at the Qobj state ``state`` and zero interaction
        energies: two arrays."""
        j = np.real(self._rows @ state.full().ravel(order="F"))
        return j, np.zeros_like(j)

    def provenance(self):
        return {"solver": "weak-coupling thermal GKLS (secular, no Lamb shift), "
                          + ("local" if any(h is not self.H for h in self.local) else "global"),
                "baths": "; ".join(f"{b.tag}: lam={b.lam:g}, gamma={b.gamma:g}, T={b.T:g}"
                                   for b in self.baths)}


# ------------------------------------------------------------------ thermodynamics


def entropy(rho):
    """von Neumann entropy (natural log) of a stack of density matrices (..., n, n)."""
    p = np.clip(np.linalg.eigvalsh(rho), 0, None)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.sum(np.where(p > 0, p * np.log(p), 0.0), axis=-1)


def reduced(rho, dims, keep):
    """Partial trace of a stack (t, n, n) with party dimensions ``dims`` onto party ``keep``."""
    dims = list(dims)
    k = len(dims)
    r = rho.reshape([rho.shape[0]] + dims + dims)
    letters = "abcdefghij"
    idx_in = "t" + letters[:k] + letters[k:2 * k]
    out = list(idx_in)
    for p in range(k):
        if p != keep:
            out[1 + k + p] = out[1 + p]
    expr = "".join(out) + "->t" + letters[keep] + letters[k + keep]
    return np.einsum(expr, r)


def party_entropies(traj):
    """S(rho_p(t)) for each party p of the system: an array (t, parties)."""
    dims = traj.dims[0]
    return np.stack([entropy(reduced(traj.rho, dims, p)) for p in range(len(dims))], axis=1)


def mutual_information(traj):
    """I(t) = sum_p S(rho_p) - S(rho) of a bipartite (or multipartite: total correlation) system."""
    return party_entropies(traj).sum(axis=1) - entropy(traj.rho)


def entropy_production(traj, temperatures, parties=False):
    """Sigma(t) = Delta S(rho(t)) - sum_k Q_k(t)/T_k for baths at ``temperatures`` (in the order of
    ``traj.tags``); with ``parties=True`` the parties' entropies are summed instead of S(rho)
    (Sigma_0 of Holdsworth and Kawai (14), with the signs of (C4))."""
    temps = np.asarray(temperatures, dtype=float)
    if temps.shape != (len(traj.tags),) or not np.all(temps > 0):
        raise BathError(f"give one positive temperature per bath ({len(traj.tags)})")
    s = party_entropies(traj).sum(axis=1) if parties else entropy(traj.rho)
    return s - s[0] - traj.heat @ (1 / temps)

