"""Holdsworth and Kawai, "Heat pump driven entirely by quantum correlation",
Phys. Rev. A 106, 062604 (2022).  Claims in equation order: Sec. II (1)-(4), the two-qubit
model (5)-(13) with its Appendices A (A1)-(A4) and B (B1)-(B3), Figs. 1-2 and their text,
entropy production (14)-(15) with Appendix C (C1)-(C4), the heat pump (16)-(18), and the
HEOM results (Figs. 4-6) from a Drude-Lorentz bath model (corrcheck.baths, extra corrcheck[heom]).

Basis convention forced by the printed lambdas (6): lambda_1 = e^{(beta_A+beta_B)/2}/(Z_A Z_B)
is the Gibbs weight of |00>, so |0> is the ground state of each qubit and
H_A = H_B = diag(-1/2, +1/2) in the basis (|0>, |1>).  In the repository's sigma_z = diag(1, -1)
the paper's H = (omega/2) sigma_z reads -sigma_z/2 (claim eq6.sigma_z_repository shows that
+sigma_z/2 contradicts (6)).

Models.
* Random bipartite systems (Sec. II): Gibbs marginals with a random correlation matrix
  (:func:`numeric.constructions.fixed_marginal_state`), random Hamiltonians, either
  energy-conserving interactions ([V, H_A + H_B] = 0, identical local Hamiltonians,
  :func:`numeric.constructions.resonant_part`) or general ones, exact unitary evolution to a
  random time, or a mixture of two such evolutions (a non-unitary, energy-conserving channel).
* The two-qubit model (Sec. III): the state (5)+(10) evolved exactly with
  H_A + H_B + V_AB (7); fixed samples at the paper's T_A = 2, T_B = 1, Omega = 0.1 and at
  T_A = 5, T_B = 0.5, Omega = 0.35, for delta = 0, +pi/2, -pi/2 and generic delta, at several t.
* Finite heat baths (Sec. IV, Appendix C): the qubit pair A, B with one bath qubit each
  (h hot, c cold), Gibbs baths, random couplings, exact evolution; and a system qubit s with a
  two-qubit hot bath and a one-qubit cold bath.
* An exact heat-pump cycle (Sec. V) as a collision model: stage 1 couples (or drives) A and B,
  stage 2 swaps A with a fresh hot-bath qubit and B with a fresh cold-bath qubit of the same
  Hamiltonians, which returns A and B exactly to their Gibbs states (Delta S_A = Delta S_B = 0,
  I = 0 at the end, as assumed before (17)).
* Drude-Lorentz baths (Sec. IV-V, Figs. 4-6): each qubit coupled to its own bosonic bath, solved
  with QuTiP's HEOM; the unprinted cutoff and coupling map are chosen and scanned (see the HEOM
  section).

Hand-written evaluators: the smallest eigenvalue of a matrix (A1, A2, (10)), the
optimisation over the family (8) (SymPy proof of the maximiser plus a grid scan of the
feasible set) and the time series of the HEOM model (Figs. 4-6); every other claim is an
expression of the language.
"""
import functools
import math

import mpmath as mp
import numpy as np
import sympy
from sympy import I, Abs, Max, Min, Rational, Symbol, atan, cos, exp, log, pi, sin, sqrt

from corrcheck import baths as bath_models
from corrcheck import numeric
from corrcheck.numeric.constructions import fixed_marginal_state, permute_parties, resonant_part
from corrcheck.symbolic.expr import (Concurrence, Dt, Entropy, Expm, Logm, Mat, Op, RelEntropy, Tr, comm,
                           mutual_information, ptr)

from corrcheck.claim import FAILS, HOLDS, UNDECIDED, Paper, Precondition
from corrcheck.samplers import (bounded_hermitian, density, derived, fixed, hermitian, sampler,
                       uniform, unitary)

PAPER = Paper(
    "holdsworth2022",
    title="Heat pump driven entirely by quantum correlation",
    reference="T. Holdsworth and R. Kawai, Phys. Rev. A 106, 062604 (2022)",
    conventions="hbar = omega = k_B = 1, natural log. Each qubit's basis is (|0>, |1>) with |0> "
                "the GROUND state: H_A = H_B = diag(-1/2, +1/2), i.e. the paper's sigma_z is "
                "|1><1| - |0><0| = -diag(1, -1). This is forced by the printed lambdas (6): "
                "lambda_1 = e^{(beta_A+beta_B)/2}/(Z_A Z_B) is the weight of |00>, which must then "
                "have energy -1/2 - 1/2 (eq6.sigma_z_repository: with H = +diag(1,-1)/2 the "
                "lambdas come out reversed). Two-qubit basis |00>, |01>, |10>, |11> = paper indices "
                "1..4 (kron order A (x) B), rho_ij = <i|rho|j>, Z = Tr e^{-beta H} = 2 cosh(beta/2). "
                "Delta_AB = E_A - E_B (SED), delta = phi_V - phi_chi, C_0 = 2 sqrt(lambda_4). "
                "Q_k is the energy extracted from bath k (Sec. IV and (C2)); W the work done on the "
                "system. drho/dt = -i[H, rho].",
)

# ------------------------------------------------------------------ symbols and closed forms

T_A, T_B = Symbol("T_A", positive=True), Symbol("T_B", positive=True)
Omega = Symbol("Omega", positive=True)
phi_V, phi_chi = Symbol("phi_V", real=True), Symbol("phi_chi", real=True)
t = Symbol("t", real=True)
HALF = Rational(1, 2)


def _Z(T):
    """Partition function of diag(-1/2, 1/2) at temperature T (= 2 cosh(1/(2T)))."""
    return exp(1 / (2 * T)) + exp(-1 / (2 * T))


ZZ = _Z(T_A) * _Z(T_B)
LAM_EXPR = (exp((1 / T_A + 1 / T_B) / 2) / ZZ, exp((1 / T_A - 1 / T_B) / 2) / ZZ,
            exp((-1 / T_A + 1 / T_B) / 2) / ZZ, exp(-(1 / T_A + 1 / T_B) / 2) / ZZ)   # (6)
# lambda_k as symbols, bound in every sampler to (6) at its T_A, T_B (exactly in exact proofs):
# the closed forms below stay short
LAM = lam1, lam2, lam3, lam4 = sympy.symbols("lambda_1:5", positive=True)
delta = phi_V - phi_chi
C0 = 2 * sqrt(lam4)                       # (11)
D0 = lam3 - lam2                          # Delta_AB(0) (claim text.sed0)
theta = atan(C0 * sin(delta) / D0)        # (13)
TAU = Abs(theta) / (2 * Omega)            # first maximum, text after (13)
AMP = sqrt(D0**2 + C0**2 * sin(delta)**2)
X2 = 2 * Omega * t


def _E(i, j):
    """|i><j| in the paper's 1-based two-qubit indices."""
    m = sympy.zeros(4, 4)
    m[i - 1, j - 1] = 1
    return m


HQ = sympy.diag(-HALF, HALF)
HZ_REPO = sympy.diag(HALF, -HALF)          # +sigma_z/2 with the repository's sigma_z
V_MATRIX = Omega * (exp(I * phi_V) * _E(2, 3) + exp(-I * phi_V) * _E(3, 2))
CHI10 = (sympy.diag(-lam4, lam4, lam4, -lam4)
         + sqrt(lam4) * (exp(I * phi_chi) * _E(2, 3) + exp(-I * phi_chi) * _E(3, 2)))
LAMBDA_MATRIX = sympy.diag(*LAM)
RHO0_MATRIX = LAMBDA_MATRIX + CHI10
SX = sympy.Matrix([[0, 1], [1, 0]])
SY = sympy.Matrix([[0, -I], [I, 0]])

HqA, HqB = Mat(HQ, ("A",), "Hq_A"), Mat(HQ, ("B",), "Hq_B")
Vq = Mat(V_MATRIX, ("A", "B"), "V_AB")
chi10 = Mat(CHI10, ("A", "B"), "chi_10")
rho0q = Mat(RHO0_MATRIX, ("A", "B"), "rho0_10")
Lq = Mat(LAMBDA_MATRIX, ("A", "B"), "Lambda")
Hq = HqA + HqB + Vq


def elem(x, i, j):
    """<i|x|j> (paper indices) as Tr[x |j><i|]."""
    return Tr(x * Mat(_E(j, i), ("A", "B"), f"E_{j}{i}"))


# Appendix B: the printed solution and the corrected one (sign of Delta_AB(0) sin 2 Omega t)
R22 = HALF * (lam2 + lam3 + 2 * lam4 - D0 * cos(X2) + sin(delta) * C0 * sin(X2))     # (B2a)
R33 = HALF * (lam2 + lam3 + 2 * lam4 + D0 * cos(X2) - sin(delta) * C0 * sin(X2))     # (B2b)
R23_PRINTED = exp(I * phi_V) / 2 * (C0 * cos(delta) - I * (sin(delta) * C0 * cos(X2) - D0 * sin(X2)))
R32_PRINTED = exp(-I * phi_V) / 2 * (C0 * cos(delta) + I * (sin(delta) * C0 * cos(X2) - D0 * sin(X2)))
R23 = exp(I * phi_V) / 2 * (C0 * cos(delta) - I * (sin(delta) * C0 * cos(X2) + D0 * sin(X2)))
R32 = exp(-I * phi_V) / 2 * (C0 * cos(delta) + I * (sin(delta) * C0 * cos(X2) + D0 * sin(X2)))


def _b2(r23, r32):
    return sympy.Matrix([[lam1 - lam4, 0, 0, 0], [0, R22, r23, 0], [0, r32, R33, 0], [0, 0, 0, 0]])


B2_PRINTED = Mat(_b2(R23_PRINTED, R32_PRINTED), ("A", "B"), "rho_B2printed")
B2_CORRECTED = Mat(_b2(R23, R32), ("A", "B"), "rho_B2")
SED12 = D0 * sqrt(1 + (C0 * sin(delta) / D0) ** 2) * cos(X2 + theta)                 # (12)
SED_REGULAR = D0 * cos(X2) - C0 * sin(delta) * sin(X2)
EA_PRINTED = HALF * (lam1 - lam4 - D0 * cos(X2) - sin(delta) * C0 * sin(X2))          # (B3)
EB_PRINTED = HALF * (lam1 - lam4 + D0 * cos(X2) + sin(delta) * C0 * sin(X2))
EA_CORRECTED = HALF * (lam4 - lam1 + D0 * cos(X2) - sin(delta) * C0 * sin(X2))
EB_CORRECTED = HALF * (lam4 - lam1 - D0 * cos(X2) + sin(delta) * C0 * sin(X2))
CONC_T = sqrt(C0**2 * cos(delta)**2 + (C0 * sin(delta) * cos(X2) + D0 * sin(X2))**2)

# operators of the general (Sec. II) and evolved two-qubit systems
rho0 = Op("rho0", ("A", "B"), "state")           # state at t = 0
rho = Op("rho", ("A", "B"), "state")             # state at t
rho_p = Op("rho_p", ("A", "B"), "state")         # state at t + pi/Omega (qubit model)
rho_sw = Op("rho_sw", ("A", "B"), "state")       # state at t with T_A and T_B exchanged
H_A, H_B = Op("H_A", ("A",), "hermitian"), Op("H_B", ("B",), "hermitian")
V = Op("V", ("A", "B"), "hermitian")
G_A, G_B = Op("rhoG_A", ("A",), "state"), Op("rhoG_B", ("B",), "state")
Gz_A, Gz_B = Op("rhoGz_A", ("A",), "state"), Op("rhoGz_B", ("B",), "state")
W, W2, X = (Op(n, ("A", "B"), "hermitian") for n in ("W", "W2", "X"))
U1 = Op("U1", ("A", "B"), "operator")
u, p_mix, dT, d_set = (Symbol(n, real=True) for n in ("u", "p", "dT", "delta_set"))
w1, w2 = Symbol("w_1", real=True), Symbol("w_2", real=True)
x11, c23 = Symbol("chi_11", real=True), Symbol("c_23", real=True)
chi22, chi33, chi44 = (Symbol(f"chi_{k}{k}", real=True) for k in (2, 3, 4))

SED = Tr((H_A - H_B) * rho)
SED0 = Tr((H_A - H_B) * rho0)
H_OP = H_A + H_B + V
SCHR = {rho: -I * comm(H_OP, rho)}
SCHR0 = {rho0: -I * comm(H_OP, rho0)}
SCHR_Q = {rho: -I * comm(Hq, rho)}
rho_A, rho_B = ptr(rho, "B"), ptr(rho, "A")
rho0_A, rho0_B = ptr(rho0, "B"), ptr(rho0, "A")
chi0 = rho0 - rho0_A * rho0_B
dE_A = Tr(rho * H_A) - Tr(rho0 * H_A)
dS_A = Entropy(rho_A) - Entropy(rho0_A)
dS_B = Entropy(rho_B) - Entropy(rho0_B)
dS_AB = Entropy(rho) - Entropy(rho0)
D_A, D_B = RelEntropy(rho_A, G_A), RelEntropy(rho_B, G_B)
dI = mutual_information(rho, "A", "B") - mutual_information(rho0, "A", "B")
dV = Tr(rho * V) - Tr(rho0 * V)

# ------------------------------------------------------------------ numeric helpers

_LAMBDIFIED = {}


def _value(expr, env, kind):
    """A SymPy expression or matrix of the scalars bound so far (``env`` by name), in ``kind``."""
    is_mat = isinstance(expr, sympy.MatrixBase)
    if is_mat and not isinstance(expr, sympy.ImmutableMatrix):
        expr = sympy.ImmutableMatrix(expr)
    if kind == "exact":
        syms = expr.free_symbols
        out = expr.xreplace({s: env[s.name] for s in syms})
        return np.array(out.tolist(), dtype=object) if is_mat else out
    key = (expr, kind)
    if key not in _LAMBDIFIED:
        e = sympy.ImmutableMatrix(expr) if is_mat else sympy.sympify(expr)
        syms = [s.name for s in sorted(e.free_symbols, key=lambda s: s.name)]
        _LAMBDIFIED[key] = (syms, sympy.lambdify(syms, e, modules="mpmath" if kind == "mp"
                                                 else "numpy"))
    names, fn = _LAMBDIFIED[key]
    out = fn(*[env[n] for n in names])
    if is_mat:
        if kind == "mp":
            return np.array([[mp.mpmathify(x) for x in row] for row in out.tolist()], dtype=object)
        return np.array(out, dtype=complex)
    if kind == "mp":
        z = mp.mpmathify(out)
        return z.real if isinstance(z, mp.mpc) and z.imag == 0 else z
    z = complex(out)
    return z.real if z.imag == 0 else z


LAM_RECIPES = None  # set below


def _with_lambdas(bind):
    """``bind`` with lambda_1..lambda_4 of (6) inserted as soon as T_A and T_B are bound."""
    out = {}
    for k, v in bind.items():
        out[k] = v
        if k in (T_A, T_B) and T_A in out and T_B in out:
            out.update(LAM_RECIPES)
    return out


def _const(m, text="as printed"):
    """A constant matrix, converted once per kind and precision."""
    m = sympy.ImmutableMatrix(m)
    cache = {}

    def fn(env, kind):
        if kind == "exact":
            return np.array(m.tolist(), dtype=object)
        key = (kind, mp.mp.prec)
        if key not in cache:
            cache[key] = numeric.to_array(m) if kind == "mp" else np.array(m.evalf(), dtype=complex)
        return cache[key]
    return derived(fn, text)


def _closed(expr, text):
    """Recipe: the closed form ``expr`` of the scalars bound before it."""
    return derived(lambda env, kind: _value(expr, env, kind), text)


LAM_RECIPES = {lam: _closed(e, f"lambda_{k} of (6)") for k, (lam, e) in
               enumerate(zip(LAM, LAM_EXPR), start=1)}


def _no_exact(kind, what):
    if kind == "exact":
        raise NotImplementedError(f"{what} has no exact form")


def _eye(n, like):
    return numeric.arrays.identity(n, like)


def _gibbs(h_name, T_name):
    def fn(env, kind):
        h, T = env[h_name], env[T_name]
        if kind == "exact":
            m = sympy.Matrix(h)
            if not m.is_diagonal():
                raise NotImplementedError("exact Gibbs state of a non-diagonal Hamiltonian")
            g = (-m / T).exp()
            return np.array((g / g.trace()).tolist(), dtype=object)
        return numeric.gibbs(h, 1 / T)
    return derived(fn, f"Gibbs state of {h_name} at temperature {T_name}")


def _h_total(env):
    ha, hb = env["H_A"], env["H_B"]
    return (numeric.kron(ha, _eye(hb.shape[0], ha)) + numeric.kron(_eye(ha.shape[0], ha), hb)
            + env["V"])


def _evolve(env, kind, r0, time, h=None):
    _no_exact(kind, "an exactly evolved state")
    return numeric.UnitaryFlow(_h_total(env) if h is None else h).evolve(r0, time)


def _copy(name):
    return derived(lambda env, kind: env[name], f"= {name}")


def _kron_of(*names):
    return derived(lambda env, kind: numeric.kron(*[env[n] for n in names]),
                   " (x) ".join(names))


# ------------------------------------------------------------------ samplers: two-qubit model

P1 = {T_A: "2", T_B: "1", Omega: "0.1"}            # Figs. 1, 4-6
P2 = {T_A: "5", T_B: "0.5", Omega: "0.35"}          # a second parameter set
# (phi_V, phi_chi) for delta = 0, pi/2, -pi/2, -1 and 2.2
DELTAS = {"d0": (0, 0), "dp": (pi / 2, 0), "dm": (0, pi / 2), "dg": (Rational(2, 5), Rational(7, 5)),
          "dg2": (Rational(-3, 10), Rational(-5, 2))}


def _scalar(v):
    return v if hasattr(v, "build") else fixed(v)


_HQ = _const(HQ, "diag(-1/2, 1/2)")


def qubit_model(name, scalars, random=False, chi=True, v_matrix=V_MATRIX, extras=False,
                description=""):
    """The two-qubit model: ``scalars`` maps T_A, T_B, Omega, phi_V, phi_chi, t (and auxiliary
    symbols, first) to recipes or printed values; binds H_A = H_B = diag(-1/2, 1/2), V (7), the
    initial state (5)+(10) (or (5) alone without ``chi``), its Gibbs marginals and the exact
    evolution rho(t); with ``extras`` also rho(t + pi/Omega) and, with T_A and T_B exchanged,
    rho_sw(t)."""
    bind = _with_lambdas({k: _scalar(v) for k, v in scalars.items()})
    r0 = RHO0_MATRIX if chi else LAMBDA_MATRIX
    r0_swapped = r0.xreplace({lam2: lam3, lam3: lam2})   # T_A <-> T_B exchanges lambda_2, lambda_3
    bind.update({
        H_A: _HQ, H_B: _HQ,
        V: _closed(v_matrix, "V_AB of (7)" if v_matrix is V_MATRIX else "Omega sigma_x (x) sigma_x"),
        rho0: _closed(r0, "(5) + (10)" if chi else "(5): no correlation"),
        G_A: _gibbs("H_A", "T_A"), G_B: _gibbs("H_B", "T_B"),
        rho: derived(lambda env, kind: _evolve(env, kind, env["rho0"], env["t"]),
                     "exact evolution to t")})
    if extras:
        def later(env, kind):
            return _evolve(env, kind, env["rho0"], env["t"] + _value(pi / Omega, env, kind))

        def swapped(env, kind):
            return _evolve(env, kind, _value(r0_swapped, env, kind), env["t"])
        bind[rho_p] = derived(later, "exact evolution to t + pi/Omega")
        bind[rho_sw] = derived(swapped, "exact evolution to t from the state with T_A and T_B "
                                        "exchanged")
    return sampler(name, ("A", "B"), (2, 2), bind, random=random, description=description)


def _t_extremum(k):
    """(k pi - theta)/(2 Omega): the k-th extremum of (12) (k = 0: tau for theta < 0)."""
    return (k * pi - theta) / (2 * Omega)


def _time_label(time):
    names = {TAU: "tau = |theta|/(2 Omega)", _t_extremum(1): "(pi - theta)/(2 Omega)",
             _t_extremum(2): "(2 pi - theta)/(2 Omega)"}
    return names.get(time, str(time)) if isinstance(time, sympy.Basic) else time


def _time(time):
    return time if not isinstance(time, sympy.Basic) else _closed(time, _time_label(time))


def _fixed_qubit(pset, dkey, time, label, chi=True, v_matrix=V_MATRIX, extras=False):
    pv, pc = DELTAS[dkey]
    sc = dict(pset)
    sc.update({phi_V: pv, phi_chi: pc, t: _time(time)})
    return qubit_model(label, sc, chi=chi, v_matrix=v_matrix, extras=extras,
                       description=f"T_A = {pset[T_A]}, T_B = {pset[T_B]}, Omega = {pset[Omega]}, "
                                   f"delta = {sympy.sstr(pv - pc)}, t = {_time_label(time)}")


Q_P1 = {k: _fixed_qubit(P1, k, "4", f"P1-{k}-t4") for k in ("d0", "dp", "dm")}
Q_P1["dg"] = _fixed_qubit(P1, "dg", "9", "P1-dg-t9")
Q_P1_T0 = _fixed_qubit(P1, "dm", "0", "P1-dm-t0")
Q_P1_T13 = _fixed_qubit(P1, "dm", "13", "P1-dm-t13")
Q_P1_TAU = _fixed_qubit(P1, "dm", TAU, "P1-dm-tau")
Q_P1_DG_TAU = _fixed_qubit(P1, "dg", TAU, "P1-dg-tau")
Q_P1_DP_MIN = _fixed_qubit(P1, "dp", _t_extremum(1), "P1-dp-min")
Q_P1_DP_MAX = _fixed_qubit(P1, "dp", _t_extremum(2), "P1-dp-max")
Q_P2 = {k: _fixed_qubit(P2, k, "2.7", f"P2-{k}-t2.7") for k in ("d0", "dp", "dm", "dg2")}
Q_P2_TAU = _fixed_qubit(P2, "dm", TAU, "P2-dm-tau")
Q_P1_NOCHI = _fixed_qubit(P1, "d0", "6", "P1-nochi-t6", chi=False)
Q_XX = _fixed_qubit(P1, "dm", "5", "P1-dm-t5-xx", v_matrix=Omega * sympy.kronecker_product(SX, SX))
FIG2_EQUAL = {T_A: "1.5", T_B: "1.5", Omega: "0.1"}
FIG2_REVERSED = {T_A: "1", T_B: "2", Omega: "0.1"}
Q_EQ = {k: _fixed_qubit(FIG2_EQUAL, k, "5", f"F2eq-{k}-t5") for k in ("d0", "dm")}
Q_REV = {k: _fixed_qubit(FIG2_REVERSED, k, "5", f"F2rev-{k}-t5") for k in ("d0", "dm")}

_RT = uniform(0.3, 5)
_PHI = uniform(-math.pi, math.pi)


def _hot():
    """T_B in (0.3, 3), T_A = T_B + dT with dT in (0.1, 3)."""
    return {dT: uniform(0.1, 3), T_B: uniform(0.3, 3), T_A: _closed(T_B + dT, "T_B + dT")}


def _rand(name, temps=None, delta_range=None, time=None, description="", **kw):
    sc = dict(temps or {T_A: _RT, T_B: _RT})
    if delta_range is None:
        sc.update({Omega: uniform(0.02, 0.6), phi_V: _PHI, phi_chi: _PHI})
    else:
        lo, hi = delta_range
        sc = {d_set: uniform(float(lo), float(hi)) if lo != hi else fixed(lo), **sc,
              Omega: uniform(0.02, 0.6),
              phi_V: _PHI, phi_chi: _closed(phi_V - d_set, "phi_V - delta_set")}
    sc[t] = uniform(0, 40) if time is None else _time(time)
    return qubit_model(name, sc, random=True, description=description, **kw)


Q_RAND = _rand("Q-rand", description="random T_A, T_B in (0.3, 5), Omega in (0.02, 0.6), phases, "
                                     "t in (0, 40)")
Q_HOT = _rand("Q-hot", temps=_hot(), description="random, T_A > T_B")
Q_COLD = _rand("Q-cold", temps={dT: uniform(0.1, 3), T_A: uniform(0.3, 3),
                                T_B: _closed(T_A + dT, "T_A + dT")},
               description="random, T_A < T_B")
Q_EQUAL = _rand("Q-equal", temps={T_A: _RT, T_B: _closed(T_A, "T_A")}, delta_range=(0, 0),
                description="random, T_A = T_B, delta = 0")
Q_ANOM = _rand("Q-anom", temps=_hot(), delta_range=(-math.pi, 0),
               description="random, T_A > T_B, delta in (-pi, 0)")
Q_ANOM_TAU = _rand("Q-anom-tau", temps=_hot(), delta_range=(-math.pi, 0), time=TAU,
                   description="random, T_A > T_B, delta in (-pi, 0), t = tau")
Q_NORMAL = _rand("Q-normal", temps=_hot(), delta_range=(0, 0),
                 description="random, T_A > T_B, delta = 0")
Q_DM_TAU = _rand("Q-dm-tau", temps=_hot(), delta_range=(-pi / 2, -pi / 2), time=TAU,
                 description="random, T_A > T_B, delta = -pi/2, t = tau")

Q_RAND_EXT = _rand("Q-rand-ext", extras=True, description="random T_A, T_B in (0.3, 5), Omega in "
                                                        "(0.02, 0.6), phases, t in (0, 40)")
QUBIT_EXT = (Q_RAND_EXT, _fixed_qubit(P1, "dm", "4", "P1-dm-t4-ext", extras=True),
             _fixed_qubit(P1, "dg", "9", "P1-dg-t9-ext", extras=True),
             _fixed_qubit(P2, "dg2", "2.7", "P2-dg2-t2.7-ext", extras=True),
             _fixed_qubit(FIG2_REVERSED, "dm", "5", "F2rev-dm-t5-ext", extras=True))
QUBIT_FIXED = (Q_P1["d0"], Q_P1["dp"], Q_P1["dm"], Q_P1["dg"], Q_P1_T0, Q_P1_T13,
               Q_P2["d0"], Q_P2["dp"], Q_P2["dm"], Q_P2["dg2"])
QUBIT = (Q_RAND,) + QUBIT_FIXED
QUBIT_HOT_FIXED = QUBIT_FIXED          # every fixed set has T_A > T_B
QUBIT_HOT = (Q_HOT,) + QUBIT_HOT_FIXED
QUBIT_ALL_T = QUBIT + (Q_EQ["d0"], Q_EQ["dm"], Q_REV["d0"], Q_REV["dm"])
QUBIT_ANOM = (Q_ANOM, Q_P1["dm"], Q_P1["dg"], Q_P1_T0, Q_P2["dm"], Q_P1_TAU)
QUBIT_TAU = (Q_ANOM_TAU, Q_P1_TAU, Q_P1_DG_TAU, Q_P2_TAU)

# ------------------------------------------------------------------ samplers: general bipartite


def _fixed_marginals(env, kind):
    _no_exact(kind, "a state with fixed marginals")
    return fixed_marginal_state(env["rhoG_A"], env["rhoG_B"], env["X"], env["u"])


def _resonant(w_name):
    def fn(env, kind):
        _no_exact(kind, "a resonant interaction")
        return resonant_part(env[w_name], env["H_A"], env["H_B"])
    return derived(fn, f"part of {w_name} commuting with H_A + H_B")


def bipartite(name, dims, interaction="resonant", start="correlated", channel="unitary",
              temps=None, description=""):
    """A random bipartite system: local Gibbs states at T_A, T_B of random H_A, H_B (H_B = H_A
    for a ``resonant`` interaction, the part of a random Hermitian W commuting with H_A + H_B;
    a ``general`` one is a random Hermitian V), an initial state with those marginals and a
    random correlation matrix (``correlated``), none (``product``) or any state (``arbitrary``),
    evolved exactly to a random t (``unitary``) or by a mixture p U_1 . U_1^dag + (1-p) U_2 . U_2^dag
    of two resonant evolutions (``mixed``, non-unitary)."""
    bind = dict(temps or {T_A: uniform(0.6, 4), T_B: uniform(0.6, 4)})
    bind[H_A] = bounded_hermitian(2)
    if interaction == "resonant":
        bind.update({H_B: _copy("H_A"), W: bounded_hermitian(2), V: _resonant("W")})
    else:
        bind.update({H_B: bounded_hermitian(2), V: bounded_hermitian(2)})
    bind.update({G_A: _gibbs("H_A", "T_A"), G_B: _gibbs("H_B", "T_B")})
    if start == "correlated":
        bind.update({X: bounded_hermitian(2), u: uniform(0, 1),
                     rho0: derived(_fixed_marginals, "rhoG_A (x) rhoG_B + correlation matrix")})
    elif start == "product":
        bind[rho0] = _kron_of("rhoG_A", "rhoG_B")
    else:
        bind[rho0] = density()
    bind[t] = uniform(0, 6)
    if channel == "unitary":
        bind[rho] = derived(lambda env, kind: _evolve(env, kind, env["rho0"], env["t"]),
                            "exact evolution to t")
    else:
        def mixed(env, kind):
            _no_exact(kind, "a mixed-unitary channel")
            h2 = _h_total(env) - env["V"] + resonant_part(env["W2"], env["H_A"], env["H_B"])
            return (env["p"] * _evolve(env, kind, env["rho0"], env["t"])
                    + (1 - env["p"]) * _evolve(env, kind, env["rho0"], env["t"], h2))
        bind.update({W2: bounded_hermitian(2), p_mix: uniform(0, 1),
                     rho: derived(mixed, "p U_1 rho0 U_1^dag + (1-p) U_2 rho0 U_2^dag")})
    return sampler(name, ("A", "B"), dims, bind, description=description)


B_RES2 = bipartite("res-2x2", (2, 2), description="resonant interaction, correlated Gibbs marginals")
B_RES3 = bipartite("res-3x3", (3, 3), description="resonant interaction, correlated Gibbs marginals")
B_GEN = bipartite("gen-2x3", (2, 3), "general", description="general interaction, correlated "
                                                         "Gibbs marginals")
B_MIX = bipartite("mix-2x2", (2, 2), channel="mixed", description="mixture of two resonant "
                                                                 "evolutions (non-unitary)")
B_PROD_HOT = bipartite("prod-hot-2x2", (2, 2), start="product", temps=_hot(),
                       description="resonant, uncorrelated Gibbs start, T_A > T_B")
B_CORR_HOT = bipartite("corr-hot-3x3", (3, 3), temps=_hot(),
                       description="resonant, correlated Gibbs marginals, T_A > T_B")
B_ARB = bipartite("arb-2x2", (2, 2), "general", start="arbitrary",
                  description="any initial state, general interaction")


def _mixed_qubit(label):
    """The two-qubit model (P1, delta = -pi/2) with rho = (U rho0 U^dag + rho0)/2 at t = 5."""
    sc = {**P1, phi_V: 0, phi_chi: pi / 2, t: "5"}
    base = qubit_model(label, sc)
    bind = dict(base.bind)
    bind[rho] = derived(lambda env, kind: (_evolve(env, kind, env["rho0"], env["t"])
                                           + env["rho0"]) / 2,
                        "(U rho0 U^dag + rho0)/2: half evolved, half not")
    return sampler(label, ("A", "B"), (2, 2), bind, random=False,
                   description="P1, delta = -pi/2, t = 5, mixture of evolved and initial state")


Q_MIX = _mixed_qubit("P1-dm-mixed")

_RX = sympy.Matrix([[Rational(4, 5), Rational(3, 10)], [Rational(3, 10), Rational(1, 5)]])
_RY = sympy.Matrix([[Rational(1, 2), -Rational(3, 10) * I], [Rational(3, 10) * I, Rational(1, 2)]])
NONGIBBS_FIXED = sampler("nongibbs-product", ("A", "B"), (2, 2), {
    H_A: _HQ, H_B: _HQ, V: fixed(V_MATRIX.subs({Omega: Rational(1, 10), phi_V: 0})),
    rho0: fixed(sympy.kronecker_product(_RX, _RY), state_dims=(2, 2))}, random=False,
    description="product of states with coherence (not commuting with H_A, H_B), V of (7)")


# ------------------------------------------------------------------ samplers: X states, optimum

_X_GENERAL = (sympy.diag(x11, chi22, chi33, chi44)
              + c23 * (exp(I * phi_chi) * _E(2, 3) + exp(-I * phi_chi) * _E(3, 2)))
_X_9B = (sympy.diag(x11, -x11, -x11, x11)
         + c23 * (exp(I * phi_chi) * _E(2, 3) + exp(-I * phi_chi) * _E(3, 2)))
chiX = Mat(_X_GENERAL, ("A", "B"), "chi_X")
chi9 = Mat(_X_9B, ("A", "B"), "chi_X9b")
rhoX = Lq + chiX
rho9 = Lq + chi9
X_LOW = -lam4 + (Min(lam2, lam3) + lam4) * w1
X_C = w2 * sqrt((lam2 - x11) * (lam3 - x11))


def _x_sampler(name, temps, box=False, general=False, random=True, ws=None, description=""):
    bind = dict(temps)
    bind[phi_chi] = _PHI if random else fixed(Rational(3, 10))
    if general:
        for s in (x11, chi22, chi33, chi44):
            bind[s] = uniform(-0.2, 0.2)
        bind[c23] = uniform(0, 0.4)
    elif box:
        bind.update({x11: uniform(-0.3, 0.3), c23: uniform(0, 0.5)})
    else:
        bind.update({w1: uniform(0, 1) if random else fixed(ws[0]),
                     w2: uniform(0, 1) if random else fixed(ws[1]),
                     x11: _closed(X_LOW, "-lambda_4 + (min(lambda_2, lambda_3) + lambda_4) w_1"),
                     c23: _closed(X_C, "w_2 sqrt((lambda_2 - chi_11)(lambda_3 - chi_11))")})
    return sampler(name, ("A", "B"), (2, 2), _with_lambdas(bind), random=random,
                   description=description)


_RAND_T = {T_A: _RT, T_B: _RT}
_P1_T = {T_A: fixed("2"), T_B: fixed("1")}
_P2_T = {T_A: fixed("5"), T_B: fixed("0.5")}
_REV_T = {T_A: fixed("1"), T_B: fixed("2")}
X_GEN = _x_sampler("X-general", _RAND_T, general=True, description="general X form (8)")
X_GEN_FIXED = sampler("X-general-P1", ("A", "B"), (2, 2), _with_lambdas({
    **_P1_T, phi_chi: fixed(Rational(3, 10)), x11: fixed("0.05"), chi22: fixed("-0.1"),
    chi33: fixed("0.02"), chi44: fixed("0.07"), c23: fixed("0.15")}), random=False,
    description="an X form (8) at T_A = 2, T_B = 1")
X_BOX = _x_sampler("X-9b-box", _RAND_T, box=True, description="(9b) X form, chi_11 in (-0.3, 0.3), "
                                                               "|chi_23| in (0, 0.5): feasible or not")
X_FEAS = _x_sampler("X-feasible", _RAND_T, description="(9b) X form inside the feasible set (A2)")
X_OPT_P1 = _x_sampler("X-optimum-P1", _P1_T, random=False, ws=(0, 1),
                      description="the optimum (10): chi_11 = -lambda_4, |chi_23| = sqrt(lambda_4)")
X_IN_P1 = _x_sampler("X-interior-P1", _P1_T, random=False, ws=("0.2", "0.9"),
                     description="an entangled interior point, T_A = 2, T_B = 1")
X_SEP_P2 = _x_sampler("X-separable-P2", _P2_T, random=False, ws=("0.5", "0.1"),
                      description="a separable point, T_A = 5, T_B = 0.5")
X_REV = _x_sampler("X-edge-rev", _REV_T, random=False, ws=("0.7", "1"),
                   description="on the edge (A2b), T_A = 1, T_B = 2")
X_FEASIBLE = (X_FEAS, X_OPT_P1, X_IN_P1, X_SEP_P2, X_REV)

TEMPS = sampler("temperatures", ("A", "B"), (2, 2), _with_lambdas({**_RAND_T, phi_chi: _PHI}),
                description="random T_A, T_B in (0.3, 5), phi_chi")
TEMPS_FIXED = tuple(sampler(f"temperatures-{k}", ("A", "B"), (2, 2),
                            _with_lambdas({T_A: fixed(tt[T_A]), T_B: fixed(tt[T_B]),
                                           phi_chi: fixed(ph)}),
                            random=False, description=f"T_A = {tt[T_A]}, T_B = {tt[T_B]}")
                    for k, tt, ph in (("P1", {T_A: "2", T_B: "1"}, pi / 2),
                                      ("P2", {T_A: "5", T_B: "0.5"}, 0),
                                      ("rev", {T_A: "1", T_B: "2"}, Rational(1, 3)),
                                      ("equal", {T_A: "1.5", T_B: "1.5"}, -1)))
TEMPERATURES = (TEMPS,) + TEMPS_FIXED


def _gibbs_sampler(name, temps, random=True, description=""):
    bind = {**temps, H_A: _HQ, H_B: _HQ, G_A: _gibbs("H_A", "T_A"),
            G_B: _gibbs("H_B", "T_B"), Op("Hz_A", ("A",), "hermitian"): fixed(HZ_REPO),
            Op("Hz_B", ("B",), "hermitian"): fixed(HZ_REPO), Gz_A: _gibbs("Hz_A", "T_A"),
            Gz_B: _gibbs("Hz_B", "T_B")}
    return sampler(name, ("A", "B"), (2, 2), _with_lambdas(bind), random=random,
                   description=description)


GIBBS = (_gibbs_sampler("gibbs", _RAND_T, description="random T_A, T_B in (0.3, 5)"),
         _gibbs_sampler("gibbs-P1", _P1_T, random=False, description="T_A = 2, T_B = 1"),
         _gibbs_sampler("gibbs-rev", _REV_T, random=False, description="T_A = 1, T_B = 2"))


def _x14(env, kind):
    """The X state with |00>-|11> coherence: chi_11 = min(lambda_2, lambda_3), |rho_14| maximal."""
    l1, l2, l3, l4 = (_value(x, env, kind) for x in LAM)
    m = min(l2, l3) if kind != "exact" else Min(l2, l3)
    root = mp.sqrt if kind == "mp" else (np.sqrt if kind == "float64" else sqrt)
    c = root((l1 + m) * (l4 + m))
    out = np.array([[l1 + m, 0, 0, c], [0, l2 - m, 0, 0], [0, 0, l3 - m, 0], [c, 0, 0, l4 + m]],
                   dtype=object if kind != "float64" else complex)
    if kind == "mp":
        out = np.array([[mp.mpmathify(x) for x in r] for r in out], dtype=object)
    return out


def _chi_sampler(name, temps, state, random=False, description=""):
    bind = {**temps, H_A: _HQ, H_B: _HQ, G_A: _gibbs("H_A", "T_A"),
            G_B: _gibbs("H_B", "T_B")}
    if state == "general":
        bind.update({X: bounded_hermitian(2), u: uniform(0, 1), rho0: derived(_fixed_marginals,
                     "rhoG_A (x) rhoG_B + u t* X_0, X_0 the zero-marginal part of X")})
    elif state == "10":
        bind.update({phi_chi: fixed(Rational(1, 5)), rho0: _closed(RHO0_MATRIX, "(5) + (10)")})
    else:
        bind[rho0] = derived(_x14, "X state with |00>-|11> coherence, chi_11 = min(lambda_2, "
                                   "lambda_3), rho_14 = sqrt(rho_11 rho_44)")
    return sampler(name, ("A", "B"), (2, 2), _with_lambdas(bind), random=random,
                   description=description)


CHI_GENERAL = _chi_sampler("chi-general", _RAND_T, "general", random=True,
                           description="any correlation matrix with (9a), (9b): random T_A, T_B")
CHI_10 = (_chi_sampler("chi-10-P1", _P1_T, "10", description="the optimum (10), T_A = 2, T_B = 1"),
          _chi_sampler("chi-10-P2", _P2_T, "10", description="the optimum (10), T_A = 5, T_B = 0.5"))
CHI_14 = (_chi_sampler("chi-14-P1", _P1_T, "14", description="|00>-|11> X state, T_A = 2, T_B = 1"),
          _chi_sampler("chi-14-rev", _REV_T, "14", description="|00>-|11> X state, T_A = 1, T_B = 2"))

# ------------------------------------------------------------------ samplers: heat baths

R0 = Op("R0", ("A", "B", "h", "c"), "state")        # qubits A, B with baths h (hot), c (cold)
R = Op("R", ("A", "B", "h", "c"), "state")
H_h, H_c = Op("H_h", ("h",), "hermitian"), Op("H_c", ("c",), "hermitian")
G_h, G_c = Op("rhoG_h", ("h",), "state"), Op("rhoG_c", ("c",), "state")
V_Ah, V_Bc = Op("V_Ah", ("A", "h"), "hermitian"), Op("V_Bc", ("B", "c"), "hermitian")
ABHC = ("A", "B", "h", "c")


def _h_abhc(env):
    dims = [2, 2, 2, 2]
    emb = numeric.embed
    return (emb(env["H_A"], dims, [0]) + emb(env["H_B"], dims, [1]) + emb(env["H_h"], dims, [2])
            + emb(env["H_c"], dims, [3]) + emb(env["V"], dims, [0, 1])
            + emb(env["V_Ah"], dims, [0, 2]) + emb(env["V_Bc"], dims, [1, 3]))


def _abhc_evolved(env, kind):
    _no_exact(kind, "an exactly evolved state")
    return numeric.UnitaryFlow(_h_abhc(env)).evolve(env["R0"], env["t"])


def baths(name, random=True, fixed_values=None, description=""):
    """Qubits A, B (any initial state, possibly correlated) with one bath qubit each, Gibbs at
    T_A (h) and T_B (c); random Hamiltonians and couplings A-B, A-h, B-c; exact evolution."""
    if random:
        bind = {T_A: uniform(0.5, 4), T_B: uniform(0.5, 4), H_A: bounded_hermitian(2),
                H_B: bounded_hermitian(2), H_h: bounded_hermitian(2), H_c: bounded_hermitian(2),
                V: bounded_hermitian(1), V_Ah: bounded_hermitian(1),
                V_Bc: bounded_hermitian(1), rho0: density(), t: uniform(0, 4)}
    else:
        bind = _with_lambdas(fixed_values)
    bind.update({G_h: _gibbs("H_h", "T_A"), G_c: _gibbs("H_c", "T_B"),
                 R0: _kron_of("rho0", "rhoG_h", "rhoG_c"),
                 R: derived(_abhc_evolved, "exact evolution of R0 to t")})
    return sampler(name, ABHC, (2, 2, 2, 2), bind, random=random, description=description)


_EXCHANGE = sympy.Matrix([[0, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]])
_P1_V = V_MATRIX.subs({Omega: Rational(1, 10), phi_V: 0})
BATHS_FIXED = baths("baths-P1", random=False, fixed_values={
    **_P1_T, phi_chi: fixed(pi / 2), H_A: _HQ, H_B: _HQ, H_h: _HQ,
    H_c: _HQ, V: fixed(_P1_V), V_Ah: fixed(_EXCHANGE / 20), V_Bc: fixed(_EXCHANGE / 20),
    rho0: _closed(RHO0_MATRIX, "(5) + (10)"), t: fixed("7")},
    description="the two-qubit model (T_A = 2, T_B = 1, Omega = 0.1, delta = -pi/2) with one "
                "bath qubit each, exchange coupling 0.05, t = 7")
BATHS = (baths("baths-random", description="random Hamiltonians and couplings, any AB state"),
         BATHS_FIXED)


def _cycle_final(env, kind):
    """Stage 1: U1 on A, B; stage 2: swap A <-> h and B <-> c (fresh bath qubits of the same
    Hamiltonians)."""
    _no_exact(kind, "a collision cycle")
    dims = [2, 2, 2, 2]
    u1 = numeric.embed(env["U1"], dims, [0, 1])
    r1 = u1 @ env["R0"] @ u1.conj().T
    return permute_parties(r1, dims, (2, 3, 0, 1))


def _stage1_coupled(env, kind):
    _no_exact(kind, "a propagator")
    return numeric.UnitaryFlow(_h_total(env)).unitary(env["t"])


def cycle(name, scalars=None, kind="pump", random=True, description=""):
    """One heat-pump cycle as a collision model.  ``pump``: the two-qubit model (5)+(10)
    coupled by V (7) for a time t; ``resonant``: random identical local Hamiltonians, a
    correlated state with Gibbs marginals, coupled by a random resonant V for t; ``driven``:
    the same state under a random unitary U1 (work is done).  Bath qubits: H_h = H_A at T_A,
    H_c = H_B at T_B."""
    bind = _with_lambdas({k: _scalar(v) for k, v in (scalars or {}).items()})
    if kind == "pump":
        bind.update({H_A: _HQ, H_B: _HQ, V: _closed(V_MATRIX, "V_AB of (7)"),
                     rho0: _closed(RHO0_MATRIX, "(5) + (10)")})
    else:
        bind[H_A] = bounded_hermitian(2)
        bind[H_B] = _copy("H_A") if kind == "resonant" else bounded_hermitian(2)
        bind.update({G_A: _gibbs("H_A", "T_A"), G_B: _gibbs("H_B", "T_B"), X: bounded_hermitian(2),
                     u: uniform(0, 1), rho0: derived(_fixed_marginals, "Gibbs marginals + "
                                                     "random correlation matrix")})
        if kind == "resonant":
            bind.update({W: bounded_hermitian(2), V: _resonant("W"), t: uniform(0, 6)})
    if G_A not in bind:
        bind.update({G_A: _gibbs("H_A", "T_A"), G_B: _gibbs("H_B", "T_B")})
    if kind == "driven" and U1 not in bind:
        bind[U1] = unitary()
    elif kind != "driven":
        bind[U1] = derived(_stage1_coupled, "exp(-i (H_A + H_B + V) t)")
    bind.update({H_h: _copy("H_A"), H_c: _copy("H_B"), G_h: _gibbs("H_h", "T_A"),
                 G_c: _gibbs("H_c", "T_B"), R0: _kron_of("rho0", "rhoG_h", "rhoG_c"),
                 R: derived(_cycle_final, "U1 on A, B, then swaps A <-> h, B <-> c")})
    return sampler(name, ABHC, (2, 2, 2, 2), bind, random=random, description=description)


def _pump_fixed(label, dkey, time, pset=P1, chi=True):
    pv, pc = DELTAS[dkey]
    sc = {**pset, phi_V: pv, phi_chi: pc, t: _time(time)}
    smp = cycle(label, sc, "pump", random=False,
                description=f"two-qubit pump, T_A = {pset[T_A]}, T_B = {pset[T_B]}, Omega = "
                            f"{pset[Omega]}, delta = {sympy.sstr(pv - pc)}, coupled for t = "
                            f"{_time_label(time)}" + ("" if chi else ", no initial correlation"))
    if chi:
        return smp
    bind = dict(smp.bind)
    bind[rho0] = _closed(LAMBDA_MATRIX, "(5): no correlation")
    return sampler(label, ABHC, (2, 2, 2, 2), bind, random=False, description=smp.description)


PUMP_TAU = _pump_fixed("pump-P1-tau", "dm", TAU)
PUMP_HALF = _pump_fixed("pump-P1-t3", "dm", "3")
PUMP_P2 = _pump_fixed("pump-P2-tau", "dm", TAU, pset=P2)
PUMP_PLAIN = _pump_fixed("pump-P1-nochi-t5", "d0", "5", chi=False)
PUMP_RANDOM = cycle("pump-random", {**_hot(), Omega: uniform(0.02, 0.6), d_set: uniform(-math.pi, 0),
                                    phi_V: _PHI, phi_chi: _closed(phi_V - d_set, "phi_V - delta_set"),
                                    w1: uniform(0, 1), t: _closed(2 * TAU * w1, "2 tau w_1")},
                    description="two-qubit pump, T_A > T_B, delta in (-pi, 0), coupled for "
                                "t in (0, 2 tau)")
RES_CYCLE = cycle("resonant-cycle", _hot(), "resonant",
                  description="random identical qubits, correlated Gibbs marginals, resonant "
                              "coupling for t in (0, 6), T_A > T_B")
DRIVEN = cycle("driven-cycle", {T_A: uniform(0.5, 4), T_B: uniform(0.5, 4)}, "driven",
               description="random qubits, correlated Gibbs marginals, random unitary drive")
_DRIVE = sympy.kronecker_product(SX, SX)      # flips both qubits: population inversion


def _driven_fixed():
    base = dict(cycle("x", {**P1, phi_V: 0, phi_chi: pi / 2, t: "0"}, "pump", random=False).bind)
    base[rho0] = _closed(LAMBDA_MATRIX, "(5): no correlation")
    base[U1] = _const(_DRIVE, "sigma_x (x) sigma_x")
    base[R] = derived(_cycle_final, "U1 on A, B, then swaps A <-> h, B <-> c")
    return sampler("driven-P1", ABHC, (2, 2, 2, 2), base, random=False,
                   description="uncorrelated Gibbs state (5) at T_A = 2, T_B = 1, driven by "
                               "sigma_x (x) sigma_x (both qubits inverted), then the swaps")


DRIVEN_FIXED = _driven_fixed()
PUMPS = (PUMP_RANDOM, RES_CYCLE, PUMP_TAU, PUMP_HALF, PUMP_P2, PUMP_PLAIN)
CYCLES = PUMPS + (DRIVEN, DRIVEN_FIXED)

# the Appendix C model: a system qubit s, a two-qubit hot bath h, a one-qubit cold bath c
P_0 = Op("P0", ("s", "h", "c"), "state")
P_t = Op("P", ("s", "h", "c"), "state")
H_s, Hb_h, Hb_c = Op("H_s", ("s",), "hermitian"), Op("Hb_h", ("h",), "hermitian"), \
    Op("Hb_c", ("c",), "hermitian")
Gb_h, Gb_c = Op("Gb_h", ("h",), "state"), Op("Gb_c", ("c",), "state")
V_sh, V_sc = Op("V_sh", ("s", "h"), "hermitian"), Op("V_sc", ("s", "c"), "hermitian")
rho_s0 = Op("rho_s0", ("s",), "state")
beta_h, beta_c = Symbol("beta_h", positive=True), Symbol("beta_c", positive=True)
SHC, SHC_DIMS = ("s", "h", "c"), (2, 4, 2)


def _shc_evolved(env, kind):
    _no_exact(kind, "an exactly evolved state")
    d = list(SHC_DIMS)
    emb = numeric.embed
    h = (emb(env["H_s"], d, [0]) + emb(env["Hb_h"], d, [1]) + emb(env["Hb_c"], d, [2])
         + emb(env["V_sh"], d, [0, 1]) + emb(env["V_sc"], d, [0, 2]))
    return numeric.UnitaryFlow(h).evolve(env["P0"], env["t"])


def _gibbs_beta(h_name, b_name):
    def fn(env, kind):
        _no_exact(kind, "a Gibbs state of a random Hamiltonian")
        return numeric.gibbs(env[h_name], env[b_name])
    return derived(fn, f"Gibbs state of {h_name} at inverse temperature {b_name}")


SIGMA_S = Op("sigma_s", ("s",), "state")


def _full_rank(env, kind):
    _no_exact(kind, "a random state")
    s = env["sigma_s"]
    return (9 * s + numeric.arrays.identity(2, s) / 2) / 10


def _shc(name, bind, random, description):
    bind = dict(bind)
    bind.update({Gb_h: _gibbs_beta("Hb_h", "beta_h"), Gb_c: _gibbs_beta("Hb_c", "beta_c"),
                 P_0: _kron_of("rho_s0", "Gb_h", "Gb_c"),
                 P_t: derived(_shc_evolved, "exact evolution of P0 to t")})
    return sampler(name, SHC, SHC_DIMS, bind, random=random, description=description)


def _two_qubit_xx(g1, g2):
    """g1 X_s X_h1 + g2 X_s X_h2 on s (x) (h1 h2)."""
    return (g1 * sympy.kronecker_product(SX, SX, sympy.eye(2))
            + g2 * sympy.kronecker_product(SX, sympy.eye(2), SX))


SHC_SAMPLERS = (
    _shc("shc-random", {beta_h: uniform(0.2, 1), beta_c: uniform(0.5, 2), H_s: bounded_hermitian(2),
                        Hb_h: bounded_hermitian(2), Hb_c: bounded_hermitian(2),
                        V_sh: bounded_hermitian(1), V_sc: bounded_hermitian(1), SIGMA_S: density(),
                        rho_s0: derived(_full_rank, "(9 sigma_s + I/2)/10: full rank"),
                        t: uniform(0, 4)}, True,
         "random Hamiltonians and couplings, any full-rank system state (ln rho(0) in (C4))"),
    _shc("shc-chain", {beta_h: fixed("0.5"), beta_c: fixed("2"), H_s: _HQ,
                       Hb_h: fixed(sympy.diag(-Rational(9, 10), -Rational(1, 2), Rational(1, 2),
                                              Rational(9, 10))),
                       Hb_c: fixed(sympy.diag(-Rational(11, 20), Rational(11, 20))),
                       V_sh: fixed(_two_qubit_xx(Rational(1, 5), Rational(1, 10))),
                       V_sc: fixed(Rational(3, 20) * sympy.kronecker_product(SX, SX)),
                       rho_s0: fixed([[Rational(1, 5), Rational(1, 5)],
                                      [Rational(1, 5), Rational(4, 5)]], state_dims=(2,)),
                       t: fixed("3")}, False,
         "qubit s (diag(-1/2, 1/2)), hot bath of two qubits (gaps 0.4, 1.4), cold qubit (gap "
         "1.1), XX couplings 0.2, 0.1, 0.15, beta_h = 0.5, beta_c = 2, t = 3"))

# ------------------------------------------------------------------ hand-written evaluators


def _real(ev, x):
    return mp.re(x) if ev.kind == "mp" else float(np.real(x))


def _lowest_eigenvalue(expr):
    def lowest(ev):
        """smallest eigenvalue of the matrix (numeric.eigvalsh at the working precision)"""
        m = ev.matrix(ev(expr))
        m = (m + m.conj().T) / 2
        return mp.re(numeric.eigvalsh(m)[0]) if ev.kind == "mp" else float(np.linalg.eigvalsh(m)[0])
    lowest.__name__ = "lowest_eigenvalue"
    return lowest


@functools.lru_cache(maxsize=None)
def form8_proof():
    """The maximum of the concurrence over the family (8) under (9a)-(9c), derived with SymPy.

    1. The characteristic polynomial of rho^0 = Lambda + chi(8, 9b) with chi_11 = x, |chi_23| = c
       factorises as (m - l1 - x)(m - l4 - x)((m - l2 + x)(m - l3 + x) - c^2): the spectrum is
       l1 + x, l4 + x and that of the block [[l2 - x, c], [c, l3 - x]] (A1).
    2. lambda_1 - lambda_4 = 2 sinh((beta_A + beta_B)/2)/(Z_A Z_B) > 0, so l1 + x >= 0 follows
       from l4 + x >= 0: the feasible set is -l4 <= x <= min(l2, l3), c^2 <= (l2 - x)(l3 - x)
       (A2).
    3. C = 2 max(0, c - sqrt((l1 + x)(l4 + x))) (A3) grows with c, so c = sqrt((l2 - x)(l3 - x));
       then dC/dx = -(p + q)/sqrt(pq) - (r + s)/sqrt(rs) < 0 with p, q, r, s = l2 - x, l3 - x,
       l1 + x, l4 + x > 0: the maximum is at x = -lambda_4.
    4. There (l2 + l4)(l3 + l4) = l4 exactly: c = sqrt(lambda_4), C_0 = 2 sqrt(lambda_4).

    Returns a dict of the facts (each True) and the maximiser."""
    L = sympy.symbols("l1:5", positive=True)
    x, c, m = sympy.symbols("x c m", real=True)
    chi = sympy.diag(x, -x, -x, x) + c * (_E(2, 3) + _E(3, 2))
    rho_x = sympy.diag(*L) + chi
    charpoly = (m * sympy.eye(4) - rho_x).det()
    factored = (m - L[0] - x) * (m - L[3] - x) * ((m - L[1] + x) * (m - L[2] + x) - c**2)
    f1 = sympy.expand(charpoly - factored) == 0
    a, b = 1 / (2 * T_A), 1 / (2 * T_B)
    e1, e2, e3, e4 = LAM_EXPR
    f2 = (sympy.simplify((e1 - e4 - 2 * sympy.sinh(a + b) / ZZ).rewrite(exp)) == 0
          and (2 * sympy.sinh(a + b) / ZZ).is_positive)
    pp, qq, rr, ss = sympy.symbols("p q r s", positive=True)
    xs = Symbol("x", real=True)
    l1, l2, l3, l4 = sympy.symbols("lambda1:5", positive=True)
    conc = 2 * (sqrt((l2 - xs) * (l3 - xs)) - sqrt((l1 + xs) * (l4 + xs)))
    dconc = sympy.diff(conc, xs).subs({l2 - xs: pp, l3 - xs: qq, l1 + xs: rr, l4 + xs: ss})
    dconc = dconc.subs({l2: pp + xs, l3: qq + xs, l1: rr - xs, l4: ss - xs})
    f3 = sympy.simplify(dconc).is_negative is True
    f4 = sympy.simplify((e2 + e4) * (e3 + e4) - e4) == 0
    return {"charpoly factorises (A1)": f1, "lambda_1 > lambda_4 (A2a)": f2,
            "dC/dx < 0 on the feasible set": f3, "(l2 + l4)(l3 + l4) = l4": f4,
            "maximiser": (-lam4, sqrt(lam4)), "maximum": C0}


def _wootters_batch(rhos):
    """Concurrence of a stack of two-qubit states (float64, screening only)."""
    yy = np.kron(np.array([[0, -1j], [1j, 0]]), np.array([[0, -1j], [1j, 0]]))
    r = rhos @ (yy @ rhos.conj() @ yy)
    w = np.sqrt(np.abs(np.linalg.eigvals(r)))
    w = -np.sort(-w, axis=1)
    return np.maximum(0, w[:, 0] - w[:, 1] - w[:, 2] - w[:, 3])


def form8_maximum(ev):
    """max of C over the family (8): SymPy-derived maximiser, grid scan of the feasible set (A2)

    The SymPy steps are those of :func:`form8_proof` (recorded); the scan evaluates the Wootters
    concurrence in float64 on 41 x 21 points of (A2) and the grid maximum is recomputed at the
    working precision."""
    facts = form8_proof()
    ev.record("SymPy proof steps", "; ".join(f"{k}: {v}" for k, v in facts.items()
                                              if isinstance(v, bool)))
    if not all(v for v in facts.values() if isinstance(v, bool)):
        raise ValueError("the SymPy derivation of the optimum did not go through")
    lams = [float(ev(x)) if ev.kind == "float64" else ev(x) for x in LAM]
    lf = [float(x) for x in lams]
    xs = np.linspace(-lf[3], min(lf[1], lf[2]), 41)
    fr = np.linspace(0, 1, 21)
    states, index = [], []
    for i, x in enumerate(xs):
        cmax = math.sqrt(max(0.0, (lf[1] - x) * (lf[2] - x)))
        for j, f in enumerate(fr):
            m = np.diag([lf[0] + x, lf[1] - x, lf[2] - x, lf[3] + x]).astype(complex)
            m[1, 2] = m[2, 1] = f * cmax
            states.append(m)
            index.append((i, j))
    conc = _wootters_batch(np.array(states))
    i, j = index[int(np.argmax(conc))]
    ev.record("grid maximum (float64)", float(conc.max()))
    ev.record("argmax chi_11 + lambda_4", float(xs[i] + lf[3]))
    ev.record("argmax |chi_23| / sqrt((l2 - chi_11)(l3 - chi_11))", float(fr[j]))
    # the grid point, exactly: x on the grid, c at its fraction of the bound (A2b)
    l1, l2, l3, l4 = lams
    lo, hi = -l4, min(l2, l3)
    x = lo + (hi - lo) * i / (len(xs) - 1)
    c = _sqrt_kind(ev, (l2 - x) * (l3 - x)) * j / (len(fr) - 1)
    rows = [[l1 + x, 0, 0, 0], [0, l2 - x, c, 0], [0, c, l3 - x, 0], [0, 0, 0, l4 + x]]
    if ev.kind == "mp":
        return numeric.concurrence(np.array([[mp.mpmathify(v) for v in r] for r in rows],
                                            dtype=object))
    return numeric.concurrence(np.array(rows, dtype=complex))


def _sqrt_kind(ev, x):
    return mp.sqrt(x) if ev.kind == "mp" else math.sqrt(x)


# ================================================================== Sec. II: eqs. (1)-(4)

PAPER.claim(
    "text.energy_from_gibbs", eq="text before (1)",
    title="E_A = -T_A Tr[rho_A ln rho_A^0] - T_A ln Z_A for a Gibbs rho_A^0",
    statement=r"E_A(t) = -T_A\,\mathrm{Tr}_A\{\rho_A(t)\ln\rho_A^0\} - T_A\ln Z_A",
    lhs=Tr(rho * H_A),
    rhs=-T_A * Tr(rho_A * Logm(G_A)) - T_A * log(Tr(Expm(-H_A / T_A))),
    samplers=(B_GEN, Q_P1["dm"]),
    assumptions=["rho_A^0 = e^{-beta_A H_A}/Z_A (inverting the Gibbs state)"])

PAPER.claim(
    "text.mutual_information", eq="text before (1)",
    title="I_AB = S_A + S_B - S_AB = S(rho_AB || rho_A (x) rho_B)",
    statement=r"S_A + S_B - S_{AB} = S(\rho_{AB}\|\rho_A\otimes\rho_B)",
    lhs=mutual_information(rho, "A", "B"), rhs=RelEntropy(rho, rho_A * rho_B),
    samplers=(B_GEN, Q_P1["dm"], Q_P2["dg2"]))

PAPER.claim(
    "eq1.relative_entropy", eq="1",
    title="beta_A Delta E_A - Delta S_A = S(rho_A(t) || rho_A^0)",
    statement=r"\beta_A\Delta E_A(t) - \Delta S_A = S(\rho_A(t)\|\rho_A^0)",
    lhs=dE_A / T_A - dS_A, rhs=D_A,
    samplers=(B_GEN, B_MIX, Q_P1["dm"], Q_P2["dg2"], Q_MIX),
    assumptions=["rho_A(0) = rho_A^0 Gibbs at T_A", "any evolution of rho_A (unitary or not)"])

PAPER.claim(
    "eq1.nonnegative", eq="1", kind="leq",
    title="beta_A Delta E_A - Delta S_A >= 0 (Klein)",
    statement=r"\beta_A\Delta E_A(t) - \Delta S_A \ge 0",
    lhs=0, rhs=dE_A / T_A - dS_A,
    samplers=(B_GEN, B_MIX, Q_P1["dm"], Q_P1_T0, Q_P2["dg2"], Q_MIX),
    assumptions=["rho_A(0) = rho_A^0 Gibbs at T_A"])

EQ2_LHS = (1 / T_A - 1 / T_B) * dE_A
EQ2_RHS = D_A + D_B + dI
PAPER.claim(
    "eq2.energy_conserving", eq="2",
    title="(beta_A - beta_B) Delta E_A = S(rho_A||rho_A^0) + S(rho_B||rho_B^0) + Delta I_AB",
    statement=r"(\beta_A - \beta_B)\Delta E_A(t) = S(\rho_A(t)\|\rho_A^0) + "
              r"S(\rho_B(t)\|\rho_B^0) + \Delta I_{AB}(t)",
    lhs=EQ2_LHS, rhs=EQ2_RHS,
    samplers=(B_RES2, B_RES3, Q_P1["dm"], Q_P1["dg"], Q_P2["dg2"], Q_P1_T13),
    assumptions=["Gibbs marginals at t = 0", "unitary evolution",
                 "Delta E_A + Delta E_B = 0: interactions with [V, H_A + H_B] = 0 (the text's "
                 "'interaction energy ignored'; here identical local Hamiltonians and the "
                 "resonant part of a random V, or V of (7))"])

PAPER.claim(
    "eq2.interaction_energy", eq="2", role="control", expected=FAILS, search=False,
    title="(2) needs Delta E_A + Delta E_B = 0: fails for general interactions",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB}\ \text{with}\ [V, H_A + H_B] \ne 0",
    lhs=EQ2_LHS, rhs=EQ2_RHS, samplers=(B_GEN, Q_XX),
    reason="With a general interaction the conserved energy is E_A + E_B + <V>, so Delta E_B = "
           "-Delta E_A - Delta<V> and (2) misses beta_B Delta<V> (e.g. the model with V = 0.1 "
           "sigma_x (x) sigma_x, sample P1-dm-t5-xx).")

PAPER.claim(
    "eq2.with_interaction_energy", eq="2", role="control",
    title="(2) for any interaction: + beta_B Delta<V>",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB} + \beta_B\Delta\langle V\rangle",
    lhs=EQ2_LHS, rhs=EQ2_RHS + dV / T_B,
    samplers=(B_GEN, Q_XX, Q_P1["dm"]),
    assumptions=["Gibbs marginals at t = 0", "unitary evolution with H_A + H_B + V"])

PAPER.claim(
    "text.eq2_any_evolution", eq="text after (2)", expected=FAILS, search=False,
    title="'Eq. (2) is valid for any type of evolution, unitary or nonunitary'",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB}\ \text{(non-unitary, energy conserving)}",
    lhs=EQ2_LHS, rhs=EQ2_RHS, samplers=(B_MIX, Q_MIX),
    reason="The derivation uses Delta S_AB = 0 (total entropy conserved), which fails for a "
           "non-unitary evolution even when it conserves E_A + E_B: for a mixture of two resonant "
           "evolutions (or half evolved, half not: sample P1-dm-mixed) S_AB grows and (2) misses "
           "Delta S_AB.")

PAPER.claim(
    "text.eq2_any_evolution_corrected", eq="text after (2)", role="corrected",
    corrects="text.eq2_any_evolution",
    title="(2) for any energy-conserving evolution: + Delta S_AB",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB} + \Delta S_{AB}",
    lhs=EQ2_LHS, rhs=EQ2_RHS + dS_AB, samplers=(B_MIX, Q_MIX, Q_P1["dm"]),
    assumptions=["Gibbs marginals at t = 0", "Delta E_A + Delta E_B = 0"])

PAPER.claim(
    "text.normal_direction", eq="text after (2)", kind="leq",
    title="T_A > T_B and Delta I_AB >= 0: energy flows from hot to cold (Delta E_A <= 0)",
    statement=r"T_A > T_B,\ \Delta I_{AB}(t) \ge 0 \Rightarrow \Delta E_A(t) \le 0",
    lhs=dE_A, rhs=0, samplers=(B_PROD_HOT, B_CORR_HOT, Q_P1["dm"], Q_P1_NOCHI),
    preconditions=[Precondition("Delta I_AB(t) >= 0", lambda ev: _real(ev, ev(dI)) >= 0)],
    assumptions=["T_A > T_B", "Delta E_A + Delta E_B = 0 (resonant interactions)",
                 "an uncorrelated start has Delta I_AB = I_AB(t) >= 0: only an initially "
                 "correlated pair can send energy from cold to hot"])

PAPER.define("eq3.correlation_matrix", eq="3", title="correlation matrix",
             statement=r"\rho_{AB}^0 = \rho_A^0\otimes\rho_B^0 + \chi", expr=chi0)

_COMMUTE_PRE = Precondition(
    "the local states commute with the local Hamiltonians: [rho_A^0, H_A] = [rho_B^0, H_B] = 0 "
    "(e.g. Gibbs states)",
    lambda ev: all(_small(ev, ev(comm(a, h))) for a, h in ((rho0_A, H_A), (rho0_B, H_B))))


def _small(ev, op):
    m = op.m
    tol = 1e-9 if ev.kind == "float64" else mp.mpf(10) ** (-mp.mp.dps + 10)
    return max(abs(x) for x in m.flat) <= tol


EQ4_RHS = -I * Tr((H_A - H_B) * comm(V, chi0))
PAPER.claim(
    "eq4.first_order", eq="4",
    title="first-order trend of the SED: -i Tr{(H_A - H_B)[V_AB, chi]}",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \chi]\}",
    lhs=Dt(SED0), rhs=EQ4_RHS, dynamics=SCHR0,
    samplers=(B_GEN, Q_P1["dm"], Q_P1["dg"], Q_P2["dg2"], Q_XX),
    preconditions=[_COMMUTE_PRE],
    assumptions=["H = H_A + H_B + V_AB, any V_AB",
                 "the term -i Tr{(H_A - H_B)[H_A + H_B, rho]} vanishes identically; the dropped "
                 "term -i Tr{(H_A - H_B)[V_AB, rho_A (x) rho_B]} = -i Tr{([rho_A, H_A] rho_B - "
                 "rho_A [rho_B, H_B]) V_AB} vanishes when the local states commute with the "
                 "local Hamiltonians (Gibbs states)"])

PAPER.claim(
    "eq4.local_part_vanishes", eq="4", role="control",
    title="the H_A + H_B part of the first-order term vanishes for every state",
    statement=r"-i\,\mathrm{Tr}\{(H_A - H_B)[H_A + H_B, \rho]\} = 0",
    lhs=-I * Tr((H_A - H_B) * comm(H_A + H_B, rho0)), rhs=0, samplers=(B_ARB, NONGIBBS_FIXED),
    notes="[H_A - H_B, H_A + H_B] = 0: no precondition is needed for this part.")

PAPER.claim(
    "eq4.product_part", eq="4", role="control",
    title="the term (4) drops: -i Tr{(H_A - H_B)[V, rho_A (x) rho_B]}",
    statement=r"-i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \rho_A\otimes\rho_B]\} = -i\,\mathrm{Tr}"
              r"\{([\rho_A, H_A]\otimes\rho_B - \rho_A\otimes[\rho_B, H_B])V_{AB}\}",
    lhs=-I * Tr((H_A - H_B) * comm(V, rho0_A * rho0_B)),
    rhs=-I * Tr((comm(rho0_A, H_A) * rho0_B - rho0_A * comm(rho0_B, H_B)) * V),
    samplers=(B_ARB, NONGIBBS_FIXED),
    notes="It vanishes when the local states commute with the local Hamiltonians, the "
          "precondition of eq4.first_order.")

PAPER.claim(
    "eq4.noncommuting_marginals", eq="4", role="control", expected=FAILS, search=False,
    title="(4) needs local states commuting with H_A, H_B",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \chi]\}"
              r"\ \text{with}\ [\rho_A^0, H_A] \ne 0",
    lhs=Dt(SED0), rhs=EQ4_RHS, dynamics=SCHR0, samplers=(B_ARB, NONGIBBS_FIXED),
    reason="For local states with coherence in the energy basis the product part contributes "
           "-i Tr{([rho_A, H_A] rho_B - rho_A [rho_B, H_B]) V_AB} to the first-order term "
           "(sample nongibbs-product: a product state, chi = 0, yet dDelta_AB/dt != 0).")

PAPER.claim(
    "text.coherence_needed", eq="text after (7)",
    title="for V_AB of (7) the first-order term depends on chi only through chi_23",
    statement=r"-i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \chi]\} = 4\Omega\,"
              r"\mathrm{Im}(e^{-i\phi_V}\chi_{23})",
    lhs=-I * Tr((HqA - HqB) * comm(Vq, X)),
    rhs=-2 * I * Omega * (exp(-I * phi_V) * elem(X, 2, 3) - exp(I * phi_V) * elem(X, 3, 2)),
    samplers=(sampler("chi-hermitian", ("A", "B"), (2, 2), {X: hermitian(), Omega: uniform(0.02, 1),
                                                             phi_V: _PHI},
                      description="any Hermitian chi, random Omega, phi_V"),
              sampler("chi-10-fixed", ("A", "B"), (2, 2), {
                  Omega: fixed("0.1"), phi_V: fixed(0),
                  X: fixed(CHI10.subs(dict(zip(LAM, LAM_EXPR))).subs({T_A: 2, T_B: 1,
                                                                      phi_chi: pi / 2}))},
                  random=False,
                  description="chi of (10) at T_A = 2, T_B = 1, phi_chi = pi/2, Omega = 0.1")),
    notes="Hence [V_AB, chi] != 0 is not enough: the initial trend needs coherence between |01> "
          "and |10>, as the text says before (8).")

# ================================================================== Sec. III: (5)-(13)

PAPER.claim(
    "eq6.lambdas", eq="5, 6",
    title="rho_A^0 (x) rho_B^0 = diag(lambda_1, ..., lambda_4) with |0> the ground state",
    statement=r"\rho_A^0\otimes\rho_B^0 = \mathrm{diag}(\lambda_1,\lambda_2,\lambda_3,\lambda_4),\ "
              r"\lambda_1 = e^{(\beta_A+\beta_B)/2}/(Z_AZ_B), \ldots",
    lhs=G_A * G_B, rhs=Lq, samplers=GIBBS,
    assumptions=["H_A = H_B = diag(-1/2, 1/2) in (|0>, |1>): |0> is the ground state"])

PAPER.claim(
    "eq6.sigma_z_repository", eq="5, 6", role="control", expected=FAILS, search=False,
    title="with H = +sigma_z/2, sigma_z = diag(1, -1), the printed lambdas come out reversed",
    statement=r"\frac{e^{-\beta_A\sigma_z/2}}{Z_A}\otimes\frac{e^{-\beta_B\sigma_z/2}}{Z_B} = "
              r"\mathrm{diag}(\lambda_1,\ldots,\lambda_4)\ \text{with}\ \sigma_z = \mathrm{diag}(1,-1)",
    lhs=Gz_A * Gz_B, rhs=Lq, samplers=GIBBS,
    reason="With sigma_z = diag(1, -1) the state |0> is excited and the Gibbs product is "
           "diag(lambda_4, lambda_3, lambda_2, lambda_1): the printed (6) forces |0> = ground "
           "state, H = diag(-1/2, 1/2) (the paper's sigma_z is |1><1| - |0><0|).")

PAPER.claim(
    "text.sed0", eq="text before (12)", title="Delta_AB(0) = lambda_3 - lambda_2",
    statement=r"\Delta_{AB}(0) = E_A(0) - E_B(0) = \lambda_3 - \lambda_2",
    lhs=Tr((HqA - HqB) * rho0q), rhs=D0, samplers=TEMPERATURES,
    notes="Positive for T_A > T_B; it equals (tanh(beta_B/2) - tanh(beta_A/2))/2.")

PAPER.define("eq7.interaction", eq="7", title="interaction V_AB",
             statement=r"V_{AB} = \Omega(e^{i\phi_V}|01\rangle\langle 10| + "
                       r"e^{-i\phi_V}|10\rangle\langle 01|)", expr=Vq)

_PHI_SAMPLERS = (sampler("Omega-phi", ("A", "B"), (2, 2), {Omega: uniform(0.02, 1), phi_V: _PHI},
                         description="random Omega, phi_V"),
                 sampler("Omega-phi-P1", ("A", "B"), (2, 2), {Omega: fixed("0.1"), phi_V: fixed(pi / 3)},
                         random=False, description="Omega = 0.1, phi_V = pi/3"))
_XY = (sampler("Omega", ("A", "B"), (2, 2), {Omega: uniform(0.02, 1), phi_V: fixed(0)},
               description="random Omega, phi_V = 0"),
       sampler("Omega-P1", ("A", "B"), (2, 2), {Omega: fixed("0.1"), phi_V: fixed(0)}, random=False,
               description="Omega = 0.1, phi_V = 0"))
_DM = (sampler("Omega-dm", ("A", "B"), (2, 2), {Omega: uniform(0.02, 1), phi_V: fixed(pi / 2)},
               description="random Omega, phi_V = pi/2"),
       sampler("Omega-dm-P1", ("A", "B"), (2, 2), {Omega: fixed("0.1"), phi_V: fixed(pi / 2)},
               random=False, description="Omega = 0.1, phi_V = pi/2"))
_SX, _SY = Mat(SX, ("A",), "sx_A"), Mat(SY, ("A",), "sy_A")
_SXb, _SYb = Mat(SX, ("B",), "sx_B"), Mat(SY, ("B",), "sy_B")
PAPER.claim(
    "text.xy_model", eq="text after (7)", title="phi_V = 0: the XY model",
    statement=r"V_{AB}|_{\phi_V=0} = \frac{\Omega}{2}(\sigma_x\otimes\sigma_x + \sigma_y\otimes\sigma_y)",
    lhs=Vq, rhs=Omega / 2 * (_SX * _SXb + _SY * _SYb), samplers=_XY)
PAPER.claim(
    "text.dm_model", eq="text after (7)", title="phi_V = pi/2: the Dzyaloshinskii-Moriya interaction",
    statement=r"V_{AB}|_{\phi_V=\pi/2} = \frac{\Omega}{2}(\sigma_x\otimes\sigma_y - "
              r"\sigma_y\otimes\sigma_x)",
    lhs=Vq, rhs=Omega / 2 * (_SX * _SYb - _SY * _SXb), samplers=_DM,
    notes="sigma_x, sigma_y in the basis (|0>, |1>); relabelling |0> <-> |1> flips the sign of "
          "sigma_y and hence of the DM vector.")

PAPER.define("eq8.x_form", eq="8", title="X-form correlation matrix",
             statement=r"\chi = \begin{pmatrix}\chi_{11}&0&0&0\\0&\chi_{22}&\chi_{23}&0\\"
                       r"0&\chi_{23}^*&\chi_{33}&0\\0&0&0&\chi_{44}\end{pmatrix}", expr=chiX)

PAPER.claim(
    "eq9b.trace_A", eq="9b, A2", title="Tr_A chi of the X form (8)",
    statement=r"\mathrm{Tr}_A\chi = \mathrm{diag}(\chi_{11}+\chi_{33},\ \chi_{22}+\chi_{44})",
    lhs=ptr(chiX, "A"), rhs=Mat(sympy.diag(x11 + chi33, chi22 + chi44), ("B",), "TrA_chi"),
    samplers=(X_GEN, X_GEN_FIXED),
    notes="With Tr_B below, (9b) holds iff chi_11 = -chi_22 = -chi_33 = chi_44 (text of App. A).")
PAPER.claim(
    "eq9b.trace_B", eq="9b, A2", title="Tr_B chi of the X form (8)",
    statement=r"\mathrm{Tr}_B\chi = \mathrm{diag}(\chi_{11}+\chi_{22},\ \chi_{33}+\chi_{44})",
    lhs=ptr(chiX, "B"), rhs=Mat(sympy.diag(x11 + chi22, chi33 + chi44), ("A",), "TrB_chi"),
    samplers=(X_GEN, X_GEN_FIXED))

_block_min = lambda a, b, c: (a + b) / 2 - sqrt(((a - b) / 2) ** 2 + c ** 2)  # noqa: E731
PAPER.claim(
    "A1.positivity", eq="A1a, A1b, 9a",
    title="spectrum of an X state: rho^0 >= 0 iff (A1a) and (A1b)",
    statement=r"\lambda_{\min}(\rho^0) = \min\{\lambda_1+\chi_{11},\ \lambda_4+\chi_{44},\ "
              r"\tfrac{a+b}{2} - \sqrt{(\tfrac{a-b}{2})^2 + |\chi_{23}|^2}\},\ "
              r"a = \lambda_2+\chi_{22},\ b = \lambda_3+\chi_{33}",
    lhs=_lowest_eigenvalue(rhoX),
    rhs=Min(lam1 + x11, lam4 + chi44, _block_min(lam2 + chi22, lam3 + chi33, c23)),
    samplers=(X_GEN, X_GEN_FIXED),
    notes="The last entry is >= 0 iff a, b >= 0 and sqrt(ab) >= |chi_23| (A1b). (9a) must read "
          "rho >= 0: the optimum (10) is singular (eq10.positive_semidefinite).")

PAPER.claim(
    "A2.feasible_set", eq="A2a, A2b",
    title="with (9b): rho^0 >= 0 iff min(lambda_2, lambda_3) >= chi_11 >= -lambda_4 and (A2b)",
    statement=r"\lambda_{\min}(\rho^0) = \min\{\lambda_4+\chi_{11},\ \tfrac{\lambda_2+\lambda_3}{2} "
              r"- \chi_{11} - \sqrt{(\tfrac{\lambda_2-\lambda_3}{2})^2 + |\chi_{23}|^2}\}",
    lhs=_lowest_eigenvalue(rho9),
    rhs=Min(lam4 + x11, _block_min(lam2 - x11, lam3 - x11, c23)),
    samplers=(X_BOX, X_OPT_P1, X_IN_P1, X_SEP_P2, X_REV),
    notes="lambda_1 + chi_11 never is the smallest eigenvalue because lambda_1 > lambda_4 "
          "(form8_proof step 2); the block entry is >= 0 iff chi_11 <= min(lambda_2, lambda_3) and "
          "(A2b).")

PAPER.claim(
    "A3.concurrence", eq="A3",
    title="concurrence of the (9b) X state",
    statement=r"\mathcal{C}(\rho) = 2\max\{0,\ |\chi_{23}| - "
              r"\sqrt{(\lambda_1+\chi_{11})(\lambda_4+\chi_{11})}\}",
    lhs=Concurrence(rho9), rhs=2 * Max(0, c23 - sqrt((lam1 + x11) * (lam4 + x11))),
    samplers=X_FEASIBLE)

PAPER.claim(
    "A4.entanglement", eq="A4",
    title="entangled iff |chi_23| > sqrt((lambda_1 + chi_11)(lambda_4 + chi_11))",
    statement=r"|\chi_{23}| > \sqrt{(\lambda_1+\chi_{11})(\lambda_4+\chi_{11})} \Rightarrow "
              r"\mathcal{C} = 2(|\chi_{23}| - \sqrt{(\lambda_1+\chi_{11})(\lambda_4+\chi_{11})}) > 0",
    lhs=Concurrence(rho9), rhs=2 * (c23 - sqrt((lam1 + x11) * (lam4 + x11))),
    samplers=X_FEASIBLE,
    preconditions=[Precondition(
        "(A4): |chi_23| > sqrt((lambda_1 + chi_11)(lambda_4 + chi_11))",
        lambda ev: _real(ev, ev(c23 - sqrt((lam1 + x11) * (lam4 + x11)))) > 0)],
    notes="Samples violating (A4) are skipped here; there A3 gives C = 0.")

PAPER.claim(
    "A.optimum", eq="10, 11, A2-A4, Fig. 7",
    title="over the family (8) the maximum concurrence is 2 sqrt(lambda_4)",
    statement=r"\max_{\chi\ \text{of form (8)},\ (9a)-(9c)} \mathcal{C}(\rho^0) = "
              r"\mathcal{C}_0 = 2\sqrt{\lambda_4}\ \text{at}\ \chi_{11} = -\lambda_4,\ "
              r"|\chi_{23}| = \sqrt{\lambda_4}",
    lhs=form8_maximum, rhs=C0, samplers=TEMPERATURES,
    notes="The grid maximum sits at the corner chi_11 = -lambda_4 with |chi_23| at its bound "
          "(A2b), the vertical edge of Fig. 7; the SymPy steps are in form8_proof.")

PAPER.claim(
    "fig7.corner", eq="Fig. 7, A2b",
    trivial="for a product of Gibbs states lambda_2 + lambda_4 and lambda_3 + lambda_4 are "
            "marginal populations whose product is lambda_4",
    title="at chi_11 = -lambda_4 the bound (A2b) is |chi_23|^2 <= lambda_4",
    statement=r"(\lambda_2+\lambda_4)(\lambda_3+\lambda_4) = \lambda_4",
    lhs=(LAM_EXPR[1] + LAM_EXPR[3]) * (LAM_EXPR[2] + LAM_EXPR[3]), rhs=LAM_EXPR[3],
    samplers=TEMPERATURES,
    notes="The vertical edge of Fig. 7 has height lambda_4 = (C_0/2)^2 (the caption's 'square of "
          "maximum concurrence' up to the factor 4).")

PAPER.define("eq10.optimal_chi", eq="10", title="optimal correlation matrix",
             statement=r"\chi = \mathrm{diag}(-\lambda_4, \lambda_4, \lambda_4, -\lambda_4) + "
                       r"\sqrt{\lambda_4}(e^{i\phi_\chi}|01\rangle\langle10| + h.c.)", expr=chi10)

PAPER.claim("eq10.trace_A", eq="10, 9b", title="Tr_A chi = 0 for (10)",
            statement=r"\mathrm{Tr}_A\chi_{(10)} = 0", lhs=ptr(chi10, "A"), rhs=0,
            samplers=TEMPERATURES)
PAPER.claim("eq10.trace_B", eq="10, 9b", title="Tr_B chi = 0 for (10)",
            statement=r"\mathrm{Tr}_B\chi_{(10)} = 0", lhs=ptr(chi10, "B"), rhs=0,
            samplers=TEMPERATURES)
PAPER.claim(
    "eq10.positive_semidefinite", eq="10, 9a",
    title="rho^0 of (5)+(10) is positive semidefinite and singular",
    statement=r"\lambda_{\min}(\rho^0_{(10)}) = 0",
    lhs=_lowest_eigenvalue(rho0q), rhs=0, samplers=TEMPERATURES,
    notes="Spectrum {lambda_1 - lambda_4, lambda_2 + lambda_3 + 2 lambda_4, 0, 0}: rho_44 = 0 and "
          "the 23 block has determinant (l2 + l4)(l3 + l4) - l4 = 0. The optimum lies on the "
          "boundary, so (9a) 'rho > 0' must be read as rho >= 0.")
PAPER.claim(
    "eq11.concurrence", eq="11", title="C(rho^0) = 2 sqrt(lambda_4) for (10)",
    statement=r"\mathcal{C}(\rho^0_{(10)}) = \mathcal{C}_0 = 2\sqrt{\lambda_4}",
    lhs=Concurrence(rho0q), rhs=C0, samplers=TEMPERATURES)

PAPER.claim(
    "text.optimum_scope", eq="11, text", role="control", expected=FAILS, search=False, kind="leq",
    title="outside the family (8), correlation matrices with (9a)-(9c) exceed C_0",
    statement=r"\mathcal{C}(\rho_A^0\otimes\rho_B^0 + \chi) \le 2\sqrt{\lambda_4}\ "
              r"\text{for every}\ \chi\ \text{with (9a)-(9c)}",
    lhs=Concurrence(rho0), rhs=C0, samplers=(CHI_GENERAL,) + CHI_10 + CHI_14,
    reason="The X state with coherence between |00> and |11> (chi_11 = min(lambda_2, lambda_3), "
           "|rho_14| = sqrt(rho_11 rho_44)) has Gibbs marginals and C = 2 sqrt(min(lambda_2, "
           "lambda_3)) > 2 sqrt(lambda_4): 0.818 vs 0.637 at T_A = 2, T_B = 1 (sample chi-14-P1). "
           "The optimum (10)-(11) holds within the family (8) only (claim A.optimum).")

PAPER.claim(
    "text.global_maximum", eq="11, text", role="control", kind="leq",
    title="no correlation matrix with (9a)-(9c) found above 2 sqrt(min(lambda_2, lambda_3))",
    statement=r"\mathcal{C}(\rho_A^0\otimes\rho_B^0 + \chi) \le 2\sqrt{\min(\lambda_2,\lambda_3)}",
    lhs=Concurrence(rho0), rhs=2 * sqrt(Min(lam2, lam3)), samplers=(CHI_GENERAL,) + CHI_10 + CHI_14,
    notes="Numerical evidence, not a proof: random correlation matrices with zero partial traces "
          "(up to the positivity boundary), the counterexample search, and a multistart SLSQP "
          "maximisation over the 9-parameter family (tests/derivations/test_holdsworth2022.py) "
          "approach but never exceed 2 sqrt(min(lambda_2, lambda_3)), reached by the |00>-|11> X "
          "state. For T_A = T_B it is proved by C <= 2 sqrt(det rho_A) (concavity of "
          "sqrt(det) on 2x2 states).")

PAPER.claim(
    "text.rate_optimum", eq="10, text", role="control", kind="leq",
    title="(10) maximises |chi_23|, hence the initial anomalous rate, over all chi with (9a), (9b)",
    statement=r"|\chi_{23}| \le \sqrt{\lambda_4}\ \text{for every}\ \chi\ \text{with (9a), (9b)}",
    lhs=Abs(elem(rho0, 2, 3)), rhs=sqrt(lam4), samplers=(CHI_GENERAL,) + CHI_10 + CHI_14,
    notes="|rho_23|^2 <= rho_22 rho_33 = (lambda_2 - x)(lambda_3 - x) <= (lambda_2 + lambda_4)"
          "(lambda_3 + lambda_4) = lambda_4, with x = -chi_22 >= -lambda_4 from rho_44 >= 0. So "
          "the first-order rate 4 Omega |chi_23| |sin delta| is at most 2 Omega C_0 for every "
          "admissible chi: (10) is optimal for the anomalous exchange, though not for the "
          "concurrence.")

PAPER.claim(
    "eq12.sed", eq="12, 13",
    title="closed-form SED against the exact evolution",
    statement=r"\Delta_{AB}(t) = \Delta_{AB}(0)\sqrt{1 + \left(\frac{\mathcal{C}_0\sin\delta}"
              r"{\Delta_{AB}(0)}\right)^2}\cos(2\Omega t + \theta),\ \theta = "
              r"\mathrm{atan}\frac{\mathcal{C}_0\sin\delta}{\Delta_{AB}(0)}",
    lhs=SED, rhs=SED12, samplers=QUBIT + (Q_REV["d0"], Q_REV["dm"]),
    assumptions=["T_A != T_B ((12) divides by Delta_AB(0); at T_A = T_B use eq12.regular)"])

PAPER.claim(
    "eq12.regular", eq="12, B3", role="control",
    title="SED = Delta_AB(0) cos 2 Omega t - C_0 sin(delta) sin 2 Omega t, also at T_A = T_B",
    statement=r"\Delta_{AB}(t) = \Delta_{AB}(0)\cos 2\Omega t - \mathcal{C}_0\sin\delta\sin 2\Omega t",
    lhs=SED, rhs=SED_REGULAR, samplers=QUBIT_ALL_T + (Q_EQUAL,))

PAPER.define("eq13.theta", eq="13", title="phase theta",
             statement=r"\theta = \mathrm{atan}\left[\frac{\mathcal{C}_0\sin\delta}{\Delta_{AB}(0)}\right],"
                       r"\ |\theta| < \pi/2", expr=theta)

DT_SED0 = Dt(SED0)
PAPER.claim(
    "text.first_order", eq="text after (13)",
    title="first-order term -2 Omega [Delta^2 + C_0^2 sin^2 delta]^{1/2} sin(theta) t",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -2\Omega[\Delta_{AB}^2(0) + "
              r"\mathcal{C}_0^2\sin^2\delta]^{1/2}\sin\theta",
    lhs=DT_SED0, rhs=-2 * Omega * AMP * sin(theta), dynamics=SCHR0, samplers=QUBIT_HOT,
    assumptions=["T_A > T_B (Delta_AB(0) > 0), as assumed in Secs. II-III"])

PAPER.claim(
    "text.first_order_reversed", eq="text after (13)", role="control", expected=FAILS, search=False,
    title="the printed first-order term has the wrong sign when T_A < T_B",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -2\Omega[\Delta_{AB}^2(0) + "
              r"\mathcal{C}_0^2\sin^2\delta]^{1/2}\sin\theta\ \text{for any}\ T_A, T_B",
    lhs=DT_SED0, rhs=-2 * Omega * AMP * sin(theta), dynamics=SCHR0,
    samplers=(Q_RAND, Q_COLD, Q_REV["dm"], Q_P1["dm"]),
    reason="The square root is |Delta_AB(0)| sqrt(1 + tan^2 theta), so the printed form equals "
           "-2 Omega sign(Delta_AB(0)) C_0 sin(delta): for T_A < T_B (Fig. 2, dashed) the sign "
           "flips (sample F2rev-dm-t5).")

PAPER.claim(
    "text.first_order_general", eq="text after (13), 4", role="control",
    title="first-order term -2 Omega C_0 sin(delta) for any temperatures",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -2\Omega\,\mathcal{C}_0\sin\delta",
    lhs=DT_SED0, rhs=-2 * Omega * C0 * sin(delta), dynamics=SCHR0,
    samplers=(Q_RAND, Q_COLD) + QUBIT_FIXED + (Q_REV["dm"], Q_EQ["dm"]))

PAPER.claim(
    "text.anomalous_sign", eq="text after (13)", kind="leq",
    title="C_0 > 0 and -pi < delta < 0: the SED initially grows",
    statement=r"-\pi < \delta < 0 \Rightarrow \frac{d\Delta_{AB}}{dt}\Big|_0 \ge 0",
    lhs=0, rhs=DT_SED0, dynamics=SCHR0, samplers=QUBIT_ANOM + (Q_P1["d0"],))

PAPER.claim(
    "text.fastest_growth", eq="text after (13)", kind="leq",
    title="the fastest growth is at delta = -pi/2",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 \le \frac{d\Delta_{AB}}{dt}\Big|_0^{\delta=-\pi/2} "
              r"= 2\Omega\mathcal{C}_0",
    lhs=DT_SED0, rhs=2 * Omega * C0, dynamics=SCHR0, samplers=QUBIT)

PAPER.claim(
    "text.tau_stationary", eq="text after (13)",
    title="the SED is stationary at tau = |theta|/(2 Omega)",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_{t=\tau} = 0,\ \tau = \frac{|\theta|}{2\Omega}",
    lhs=Dt(SED), rhs=0, dynamics=SCHR, samplers=QUBIT_TAU,
    assumptions=["T_A > T_B", "-pi < delta < 0 (theta < 0)"])

PAPER.claim(
    "text.tau_maximum", eq="text after (13)",
    title="at tau the SED reaches its maximum sqrt(Delta_AB(0)^2 + C_0^2 sin^2 delta)",
    statement=r"\Delta_{AB}(\tau) = \sqrt{\Delta_{AB}^2(0) + \mathcal{C}_0^2\sin^2\delta} = "
              r"\max_t\Delta_{AB}(t)",
    lhs=SED, rhs=AMP, samplers=QUBIT_TAU,
    notes="The maximum of the sinusoid (12); e.g. 0.6465 at T_A = 2, T_B = 1, delta = -pi/2 "
          "(tau = 7.01), against Delta_AB(0) = 0.1086.")

PAPER.claim(
    "text.normal_exchange", eq="text after (13)", kind="leq",
    title="delta = 0 or no correlation: the SED never exceeds Delta_AB(0)",
    statement=r"\delta = 0\ \text{or}\ \chi = 0 \Rightarrow \Delta_{AB}(t) \le \Delta_{AB}(0)",
    lhs=SED, rhs=SED0, samplers=(Q_NORMAL, Q_P1["d0"], Q_P2["d0"], Q_P1_NOCHI),
    assumptions=["T_A > T_B"])

PAPER.claim(
    "text.period", eq="Fig. 1 caption", title="the energy oscillation has period pi/Omega",
    statement=r"\Delta_{AB}(t + \pi/\Omega) = \Delta_{AB}(t)",
    lhs=Tr((H_A - H_B) * rho_p), rhs=SED, samplers=QUBIT_EXT)

PAPER.claim(
    "fig1.concurrence", eq="Fig. 1(b)",
    title="concurrence along the evolution: C(t) = 2|rho_23(t)|",
    statement=r"\mathcal{C}(t) = \sqrt{\mathcal{C}_0^2\cos^2\delta + (\mathcal{C}_0\sin\delta\cos "
              r"2\Omega t + \Delta_{AB}(0)\sin 2\Omega t)^2}",
    lhs=Concurrence(rho), rhs=CONC_T, samplers=QUBIT,
    notes="From the corrected (B2c) with rho_44 = 0. For delta = 0 it stays between C_0 and "
          "sqrt(C_0^2 + Delta_AB(0)^2): 0.637 to 0.646 at T_A = 2, T_B = 1 ('nearly constant'). "
          "Its initial slope is 2 Omega Delta_AB(0) sin(delta): for delta = +pi/2 the concurrence "
          "(and the mutual information) first grow slightly, to 0.646 near t = 1, before "
          "vanishing at (pi - theta)/(2 Omega) = 8.7, whereas for delta = -pi/2 they fall at once "
          "and vanish at tau = 7.0; the caption's 'still decrease in almost the same way' holds "
          "after that first rise (Fig. 1 reproduced).")

_VANISH = (Q_DM_TAU, Q_P1_TAU, Q_P2_TAU, Q_P1_DP_MIN, Q_P1_DP_MAX)
PAPER.claim(
    "fig1.concurrence_vanishes", eq="Fig. 1, text",
    title="delta = +-pi/2: the concurrence vanishes at the SED extrema",
    statement=r"\delta = \pm\pi/2,\ t = \frac{k\pi - \theta}{2\Omega}: \mathcal{C}(\rho(t)) = 0",
    lhs=Concurrence(rho), rhs=0, samplers=_VANISH,
    notes="At an extremum |Delta_AB| = rho_22 + rho_33 = lambda_2 + lambda_3 + 2 lambda_4 (since "
          "Delta_AB(0)^2 + C_0^2 = (lambda_2 + lambda_3 + 2 lambda_4)^2 by fig7.corner), so one of "
          "rho_22, rho_33 vanishes and so does rho_23.")
PAPER.claim(
    "fig1.mutual_information_vanishes", eq="Fig. 1, text",
    title="delta = +-pi/2: the mutual information vanishes at the SED extrema",
    statement=r"\delta = \pm\pi/2,\ t = \frac{k\pi - \theta}{2\Omega}: I_{AB}(\rho(t)) = 0",
    lhs=mutual_information(rho, "A", "B"), rhs=0, samplers=_VANISH,
    notes="The state there is |0><0| (x) diag or diag (x) |0><0|: a product state; at tau "
          "(delta = -pi/2) qubit B is exactly in its ground state.")

PAPER.claim(
    "fig2.no_gradient", eq="Fig. 2(a), text",
    title="no temperature gradient, delta = 0: no energy exchange",
    statement=r"T_A = T_B,\ \delta = 0 \Rightarrow \Delta_{AB}(t) = 0",
    lhs=SED, rhs=0, samplers=(Q_EQUAL, Q_EQ["d0"]))

PAPER.claim(
    "fig2.reversal", eq="Fig. 2, text",
    title="reversing the gradient flips only the normal part of the SED",
    statement=r"\Delta_{AB}^{T_A\leftrightarrow T_B}(t) - \Delta_{AB}(t) = -2\Delta_{AB}(0)\cos 2\Omega t",
    lhs=Tr((H_A - H_B) * rho_sw) - SED, rhs=-2 * D0 * cos(X2), samplers=QUBIT_EXT,
    notes="The anomalous part -C_0 sin(delta) sin(2 Omega t) is unchanged (C_0 is symmetric in "
          "T_A, T_B): 'a reversal of the temperature gradient inverts the normal energy flow but "
          "has little effect on the anomalous energy exchange'. At T_A = 2, T_B = 1 the normal "
          "amplitude is 0.109, the anomalous one 0.637 ('nearly an order of magnitude', a "
          "factor 5.9).")

# ================================================================== Appendix B

PAPER.claim(
    "B.rho11", eq="B, text before (B1)", expected=FAILS, search=False,
    title="'rho_11(t) = lambda_1 - lambda_2'",
    statement=r"\rho_{11}(t) = \lambda_1 - \lambda_2",
    lhs=elem(rho, 1, 1), rhs=lam1 - lam2, samplers=QUBIT,
    reason="rho_11 = lambda_1 + chi_11 = lambda_1 - lambda_4 by (10); it is constant, so the "
           "exact evolution shows it at every t (0.3535 vs the printed 0.2876 at T_A = 2, T_B = 1).")
PAPER.claim(
    "B.rho11_corrected", eq="B, text before (B1)", role="corrected", corrects="B.rho11",
    title="rho_11(t) = lambda_1 - lambda_4",
    statement=r"\rho_{11}(t) = \lambda_1 - \lambda_4",
    lhs=elem(rho, 1, 1), rhs=lam1 - lam4, samplers=QUBIT)
PAPER.claim(
    "B.rho44", eq="B, text before (B1)", title="rho_44(t) = 0",
    statement=r"\rho_{44}(t) = 0", lhs=elem(rho, 4, 4), rhs=0, samplers=QUBIT)

_ANY_STATE = (sampler("state-random", ("A", "B"), (2, 2), {rho: density(), Omega: uniform(0.02, 1),
                                                           phi_V: _PHI},
                      description="any two-qubit state, random Omega, phi_V"),
              Q_P1["dg"], Q_P2["dp"])
PAPER.claim(
    "B1a.rho22", eq="B1a", title="equation of motion of rho_22",
    statement=r"i\dot\rho_{22} = \Omega[e^{i\phi_V}\rho_{32} - e^{-i\phi_V}\rho_{23}]",
    lhs=I * Dt(elem(rho, 2, 2)),
    rhs=Omega * (exp(I * phi_V) * elem(rho, 3, 2) - exp(-I * phi_V) * elem(rho, 2, 3)),
    dynamics=SCHR_Q, samplers=_ANY_STATE)
PAPER.claim(
    "B1b.rho23", eq="B1b", title="equation of motion of rho_23",
    statement=r"i\dot\rho_{23} = \Omega e^{i\phi_V}(\rho_{33} - \rho_{22})",
    lhs=I * Dt(elem(rho, 2, 3)),
    rhs=Omega * exp(I * phi_V) * (elem(rho, 3, 3) - elem(rho, 2, 2)),
    dynamics=SCHR_Q, samplers=_ANY_STATE)
PAPER.claim(
    "B1.population", eq="B, after (B1)", title="conservation: rho_22 + rho_33 constant",
    statement=r"\dot\rho_{22} + \dot\rho_{33} = 0",
    lhs=Dt(elem(rho, 2, 2) + elem(rho, 3, 3)), rhs=0, dynamics=SCHR_Q, samplers=_ANY_STATE)
PAPER.claim(
    "B1.coherence", eq="B, after (B1)", expected=FAILS, search=False,
    title="'conservation: e^{i phi_V} d rho_32/dt + e^{-i phi_V} d rho_23*/dt = 0'",
    statement=r"e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23}^* = 0",
    lhs=exp(I * phi_V) * Dt(elem(rho, 3, 2)) + exp(-I * phi_V) * sympy.conjugate(Dt(elem(rho, 2, 3))),
    rhs=0, dynamics=SCHR_Q, samplers=_ANY_STATE,
    reason="rho_23* = rho_32, so the printed sum is 2 cos(phi_V) d rho_32/dt, nonzero unless "
           "phi_V = +-pi/2 (the DM coupling); what (B1b) conserves is Re(e^{-i phi_V} rho_23).")
PAPER.claim(
    "B1.coherence_corrected", eq="B, after (B1)", role="corrected", corrects="B1.coherence",
    title="conservation: e^{i phi_V} d rho_32/dt + e^{-i phi_V} d rho_23/dt = 0",
    statement=r"e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23} = 0",
    lhs=exp(I * phi_V) * Dt(elem(rho, 3, 2)) + exp(-I * phi_V) * Dt(elem(rho, 2, 3)),
    rhs=0, dynamics=SCHR_Q, samplers=_ANY_STATE)

_B2_SYMBOLIC = (sampler("B2-symbols", ("A", "B"), (2, 2), _with_lambdas({
    T_A: _RT, T_B: _RT, Omega: uniform(0.02, 1), phi_V: _PHI, phi_chi: _PHI, t: uniform(0, 40)}),
    description="random T_A, T_B, Omega, phases, t"),
    sampler("B2-P1", ("A", "B"), (2, 2), _with_lambdas({
        **{k: fixed(v) for k, v in P1.items()}, phi_V: fixed(Rational(2, 5)),
        phi_chi: fixed(Rational(7, 5)), t: fixed("9")}), random=False,
            description="T_A = 2, T_B = 1, Omega = 0.1, delta = -1, t = 9"))
PAPER.claim(
    "B2.printed_solves_B1", eq="B2", expected=FAILS, search=False,
    title="the printed (B2) solves the Liouville-von Neumann equation",
    statement=r"\dot\rho_{(B2)} = -i[H_A + H_B + V_{AB}, \rho_{(B2)}]",
    lhs=Dt(B2_PRINTED), rhs=-I * comm(Hq, B2_PRINTED), dynamics={t: 1}, samplers=_B2_SYMBOLIC,
    reason="(B2a), (B2b) are consistent with (B1) only with the opposite sign of "
           "Delta_AB(0) sin(2 Omega t) in (B2c): substituting the printed (B2c) into (B1b) leaves "
           "-2 Omega e^{i phi_V} Delta_AB(0) cos(2 Omega t).",
    notes="rho_11 is taken as lambda_1 - lambda_4 here (B.rho11); it is constant and does not "
          "enter the check.")
PAPER.claim(
    "B2.solves_B1", eq="B2", role="corrected", corrects="B2.printed_solves_B1",
    title="(B2) with rho_23 = e^{i phi_V}/2 [C_0 cos delta - i{C_0 sin delta cos 2 Omega t + "
          "Delta_AB(0) sin 2 Omega t}] solves (B1)",
    statement=r"\rho_{23}(t) = \frac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
              r"\mathcal{C}_0\cos 2\Omega t + \Delta_{AB}(0)\sin 2\Omega t\}]",
    lhs=Dt(B2_CORRECTED), rhs=-I * comm(Hq, B2_CORRECTED), dynamics={t: 1}, samplers=_B2_SYMBOLIC)
PAPER.claim(
    "B2.initial_state", eq="B2, 5, 10", title="(B2) at t = 0 is the state (5) + (10)",
    statement=r"\rho_{(B2)}(0) = \rho^0_{AB}",
    lhs=Mat(B2_PRINTED.matrix.subs(t, 0), ("A", "B"), "rho_B2printed(0)"), rhs=rho0q,
    samplers=_B2_SYMBOLIC, notes="The sign misprint of (B2c) is invisible at t = 0.")

PAPER.claim("B2a.rho22", eq="B2a", title="rho_22(t) against the exact evolution",
            statement=r"\rho_{22}(t) = \tfrac12[\lambda_2+\lambda_3+2\lambda_4 - \Delta_{AB}(0)\cos "
                      r"2\Omega t + \sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
            lhs=elem(rho, 2, 2), rhs=R22, samplers=QUBIT)
PAPER.claim("B2b.rho33", eq="B2b", title="rho_33(t) against the exact evolution",
            statement=r"\rho_{33}(t) = \tfrac12[\lambda_2+\lambda_3+2\lambda_4 + \Delta_{AB}(0)\cos "
                      r"2\Omega t - \sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
            lhs=elem(rho, 3, 3), rhs=R33, samplers=QUBIT)
PAPER.claim(
    "B2c.rho23", eq="B2c", expected=FAILS, search=False,
    title="printed rho_23(t) against the exact evolution",
    statement=r"\rho_{23}(t) = \frac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
              r"\mathcal{C}_0\cos 2\Omega t - \Delta_{AB}(0)\sin 2\Omega t\}]",
    lhs=elem(rho, 2, 3), rhs=R23_PRINTED, samplers=QUBIT,
    reason="The exact evolution has +Delta_AB(0) sin(2 Omega t) inside the braces (e.g. at "
           "T_A = 2, T_B = 1, delta = -pi/2, t = 4: Im rho_23 = 0.1987, printed 0.2719); the "
           "printed sign also contradicts (B1b), see B2.printed_solves_B1.")
PAPER.claim(
    "B2c.rho23_corrected", eq="B2c", role="corrected", corrects="B2c.rho23",
    title="rho_23(t) with +Delta_AB(0) sin 2 Omega t",
    statement=r"\rho_{23}(t) = \frac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
              r"\mathcal{C}_0\cos 2\Omega t + \Delta_{AB}(0)\sin 2\Omega t\}]",
    lhs=elem(rho, 2, 3), rhs=R23, samplers=QUBIT)

PAPER.claim(
    "B3.E_A", eq="B3", expected=FAILS, search=False, title="printed E_A(t)",
    statement=r"E_A(t) = \tfrac12[\lambda_1 - \lambda_4 - \Delta_{AB}(0)\cos 2\Omega t - "
              r"\sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
    lhs=Tr(H_A * rho), rhs=EA_PRINTED, samplers=QUBIT,
    reason="With |0> the ground state (forced by (6)) E_A = [-(lambda_1 - lambda_4) + "
           "Delta_AB(t)]/2: the printed signs of lambda_1 - lambda_4 and of the cos term are those "
           "of the opposite convention, and the printed E_A - E_B = -Delta_AB(0) cos - C_0 sin "
           "delta sin does not give (12) (it is -Delta_AB(0) at t = 0).")
PAPER.claim(
    "B3.E_A_corrected", eq="B3", role="corrected", corrects="B3.E_A",
    title="E_A(t) = [lambda_4 - lambda_1 + Delta_AB(0) cos 2 Omega t - C_0 sin delta sin 2 Omega t]/2",
    statement=r"E_A(t) = \tfrac12[\lambda_4 - \lambda_1 + \Delta_{AB}(0)\cos 2\Omega t - "
              r"\mathcal{C}_0\sin\delta\sin 2\Omega t]",
    lhs=Tr(H_A * rho), rhs=EA_CORRECTED, samplers=QUBIT)
PAPER.claim(
    "B3.E_B", eq="B3", expected=FAILS, search=False, title="printed E_B(t)",
    statement=r"E_B(t) = \tfrac12[\lambda_1 - \lambda_4 + \Delta_{AB}(0)\cos 2\Omega t + "
              r"\sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
    lhs=Tr(H_B * rho), rhs=EB_PRINTED, samplers=QUBIT,
    reason="E_B = [-(lambda_1 - lambda_4) - Delta_AB(t)]/2 (same convention mismatch as B3.E_A).")
PAPER.claim(
    "B3.E_B_corrected", eq="B3", role="corrected", corrects="B3.E_B",
    title="E_B(t) = [lambda_4 - lambda_1 - Delta_AB(0) cos 2 Omega t + C_0 sin delta sin 2 Omega t]/2",
    statement=r"E_B(t) = \tfrac12[\lambda_4 - \lambda_1 - \Delta_{AB}(0)\cos 2\Omega t + "
              r"\mathcal{C}_0\sin\delta\sin 2\Omega t]",
    lhs=Tr(H_B * rho), rhs=EB_CORRECTED, samplers=QUBIT)

# ================================================================== Sec. IV: switching, V

PAPER.claim(
    "text.switch_on_cost", eq="text, Sec. IV",
    title="<V_AB> = Omega C_0 cos(delta) at all t: zero for delta = -pi/2",
    statement=r"\mathrm{tr}\,\rho_{AB}(t)V_{AB} = \Omega\,\mathcal{C}_0\cos\delta\ "
              r"(= 0\ \text{at}\ \delta = -\pi/2)",
    lhs=Tr(rho * V), rhs=Omega * C0 * cos(delta), samplers=QUBIT + (Q_P1_TAU,),
    notes="Re(e^{-i phi_V} rho_23) is conserved by (B1), so switching the coupling on and off "
          "costs no work for the isolated qubits when delta = +-pi/2.")

PAPER.claim(
    "text.V_commutes", eq="text, Sec. V", expected=FAILS, search=False,
    title="'V_AB commutes with all components of the Hamiltonian' (H_A)",
    statement=r"[V_{AB}, H_A] = 0", lhs=comm(Vq, HqA), rhs=0, samplers=_PHI_SAMPLERS,
    reason="[V_AB, H_A] = -Omega (e^{i phi_V}|01><10| - h.c.) != 0: V_AB exchanges energy "
           "between A and B, which is the whole effect.")
PAPER.claim(
    "text.V_commutes_corrected", eq="text, Sec. V", role="corrected", corrects="text.V_commutes",
    expected=UNDECIDED,
    reason="V_AB (H_A + H_B) and (H_A + H_B) V_AB both vanish on every sample (V_AB acts on the "
           "zero-energy subspace of H_A + H_B): the samples cannot tell the commutator from the "
           "anticommutator",
    title="V_AB commutes with H_A + H_B", statement=r"[V_{AB}, H_A + H_B] = 0",
    lhs=comm(Vq, HqA + HqB), rhs=0, samplers=_PHI_SAMPLERS)

# ================================================================== (14), (15), Appendix C

Q_A = Tr(R0 * H_h) - Tr(R * H_h)          # energy extracted from the hot bath
Q_B = Tr(R0 * H_c) - Tr(R * H_c)          # energy extracted from the cold bath
R_AB, R0_AB = ptr(ptr(R, "h"), "c"), ptr(ptr(R0, "h"), "c")
R_A, R0_A = ptr(R_AB, "B"), ptr(R0_AB, "B")
R_B, R0_B = ptr(R_AB, "A"), ptr(R0_AB, "A")
DS_A = Entropy(R_A) - Entropy(R0_A)
DS_B = Entropy(R_B) - Entropy(R0_B)
DS_AB = Entropy(R_AB) - Entropy(R0_AB)
I_0 = mutual_information(R0_AB, "A", "B")
D_I = mutual_information(R_AB, "A", "B") - I_0
SIGMA0_PRINTED = DS_A + Q_A / T_A + DS_B + Q_B / T_B
SIGMA_PRINTED = DS_AB + Q_A / T_A + Q_B / T_B
SIGMA0 = DS_A - Q_A / T_A + DS_B - Q_B / T_B
SIGMA = DS_AB - Q_A / T_A - Q_B / T_B
REL = RelEntropy(R, R_AB * G_h * G_c)
WORK = Tr((R - R0) * (H_A + H_B + H_h + H_c))
ENTROPY_SAMPLERS = BATHS + (PUMP_TAU, DRIVEN_FIXED)

PAPER.claim(
    "eq14.printed", eq="14", expected=FAILS, search=False,
    title="Sigma_0 of (14) with +Q/T, checked through Sigma_0 = Sigma + Delta I and (C4)",
    statement=r"\Sigma_0 = [\Delta S_A + Q_A/T_A] + [\Delta S_B + Q_B/T_B] = \Delta I_{AB} + "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA0_PRINTED, rhs=D_I + REL, samplers=ENTROPY_SAMPLERS,
    reason="With Q the energy extracted from the bath (Sec. IV and (C2)) the bath entropy changes "
           "by -Q/T, so the Clausius terms are -Q_A/T_A, -Q_B/T_B, as in (C4) and (17). With the "
           "printed +Q/T the anomalous pump cycle has Sigma_0 = Q_B (beta_B - beta_A) > 0, "
           "contradicting 'Sigma_0 is negative' (Fig. 5b; text.sigma0_negative).")
PAPER.claim(
    "eq14.corrected", eq="14", role="corrected", corrects="eq14.printed",
    title="Sigma_0 = [Delta S_A - Q_A/T_A] + [Delta S_B - Q_B/T_B] = Delta I + S(rho||...)",
    statement=r"\Sigma_0 = [\Delta S_A - Q_A/T_A] + [\Delta S_B - Q_B/T_B] = \Delta I_{AB} + "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA0, rhs=D_I + REL, samplers=ENTROPY_SAMPLERS)

PAPER.claim(
    "eq15.printed", eq="15, C4", expected=FAILS, search=False,
    title="Sigma of (15) with +Q/T equals the relative entropy of (C4)",
    statement=r"\Sigma = \Delta S_{AB} + Q_A/T_A + Q_B/T_B = "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA_PRINTED, rhs=REL, samplers=ENTROPY_SAMPLERS,
    reason="Appendix C proves Sigma >= 0 for Sigma = Delta S_s - beta_h Q_h - beta_c Q_c with "
           "Q_k = E_k(0) - E_k(t), the same convention as Sec. IV: (15) has the signs of the heat "
           "terms reversed.")
PAPER.claim(
    "eq15.corrected", eq="15, C4", role="corrected", corrects="eq15.printed",
    title="Sigma = Delta S_AB - Q_A/T_A - Q_B/T_B = S(rho(t) || rho_AB(t) (x) rho_h^G (x) rho_c^G)",
    statement=r"\Sigma = \Delta S_{AB} - Q_A/T_A - Q_B/T_B = "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA, rhs=REL, samplers=ENTROPY_SAMPLERS)

PAPER.claim(
    "eq15.printed_nonnegative", eq="15, text", kind="leq", expected=FAILS, search=False,
    title="'Sigma(t) [of (15)] is strictly positive if the baths start in equilibrium'",
    statement=r"\Delta S_{AB} + Q_A/T_A + Q_B/T_B \ge 0",
    lhs=0, rhs=SIGMA_PRINTED, samplers=ENTROPY_SAMPLERS,
    reason="With the printed signs Sigma < 0 happens, e.g. on the driven cycle from the "
           "uncorrelated Gibbs state (sample driven-P1: the drive inverts both qubits, the baths "
           "absorb the heat, Q_A, Q_B < 0 while Delta S_AB = I_0 = 0).")
PAPER.claim(
    "eq15.nonnegative", eq="15, C4", kind="leq", role="corrected",
    corrects="eq15.printed_nonnegative",
    title="Sigma = Delta S_AB - Q_A/T_A - Q_B/T_B >= 0",
    statement=r"\Delta S_{AB} - Q_A/T_A - Q_B/T_B \ge 0", lhs=0, rhs=SIGMA,
    samplers=ENTROPY_SAMPLERS, assumptions=["baths initially Gibbs and uncorrelated (C1)"],
    notes="'strictly positive' should read non-negative: Sigma(0) = 0.")

PAPER.claim(
    "eq15.difference", eq="15, text",
    trivial="Sigma_0 and Sigma share their heat terms, which cancel in the difference",
    title="Sigma_0 - Sigma = Delta I_AB",
    statement=r"\Sigma_0(t) - \Sigma(t) = \Delta I_{AB}(t)",
    lhs=SIGMA0_PRINTED - SIGMA_PRINTED, rhs=D_I, samplers=ENTROPY_SAMPLERS,
    notes="Holds with either sign of the heat terms (they cancel).")

PAPER.define("C1.initial_state", eq="C1", title="initially uncorrelated, Gibbs baths",
             statement=r"\rho(0) = \rho_s(0)\otimes\rho_h^G\otimes\rho_c^G", expr=P_0)

Qh = Tr(P_0 * Hb_h) - Tr(P_t * Hb_h)
Qc = Tr(P_0 * Hb_c) - Tr(P_t * Hb_c)
P_s = ptr(ptr(P_t, "h"), "c")
P_h = ptr(ptr(P_t, "s"), "c")
SIGMA_C = Entropy(P_s) - Entropy(rho_s0) - beta_h * Qh - beta_c * Qc
PAPER.claim(
    "C2.heat", eq="C2", title="Q_h = -(1/beta_h)[Tr(rho^G ln rho^G) - Tr(rho_h(t) ln rho^G)]",
    statement=r"Q_k = \mathrm{Tr}_k(\rho_k^GH_k) - \mathrm{Tr}_k(\rho_k(t)H_k) = -\frac{1}{\beta_k}"
              r"[\mathrm{Tr}_k(\rho_k^G\ln\rho_k^G) - \mathrm{Tr}_k(\rho_k(t)\ln\rho_k^G)]",
    lhs=Qh, rhs=-(Tr(Gb_h * Logm(Gb_h)) - Tr(P_h * Logm(Gb_h))) / beta_h, samplers=SHC_SAMPLERS)
PAPER.define("C3.system_entropy", eq="C3", title="system entropy change",
             statement=r"\Delta S_s = -\mathrm{Tr}_s(\rho_s(t)\ln\rho_s(t)) + "
                       r"\mathrm{Tr}_s(\rho_s(0)\ln\rho_s(0))",
             expr=Entropy(P_s) - Entropy(rho_s0))
PAPER.claim(
    "C4.second_line", eq="C4",
    title="Sigma = -Tr[rho(t) ln(rho_s(t) (x) rho_h^G (x) rho_c^G)] + Tr[rho(0) ln rho(0)]",
    statement=r"\Delta S_s - \beta_hQ_h - \beta_cQ_c = -\mathrm{Tr}[\rho(t)\ln(\rho_s(t)\otimes"
              r"\rho_h^G\otimes\rho_c^G)] + \mathrm{Tr}[\rho(0)\ln\rho(0)]",
    lhs=SIGMA_C, rhs=-Tr(P_t * Logm(P_s * Gb_h * Gb_c)) + Tr(P_0 * Logm(P_0)),
    samplers=SHC_SAMPLERS, assumptions=["unitary evolution of s + h + c (S(rho(t)) = S(rho(0)))"])
PAPER.claim(
    "C4.relative_entropy", eq="C4",
    title="... = S(rho(t) || rho_s(t) (x) rho_h^G (x) rho_c^G)",
    statement=r"-\mathrm{Tr}[\rho(t)\ln(\rho_s(t)\otimes\rho_h^G\otimes\rho_c^G)] + "
              r"\mathrm{Tr}[\rho(0)\ln\rho(0)] = S(\rho(t)\|\rho_s(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=-Tr(P_t * Logm(P_s * Gb_h * Gb_c)) + Tr(P_0 * Logm(P_0)),
    rhs=RelEntropy(P_t, P_s * Gb_h * Gb_c), samplers=SHC_SAMPLERS)
PAPER.claim(
    "C4.nonnegative", eq="C4", kind="leq", title="Sigma >= 0",
    statement=r"\Sigma = \Delta S_s - \beta_hQ_h - \beta_cQ_c \ge 0",
    lhs=0, rhs=SIGMA_C, samplers=SHC_SAMPLERS)

# ================================================================== Sec. V: the pump cycle

PAPER.claim(
    "text.cycle_closes", eq="text before (17)", role="control",
    title="collision cycle: A and B return to their Gibbs states, uncorrelated",
    statement=r"\rho_{AB}(\text{end}) = \rho_A^0\otimes\rho_B^0\ (\Delta S_A = \Delta S_B = 0,\ I = 0)",
    lhs=R_AB, rhs=G_A * G_B, samplers=CYCLES[1:],
    notes="The model of the cycle used for (16)-(18): the swaps with fresh bath qubits of the "
          "same Hamiltonians thermalise A and B exactly.")

PAPER.claim(
    "text.pump_direction", eq="text, Secs. IV-V", kind="leq",
    title="anomalous cycle: heat is drawn from the cold bath (Q_B >= 0, Q_A = -Q_B <= 0)",
    statement=r"-\pi < \delta < 0,\ 0 \le t \le 2\tau: Q_B \ge 0",
    lhs=0, rhs=Q_B, samplers=(PUMP_RANDOM, PUMP_TAU, PUMP_HALF, PUMP_P2),
    notes="Q_B = Delta E_A(t) = (Delta_AB(t) - Delta_AB(0))/2 >= 0 while the SED is above its "
          "initial value.")

PAPER.claim(
    "text.pump_heat_at_tau", eq="text, Sec. V", role="control",
    title="decoupling at tau (delta = -pi/2) leaves B in its ground state: Q_B = lambda_2 + lambda_4",
    statement=r"Q_B(\tau) = \lambda_2 + \lambda_4 = e^{-\beta_B/2}/Z_B",
    lhs=Q_B, rhs=lam2 + lam4, samplers=(PUMP_TAU, PUMP_P2),
    notes="Q_B is then the whole excited population of B's Gibbs state.")

_A_POP, _B_POP = lam1 + lam2, lam1 + lam3        # ground populations of A and B


def _h(p):
    return -p * log(p) - (1 - p) * log(1 - p)


I0_OPTIMUM = (_h(_A_POP) + _h(_B_POP) + (lam1 - lam4) * log(lam1 - lam4)
              + (lam2 + lam3 + 2 * lam4) * log(lam2 + lam3 + 2 * lam4))
PUMP_DM_TAU = cycle("pump-dm-tau", {**_hot(), Omega: uniform(0.02, 0.6), phi_V: _PHI,
                                    phi_chi: _closed(phi_V + pi / 2, "phi_V + pi/2"), t: _closed(
                                        TAU, "tau")},
                    description="two-qubit pump, T_A > T_B, delta = -pi/2, decoupled at tau")
PAPER.claim(
    "text.cop_collision", eq="text after (18)", role="control",
    title="the exact cycle at tau: Q_B/(T_A I_0) = (lambda_2 + lambda_4)/(T_A I_0)",
    statement=r"\frac{\bar Q_B}{T_AI_0} = \frac{\lambda_2 + \lambda_4}{T_A[h(\lambda_1+\lambda_2) + "
              r"h(\lambda_1+\lambda_3) - H(\lambda_1 - \lambda_4, \lambda_2+\lambda_3+2\lambda_4)]}",
    lhs=Q_B / (T_A * I_0), rhs=(lam2 + lam4) / (T_A * I0_OPTIMUM),
    samplers=(PUMP_DM_TAU, PUMP_TAU, PUMP_P2),
    notes="h is the binary entropy, H the entropy of the spectrum of rho^0 (10). At T_A = 2, "
          "T_B = 1 the lossless cycle gives 0.2258 (the paper's HEOM value is 0.186, "
          "text.cop_value); both lie below T_B/(T_A - T_B) = 1.")

PAPER.claim(
    "text.no_work", eq="text after (16)",
    title="no work on the pump: Q_A + Q_B = 0 (|Q_A| = |Q_B|)",
    statement=r"Q_A + Q_B = 0", lhs=Q_A + Q_B, rhs=0, samplers=PUMPS[1:],
    assumptions=["coupling with [V, H_A + H_B] = 0; swaps with resonant bath qubits"])

PAPER.claim(
    "eq16.work", eq="16", expected=FAILS, search=False, title="W = Q_A + Q_B over a cycle",
    statement=r"\eta_{\mathrm{COP}} = \frac{Q_B}{W} = \frac{Q_B}{Q_A + Q_B}:\ W - (Q_A + Q_B) = 0",
    lhs=WORK - (Q_A + Q_B), rhs=0, samplers=(DRIVEN, DRIVEN_FIXED, PUMP_TAU),
    reason="With Q the heat extracted from the baths, the first law over a cycle is "
           "W + Q_A + Q_B = 0, so W = -(Q_A + Q_B) and the printed eta_COP has the wrong sign "
           "(a driven cycle, sample driven-P1, has W > 0 and Q_A + Q_B = -W).")
PAPER.claim(
    "eq16.work_corrected", eq="16", role="corrected", corrects="eq16.work",
    title="W = -(Q_A + Q_B) over a cycle, eta_COP = -Q_B/(Q_A + Q_B)",
    statement=r"W = -(Q_A + Q_B),\ \eta_{\mathrm{COP}} = \frac{Q_B}{W}",
    lhs=WORK, rhs=-(Q_A + Q_B), samplers=(DRIVEN, DRIVEN_FIXED, PUMP_TAU, PUMP_RANDOM))

PAPER.claim(
    "text.sigma0_negative", eq="14, Fig. 5b, text", kind="leq", role="control",
    title="with the signs of (C4), Sigma_0 < 0 for the anomalous heat",
    statement=r"\Sigma_0 = \Delta S_A - Q_A/T_A + \Delta S_B - Q_B/T_B \le 0",
    lhs=SIGMA0, rhs=0, samplers=(PUMP_RANDOM, PUMP_TAU, PUMP_HALF, PUMP_P2),
    notes="On the cycle Sigma_0 = Q_B (beta_A - beta_B) <= 0 while Sigma = Sigma_0 + I_0 >= 0.")

PAPER.claim(
    "eq17.second_law", eq="17", kind="leq",
    title="I_0 - Q_A/T_A - Q_B/T_B >= 0 per cycle",
    statement=r"I_0 - \frac{\bar Q_A}{T_A} - \frac{\bar Q_B}{T_B} \ge 0",
    lhs=0, rhs=I_0 - Q_A / T_A - Q_B / T_B, samplers=CYCLES[1:],
    assumptions=["Delta S_A = Delta S_B = 0 at the end of the cycle (text.cycle_closes)"],
    notes="Sigma of (C4) with Delta S_AB = I_0 - I(end); it has the signs of (C4), not of (15).")

PAPER.claim(
    "eq18.cop_bound", eq="18", kind="leq",
    title="T_B/(T_A - T_B) >= Q_B/(T_A I_0)",
    statement=r"\frac{T_B}{T_A - T_B} \ge \frac{\bar Q_B}{T_AI_0}\ \Leftrightarrow\ "
              r"\bar Q_B(T_A - T_B) \le T_AT_BI_0",
    lhs=Q_B * (T_A - T_B), rhs=T_A * T_B * I_0, samplers=PUMPS,
    assumptions=["T_A > T_B, I_0 > 0", "no work: Q_A = -Q_B (text.no_work)"],
    notes="Checked multiplied by T_A I_0 (T_A - T_B) > 0. With work W the same steps give "
          "Q_B/(W + T_A I_0) <= T_B/(T_A - T_B).")

PAPER.claim(
    "text.carnot_value", eq="text after (18)",
    title="eta_COP^max = T_B/(T_A - T_B) = 1 at T_A = 2, T_B = 1",
    statement=r"\eta_{\mathrm{COP}}^{\max} = \frac{T_B}{T_A - T_B} = 1",
    kind="value", lhs=T_B / (T_A - T_B), rhs=1, samplers=(Q_P1["dm"],))

# ================================================================== HEOM (Sec. IV-V, Figs. 4-6)
#
# The paper's baths (Sec. IV, Refs. [32, 33]): each qubit couples to its own ideal Bose gas with a
# Drude-Lorentz spectrum, simulated with HEOM.  Printed: kappa_A = kappa_B = 0.01 (kappa_B = 0.023
# for the pump), T_A = 2, T_B = 1, Omega = 0.1, delta = -pi/2, tau = 6.1, tau_relax = 500.  Not
# printed, chosen here (corrcheck.baths; every choice is a sampler parameter or a constant below):
# * coupling H_I = sigma_x^(k) (x) X_k for qubit k (a transverse coupling: sigma_z would exchange no
#   energy), J_k(w) = kappa_k w gamma^2/(w^2 + gamma^2), i.e. kappa is the Ohmic strength and the
#   reorganisation energy is lam = kappa gamma / 2 (at the baseline cutoff gamma = 2 this is also
#   lam = kappa, the other natural reading of "coupling constant");
# * cutoff gamma = 2 (twice the qubit frequency), scanned over gamma x {0.5, 1, 2} = {1, 2, 4};
#   gamma = 0.5 is the cutoff at which the printed kappa_B = 0.023 zeroes <V_AB>(tau) (Fig. 6
#   caption), used where that statement is decided;
# * hierarchy: Pade expansion, Nk = 2 exponents per bath beyond the Drude pole, depth 2 (28 ADOs);
#   converged (HEOM_CONVERGENCE, in the notes of fig4a.sed_peak_tau and text.cop_value;
#   tests/test_baths.py re-runs the study);
# * protocol (Sec. IV): each qubit first relaxes with its bath (the HEOM steady state with V = 0, a
#   product of mean-force states within O(kappa) of the Gibbs states), then the optimal correlation
#   (10) is prepared on the qubits' actual marginals (rho -> rho_A (x) rho_B + chi, lambda_4 =
#   <11|rho_A (x) rho_B|11>; the ADOs are kept: the baths are untouched) and V_AB is switched on
#   at t = 0; "normal": the same without (10).  Pump
#   (Sec. V): V on for tau = 6.1, off for tau_relax = 500, (10) prepared again, twice.
# * heat Q_k = energy extracted from bath k (Sec. IV, (C2)), integrated exactly with the hierarchy;
#   Sigma = Delta S_AB - Q_A/T_A - Q_B/T_B and Sigma_0 = Delta S_A + Delta S_B - Q_A/T_A - Q_B/T_B,
#   the signs of (C4) (the printed +Q/T of (14)-(15) is the finding eq14.printed / eq15.printed).
# The claims below are hand-written evaluators over these trajectories (the claim language has no
# time series); without the extra corrcheck[heom] they are UNDECIDED.

kappa_A, kappa_B = Symbol("kappa_A", positive=True), Symbol("kappa_B", positive=True)
cutoff = Symbol("gamma_c", positive=True)             # Drude cutoff (not printed)
tau_p, tau_relax = Symbol("tau_p", positive=True), Symbol("tau_relax", positive=True)
HEOM_NK, HEOM_DEPTH = 2, 2
HEOM_DT, HEOM_T_END = 0.2, 300.0                      # Figs. 4-5 grid
PUMP_DT_ON, PUMP_DT_RELAX = 0.1, 1.0
HEOM_CUTOFF = 2.0
HEOM_CUTOFFS = (1.0, 2.0, 4.0)                        # gamma x {0.5, 1, 2}
TUNED_CUTOFF = 0.5                                    # kappa_B = 0.023 zeroes <V>(tau) here
NEEDS_EXTRA = ("needs the HEOM model of Sec. IV, which runs with the optional extra "
               "corrcheck[heom] (QuTiP >= 5): pip install 'corrcheck[heom]'")
HEOM_EXTRA = Precondition("the optional extra corrcheck[heom] (QuTiP >= 5) is installed",
                          lambda ev: bath_models.available())


def _heom_sampler(name, gamma, pump=False, dkey="dm"):
    pv, pc = DELTAS[dkey]
    bind = {T_A: fixed("2"), T_B: fixed("1"), Omega: fixed("0.1"), phi_V: fixed(pv),
            phi_chi: fixed(pc), kappa_A: fixed("0.01"), kappa_B: fixed("0.023" if pump else "0.01"),
            cutoff: fixed(str(gamma))}
    what = "Fig. 6 pump: kappa_B = 0.023, tau = 6.1, tau_relax = 500" if pump else \
        "Figs. 4-5: kappa_A = kappa_B = 0.01"
    if pump:
        bind.update({tau_p: fixed("6.1"), tau_relax: fixed("500")})
    return sampler(name, ("A", "B"), (2, 2), bind, random=False,
                   description=f"HEOM, {what}; T_A = 2, T_B = 1, Omega = 0.1, delta = "
                               f"{sympy.sstr(pv - pc)}; "
                               f"Drude cutoff gamma = {gamma:g} (lam = kappa gamma/2), Pade Nk = "
                               f"{HEOM_NK}, depth {HEOM_DEPTH}")


_ALL_CUTOFFS = HEOM_CUTOFFS + (TUNED_CUTOFF,)
HEOM_45 = {g: _heom_sampler(f"heom-g{g:g}", g) for g in _ALL_CUTOFFS}
HEOM_6 = {g: _heom_sampler(f"heom-pump-g{g:g}", g, pump=True) for g in _ALL_CUTOFFS}
FIG45 = tuple(HEOM_45[g] for g in HEOM_CUTOFFS)
FIG6 = tuple(HEOM_6[g] for g in HEOM_CUTOFFS)
HEOM_NORMAL = _heom_sampler("heom-d0-g2", HEOM_CUTOFF, dkey="d0")   # delta = 0: normal exchange


HQ_NP = np.diag([-0.5, 0.5])
QDIMS = [[2, 2], [2, 2]]


def _qobj(m):
    import qutip as qt
    return qt.Qobj(m, dims=QDIMS)


def _qubits(Om, pv):
    """H_A + H_B, the local parts H_A (x) I, I (x) H_B and V_AB (7) of the two qubits (Qobj)."""
    parts = [_qobj(np.kron(HQ_NP, np.eye(2))), _qobj(np.kron(np.eye(2), HQ_NP))]
    v = _qobj(_value(V_MATRIX, {"Omega": Om, "phi_V": pv}, "float64"))
    return parts[0] + parts[1], parts, v


def heom_baths(TA, TB, ka, kb, gamma, rule="ohmic"):
    """The Drude-Lorentz baths of qubits A (at T_A) and B (at T_B), coupled through sigma_x (x) I
    and I (x) sigma_x: lam = kappa gamma/2 (``ohmic``: J(w) = kappa w for w << gamma) or
    lam = kappa (``reorganisation``)."""
    sx = np.array(SX.tolist(), dtype=complex)
    lam = (lambda k: k * gamma / 2) if rule == "ohmic" else (lambda k: k)
    return [bath_models.DrudeLorentz(_qobj(np.kron(sx, np.eye(2))), lam(ka), gamma, TA, "A"),
            bath_models.DrudeLorentz(_qobj(np.kron(np.eye(2), sx)), lam(kb), gamma, TB, "B")]


def _fuel(rho, pc):
    """The change rho -> rho_A (x) rho_B + chi of the qubits' state that prepares the optimal
    correlation (10) on their actual (diagonal) marginals, lambda_4 -> <11|rho_A (x) rho_B|11>: it
    keeps the marginals and gives the PSD state (3) with C = 2 sqrt(lambda_4).  (Replacing the
    state's own correlations, O(1e-6) from the hierarchy's truncation, keeps it PSD.)"""
    m = rho.full()
    pa, pb = np.real(m[0, 0] + m[1, 1]), np.real(m[0, 0] + m[2, 2])   # ground populations
    product = np.kron(np.diag([pa, 1 - pa]), np.diag([pb, 1 - pb]))
    chi = _value(CHI10, {"lambda_4": (1 - pa) * (1 - pb), "phi_chi": pc}, "float64")
    return product - m + chi


def _models(TA, TB, Om, pv, ka, kb, gamma, rule, nk, depth, model):
    """(uncoupled, coupled, V_AB): the qubits with their baths without and with V_AB (7), as
    HEOM (``model="heom"``) or as the local weak-coupling GKLS model (``"gkls"``)."""
    local, parts, v = _qubits(Om, pv)
    bs = heom_baths(TA, TB, ka, kb, gamma, rule)
    if model == "heom":
        return bath_models.HEOM(local, bs, nk, depth), bath_models.HEOM(local + v, bs, nk, depth), v
    return (bath_models.GKLS(local, bs, local=parts), bath_models.GKLS(local + v, bs, local=parts),
            v)


def _system(state):
    """The qubits' state (Qobj) of a hierarchy state or of a GKLS state."""
    return state.rho if hasattr(state, "rho") else state


@functools.lru_cache(maxsize=None)
def heom_fig45(TA=2.0, TB=1.0, Om=0.1, pv=0.0, pc=math.pi / 2, ka=0.01, kb=0.01,
               gamma=HEOM_CUTOFF, rule="ohmic", nk=HEOM_NK, depth=HEOM_DEPTH, model="heom"):
    """Figs. 4-5: the locally thermalised qubits with (``anom``) and without (``normal``) the
    correlation (10), coupled by V_AB at t = 0; trajectories on [0, HEOM_T_END] in steps of
    HEOM_DT and the series the figures plot (computed once per process and parameter set)."""
    free, coupled, v = _models(TA, TB, Om, pv, ka, kb, gamma, rule, nk, depth, model)
    eq = free.steady()
    times = np.arange(0.0, HEOM_T_END + HEOM_DT / 2, HEOM_DT)
    start = coupled.inject(eq, _fuel(_system(eq), pc))
    hd = np.kron(HQ_NP, np.eye(2)) - np.kron(np.eye(2), HQ_NP)
    out = {"times": times, "provenance": coupled.provenance(),
           "min_eig_start": float(np.linalg.eigvalsh(_system(start).full())[0]),
           "steady_current": coupled.currents(coupled.steady())[0][0]}
    for key, st in (("anom", start), ("normal", eq)):
        tr = coupled.evolve(st, times)
        out[key] = {
            "traj": tr, "sed": tr.expect(hd), "QA": tr.heat[:, 0], "QB": tr.heat[:, 1],
            "C": _wootters_batch(tr.rho), "I": bath_models.mutual_information(tr),
            "Sigma": bath_models.entropy_production(tr, [TA, TB]),
            "Sigma0": bath_models.entropy_production(tr, [TA, TB], parties=True),
            "V": tr.expect(v)}
    return out


@functools.lru_cache(maxsize=None)
def heom_pump(TA=2.0, TB=1.0, Om=0.1, pv=0.0, pc=math.pi / 2, ka=0.01, kb=0.023,
              gamma=HEOM_CUTOFF, tau=6.1, relax=500.0, rule="ohmic", nk=HEOM_NK,
              depth=HEOM_DEPTH, model="heom", cycles=2):
    """Fig. 6: ``cycles`` pump cycles (fuel (10) prepared on the qubits' marginals, V_AB on for
    ``tau``, off for ``relax``); the joined trajectory, per-cycle heats, I_0, <V_AB>(tau) and the
    smallest eigenvalue of the fuelled state, and the normal steady current (V_AB always on, no
    correlation)."""
    free, coupled, v = _models(TA, TB, Om, pv, ka, kb, gamma, rule, nk, depth, model)
    state, traj, rows = free.steady(), None, []
    n_on = max(1, round(tau / PUMP_DT_ON))
    for _ in range(cycles):
        state = coupled.inject(state, _fuel(_system(state), pc))
        seg = on = coupled.evolve(state, np.linspace(0.0, tau, n_on + 1))
        if relax > 0:                                   # relax = 0: the coupled stage only
            seg = on.then(free.evolve(on.end, np.arange(0.0, relax + PUMP_DT_RELAX / 2,
                                                        PUMP_DT_RELAX)))
        rows.append({"QA": seg.heat[-1, 0], "QB": seg.heat[-1, 1],
                     "I0": float(bath_models.mutual_information(on)[0]),
                     "V_tau": float(on.expect(v)[-1]),
                     "min_eig": float(np.linalg.eigvalsh(_system(state).full())[0])})
        traj = seg if traj is None else traj.then(seg)
        state = seg.end
    return {"traj": traj, "cycles": rows, "period": tau + relax, "tau": tau,
            "normal_current": coupled.currents(coupled.steady())[0][0],
            "provenance": coupled.provenance()}


HEOM_SETTINGS = {"rule": "ohmic", "nk": HEOM_NK, "depth": HEOM_DEPTH, "model": "heom"}
# ^ the model choices the evaluators use; a sensitivity study (tests/test_baths.py) varies them


def _params(ev):
    """The sample's printed parameters and cutoff as floats, with HEOM_SETTINGS (the model's
    cache key)."""
    f = (lambda x: float(ev(x)))
    return dict(TA=f(T_A), TB=f(T_B), Om=f(Omega), pv=f(phi_V), pc=f(phi_chi), ka=f(kappa_A),
                kb=f(kappa_B), gamma=f(cutoff), **HEOM_SETTINGS)


def _as_kind(ev, x):
    return mp.mpf(float(x)) if ev.kind == "mp" else float(x)


def _record(ev, prov, **values):
    ev.record("model", "; ".join(f"{k}: {v}" for k, v in prov.items()))
    for k, v in values.items():
        ev.record(k, _as_kind(ev, v))


def _fig45_value(f):
    """Hand-written evaluator from ``f(series, ev) -> (value, {recorded})`` on Figs. 4-5 runs."""
    def value(ev):
        r = heom_fig45(**_params(ev))
        x, rec = f(r, ev)
        _record(ev, r["provenance"], **rec)
        return _as_kind(ev, x)
    value.__name__, value.__doc__ = f.__name__, f.__doc__
    return value


def _pump_value(f):
    """Hand-written evaluator from ``f(pump, ev) -> (value, {recorded})`` on the Fig. 6 cycles."""
    def value(ev):
        p = _params(ev)
        r = heom_pump(**p, tau=float(ev(tau_p)), relax=float(ev(tau_relax)))
        x, rec = f(r, ev)
        _record(ev, r["provenance"], **rec)
        return _as_kind(ev, x)
    value.__name__, value.__doc__ = f.__name__, f.__doc__
    return value


def _lossless_tau(ev):
    """tau = |theta|/(2 Omega) of (13) at the sample's parameters (float)."""
    env = {n: float(ev(Symbol(n, positive=True))) for n in ("T_A", "T_B", "Omega")}
    env.update({"phi_V": float(ev(phi_V)), "phi_chi": float(ev(phi_chi))})
    env.update({f"lambda_{k}": _value(e, env, "float64") for k, e in enumerate(LAM_EXPR, 1)})
    return float(_value(TAU, env, "float64"))


def _first_max(t, y):
    """The first interior local maximum (t, y) of a sampled series."""
    i = 1 + int(np.argmax((y[1:-1] >= y[:-2]) & (y[1:-1] > y[2:])))
    return t[i], y[i]


def _idx(times, x):
    return int(np.searchsorted(times, x - 1e-9))


def _last_negative(t, y):
    """The last time y < 0 (t[0] if never)."""
    neg = np.nonzero(y[1:] < 0)[0]
    return t[neg[-1] + 1] if len(neg) else t[0]


@_fig45_value
def sed_peak_from_tau_omega(r, ev):
    """|t_max - tau_Omega|: distance of the SED's first maximum from tau_Omega = pi/Omega"""
    tp, _ = _first_max(r["times"], r["anom"]["sed"])
    return abs(tp - math.pi / float(ev(Omega))), {"t_max": tp}


@_fig45_value
def sed_peak_from_tau(r, ev):
    """|t_max - tau|: distance of the SED's first maximum from tau = |theta|/(2 Omega) of (13)"""
    tp, sp = _first_max(r["times"], r["anom"]["sed"])
    return abs(tp - _lossless_tau(ev)), {"t_max": tp, "SED(t_max)": sp,
                                         "tau": _lossless_tau(ev)}


def quarter_tau(ev):
    """tau/4, tau = |theta|/(2 Omega) of (13)"""
    return _as_kind(ev, _lossless_tau(ev) / 4)


@_fig45_value
def sed_second_peak_ratio(r, ev):
    """(2nd maximum - final SED)/(1st maximum - final SED): the SED's decay per period"""
    t, sed = r["times"], r["anom"]["sed"]
    tau_o = math.pi / float(ev(Omega))
    tp, sp = _first_max(t, sed)
    i0, i1 = _idx(t, tp + tau_o / 2), _idx(t, tp + 1.5 * tau_o)
    j = i0 + int(np.argmax(sed[i0:i1]))
    return (sed[j] - sed[-1]) / (sp - sed[-1]), {"first maximum": sp, "second maximum": sed[j],
                                                 "at t": t[j], "final SED": sed[-1]}


@_fig45_value
def early_heat(r, ev):
    """Q_A at t = tau_Omega/2 = pi/(2 Omega), after the first half oscillation of the exchange"""
    t = r["times"]
    i = _idx(t, math.pi / float(ev(Omega)) / 2)
    return r["anom"]["QA"][i], {"Q_A(tau_Omega/2)": r["anom"]["QA"][i],
                                "Q_B(tau_Omega/2)": r["anom"]["QB"][i]}


@_fig45_value
def anomalous_heat_window(r, ev):
    """max over 0 < t <= tau_Omega/2 of max(Q_A, -Q_B): < 0 iff heat flows B -> A throughout"""
    t, a = r["times"], r["anom"]
    i = _idx(t, math.pi / float(ev(Omega)) / 2)
    w = np.maximum(a["QA"][1:i + 1], -a["QB"][1:i + 1])
    return w.max(), {"Q_A first >= 0 at": t[1 + int(np.argmax(a["QA"][1:] >= 0))],
                     "Q_B first <= 0 at": t[1 + int(np.argmax(a["QB"][1:] <= 0))]}


@_fig45_value
def normal_heat_onset(r, ev):
    """|t_n/tau_Omega - 1|, t_n the last time Q_A < 0 (normal heat from then on)"""
    t, a = r["times"], r["anom"]
    tn = _last_negative(t, a["QA"])
    tau_o = math.pi / float(ev(Omega))
    return abs(tn / tau_o - 1), {"t_n": tn, "t_n/tau_Omega": tn / tau_o, "Q_A(end)": a["QA"][-1],
                                 "J_A in the NESS": r["steady_current"]}


@_fig45_value
def concurrence_later_max(r, ev):
    """max over t > 0 of the concurrence C(t) (HEOM), to compare with C(0)"""
    c = r["anom"]["C"]
    return c[1:].max(), {"C(0)": c[0], "max C(t > 0)": c[1:].max()}


@_fig45_value
def concurrence_c0(r, ev):
    """C(0): the concurrence of the prepared state"""
    return r["anom"]["C"][0], {}


@_fig45_value
def concurrence_death_time(r, ev):
    """t_d: the concurrence is exactly 0 on [t_d, t_end] (sudden death; t_end if it never dies)"""
    t, c = r["times"], r["anom"]["C"]
    alive = np.nonzero(c > 0)[0]
    td = t[alive[-1] + 1] if alive[-1] + 1 < len(t) else t[-1]
    return td, {"t_d": td, "first zero of C": t[int(np.argmax(c <= 0))],
                "tau_Omega": math.pi / float(ev(Omega))}


def _death_index(c):
    return int(np.nonzero(c > 0)[0][-1]) + 1


@_fig45_value
def mi_at_death(r, ev):
    """I_AB(t_d): the mutual information when the concurrence dies"""
    a = r["anom"]
    i = _death_index(a["C"])
    return a["I"][i], {"I(t_d)": a["I"][i], "I(0)": a["I"][0]}


MI_WINDOWS = 12                                        # half periods tau_Omega/2 after t_d


@_fig45_value
def mi_envelope_ratio(r, ev):
    """max_k M_{k+1}/M_k, M_k = max |I(t) - I(t_end)| over the k-th half period after t_d

    Half periods tau_Omega/2; the log-linear fit of M_k against t is recorded."""
    t, a = r["times"], r["anom"]
    td = t[_death_index(a["C"])]
    half = math.pi / float(ev(Omega)) / 2
    x = np.abs(a["I"] - a["I"][-1])
    m = np.array([x[_idx(t, td + k * half):_idx(t, td + (k + 1) * half)].max()
                  for k in range(MI_WINDOWS)])
    tk = np.arange(MI_WINDOWS) * half
    slope, icpt = np.polyfit(tk, np.log(m), 1)
    resid = np.log(m) - (slope * tk + icpt)
    r2 = 1 - np.sum(resid**2) / np.sum((np.log(m) - np.log(m).mean())**2)
    return (m[1:] / m[:-1]).max(), {"envelope decay rate": -slope, "log-linear fit R^2": r2,
                                    "M_last/M_0": m[-1] / m[0]}


@_fig45_value
def sigma_min(r, ev):
    """min over 0 < t <= t_end of Sigma(t) = Delta S_AB - Q_A/T_A - Q_B/T_B, correlated start"""
    s = r["anom"]["Sigma"]
    return s[1:].min(), {"Sigma(t_end)": s[-1]}


@_fig45_value
def sigma_min_rate(r, ev):
    """min over t >= tau_Omega of dSigma/dt (finite differences on the grid), correlated start"""
    t, s = r["times"], r["anom"]["Sigma"]
    i = _idx(t, math.pi / float(ev(Omega)))
    d = np.diff(s[i:]) / np.diff(t[i:])
    return d.min(), {"min dSigma/dt on [0, t_end]": (np.diff(s) / np.diff(t)).min()}


@_fig45_value
def sigma0_max_anomalous(r, ev):
    """max of Sigma_0(t) over 0 < t <= tau_Omega/2 (the anomalous phase)

    Sigma_0 = Delta S_A + Delta S_B - Q_A/T_A - Q_B/T_B."""
    t, a = r["times"], r["anom"]
    i = _idx(t, math.pi / float(ev(Omega)) / 2)
    first = t[1 + int(np.argmax(a["Sigma0"][1:] >= 0))]
    return a["Sigma0"][1:i + 1].max(), {"min Sigma_0": a["Sigma0"].min(),
                                        "first Sigma_0 >= 0 at": first}


@_fig45_value
def sigma0_min_late(r, ev):
    """min of Sigma_0(t) for t >= 3 tau_Omega/2 (after the normal heat has returned)"""
    t, a = r["times"], r["anom"]
    i = _idx(t, 1.5 * math.pi / float(ev(Omega)))
    return a["Sigma0"][i:].min(), {"last Sigma_0 < 0 at": _last_negative(t, a["Sigma0"]),
                                   "last Q_A < 0 at": _last_negative(t, a["QA"])}


@_fig45_value
def entropy_ratio(r, ev):
    """|log10(Sigma_anomalous/Sigma_normal) - 1| at t = tau_Omega"""
    t = r["times"]
    i = _idx(t, math.pi / float(ev(Omega)))
    ratio = r["anom"]["Sigma"][i] / r["normal"]["Sigma"][i]
    late = r["anom"]["Sigma"][-1] / r["normal"]["Sigma"][-1]
    return abs(math.log10(ratio) - 1), {"ratio at tau_Omega": ratio, "ratio at t_end": late}


@_fig45_value
def mi_share(r, ev):
    """-Delta I_AB(t)/Sigma(t) at t = tau_Omega: the share of Sigma from lost mutual information"""
    t, a = r["times"], r["anom"]
    i = _idx(t, math.pi / float(ev(Omega)))
    return -(a["I"][i] - a["I"][0]) / a["Sigma"][i], {"Sigma(tau_Omega)": a["Sigma"][i],
                                                      "-Delta I(tau_Omega)": a["I"][0] - a["I"][i]}


@_fig45_value
def normal_min_entropy_production(r, ev):
    """min over 0 < t <= t_end of min(Sigma(t), Sigma_0(t)), uncorrelated start"""
    n = r["normal"]
    return min(n["Sigma"][1:].min(), n["Sigma0"][1:].min()), {"Sigma_0(t_end)": n["Sigma0"][-1]}


@_fig45_value
def normal_sigma0_min_rate(r, ev):
    """min over the run of dSigma_0/dt, uncorrelated start (< 0 iff Sigma_0 ever decreases)"""
    t, s = r["times"], r["normal"]["Sigma0"]
    d = np.diff(s) / np.diff(t)
    return d.min(), {"at t": t[int(np.argmin(d))]}


@_fig45_value
def late_rate_error(r, ev):
    """|dSigma/dt over the last 100 time units / (J_A (1/T_B - 1/T_A)) - 1|, uncorrelated start

    J_A: the current of the non-equilibrium steady state."""
    t, s = r["times"], r["normal"]["Sigma"]
    i = _idx(t, t[-1] - 100)
    slope = (s[-1] - s[i]) / (t[-1] - t[i])
    target = r["steady_current"] * (1 / float(ev(T_B)) - 1 / float(ev(T_A)))
    return abs(slope / target - 1), {"late slope": slope, "J_A (1/T_B - 1/T_A)": target}


@_pump_value
def pump_max_wrong_way(r, ev):
    """max over the cycles of max(Q_A, -Q_B) (negative: every cycle draws heat from B into A)"""
    return max(max(c["QA"], -c["QB"]) for c in r["cycles"]), {
        **{f"cycle {k + 1} Q_A": c["QA"] for k, c in enumerate(r["cycles"])},
        **{f"cycle {k + 1} Q_B": c["QB"] for k, c in enumerate(r["cycles"])},
        "min eigenvalue of the fuelled states": min(c["min_eig"] for c in r["cycles"])}


@_pump_value
def pump_imbalance(r, ev):
    """max over the cycles of |Q_A + Q_B|/Q_B"""
    return max(abs(c["QA"] + c["QB"]) / c["QB"] for c in r["cycles"]), {}


@_pump_value
def decoupling_energy(r, ev):
    """max over the cycles of |<V_AB>(tau)|/Q_B: the decoupling energy per pumped heat"""
    return max(abs(c["V_tau"]) / c["QB"] for c in r["cycles"]), {
        f"cycle {k + 1} <V_AB>(tau)": c["V_tau"] for k, c in enumerate(r["cycles"])}


@_pump_value
def cop_error(r, ev):
    """|Q_B/(T_A I_0) - 0.186| (first cycle)"""
    c = r["cycles"][0]
    cop = c["QB"] / (float(ev(T_A)) * c["I0"])
    c2 = r["cycles"][1]
    return abs(cop - 0.186), {"Q_B/(T_A I_0)": cop, "Q_B": c["QB"], "I_0": c["I0"],
                              "second cycle": c2["QB"] / (float(ev(T_A)) * c2["I0"])}


@_pump_value
def pumped_over_normal(r, ev):
    """|log10(Q_B per cycle / normal heat per cycle)|

    Normal heat: the steady current with V_AB always on and no correlation, times
    tau + tau_relax."""
    normal = r["normal_current"] * r["period"]
    ratio = r["cycles"][0]["QB"] / normal
    return abs(math.log10(ratio)), {"pumped Q_B": r["cycles"][0]["QB"], "normal heat": normal,
                                    "ratio": ratio}


def tuning_gain(ev):
    """|<V_AB>(tau)| with the sample's kappa_B over |<V_AB>(tau)| with kappa_B = kappa_A"""
    p, tau = _params(ev), float(ev(tau_p))
    v_pump = heom_pump(**p, tau=tau, relax=float(ev(tau_relax)))["cycles"][0]["V_tau"]
    sym = heom_pump(**{**p, "kb": p["ka"]}, tau=tau, relax=0.0, cycles=1)
    v_sym = sym["cycles"][0]["V_tau"]
    _record(ev, sym["provenance"], **{"<V_AB>(tau), sample's kappa_B": v_pump,
                                     "<V_AB>(tau), kappa_B = kappa_A": v_sym})
    return _as_kind(ev, abs(v_pump / v_sym))


def heom_claim(local, *, expected=HOLDS, reason="", **kw):
    """A claim on the HEOM model: UNDECIDED (with the reason) without the extra corrcheck[heom];
    a corrected form then corrects nothing established and is declared as a control."""
    if not bath_models.available():
        expected, reason = UNDECIDED, NEEDS_EXTRA
        if kw.get("role") == "corrected":
            kw.update(role="control", corrects=None)
    return PAPER.claim(local, expected=expected, reason=reason, preconditions=[HEOM_EXTRA],
                       search=False, **kw)


TAU_OMEGA = pi / Omega
HEOM_CONVERGENCE = (
    "Converged: at cutoff 2, Q_B/(T_A I_0) = 0.18651 (Pade Nk = 2, depth 2, 28 ADOs), 0.18651 "
    "(Nk = 3), 0.18653 (depth 3), 0.18655 (Nk = 1); <V_AB>(tau) = -1.315e-3 (Nk = 3: -1.318e-3, "
    "depth 3: -1.315e-3); Sigma(tau_Omega) = 0.60428 (0.60429, 0.60430). Every claim's outcome on "
    "every sample is the same with Nk = 3, with depth 3, with lam = kappa instead of kappa gamma/2 "
    "(but for the weak-bath control sample at cutoff 0.5, then a 4x stronger bath) and (but for "
    "<V_AB>(tau), which needs the Lamb shifts) in the local weak-coupling GKLS model "
    "(tests/test_baths.py, slow).")
FIG45_NOTE = ("HEOM (corrcheck.baths on QuTiP's HEOMSolver), Drude-Lorentz baths through sigma_x, "
              "lam = kappa gamma/2, Pade Nk = 2, depth 2; samplers: cutoff gamma = 1, 2, 4 "
              "(convergence: fig4a.sed_peak_tau).")

heom_claim(
    "fig4a.sed_peak_printed", eq="Fig. 4(a), text Sec. IV", kind="leq", expected=FAILS,
    title="'a sharp peak in the SED near t = tau_Omega' (HEOM)",
    statement=r"\text{first maximum of }\Delta_{AB}(t)\text{ at } t \approx \tau_\Omega = "
              r"\pi/\Omega:\ |t_{\max} - \tau_\Omega| \le \tau_\Omega/4",
    lhs=sed_peak_from_tau_omega, rhs=TAU_OMEGA / 4, samplers=FIG45 + (HEOM_NORMAL,),
    reason="The SED's sharp first maximum is at t = 5.6-6.2 (cutoffs 4-1), at tau = "
           "|theta|/(2 Omega) = 7.01 where the lossless (12) has it, not at tau_Omega = pi/Omega = "
           "31.4 (there the SED is near zero, between its first minimum and its damped second "
           "maximum at ~37): tau_Omega is printed for tau (wrong symbol; the text's own tau, (13) "
           "and Sec. V). A first maximum near tau_Omega is what the normal exchange shows (delta = "
           "0, sample heom-d0-g2: the SED falls first and peaks again near pi/Omega), not the "
           "delta = -pi/2 of Fig. 4.",
    notes=FIG45_NOTE)
heom_claim(
    "fig4a.sed_peak_tau", eq="Fig. 4(a), 13", kind="leq", role="corrected",
    corrects="fig4a.sed_peak_printed",
    title="with baths the SED's first maximum stays near tau = |theta|/(2 Omega)",
    statement=r"|t_{\max} - \tau| \le \tau/4,\quad \tau = |\theta|/(2\Omega) = 7.01",
    lhs=sed_peak_from_tau, rhs=quarter_tau, samplers=FIG45,
    notes=FIG45_NOTE + " The damping moves the peak slightly earlier (t_max = 5.6-6.2). "
                       + HEOM_CONVERGENCE)
heom_claim(
    "fig4a.sed_decays", eq="Fig. 4(a), text Sec. IV", kind="leq",
    title="the SED oscillation decays quickly: the second maximum is at most half the first",
    statement=r"\frac{\Delta_{AB}(t_{\max,2}) - \Delta_{AB}(\infty)}{\Delta_{AB}(t_{\max,1}) - "
              r"\Delta_{AB}(\infty)} \le \tfrac12",
    lhs=sed_second_peak_ratio, rhs=Rational(1, 2), samplers=FIG45,
    notes=FIG45_NOTE + " The ratio is 0.16-0.38 for cutoffs 4-1 (0.67 at cutoff 0.5).")
heom_claim(
    "fig4b.caption_heat_direction", eq="Fig. 4(b) caption", kind="leq", expected=FAILS,
    title="'heat is initially extracted from bath A and delivered to bath B against the gradient'",
    statement=r"Q_A(t) > 0 > Q_B(t)\ \text{initially (at } t = \tau_\Omega/2)",
    lhs=0, rhs=early_heat, samplers=FIG45 + (HEOM_NORMAL,),
    reason="The caption swaps the baths: with Q_k the energy extracted from bath k (Sec. IV), "
           "Q_A = -0.093 < 0 < Q_B = 0.061 at t = tau_Omega/2 (cutoff 2): heat is extracted from "
           "the cold bath B and delivered to the hot bath A, as the text of Sec. IV says ('Q_A is "
           "negative ... positive Q_B ... from bath B to A against the temperature gradient'). "
           "Heat drawn from A into B follows the gradient (T_A = 2 > T_B = 1), so the caption "
           "contradicts itself; it is what the normal exchange gives (delta = 0, sample "
           "heom-d0-g2).",
    notes=FIG45_NOTE)
heom_claim(
    "fig4b.heat_reversed", eq="Fig. 4(b), text Sec. IV", kind="leq", role="corrected",
    corrects="fig4b.caption_heat_direction",
    title="anomalous heat: Q_A < 0 < Q_B for 0 < t <= tau_Omega/2 (bath B -> bath A)",
    statement=r"Q_A(t) < 0 < Q_B(t)\quad (0 < t \le \tau_\Omega/2)",
    lhs=anomalous_heat_window, rhs=0, samplers=FIG45,
    notes=FIG45_NOTE + " Q_A stays negative until t = 25-26, Q_B positive until t = 27-30.")
heom_claim(
    "fig4b.normal_heat_recovered", eq="Fig. 4(b), text Sec. IV", kind="leq",
    title="normal heat (Q_A >= 0 for good) takes over after about one SED oscillation",
    statement=r"Q_A(t) \ge 0\ \forall t \ge t_n,\quad |t_n/\tau_\Omega - 1| \le \tfrac12",
    lhs=normal_heat_onset, rhs=Rational(1, 2), samplers=FIG45,
    notes=FIG45_NOTE + " t_n/tau_Omega = 0.80-0.83 (cutoffs 1-4), then the steady current flows "
                       "from A to B. At cutoff 0.5 the exchange rings longer (t_n = 1.48 "
                       "tau_Omega).")
heom_claim(
    "fig4c.concurrence_initial_max", eq="Fig. 4(c)", kind="leq",
    title="the concurrence takes its maximum at t = 0",
    statement=r"\mathcal C(t) < \mathcal C(0)\quad (t > 0)",
    lhs=concurrence_later_max, rhs=concurrence_c0, samplers=FIG45, notes=FIG45_NOTE)
heom_claim(
    "fig4c.sudden_death", eq="Fig. 4(c), text Sec. IV", kind="leq",
    title="entanglement sudden death: C(t) = 0 exactly from t_d <= tau_Omega on",
    statement=r"\mathcal C(t) = 0\ \forall t \ge t_d,\quad t_d \le \tau_\Omega",
    lhs=concurrence_death_time, rhs=TAU_OMEGA, samplers=FIG45,
    notes=FIG45_NOTE + " C first vanishes at t = 4.6-5.4 (before tau), revives for cutoffs 1-2 "
                       "(to 0.17 and 0.04) and is zero from t_d = 4.6 (cutoff 4), 15.4 (2), 18.2 "
                       "(1); at cutoff 0.5 it revives to 0.34 and dies at t = 47.8.")
heom_claim(
    "fig4d.mi_survives", eq="Fig. 4(d), text Sec. IV", kind="leq",
    title="the mutual information survives the concurrence: I(t_d) > 0",
    statement=r"I_{AB}(t_d) > 0", lhs=0, rhs=mi_at_death, samplers=FIG45, notes=FIG45_NOTE)
heom_claim(
    "fig4d.mi_decays", eq="Fig. 4(d)", kind="leq",
    title="after the sudden death I_AB decays: its half-period maxima fall for six oscillations",
    statement=r"M_{k+1} < M_k,\ M_k = \max_{t_d + k\tau_\Omega/2 \le t < t_d + (k+1)\tau_\Omega/2}"
              r"|I_{AB}(t) - I_{AB}(\infty)|,\ k < 12",
    lhs=mi_envelope_ratio, rhs=1, samplers=FIG45,
    notes=FIG45_NOTE + " The decay is oscillatory (period tau_Omega/2) under an exponential "
                       "envelope: log M_k is linear in t (R^2 recorded), falling by 10^-3 to 10^-5 "
                       "over the twelve half periods.")
heom_claim(
    "fig5b.sigma_nonnegative", eq="Fig. 5(b), 15, C4", kind="leq",
    title="Sigma(t) = Delta S_AB - Q_A/T_A - Q_B/T_B > 0 at all t (correlated start)",
    statement=r"\Sigma(t) > 0\quad (t > 0)", lhs=0, rhs=sigma_min, samplers=FIG45,
    notes=FIG45_NOTE + " Signs of (C4); the baths start correlated with the qubits (thermalised), "
                       "which (C1) does not cover, yet Sigma stays positive.")
heom_claim(
    "fig5b.sigma_monotone", eq="Fig. 5(b), text Sec. IV", kind="leq",
    title="Sigma(t) increases monotonically after the initial oscillation (t >= tau_Omega)",
    statement=r"\dot\Sigma(t) \ge 0\quad (t \ge \tau_\Omega)", lhs=0, rhs=sigma_min_rate,
    samplers=FIG45, notes=FIG45_NOTE + " Here Sigma never decreases, not even initially.")
heom_claim(
    "fig5b.sigma0_negative", eq="Fig. 5(b), 14, text Sec. IV", kind="leq",
    title="Sigma_0 < 0 while the heat is anomalous (0 < t <= tau_Omega/2)",
    statement=r"\Sigma_0(t) < 0\quad (0 < t \le \tau_\Omega/2)",
    lhs=sigma0_max_anomalous, rhs=0, samplers=FIG45,
    notes=FIG45_NOTE + " Sigma_0 with the signs of (C4); with the printed +Q/T of (14) "
                       "(eq14.printed) it turns positive already before tau_Omega/2 (max "
                       "0.001-0.007 there), so this too needs the corrected signs. 'Until the "
                       "normal heat is recovered' is read with fig5b.sigma0_positive_later: "
                       "Sigma_0 changes sign "
                       "between tau_Omega/2 and 3 tau_Omega/2, the window of "
                       "fig4b.normal_heat_recovered.")
heom_claim(
    "fig5b.sigma0_positive_later", eq="Fig. 5(b), text Sec. IV", kind="leq",
    title="Sigma_0 >= 0 once the steady normal heat is back (t >= 3 tau_Omega/2)",
    statement=r"\Sigma_0(t) \ge 0\quad (t \ge 3\tau_\Omega/2)",
    lhs=0, rhs=sigma0_min_late, samplers=FIG45,
    notes=FIG45_NOTE + " Sigma_0 turns positive for good at t = 26-42, within the window in which "
                       "the normal heat returns (fig4b.normal_heat_recovered), not exactly when "
                       "the cumulative Q_A does: Sigma_0 also holds Delta S_A + Delta S_B.")
heom_claim(
    "fig5b.order_of_magnitude", eq="Fig. 5, text Sec. IV", kind="leq",
    title="the entropy production with anomalous heat is ten times the normal one",
    statement=r"\bigl|\log_{10}[\Sigma_{\rm anom}(\tau_\Omega)/\Sigma_{\rm normal}"
              r"(\tau_\Omega)] - 1\bigr| \le \tfrac12",
    lhs=entropy_ratio, rhs=Rational(1, 2), samplers=FIG45,
    notes=FIG45_NOTE + " Ratio 11-16 at t = tau_Omega; the statement is about the transient: "
                       "both grow at the same steady rate later, so the ratio tends to 1 "
                       "(2.3-3.4 at t = 300).")
heom_claim(
    "fig5b.mutual_information_share", eq="Fig. 5, text Sec. IV", kind="leq",
    title="most of Sigma comes from the lost mutual information: -Delta I >= Sigma/2 at tau_Omega",
    statement=r"-\Delta I_{AB}(\tau_\Omega) \ge \Sigma(\tau_\Omega)/2",
    lhs=Rational(1, 2), rhs=mi_share, samplers=FIG45, notes=FIG45_NOTE)
heom_claim(
    "fig5a.normal_positive", eq="Fig. 5(a)", kind="leq",
    title="without initial correlation Sigma_0(t) > 0 and Sigma(t) > 0",
    statement=r"\Sigma_0(t) > 0,\ \Sigma(t) > 0\quad (t > 0,\ \chi = 0)",
    lhs=0, rhs=normal_min_entropy_production, samplers=FIG45, notes=FIG45_NOTE)
PAPER.claim(
    "fig5a.sigma0_not_monotone", eq="Fig. 5(a), text Sec. IV", expected=UNDECIDED,
    title="without initial correlation Sigma_0 is not monotonically increasing",
    statement=r"\dot\Sigma_0(t) < 0\ \text{for some } t\quad (\chi = 0)",
    reason="Depends on the unprinted cutoff: Sigma_0 = Sigma + I_AB decreases only when the "
           "transient correlation decays faster than Sigma grows. For cutoffs 1, 2, 4 (lam = "
           "kappa gamma/2) Sigma_0 is monotone, at cutoff 0.5 it decreases (control claim "
           "fig5a.sigma0_monotone_control shows both)." if bath_models.available() else NEEDS_EXTRA)
heom_claim(
    "fig5a.sigma0_monotone_control", eq="Fig. 5(a)", kind="leq", role="control", expected=FAILS,
    title="control: Sigma_0 (uncorrelated start) never decreases - for which cutoffs",
    statement=r"\dot\Sigma_0(t) \ge 0\ \forall t\quad (\chi = 0)",
    lhs=0, rhs=normal_sigma0_min_rate, samplers=FIG45 + (HEOM_45[TUNED_CUTOFF],),
    reason="Holds for cutoffs 1, 2, 4 (Sigma_0 monotone) and fails at cutoff 0.5 (sample "
           "heom-g0.5), so the printed 'not monotonically increasing' (fig5a.sigma0_not_monotone) "
           "depends on the unprinted bath parameters.", notes=FIG45_NOTE)
heom_claim(
    "fig5.linear_growth", eq="Fig. 5, text Sec. IV",  kind="leq",
    title="once the steady heat is established Sigma grows linearly at J_A (1/T_B - 1/T_A)",
    statement=r"\bigl|\dot\Sigma / [J_A(\beta_B - \beta_A)] - 1\bigr| \le 10^{-2}\quad "
              r"(t \in [t_{\rm end} - 100, t_{\rm end}],\ \chi = 0)",
    lhs=late_rate_error, rhs=Rational(1, 100), samplers=FIG45,
    notes=FIG45_NOTE + " J_A the non-equilibrium steady-state current of the HEOM.")

PUMP_NOTE = ("HEOM pump (corrcheck.baths on QuTiP's HEOMSolver), kappa_A = 0.01, kappa_B = "
             "0.023, two cycles of tau = 6.1 coupled and tau_relax = 500 relaxing, lam = kappa "
             "gamma/2, Pade Nk = 2, depth 2; samplers: cutoff gamma = 1, 2, 4 (convergence: "
             "text.cop_value).")
heom_claim(
    "fig6.pump_direction", eq="Fig. 6, text Sec. V", kind="leq",
    title="every cycle draws heat from the cold bath and delivers it to the hot bath",
    statement=r"\bar Q_A < 0 < \bar Q_B\ \text{in each cycle}",
    lhs=pump_max_wrong_way, rhs=0, samplers=FIG6, notes=PUMP_NOTE)
heom_claim(
    "fig6.no_work", eq="Fig. 6, text Sec. V", kind="leq",
    title="all heat drawn from the cold bath reaches the hot bath: |Q_A| = |Q_B| within 2%",
    statement=r"|\bar Q_A + \bar Q_B| \le 0.02\,\bar Q_B",
    lhs=pump_imbalance, rhs=Rational(1, 50), samplers=FIG6,
    notes=PUMP_NOTE + " |Q_A + Q_B|/Q_B = 0.2-1%. By the first law over a cycle that returns "
                      "the qubits and baths to equilibrium, Q_A + Q_B = <V_AB>(tau), the energy "
                      "removed by decoupling (switching on costs Tr rho^0 V_AB = 0): the same "
                      "number as text.decoupling_energy.")
heom_claim(
    "text.decoupling_energy", eq="text, Sec. V", kind="leq",
    title="the interaction energy at decoupling is negligibly small (< 2% of the pumped heat)",
    statement=r"|\langle V_{AB}\rangle(\tau)| \le 0.02\,\bar Q_B", lhs=decoupling_energy,
    rhs=Rational(1, 50), samplers=FIG6,
    notes=PUMP_NOTE + " <V_AB> is conserved without baths at delta = -pi/2 (text.switch_on_cost); "
                      "the baths make it 0.2-1% of Q_B at tau (Lamb shifts: it is exactly 0 in the "
                      "weak-coupling GKLS model).")
PAPER.claim(
    "fig6.kappa_tuning", eq="Fig. 6 caption", expected=UNDECIDED,
    title="'to eliminate the energy cost of qubit decoupling, kappa_B = 0.023 is used'",
    statement=r"\kappa_B = 0.023:\ \langle V_{AB}\rangle(\tau) = 0",
    reason="Depends on the unprinted cutoff: kappa_B = 0.023 makes <V_AB>(tau) vanish (110x "
           "smaller than with kappa_B = 0.01) at cutoff gamma = 0.5, but only reduces it by 1.6x "
           "(cutoff 2) and 4.7x (cutoff 1), and increases it at cutoff 4 (control claim "
           "fig6.kappa_tuning_control)." if bath_models.available() else NEEDS_EXTRA)
heom_claim(
    "fig6.kappa_tuning_control", eq="Fig. 6 caption", kind="leq", role="control", expected=FAILS,
    title="control: for which cutoffs kappa_B = 0.023 cuts |<V_AB>(tau)| tenfold (vs 0.01)",
    statement=r"|\langle V_{AB}\rangle(\tau)|_{\kappa_B = 0.023} \le "
              r"\tfrac{1}{10}|\langle V_{AB}\rangle(\tau)|_{\kappa_B = 0.01}",
    lhs=tuning_gain, rhs=Rational(1, 10), samplers=FIG6 + (HEOM_6[TUNED_CUTOFF],),
    reason="Holds only near cutoff 0.5 (sample heom-pump-g0.5); fails for cutoffs 1, 2, 4: the "
           "printed tuning identifies the cutoff rather than holding generally.", notes=PUMP_NOTE)
heom_claim(
    "text.cop_value", eq="text after (18)", kind="leq",
    title="Q_B/(T_A I_0) = 0.186 within 10% (HEOM pump)",
    statement=r"\bigl|\bar Q_B/(T_AI_0) - 0.186\bigr| \le 0.0186",
    lhs=cop_error, rhs=Rational(186, 10000), samplers=FIG6,
    notes=PUMP_NOTE + " Q_B/(T_A I_0) = 0.1865 (cutoff 2), 0.199 (1), 0.178 (4); 0.210 at cutoff "
                      "0.5. The lossless collision cycle gives 0.2258 (text.cop_collision); all "
                      "are below T_B/(T_A - T_B) = 1. " + HEOM_CONVERGENCE)
heom_claim(
    "fig6.pumped_vs_normal", eq="text, Sec. V", kind="leq",
    title="the pumped heat per cycle is of the same order of magnitude as the normal heat",
    statement=r"\bigl|\log_{10}[\bar Q_B / (J_A^{\rm normal}(\tau + \tau_{\rm relax}))]\bigr| "
              r"\le 1",
    lhs=pumped_over_normal, rhs=1, samplers=FIG6,
    notes=PUMP_NOTE + " Normal heat: the steady current with V_AB always on and no correlation, "
                      "over one period (the dashed lines of Fig. 6). The pumped heat is 0.11-0.21 "
                      "of it: the same order, barely (0.53 at cutoff 0.5).")

# ================================================================== figures


def _float_env(TA, TB, Om, pv, pc):
    env = {"T_A": float(TA), "T_B": float(TB), "Omega": float(Om), "phi_V": float(pv),
           "phi_chi": float(pc)}
    env.update({f"lambda_{k}": _value(e, env, "float64") for k, e in enumerate(LAM_EXPR, 1)})
    return env


def _series(TA, TB, Om, pv, pc, ts):
    """SED, concurrence and mutual information of the exact evolution (float64, for plots)."""
    env = _float_env(TA, TB, Om, pv, pc)
    h = np.diag([-0.5, 0.5]).astype(complex)
    env.update({"H_A": h, "H_B": h, "V": _value(V_MATRIX, env, "float64")})
    flow = numeric.UnitaryFlow(_h_total(env))
    r0 = _value(RHO0_MATRIX, env, "float64")
    d = np.kron(h, np.eye(2)) - np.kron(np.eye(2), h)
    sed, conc, info = [], [], []
    for x in ts:
        r = flow.evolve(r0, x)
        sed.append(float(np.real(np.trace(d @ r))))
        conc.append(float(numeric.concurrence(r)))
        info.append(float(numeric.mutual_information(r, (2, 2))))
    closed = [_value(SED_REGULAR, {**env, "t": float(x)}, "float64") for x in ts]
    return np.array(sed), np.array(conc), np.array(info), np.array(closed), env


_STYLES = {"d0": ("k", ":", r"$\delta = 0$"), "dp": ("tab:blue", "--", r"$\delta = \pi/2$"),
           "dm": ("tab:red", "-", r"$\delta = -\pi/2$")}


def draw_fig1(path):
    from corrcheck import figures  # matplotlib only when drawing
    ts = np.linspace(0, 2 * math.pi / 0.1, 401)
    fig, axes = figures.figure(1, 3, 15.0, 4.0)
    for key in ("d0", "dp", "dm"):
        pv, pc = (float(sympy.N(v)) for v in DELTAS[key])
        sed, conc, info, closed, env = _series(2, 1, 0.1, pv, pc, ts)
        color, ls, label = _STYLES[key]
        axes[0][0].plot(ts, sed, color=color, ls=ls, label=label)
        axes[0][0].plot(ts[::20], closed[::20], "o", color=color, ms=3, mfc="none")
        axes[0][1].plot(ts, conc, color=color, ls=ls, label=label)
        axes[0][2].plot(ts, info, color=color, ls=ls, label=label)
        if key == "dm":
            tau = _value(TAU, env, "float64")
            for ax in axes[0]:
                ax.axvline(tau, color="gray", lw=0.6)
    for ax, title in zip(axes[0], ("(a) energy difference $\\Delta_{AB}$ (o: eq. 12)",
                                   "(b) concurrence", "(c) mutual information")):
        ax.set_xlabel("t")
        ax.set_title(title)
    axes[0][0].legend()
    figures.save(fig, path)


def draw_fig2(path):
    from corrcheck import figures
    ts = np.linspace(0, 2 * math.pi / 0.1, 401)
    fig, axes = figures.figure(1, 2, 11.0, 4.0)
    for ax, key, title in ((axes[0][0], "d0", "(a) normal, $\\delta = 0$"),
                           (axes[0][1], "dm", "(b) anomalous, $\\delta = -\\pi/2$")):
        pv, pc = (float(sympy.N(v)) for v in DELTAS[key])
        for (TA, TB), color, ls in (((1.5, 1.5), "k", ":"), ((2.0, 1.0), "tab:red", "-"),
                                    ((1.0, 2.0), "tab:blue", "--")):
            sed, _, _, closed, _ = _series(TA, TB, 0.1, pv, pc, ts)
            ax.plot(ts, sed, color=color, ls=ls, label=f"$T_A = {TA}$, $T_B = {TB}$")
            ax.plot(ts[::20], closed[::20], "o", color=color, ms=3, mfc="none")
        ax.set_xlabel("t")
        ax.set_title(title)
    axes[0][0].set_ylabel(r"$\Delta_{AB}(t)$")
    axes[0][0].legend()
    figures.save(fig, path)


PAPER.figure("fig1", "Fig. 1 reproduced (exact evolution, T_A = 2, T_B = 1, Omega = 0.1): (a) SED "
             "with the closed form (12) as circles, (b) concurrence, (c) mutual information, for "
             "delta = 0 (dotted black), pi/2 (dashed blue), -pi/2 (solid red); the vertical line is "
             "tau = |theta|/(2 Omega) = 7.01 for delta = -pi/2, where C and I vanish", draw_fig1)
PAPER.figure("fig2", "Fig. 2 reproduced: SED for delta = 0 (a) and delta = -pi/2 (b) at T_A = T_B = "
             "1.5 (dotted black), T_A = 2 > T_B = 1 (solid red), T_A = 1 < T_B = 2 (dashed blue), "
             "Omega = 0.1; circles: Delta_AB(0) cos 2 Omega t - C_0 sin(delta) sin 2 Omega t",
             draw_fig2)


# ------------------------------------------------------------------ Figs. 4-6 (HEOM)

UNITS_T, UNITS_E = r"$t$ (units of $1/\omega$)", r"(units of $\hbar\omega$)"


def _baseline(pump=False):
    """The model parameters of the baseline sample (cutoff 2), as the evaluators pass them (one
    cache entry for claims and figures)."""
    from corrcheck.evaluate import Evaluator
    ev = Evaluator((HEOM_6 if pump else HEOM_45)[HEOM_CUTOFF].draw(None, "float64"))
    p = _params(ev)
    return {**p, "tau": float(ev(tau_p)), "relax": float(ev(tau_relax))} if pump else p


def _needs_extra(path):
    """The figure's place-holder without the extra corrcheck[heom]."""
    from corrcheck import figures
    fig, axes = figures.figure(1, 1, 6.0, 1.5)
    axes[0][0].axis("off")
    axes[0][0].text(0.5, 0.5, "HEOM figure: needs the optional extra corrcheck[heom] (QuTiP >= 5)",
                    ha="center", va="center")
    figures.save(fig, path)


def _legend_below(ax, ncol=3):
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=ncol, frameon=False, fontsize=8)


def draw_fig4(path):
    if not bath_models.available():
        return _needs_extra(path)
    from corrcheck import figures
    r, g = heom_fig45(**_baseline()), heom_fig45(**{**_baseline(), "model": "gkls"})
    t, a, b = r["times"], r["anom"], g["anom"]
    keep = t <= 150
    sed0, conc0, info0, _, env = _series(2, 1, 0.1, 0.0, math.pi / 2, t[keep])
    tau = float(_value(TAU, env, "float64"))
    fig, axes = figures.figure(2, 2, 12.0, 8.5)
    (p, q), (c, d) = axes
    p.plot(t[keep], sed0, color="0.7", lw=1, label="no baths (exact, Fig. 2)")
    p.plot(t[keep], a["sed"][keep], "k", label="HEOM")
    p.plot(t[keep], b["sed"][keep], "k:", lw=1, label="weak-coupling GKLS")
    q.plot(t[keep], a["QA"][keep], color="tab:red", label=r"$Q_A$ HEOM")
    q.plot(t[keep], a["QB"][keep], "--", color="tab:blue", label=r"$Q_B$ HEOM")
    q.plot(t[keep], b["QA"][keep], ":", color="tab:red", lw=1, label=r"$Q_A$ GKLS")
    q.plot(t[keep], b["QB"][keep], ":", color="tab:blue", lw=1, label=r"$Q_B$ GKLS")
    q.axhline(0, color="0.5", lw=0.5)
    c.plot(t[keep], conc0, color="0.7", lw=1, label="no baths")
    c.plot(t[keep], a["C"][keep], "k", label="HEOM")
    d.plot(t[keep], info0, color="0.7", lw=1, label="no baths")
    d.plot(t[keep], a["I"][keep], "k", label="HEOM")
    for ax in (p, q, c, d):
        ax.axvline(tau, color="tab:green", lw=0.7)
        ax.axvline(math.pi / 0.1, color="tab:purple", lw=0.7, ls="--")
        ax.set_xlabel(UNITS_T)
    p.set_ylabel(r"$\Delta_{AB} = E_A - E_B$ " + UNITS_E)
    q.set_ylabel(r"heat $Q_k$ extracted from bath $k$ " + UNITS_E)
    c.set_ylabel(r"concurrence $\mathcal{C}$ (dimensionless)")
    d.set_ylabel(r"mutual information $I_{AB}$ (nats)")
    for ax, title in zip((p, q, c, d), ("(a) energy difference", "(b) heat", "(c) concurrence",
                                         "(d) mutual information")):
        ax.set_title(title + r" (green: $\tau$, purple dashed: $\tau_\Omega$)", fontsize=9)
        _legend_below(ax)
    fig.tight_layout()
    figures.save(fig, path)


def draw_fig5(path):
    if not bath_models.available():
        return _needs_extra(path)
    from corrcheck import figures
    r = heom_fig45(**_baseline())
    t = r["times"]
    fig, axes = figures.figure(1, 2, 12.0, 4.8)
    for ax, key, title in ((axes[0][0], "normal", "(a) no initial correlation"),
                           (axes[0][1], "anom", "(b) initial correlation (10)")):
        s = r[key]
        ax.plot(t, s["Sigma0"], "--", color="tab:blue", label=r"$\Sigma_0$ (14), signs of (C4)")
        ax.plot(t, s["Sigma"], color="tab:red", label=r"$\Sigma$ (15), signs of (C4)")
        ax.plot(t, s["I"] - s["I"][0], "-.", color="k", label=r"$\Delta I_{AB}$")
        ax.axhline(0, color="0.5", lw=0.5)
        ax.set_xlabel(UNITS_T)
        ax.set_ylabel("entropy (nats)")
        ax.set_title(title, fontsize=10)
        _legend_below(ax)
    fig.tight_layout()
    figures.save(fig, path)


def draw_fig6(path):
    if not bath_models.available():
        return _needs_extra(path)
    from corrcheck import figures
    r = heom_pump(**_baseline(pump=True))
    tr, period, tau = r["traj"], r["period"], r["tau"]
    t = tr.times
    fig, axes = figures.figure(1, 2, 12.0, 5.0)
    for ax, span in ((axes[0][0], (0, 2 * period)), (axes[0][1], (-2, 40))):
        ax.plot(t, tr.heat[:, 1], color="tab:blue", label=r"pump: $Q_B$ drawn from the cold bath")
        ax.plot(t, -tr.heat[:, 0], color="k", label=r"pump: $-Q_A$ delivered to the hot bath")
        ax.plot(t, r["normal_current"] * t, "--", color="0.6", lw=2,
                label=r"normal: heat drawn from the hot bath ($V_{AB}$ always on, $\chi = 0$)")
        ax.plot(t, r["normal_current"] * t, "--", color="k", lw=0.8,
                label="normal: heat delivered to the cold bath")
        for k in range(2):
            ax.axvspan(k * period, k * period + tau, color="tab:orange", alpha=0.4, lw=0)
        ax.set_xlim(*span)
        ax.set_xlabel(UNITS_T)
        ax.set_ylabel("accumulated heat " + UNITS_E)
    axes[0][1].set_ylim(-0.01, 0.25)
    axes[0][0].set_title(r"(a) two cycles (orange: qubits coupled for $\tau = 6.1$)", fontsize=10)
    axes[0][1].set_title("(b) the first coupling window and the start of rethermalisation",
                         fontsize=10)
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, frameon=False, fontsize=9)
    fig.tight_layout(rect=(0, 0.12, 1, 1))
    figures.save(fig, path)


HEOM_MODEL = ("HEOM with Drude-Lorentz baths coupled through sigma_x of each qubit, cutoff gamma "
              "= 2, lam = kappa gamma/2, Pade Nk = 2, depth 2 (QuTiP HEOMSolver generator); "
              "qubits thermalised with their baths before (10) is prepared and V_AB switched on")
PAPER.figure(
    "fig4", "Fig. 4 from our bath model. The paper shows, for kappa_A = kappa_B = 0.01, T_A = 2, "
    "T_B = 1, Omega = 0.1, delta = -pi/2: (a) a decaying SED oscillation, (b) heat extracted "
    "from bath A and delivered to bath B against the gradient (caption; the text says the "
    "reverse), (c) the concurrence maximal at t = 0 then dying abruptly, (d) I_AB decaying "
    "exponentially after that. We get (" + HEOM_MODEL + "; dotted: local weak-coupling GKLS, "
    "nearly on top of HEOM; gray: no baths): (a) the SED peaks at t = 5.8, near tau = 7.01 "
    "(green), not near tau_Omega = 31.4 (purple), then decays; (b) Q_A < 0 < Q_B: heat flows "
    "from the cold bath B into the hot bath A until t ~ 26, then the normal heat takes over; "
    "(c) C(0) is the maximum and C = 0 from t = 15.4 on; (d) I_AB survives the concurrence and "
    "decays under an exponential envelope.", draw_fig4)
PAPER.figure(
    "fig5", "Fig. 5 from our bath model. The paper shows Sigma_0 (dashed blue), Sigma (solid red) "
    "and Delta I_AB (dot-dashed black): (a) without initial correlation both positive, Sigma_0 "
    "not monotone; (b) with it Sigma_0 < 0 until the normal heat returns, Sigma > 0 and "
    "increasing, mostly from the lost I_AB. We get (same model as Fig. 4, heat terms with the "
    "signs of (C4)): (a) both positive and, at this cutoff, both monotone (Sigma_0 decreases "
    "only for a weaker bath, cutoff 0.5); (b) Sigma_0 < 0 until t = 27, Sigma > 0 and never "
    "decreasing, -Delta I_AB = 96% of Sigma at tau_Omega; late growth linear at "
    "J_A (1/T_B - 1/T_A) in both.", draw_fig5)
PAPER.figure(
    "fig6", "Fig. 6 from our bath model. The paper shows two pump cycles (kappa_A = 0.01, "
    "kappa_B = 0.023, tau = 6.1, tau_relax = 500): heat drawn from the cold bath (solid blue) "
    "equal to the heat delivered to the hot bath (solid black), of the order of the normal "
    "steady-state heat (dashed). We get (same model as Fig. 4): per cycle Q_B = 0.224 drawn "
    "from B and -Q_A = 0.225 delivered to A (|Q_A + Q_B|/Q_B = 0.6%, the decoupling work), "
    "mostly during rethermalisation; Q_B/(T_A I_0) = 0.187 (paper 0.186); the normal steady "
    "heat over a period (dashed, the two coincide) is 1.8, 8 times the pumped heat.", draw_fig6)
