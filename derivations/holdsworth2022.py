"""Holdsworth and Kawai, "Heat pump driven entirely by quantum correlation",
Phys. Rev. A 106, 062604 (2022).  Claims in equation order: Sec. II (1)-(4), the two-qubit
model (5)-(13) with its Appendices A (A1)-(A4) and B (B1)-(B3), Figs. 1-2 and their text, the
baths of Sec. IV (Fig. 4), entropy production (14)-(15) with Appendix C (C1)-(C4) and Fig. 5,
the heat pump of Sec. V (16)-(18) with Fig. 6; the errata at the end.

Basis convention forced by the printed lambdas (6): lambda_1 = e^{(beta_A+beta_B)/2}/(Z_A Z_B)
is the Gibbs weight of |00>, so |0> is the ground state of each qubit (as the text says) and
H_A = H_B = diag(-1/2, +1/2) in the basis (|0>, |1>).  In the repository's sigma_z = diag(1, -1)
the paper's H = (omega/2) sigma_z reads -sigma_z/2: a convention note (eq6.sigma_z_repository
shows that +sigma_z/2 contradicts (6)).

Setups (all from :mod:`corrcheck.setups`).
* Random bipartite systems (Sec. II): Gibbs marginals of random H_A, H_B with a random
  correlation matrix (``correlated_state``), energy-conserving couplings ([V, H_A + H_B] = 0:
  ``energy_conserving``; H_B shares H_A's levels, on a qubit or a qutrit) or general ones,
  exact unitary evolution to a random t (``evolved_state``), or a mixture of two such
  evolutions (a non-unitary, energy-conserving channel).
* The two-qubit model (Sec. III): the state (5)+(10) evolved exactly with H_A + H_B + V_AB (7);
  fixed samples at the paper's T_A = 2, T_B = 1, Omega = 0.1 (Figs. 1, 2, 4-6) and at a second
  set T_A = 5, T_B = 0.5, Omega = 0.35, for the printed delta = 0, +pi/2, -pi/2 and a generic
  delta, at several t.
* Finite heat baths (Sec. IV, Appendix C): qubits A, B with one bath qubit or qutrit each
  (h hot, c cold), Gibbs baths, random couplings, exact evolution; and a system qubit s with a
  two-qubit hot bath and a one-qubit cold bath.
* An exact heat-pump cycle (Sec. V) as a collision model: stage 1 couples (or drives) A and B,
  stage 2 swaps A with a fresh hot-bath unit and B with a fresh cold-bath unit of the same
  Hamiltonians (the SWAP is exp(-i pi (S - 1)/2), a unitary collision), which returns A and B
  exactly to their Gibbs states (Delta S_A = Delta S_B = 0, I = 0 at the end, as assumed
  before (17)).
* Drude-Lorentz baths (Sec. IV-V, Figs. 4-6): each qubit coupled to its own bosonic bath, solved
  with QuTiP's HEOM (:mod:`corrcheck.baths`, extra ``corrcheck[heom]``); the unprinted cutoff
  and coupling map are chosen and scanned (see the HEOM section).

Hand-written evaluators: the smallest eigenvalue of a matrix (A1, A2, (10)), the optimisation
over the family (8) (SymPy proof of the maximiser plus a grid scan of the feasible set) and the
time series of the HEOM model (Figs. 4-6); every other claim is an expression of the language.
"""
import dataclasses
import functools
import math

import mpmath as mp
import numpy as np
import sympy
from sympy import I, Abs, Max, Min, Rational, Symbol, atan, cos, exp, log, pi, sin, sqrt

from corrcheck import baths as bath_models
from corrcheck import numeric
from corrcheck.claim import FAILS, HOLDS, UNDECIDED, Paper, Precondition, Premise
from corrcheck.proof import samplers_binding
from corrcheck.setups import (bounded_hermitian, closed_form, copy_of, correlated_state, density,
                              derived, draw, energy_conserving, evolved_state, fixed, gibbs_state,
                              hermitian, kron, pauli, printed, product_state, special, uniform,
                              x_matrix)
from corrcheck.symbolic.expr import (Concurrence, Dt, Entropy, Expm, Logm, Mat, Op, RelEntropy, Tr,
                                     comm, mutual_information, ptr)
from corrcheck.symbolic import xstate

PAPER = Paper(
    "holdsworth2022",
    title="Heat pump driven entirely by quantum correlation",
    reference="T. Holdsworth and R. Kawai, Phys. Rev. A 106, 062604 (2022)",
    conventions="hbar = omega = k_B = 1, natural log. Each qubit's basis is (|0>, |1>) with |0> "
                "the GROUND state (as the paper says): H_A = H_B = diag(-1/2, +1/2), i.e. the "
                "paper's sigma_z is |1><1| - |0><0| = -diag(1, -1). The printed lambdas (6) "
                "require it: lambda_1 = e^{(beta_A+beta_B)/2}/(Z_A Z_B) is the weight of |00>, "
                "which must then have energy -1/2 - 1/2 (eq6.sigma_z_repository: with "
                "H = +diag(1,-1)/2 the lambdas come out reversed). Two-qubit basis |00>, |01>, "
                "|10>, |11> = paper indices 1..4 (kron order A (x) B), rho_ij = <i|rho|j>, "
                "Z = Tr e^{-beta H} = 2 cosh(beta/2). Delta_AB = E_A - E_B (SED), delta = phi_V - "
                "phi_chi, C_0 = 2 sqrt(lambda_4). Q_k is the energy extracted from bath k (Sec. IV "
                "and (C2)); W the work done on the system. drho/dt = -i[H, rho].",
)

# ============================================================================ symbols, closed forms

PAIR = ("A", "B")
T_A, T_B = Symbol("T_A", positive=True), Symbol("T_B", positive=True)
Omega = Symbol("Omega", positive=True)
phi_V, phi_chi = Symbol("phi_V", real=True), Symbol("phi_chi", real=True)
d_set = Symbol("delta", real=True)         # delta = phi_V - phi_chi, the parameter of the samples
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
TAU_OMEGA = pi / Omega                    # the period of the energy oscillation, Sec. IV
AMP = sqrt(D0**2 + C0**2 * sin(delta)**2)
X2 = 2 * Omega * t
SUM23 = lam2 + lam3 + 2 * lam4            # rho_22 + rho_33, conserved


def _E(i, j):
    """|i><j| in the paper's 1-based two-qubit indices."""
    m = sympy.zeros(4, 4)
    m[i - 1, j - 1] = 1
    return m


H_QUBIT = sympy.diag(-HALF, HALF)          # (omega/2) sigma_z with |0> the ground state
HZ_REPO = pauli("z") / 2                   # +sigma_z/2 with the repository's sigma_z
SX, SY = pauli("x"), pauli("y")
V_MATRIX = Omega * (exp(I * phi_V) * _E(2, 3) + exp(-I * phi_V) * _E(3, 2))          # (7)
CHI10 = (sympy.diag(-lam4, lam4, lam4, -lam4)
         + sqrt(lam4) * (exp(I * phi_chi) * _E(2, 3) + exp(-I * phi_chi) * _E(3, 2)))  # (10)
LAMBDA_MATRIX = sympy.diag(*LAM)                                                        # (5)
RHO0_MATRIX = LAMBDA_MATRIX + CHI10

HqA, HqB = Mat(H_QUBIT, ("A",), "Hq_A"), Mat(H_QUBIT, ("B",), "Hq_B")
Vq = Mat(V_MATRIX, PAIR, "V_AB")
chi10 = Mat(CHI10, PAIR, "chi_10")
rho0q = Mat(RHO0_MATRIX, PAIR, "rho0_10")
Lq = Mat(LAMBDA_MATRIX, PAIR, "Lambda")
Hq = HqA + HqB + Vq


def elem(x, i, j):
    """<i|x|j> (paper indices) as Tr[x |j><i|]."""
    return Tr(x * Mat(_E(j, i), PAIR, f"E_{j}{i}"))


def binary_entropy(p):
    return -p * log(p) - (1 - p) * log(1 - p)


# Appendix B: the printed solution and the corrected one (sign of Delta_AB(0) sin 2 Omega t)
R22 = HALF * (SUM23 - D0 * cos(X2) + sin(delta) * C0 * sin(X2))                       # (B2a)
R33 = HALF * (SUM23 + D0 * cos(X2) - sin(delta) * C0 * sin(X2))                       # (B2b)
R23_PRINTED = exp(I * phi_V) / 2 * (C0 * cos(delta) - I * (sin(delta) * C0 * cos(X2) - D0 * sin(X2)))
R32_PRINTED = exp(-I * phi_V) / 2 * (C0 * cos(delta) + I * (sin(delta) * C0 * cos(X2) - D0 * sin(X2)))
R23 = exp(I * phi_V) / 2 * (C0 * cos(delta) - I * (sin(delta) * C0 * cos(X2) + D0 * sin(X2)))
R32 = exp(-I * phi_V) / 2 * (C0 * cos(delta) + I * (sin(delta) * C0 * cos(X2) + D0 * sin(X2)))
B2_PRINTED = Mat(sympy.diag(lam1 - lam4, sympy.Matrix([[R22, R23_PRINTED], [R32_PRINTED, R33]]), 0),
                 PAIR, "rho_B2printed")
B2_CORRECTED = Mat(sympy.diag(lam1 - lam4, sympy.Matrix([[R22, R23], [R32, R33]]), 0), PAIR,
                   "rho_B2")
SED12 = D0 * sqrt(1 + (C0 * sin(delta) / D0) ** 2) * cos(X2 + theta)                 # (12)
SED_REGULAR = D0 * cos(X2) - C0 * sin(delta) * sin(X2)
EA_PRINTED = HALF * (lam1 - lam4 - D0 * cos(X2) - sin(delta) * C0 * sin(X2))          # (B3)
EB_PRINTED = HALF * (lam1 - lam4 + D0 * cos(X2) + sin(delta) * C0 * sin(X2))
EA_CORRECTED = HALF * (lam4 - lam1 + D0 * cos(X2) - sin(delta) * C0 * sin(X2))
EB_CORRECTED = HALF * (lam4 - lam1 - D0 * cos(X2) + sin(delta) * C0 * sin(X2))
CONC_T = sqrt(C0**2 * cos(delta)**2 + (C0 * sin(delta) * cos(X2) + D0 * sin(X2))**2)
# the entropy of (5)+(10), whose spectrum is {lambda_1 - lambda_4, SUM23, 0, 0}
S_AB0 = -(lam1 - lam4) * log(lam1 - lam4) - SUM23 * log(SUM23)
MI_T = binary_entropy(lam1 - lam4 + R22) + binary_entropy(lam1 - lam4 + R33) - S_AB0

# operators of the general (Sec. II) and evolved two-qubit systems
rho0 = Op("rho0", PAIR, "state")                 # state at t = 0
rho = Op("rho", PAIR, "state")                   # state at t
rho_1, rho_2 = Op("rho_1", PAIR, "state"), Op("rho_2", PAIR, "state")   # two branches of a mixture
rho_p = Op("rho_p", PAIR, "state")               # state at t + pi/Omega (qubit model)
rho0_sw = Op("rho0_sw", PAIR, "state")           # (5)+(10) with T_A and T_B exchanged
rho_sw = Op("rho_sw", PAIR, "state")             # its state at t
H_A, H_B = Op("H_A", ("A",), "hermitian"), Op("H_B", ("B",), "hermitian")
V, V2 = Op("V", PAIR, "hermitian"), Op("V2", PAIR, "hermitian")
W, W2, X = (Op(n, PAIR, "hermitian") for n in ("W", "W2", "X"))
G_A, G_B = Op("rhoG_A", ("A",), "state"), Op("rhoG_B", ("B",), "state")
Hz_A, Hz_B = Op("Hz_A", ("A",), "hermitian"), Op("Hz_B", ("B",), "hermitian")
Gz_A, Gz_B = Op("rhoGz_A", ("A",), "state"), Op("rhoGz_B", ("B",), "state")
u, p_mix, dT, t2 = (Symbol(n, real=True) for n in ("u", "p", "dT", "t_2"))
e_A, e_B, e_3 = (Symbol(n, real=True) for n in ("e_A", "e_B", "e_3"))
w1, w2 = Symbol("w_1", real=True), Symbol("w_2", real=True)
x11, c23 = Symbol("chi_11", real=True), Symbol("c_23", real=True)
chi22, chi33, chi44 = (Symbol(f"chi_{k}{k}", real=True) for k in (2, 3, 4))

H_OP = H_A + H_B + V
SED = Tr((H_A - H_B) * rho)
SED0 = Tr((H_A - H_B) * rho0)
SCHR = {rho: -I * comm(H_OP, rho)}
SCHR0 = {rho0: -I * comm(H_OP, rho0)}
SCHR_Q = {rho: -I * comm(Hq, rho)}
rho_A, rho_B = ptr(rho, "B"), ptr(rho, "A")
rho0_A, rho0_B = ptr(rho0, "B"), ptr(rho0, "A")
chi0 = rho0 - rho0_A * rho0_B
dE_A = Tr(rho * H_A) - Tr(rho0 * H_A)
dS_A = Entropy(rho_A) - Entropy(rho0_A)
dS_AB = Entropy(rho) - Entropy(rho0)
D_A, D_B = RelEntropy(rho_A, G_A), RelEntropy(rho_B, G_B)
I_AB, I_AB0 = mutual_information(rho, "A", "B"), mutual_information(rho0, "A", "B")
dI = I_AB - I_AB0
dV = Tr(rho * V) - Tr(rho0 * V)

# ============================================================================ setups and samplers
# Two-qubit model (Sec. III): temperatures, lambda_k of (6), Omega, phi_V, delta, t, H_A = H_B
# = diag(-1/2, 1/2), V_AB of (7), the state (5)+(10), its Gibbs marginals, exact evolution to t.

PHASE = uniform(-math.pi, math.pi)
ANY_T = draw({T_A: uniform(0.3, 5), T_B: uniform(0.3, 5)}, text="T_A, T_B in (0.3, 5)")
HOT = draw({dT: uniform(0.1, 3), T_B: uniform(0.3, 3), T_A: closed_form(T_B + dT)},
           text="T_A = T_B + dT > T_B")
COLD = draw({dT: uniform(0.1, 3), T_A: uniform(0.3, 3), T_B: closed_form(T_A + dT)},
            text="T_B = T_A + dT > T_A")
EQUAL_T = draw({T_A: uniform(0.3, 5), T_B: closed_form(T_A)}, text="T_A = T_B")
LAMBDAS = draw({lam: closed_form(e, f"lambda_{k} of (6)") for k, (lam, e) in
                enumerate(zip(LAM, LAM_EXPR), start=1)}, text="lambda_k of (6)")
MARGINALS = gibbs_state(G_A, H_A, temperature=T_A) + gibbs_state(G_B, H_B, temperature=T_B)
MODEL_START = LAMBDAS + draw({
    Omega: uniform(0.02, 0.6), phi_V: PHASE, d_set: PHASE,
    phi_chi: closed_form(phi_V - d_set, "phi_V - delta"), t: uniform(0, 40),
    H_A: printed(H_QUBIT), H_B: printed(H_QUBIT), V: closed_form(V_MATRIX, "V_AB of (7)"),
    rho0: closed_form(RHO0_MATRIX, "(5) + (10)")}, parties=PAIR,
    text="two qubits (5)+(10) coupled by (7)") + MARGINALS
MODEL = MODEL_START + evolved_state(rho, rho0, H_OP, t)
LATER = evolved_state(rho_p, rho0, H_OP, t + pi / Omega) + draw({
    rho0_sw: closed_form(RHO0_MATRIX.xreplace({lam2: lam3, lam3: lam2}), "(5)+(10), T_A <-> T_B")
}) + evolved_state(rho_sw, rho0_sw, H_OP, t)

P1 = {T_A: printed("2"), T_B: printed("1"), Omega: printed("0.1")}      # Figs. 1, 4-6
P2 = {T_A: fixed("5"), T_B: fixed("0.5"), Omega: fixed("0.35")}        # a second parameter set
FIG2_EQUAL = {T_A: printed("1.5"), T_B: printed("1.5"), Omega: printed("0.1")}
FIG2_REVERSED = {T_A: printed("1"), T_B: printed("2"), Omega: printed("0.1")}
# delta printed (Figs. 1-2: 0, pi/2, -pi/2) or generic, each with a phase phi_V of V_AB
DELTAS = {"d0": (0, printed(0)), "dp": (0, printed(pi / 2)), "dm": (0, printed(-pi / 2)),
          "dg": (Rational(2, 5), fixed(Rational(-6, 5))), "dg2": (Rational(-3, 10), fixed("2.2"))}
TIMES = {"tau": closed_form(TAU, "tau = |theta|/(2 Omega)"),
         "min": closed_form((pi - theta) / (2 * Omega), "(pi - theta)/(2 Omega)"),
         "max": closed_form((2 * pi - theta) / (2 * Omega), "(2 pi - theta)/(2 Omega)"),
         "quarter": closed_form(pi / (4 * Omega), "pi/(4 Omega)")}


def pair_at(name, params, dkey, time, setup=ANY_T + MODEL, **given):
    """The two-qubit model at printed or chosen parameters, delta, time (value or TIMES key)."""
    phase, dvalue = DELTAS[dkey]
    values = {**params, phi_V: fixed(phase), d_set: dvalue,
              t: TIMES[time] if time in TIMES else fixed(time), **given}
    when = f", t = {TIMES[time].text}" if time in TIMES else ""
    return setup.given(values, text=f"the two-qubit model (5)+(10), (7){when}").sampler(
        name, (2, 2), printed_dims=True)


Q_P1 = {k: pair_at(f"P1-{k}-t4", P1, k, "4") for k in ("d0", "dp", "dm")}
Q_P1["dg"] = pair_at("P1-dg-t9", P1, "dg", "9")
Q_P1_T0 = pair_at("P1-dm-t0", P1, "dm", "0")
Q_P1_T13 = pair_at("P1-dm-t13", P1, "dm", "13")
Q_P1_TAU = pair_at("P1-dm-tau", P1, "dm", "tau")
Q_P1_DG_TAU = pair_at("P1-dg-tau", P1, "dg", "tau")
Q_P1_DP_MIN = pair_at("P1-dp-min", P1, "dp", "min")
Q_P1_DP_MAX = pair_at("P1-dp-max", P1, "dp", "max")
Q_P1_QUARTER = pair_at("P1-d0-quarter", P1, "d0", "quarter")
Q_P2 = {k: pair_at(f"P2-{k}-t2.7", P2, k, "2.7") for k in ("d0", "dp", "dm", "dg2")}
Q_P2_TAU = pair_at("P2-dm-tau", P2, "dm", "tau")
Q_P1_NOCHI = pair_at("P1-nochi-t6", P1, "d0", "6",
                     rho0=closed_form(LAMBDA_MATRIX, "(5): no correlation"))
Q_XX = pair_at("P1-dm-t5-xx", P1, "dm", "5",
               V=closed_form(Omega * kron(SX, SX), "Omega sigma_x (x) sigma_x"))
Q_EQ = {k: pair_at(f"F2eq-{k}-t5", FIG2_EQUAL, k, "5") for k in ("d0", "dm")}
Q_REV = {k: pair_at(f"F2rev-{k}-t5", FIG2_REVERSED, k, "5") for k in ("d0", "dm")}

Q_RAND = (ANY_T + MODEL).sampler("Q-rand", (2, 2), printed_dims=True)
Q_HOT = (HOT + MODEL).sampler("Q-hot", (2, 2), printed_dims=True)
Q_COLD = (COLD + MODEL).sampler("Q-cold", (2, 2), printed_dims=True)
Q_EQUAL = (EQUAL_T + MODEL).given({d_set: printed(0)}).sampler("Q-equal", (2, 2),
                                                               printed_dims=True)
Q_ANOM = (HOT + MODEL).given({d_set: uniform(-math.pi, 0)}).sampler("Q-anom", (2, 2),
                                                                   printed_dims=True)
Q_ANOM_TAU = (HOT + MODEL).given({d_set: uniform(-math.pi, 0), t: TIMES["tau"]}).sampler(
    "Q-anom-tau", (2, 2), printed_dims=True)
Q_NORMAL = (HOT + MODEL).given({d_set: printed(0)}).sampler("Q-normal", (2, 2), printed_dims=True)
Q_DM_TAU = (HOT + MODEL).given({d_set: printed(-pi / 2), t: TIMES["tau"]}).sampler(
    "Q-dm-tau", (2, 2), printed_dims=True)

Q_RAND_EXT = (ANY_T + MODEL + LATER).sampler("Q-rand-ext", (2, 2), printed_dims=True)
QUBIT_EXT = (Q_RAND_EXT,
             pair_at("P1-dm-t4-ext", P1, "dm", "4", setup=ANY_T + MODEL + LATER),
             pair_at("P1-dg-t9-ext", P1, "dg", "9", setup=ANY_T + MODEL + LATER),
             pair_at("P2-dg2-t2.7-ext", P2, "dg2", "2.7", setup=ANY_T + MODEL + LATER),
             pair_at("F2rev-dm-t5-ext", FIG2_REVERSED, "dm", "5", setup=ANY_T + MODEL + LATER))
QUBIT_FIXED = (Q_P1["d0"], Q_P1["dp"], Q_P1["dm"], Q_P1["dg"], Q_P1_T0, Q_P1_T13,
               Q_P2["d0"], Q_P2["dp"], Q_P2["dm"], Q_P2["dg2"])
QUBIT = (Q_RAND,) + QUBIT_FIXED
QUBIT_HOT = (Q_HOT,) + QUBIT_FIXED         # every fixed set has T_A > T_B
QUBIT_ALL_T = QUBIT + (Q_EQ["d0"], Q_EQ["dm"], Q_REV["d0"], Q_REV["dm"])
QUBIT_ANOM = (Q_ANOM, Q_P1["dm"], Q_P1["dg"], Q_P1_T0, Q_P2["dm"], Q_P1_TAU)
QUBIT_TAU = (Q_ANOM_TAU, Q_P1_TAU, Q_P1_DG_TAU, Q_P2_TAU)


# General bipartite systems (Sec. II): Gibbs marginals of random H_A, H_B; for an energy-conserving
# coupling H_B shares H_A's levels (a copy, or on a qutrit H_A (+) e_3) so that energy is
# exchanged; a random correlated start, exact evolution to t in (0, 6).


def _qubit_levels_plus_one(env, kind):
    """H_A (+) e_3 on a qutrit: the qubit's two levels and one more."""
    h, out = env["H_A"], numeric.arrays.zeros((3, 3), env["H_A"])
    out[:2, :2], out[2, 2] = h, env["e_3"]
    return out


BIPARTITE_T = draw({T_A: uniform(0.6, 4), T_B: uniform(0.6, 4)}, text="T_A, T_B in (0.6, 4)")
SAME_H = draw({H_A: bounded_hermitian(2), H_B: copy_of(H_A)}, text="H_B = H_A")
PLUS_LEVEL = draw({H_A: bounded_hermitian(2), e_3: uniform(-2, 2),
                   H_B: derived(_qubit_levels_plus_one, "H_A (+) e_3")}, text="H_B = H_A (+) e_3")
ANY_H = draw({H_A: bounded_hermitian(2), H_B: bounded_hermitian(2), V: bounded_hermitian(2)},
             text="general interaction")
CONSERVING = energy_conserving(V, H_A, H_B, W=W)
CORRELATED = correlated_state(rho0, G_A, G_B, X=X, u=u)
UNCORRELATED = product_state(rho0, G_A, G_B)
UNTIL_6 = draw({t: uniform(0, 6)}) + evolved_state(rho, rho0, H_OP, t)
MIXTURE = draw({p_mix: uniform(0, 1), rho: derived(
    lambda env, kind: env["p"] * env["rho_1"] + (1 - env["p"]) * env["rho_2"],
    "p rho_1 + (1 - p) rho_2")}, text="a mixture of two evolutions (non-unitary)")
TWO_EVOLUTIONS = (CONSERVING + energy_conserving(V2, H_A, H_B, W=W2) + MARGINALS + CORRELATED
                  + draw({t: uniform(0, 6)}) + evolved_state(rho_1, rho0, H_OP, t)
                  + evolved_state(rho_2, rho0, H_A + H_B + V2, t) + MIXTURE)

B_RES2 = (BIPARTITE_T + SAME_H + CONSERVING + MARGINALS + CORRELATED + UNTIL_6).sampler(
    "res-2x2", (2, 2))
B_RES3 = (BIPARTITE_T + SAME_H + CONSERVING + MARGINALS + CORRELATED + UNTIL_6).sampler(
    "res-3x3", (3, 3))
B_RES23 = (BIPARTITE_T + PLUS_LEVEL + CONSERVING + MARGINALS + CORRELATED + UNTIL_6).sampler(
    "res-2x3", (2, 3))
B_GEN = (BIPARTITE_T + ANY_H + MARGINALS + CORRELATED + UNTIL_6).sampler("gen-2x3", (2, 3))
B_MIX = (BIPARTITE_T + SAME_H + TWO_EVOLUTIONS).sampler("mix-2x2", (2, 2))
B_MIX23 = (BIPARTITE_T + PLUS_LEVEL + TWO_EVOLUTIONS).sampler("mix-2x3", (2, 3))
B_PROD_HOT = (HOT + PLUS_LEVEL + CONSERVING + MARGINALS + UNCORRELATED + UNTIL_6).sampler(
    "prod-hot-2x3", (2, 3))
B_CORR_HOT = (HOT + SAME_H + CONSERVING + MARGINALS + CORRELATED + UNTIL_6).sampler(
    "corr-hot-3x3", (3, 3))
B_CORR_HOT23 = (HOT + PLUS_LEVEL + CONSERVING + MARGINALS + CORRELATED + UNTIL_6).sampler(
    "corr-hot-2x3", (2, 3))
B_ARB = (draw({rho0: density()}) + ANY_H).sampler("arb-2x3", (2, 3))
# the two-qubit model (P1, delta = -pi/2) half evolved to t = 5, half not: (U rho0 U^dag + rho0)/2
Q_MIX = (ANY_T + MODEL_START + evolved_state(rho_1, rho0, H_OP, t) + draw({t2: fixed(0)})
         + evolved_state(rho_2, rho0, H_OP, t2) + MIXTURE).given({
             **P1, phi_V: fixed(0), d_set: printed(-pi / 2), t: fixed("5"), p_mix: fixed("0.5")},
         text="the two-qubit model (5)+(10), (7): (U rho0 U^dag + rho0)/2, half evolved, half not"
         ).sampler("P1-dm-mixed", (2, 2), printed_dims=True)
# a product of states with coherence in the energy basis, V_AB of (7) at Omega = 0.1, phi_V = 0
NONGIBBS_FIXED = draw({
    H_A: printed(H_QUBIT), H_B: printed(H_QUBIT), V: printed(V_MATRIX.subs({Omega: Rational(1, 10),
                                                                           phi_V: 0})),
    rho0: fixed(kron(sympy.Matrix([["0.8", "0.3"], ["0.3", "0.2"]]),
                     sympy.Matrix([["0.5", "-0.3*I"], ["0.3*I", "0.5"]])).applyfunc(
                         lambda x: sympy.nsimplify(x, rational=True)), state_dims=(2, 2))},
    text="a product of states with coherence (not commuting with H_A, H_B), V of (7)").sampler(
    "nongibbs-product", (2, 2), printed_dims=True)

# X states (8) and the optimum (Appendix A): temperatures, lambda_k, the entries of chi
X_GENERAL = (sympy.diag(x11, chi22, chi33, chi44)
             + c23 * (exp(I * phi_chi) * _E(2, 3) + exp(-I * phi_chi) * _E(3, 2)))
X_9B = (sympy.diag(x11, -x11, -x11, x11)
        + c23 * (exp(I * phi_chi) * _E(2, 3) + exp(-I * phi_chi) * _E(3, 2)))
chiX = Mat(X_GENERAL, PAIR, "chi_X")
chi9 = Mat(X_9B, PAIR, "chi_X9b")
rhoX = Lq + chiX
rho9 = Lq + chi9
X_LOW = -lam4 + (Min(lam2, lam3) + lam4) * w1
X_C = w2 * sqrt((lam2 - x11) * (lam3 - x11))
P1_T = {T_A: printed("2"), T_B: printed("1")}
P2_T = {T_A: fixed("5"), T_B: fixed("0.5")}
REV_T = {T_A: printed("1"), T_B: printed("2")}
X_ENTRIES = draw({phi_chi: PHASE, x11: uniform(-0.2, 0.2), chi22: uniform(-0.2, 0.2),
                  chi33: uniform(-0.2, 0.2), chi44: uniform(-0.2, 0.2), c23: uniform(0, 0.4)},
                 parties=PAIR, text="X form (8)")
X_BOX_ENTRIES = draw({phi_chi: PHASE, x11: uniform(-0.3, 0.3), c23: uniform(0, 0.5)},
                     parties=PAIR, text="(9b) X form in a box, feasible or not")
FEASIBLE = draw({phi_chi: PHASE, w1: uniform(0, 1), w2: uniform(0, 1), x11: closed_form(
    X_LOW, "-lambda_4 + (min(lambda_2, lambda_3) + lambda_4) w_1"), c23: closed_form(
    X_C, "w_2 sqrt((lambda_2 - chi_11)(lambda_3 - chi_11))")}, parties=PAIR,
    text="(9b) X form inside the feasible set (A2)")
ON_BOUND = special(1, "|chi_23| on the bound (A2b)")


def x_point(name, temps, weights):
    """A fixed point (w_1, w_2) of the feasible set (A2) at printed or chosen temperatures."""
    return (ANY_T + LAMBDAS + FEASIBLE).given({**temps, phi_chi: fixed(Rational(3, 10)),
                                               w1: weights[0], w2: weights[1]},
                                              text="(9b) X form in the feasible set (A2)").sampler(
        name, (2, 2), printed_dims=True)


X_GEN = (ANY_T + LAMBDAS + X_ENTRIES).sampler("X-general", (2, 2), printed_dims=True)
X_GEN_FIXED = (ANY_T + LAMBDAS + X_ENTRIES).given({
    **P1_T, phi_chi: fixed(Rational(3, 10)), x11: fixed("0.05"), chi22: fixed("-0.1"),
    chi33: fixed("0.02"), chi44: fixed("0.07"), c23: fixed("0.15")}, text="an X form (8)").sampler(
    "X-general-P1", (2, 2), printed_dims=True)
X_BOX = (ANY_T + LAMBDAS + X_BOX_ENTRIES).sampler("X-9b-box", (2, 2), printed_dims=True)
X_FEAS = (ANY_T + LAMBDAS + FEASIBLE).sampler("X-feasible", (2, 2), printed_dims=True)
X_OPT_P1 = x_point("X-optimum-P1", P1_T, (fixed(0), ON_BOUND))   # the optimum (10)
X_IN_P1 = x_point("X-interior-P1", P1_T, (fixed("0.2"), fixed("0.9")))
X_SEP_P2 = x_point("X-separable-P2", P2_T, (fixed("0.45"), fixed("0.1")))
X_REV = x_point("X-edge-rev", REV_T, (fixed("0.7"), ON_BOUND))
X_FEASIBLE = (X_FEAS, X_OPT_P1, X_IN_P1, X_SEP_P2, X_REV)

TEMPS_SETUP = ANY_T + LAMBDAS + draw({phi_chi: PHASE}, parties=PAIR, text="phi_chi")
TEMPERATURES = (TEMPS_SETUP.sampler("temperatures", (2, 2), printed_dims=True),) + tuple(
    TEMPS_SETUP.given({**temps, phi_chi: fixed(ph)}, text="temperatures").sampler(
        f"temperatures-{k}", (2, 2), printed_dims=True)
    for k, temps, ph in (("P1", P1_T, pi / 2), ("P2", P2_T, 0), ("rev", REV_T, Rational(1, 3)),
                         ("equal", {T_A: printed("1.5"), T_B: printed("1.5")}, Rational(-13, 10))))

QUBIT_H = draw({H_A: printed(H_QUBIT), H_B: printed(H_QUBIT)}, text="H_A = H_B = diag(-1/2, 1/2)")
GIBBS_SETUP = (ANY_T + LAMBDAS + QUBIT_H + MARGINALS
               + draw({Hz_A: printed(HZ_REPO), Hz_B: printed(HZ_REPO)}, text="+sigma_z/2")
               + gibbs_state(Gz_A, Hz_A, temperature=T_A) + gibbs_state(Gz_B, Hz_B, temperature=T_B))
GIBBS = (GIBBS_SETUP.sampler("gibbs", (2, 2), printed_dims=True),
         GIBBS_SETUP.given(P1_T, text="Gibbs states").sampler("gibbs-P1", (2, 2),
                                                                printed_dims=True),
         GIBBS_SETUP.given(REV_T, text="Gibbs states").sampler("gibbs-rev", (2, 2),
                                                                 printed_dims=True))

# correlation matrices with (9a), (9b): any, the optimum (10), the |00>-|11> X state
M23 = Min(lam2, lam3)
X14_MATRIX = x_matrix((lam1 + M23, lam2 - M23, lam3 - M23, lam4 + M23),
                      outer=sqrt((lam1 + M23) * (lam4 + M23)))
CHI_BASE = ANY_T + LAMBDAS + QUBIT_H + MARGINALS
CHI_GENERAL = (CHI_BASE + correlated_state(rho0, G_A, G_B, X=X, u=u)).sampler(
    "chi-general", (2, 2), printed_dims=True)
CHI_OPT = CHI_BASE + draw({phi_chi: fixed(Rational(1, 5)),
                          rho0: closed_form(RHO0_MATRIX, "(5) + (10)")})
CHI_10 = tuple(CHI_OPT.given(temps, text="the optimum (5)+(10)").sampler(name, (2, 2),
                                                                        printed_dims=True)
               for name, temps in (("chi-10-P1", P1_T), ("chi-10-P2", P2_T)))
CHI_X14 = CHI_BASE + draw({rho0: closed_form(X14_MATRIX, "X state with |00>-|11> coherence, "
                                             "chi_11 = min(lambda_2, lambda_3), maximal rho_14")})
CHI_14 = tuple(CHI_X14.given(temps, text="the |00>-|11> X state with Gibbs marginals").sampler(
    name, (2, 2), printed_dims=True) for name, temps in (("chi-14-P1", P1_T), ("chi-14-rev", REV_T)))

# Finite baths (Sec. IV): qubits A, B (any state) with one bath unit each, Gibbs at T_A (h) and
# T_B (c), random couplings A-B, A-h, B-c, exact evolution of the whole
ABHC = ("A", "B", "h", "c")
R0, R1, R = (Op(n, ABHC, "state") for n in ("R0", "R1", "R"))
H_h, H_c = Op("H_h", ("h",), "hermitian"), Op("H_c", ("c",), "hermitian")
G_h, G_c = Op("rhoG_h", ("h",), "state"), Op("rhoG_c", ("c",), "state")
V_Ah, V_Bc = Op("V_Ah", ("A", "h"), "hermitian"), Op("V_Bc", ("B", "c"), "hermitian")
BATH_STATES = (gibbs_state(G_h, H_h, temperature=T_A) + gibbs_state(G_c, H_c, temperature=T_B)
               + product_state(R0, rho0, G_h, G_c))
BATHS_SETUP = draw({T_A: uniform(0.5, 4), T_B: uniform(0.5, 4), H_A: bounded_hermitian(2),
                    H_B: bounded_hermitian(2), H_h: bounded_hermitian(2), H_c: bounded_hermitian(2),
                    V: bounded_hermitian(1), V_Ah: bounded_hermitian(1), V_Bc: bounded_hermitian(1),
                    rho0: density(), t: uniform(0, 4)}, text="qubits with finite baths") + \
    BATH_STATES + evolved_state(R, R0, H_A + H_B + H_h + H_c + V + V_Ah + V_Bc, t)
EXCHANGE = _E(2, 3) + _E(3, 2)
RHO0_P1 = RHO0_MATRIX.xreplace(dict(zip(LAM, LAM_EXPR))).subs({T_A: 2, T_B: 1, phi_chi: pi / 2})
BATHS = (BATHS_SETUP.sampler("baths-random", (2, 2, 3, 2)), BATHS_SETUP.given({
    **P1_T, H_A: printed(H_QUBIT), H_B: printed(H_QUBIT), H_h: copy_of(H_A), H_c: copy_of(H_B),
    V: printed(V_MATRIX.subs({Omega: Rational(1, 10), phi_V: 0})), V_Ah: fixed(EXCHANGE / 20),
    V_Bc: fixed(EXCHANGE * Rational(3, 50)), rho0: printed(RHO0_P1, state_dims=(2, 2)),
    t: fixed("7")}, text="the two-qubit model (delta = -pi/2) with one bath qubit each, "
                         "exchange couplings 0.05, 0.06").sampler("baths-P1", (2, 2, 2, 2)))

# The pump cycle (Sec. V) as a collision model: stage 1 leaves A, B in rho (coupled by V_AB or
# driven); stage 2 swaps A with a fresh unit h of H_h = H_A at T_A and B with a fresh unit c of
# H_c = H_B at T_B: exp(-i pi K) = SWAP for K the projector (1 - SWAP)/2 on the antisymmetric part
K_Ah, K_Bc = Op("K_Ah", ("A", "h"), "hermitian"), Op("K_Bc", ("B", "c"), "hermitian")
K_d = Op("K_d", PAIR, "hermitian")                  # a drive: stage 1 is exp(-i K_d t)


def _antisymmetric_projector(d):
    swap = sympy.zeros(d * d, d * d)
    for i in range(d):
        for j in range(d):
            swap[i * d + j, j * d + i] = 1
    return (sympy.eye(d * d) - swap) / 2


SWAP_TEXT = "exp(-i pi K) is the SWAP of the bath unit and the qubit"
STAGE2 = {d: draw({H_h: copy_of(H_A), H_c: copy_of(H_B)}, text="fresh bath units") + BATH_STATES
          + product_state(R1, rho, G_h, G_c)
          + draw({K_Ah: special(_antisymmetric_projector(2), SWAP_TEXT),
                  K_Bc: special(_antisymmetric_projector(d), SWAP_TEXT)}, text="SWAP collisions")
          + evolved_state(R, R1, K_Ah + K_Bc, pi) for d in (2, 3)}
PUMP_TEXT = ("the two-qubit pump: coupled by (7) for a time t, then SWAP collisions with fresh "
             "bath qubits")
HOT_W = HOT + draw({w1: uniform(0, 1)})
PUMP_SETUP = MODEL + STAGE2[2]
PUMP_RANDOM = (HOT_W + PUMP_SETUP).given({d_set: uniform(-math.pi, 0), t: closed_form(
    2 * TAU * w1, "2 tau w_1")}, text=PUMP_TEXT + "; t in (0, 2 tau), -pi < delta < 0").sampler(
    "pump-random", (2, 2, 2, 2), printed_dims=True)
PUMP_DM_TAU = (HOT + PUMP_SETUP).given({d_set: printed(-pi / 2), t: TIMES["tau"]},
                                       text=PUMP_TEXT + "; t = tau").sampler(
    "pump-dm-tau", (2, 2, 2, 2), printed_dims=True)
PUMP_TAU, PUMP_HALF, PUMP_P2 = (
    (ANY_T + PUMP_SETUP).given({**ps, phi_V: fixed(0), d_set: printed(-pi / 2), t: time},
                               text=PUMP_TEXT + when).sampler(name, (2, 2, 2, 2), printed_dims=True)
    for name, ps, time, when in (("pump-P1-tau", P1, TIMES["tau"], "; t = tau"),
                                 ("pump-P1-t3", P1, fixed("3"), ""),
                                 ("pump-P2-tau", P2, TIMES["tau"], "; t = tau")))
PUMP_PLAIN = (ANY_T + PUMP_SETUP).given({
    **P1, phi_V: fixed(0), d_set: printed(0), t: fixed("5"),
    rho0: closed_form(LAMBDA_MATRIX, "(5): no correlation")},
    text=PUMP_TEXT + ", no initial correlation").sampler("pump-P1-nochi-t5", (2, 2, 2, 2),
                                                         printed_dims=True)
RES_CYCLE = (HOT + PLUS_LEVEL + CONSERVING + MARGINALS + CORRELATED + UNTIL_6 + STAGE2[3]).sampler(
    "resonant-cycle", (2, 3, 2, 3))
DRIVE = draw({K_d: hermitian(), t: uniform(0, 3)}, text="a random drive exp(-i K_d t)") + \
    evolved_state(rho, rho0, K_d, t)
DRIVEN = (BIPARTITE_T + ANY_H + MARGINALS + CORRELATED + DRIVE + STAGE2[2]).sampler(
    "driven-cycle", (2, 2, 2, 2), printed_dims=True)
DRIVEN_FIXED = (ANY_T + LAMBDAS + QUBIT_H + MARGINALS + draw({
    rho0: closed_form(LAMBDA_MATRIX, "(5): no correlation")}) + DRIVE + STAGE2[2]).given({
        **P1_T, K_d: fixed((sympy.eye(4) - kron(SX, SX)) / 2),
        t: special(pi, "exp(-i pi K_d) = sigma_x (x) sigma_x")},
    text="the uncorrelated Gibbs state (5) driven by sigma_x (x) sigma_x (both qubits inverted), "
         "then SWAP collisions").sampler("driven-P1", (2, 2, 2, 2), printed_dims=True)
PUMPS = (PUMP_RANDOM, RES_CYCLE, PUMP_TAU, PUMP_HALF, PUMP_P2, PUMP_PLAIN)
CYCLES = PUMPS + (DRIVEN, DRIVEN_FIXED)

# Appendix C: a system qubit s, a two-qubit hot bath h, a one-qubit cold bath c
SHC = ("s", "h", "c")
P_0, P_t = Op("P0", SHC, "state"), Op("P", SHC, "state")
H_s, Hb_h, Hb_c = Op("H_s", ("s",), "hermitian"), Op("Hb_h", ("h",), "hermitian"), \
    Op("Hb_c", ("c",), "hermitian")
Gb_h, Gb_c = Op("Gb_h", ("h",), "state"), Op("Gb_c", ("c",), "state")
V_sh, V_sc = Op("V_sh", ("s", "h"), "hermitian"), Op("V_sc", ("s", "c"), "hermitian")
rho_s0 = Op("rho_s0", ("s",), "state")
beta_h, beta_c = Symbol("beta_h", positive=True), Symbol("beta_c", positive=True)
SHC_SETUP = draw({beta_h: uniform(0.2, 1), beta_c: uniform(0.5, 2), H_s: bounded_hermitian(2),
                  Hb_h: bounded_hermitian(2), Hb_c: bounded_hermitian(2), V_sh: bounded_hermitian(1),
                  V_sc: bounded_hermitian(1), rho_s0: density(), t: uniform(0, 4)},
                 text="system qubit, two finite baths") + \
    gibbs_state(Gb_h, Hb_h, beta=beta_h) + gibbs_state(Gb_c, Hb_c, beta=beta_c) + \
    product_state(P_0, rho_s0, Gb_h, Gb_c) + evolved_state(P_t, P_0, H_s + Hb_h + Hb_c + V_sh + V_sc, t)
SHC_SAMPLERS = (SHC_SETUP.sampler("shc-random", (2, 4, 2)), SHC_SETUP.given({
    beta_h: fixed("0.5"), beta_c: fixed("2"), H_s: fixed(H_QUBIT),
    Hb_h: fixed(sympy.diag(Rational(-9, 10), Rational(-1, 2), Rational(1, 2), Rational(9, 10))),
    Hb_c: fixed(sympy.diag(Rational(-11, 20), Rational(11, 20))),
    V_sh: fixed(Rational(1, 5) * kron(SX, SX, sympy.eye(2))
                + Rational(1, 10) * kron(SX, sympy.eye(2), SX)),
    V_sc: fixed(Rational(3, 20) * kron(SX, SX)),
    rho_s0: fixed([[Rational(1, 5), Rational(1, 5)], [Rational(1, 5), Rational(4, 5)]], state_dims=(2,)),
    t: fixed("3")}, text="qubit s, hot bath of two qubits (gaps 0.4, 1.4), cold qubit (gap 1.1), XX "
                         "couplings 0.2, 0.1, 0.15").sampler("shc-chain", (2, 4, 2)))

# ============================================================================ hand-written evaluators


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


def _form8_certificate(claim):
    """The exact certificate of the optimum within (8) (:func:`symbolic.xstate.optimum_certificate`),
    covering the samplers that bind lambda_k to (6) at positive temperatures."""
    proof = xstate.optimum_certificate(LAM_EXPR, (T_A, T_B))
    return dataclasses.replace(proof, covers=samplers_binding(claim, dict(zip(LAM, LAM_EXPR))))


form8_maximum.certificate = _form8_certificate


def _sqrt_kind(ev, x):
    return mp.sqrt(x) if ev.kind == "mp" else math.sqrt(x)


# ============================================================================ Sec. II: (1)-(4)

# the Gibbs state as the paper defines it (Sec. II): rho_A^0 = e^{-beta_A H_A}/Z_A
Z_A = Tr(Expm(-H_A / T_A))
GIBBS_A = Expm(-H_A / T_A) / Z_A
PAPER.claim(
    "text.energy_from_gibbs", eq="text before (1)",
    title=r"$E_A = -T_A\,\mathrm{Tr}[\rho_A\ln\rho_A^0] - T_A\ln Z_A$ for a Gibbs $\rho_A^0$",
    statement=r"E_A(t) = -T_A\,\mathrm{Tr}_A\{\rho_A(t)\ln\rho_A^0\} - T_A\ln Z_A",
    lhs=Tr(rho * H_A),
    rhs=-T_A * Tr(rho_A * Logm(GIBBS_A)) - T_A * log(Z_A), samplers=(B_GEN, Q_P1["dm"]),
    assumptions=["rho_A^0 = e^{-beta_A H_A}/Z_A (inverting the Gibbs state)"])

PAPER.claim(
    "text.mutual_information", eq="text before (1)",
    title=r"$I_{AB} = S_A + S_B - S_{AB} = S(\rho_{AB}\|\rho_A\otimes\rho_B)$",
    statement=r"S_A + S_B - S_{AB} = S(\rho_{AB}\|\rho_A\otimes\rho_B)",
    lhs=I_AB, rhs=RelEntropy(rho, rho_A * rho_B), samplers=(B_GEN, Q_P1["dm"], Q_P2["dg2"]))

PAPER.claim(
    "eq1.relative_entropy", eq="1",
    title=r"$\beta_A\Delta E_A - \Delta S_A = S(\rho_A(t)\|\rho_A^0)$",
    statement=r"\beta_A\Delta E_A(t) - \Delta S_A = S(\rho_A(t)\|\rho_A^0)",
    lhs=(Tr(rho_A * H_A) - Tr(GIBBS_A * H_A)) / T_A - (Entropy(rho_A) - Entropy(GIBBS_A)),
    rhs=RelEntropy(rho_A, GIBBS_A), samplers=(B_GEN, B_MIX, B_MIX23, Q_P1["dm"], Q_P2["dg2"], Q_MIX),
    assumptions=["rho_A(0) = rho_A^0 Gibbs at T_A: Delta E_A and Delta S_A are measured from "
                 "rho_A^0 = e^{-beta_A H_A}/Z_A", "any evolution of rho_A (unitary or not)"])

PAPER.claim(
    "eq1.nonnegative", eq="1", kind="leq",
    title=r"$\beta_A\Delta E_A - \Delta S_A \ge 0$ (Klein)",
    statement=r"\beta_A\Delta E_A(t) - \Delta S_A \ge 0",
    lhs=0, rhs=dE_A / T_A - dS_A,
    samplers=(B_GEN, B_MIX, B_MIX23, Q_P1["dm"], Q_P1_T0, Q_P2["dg2"], Q_MIX),
    attained=("P1-dm-t0",), assumptions=["rho_A(0) = rho_A^0 Gibbs at T_A"],
    notes="Equality at t = 0 (sample P1-dm-t0), where rho_A(t) = rho_A^0.")

EQ2_LHS = (1 / T_A - 1 / T_B) * dE_A
EQ2_RHS = D_A + D_B + dI
PAPER.claim(
    "eq2.energy_conserving", eq="2",
    title=r"$(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
          r"\Delta I_{AB}$",
    statement=r"(\beta_A - \beta_B)\Delta E_A(t) = S(\rho_A(t)\|\rho_A^0) + "
              r"S(\rho_B(t)\|\rho_B^0) + \Delta I_{AB}(t)",
    lhs=EQ2_LHS, rhs=EQ2_RHS,
    samplers=(B_RES2, B_RES23, B_RES3, Q_P1["dm"], Q_P1["dg"], Q_P2["dg2"], Q_P1_T13),
    assumptions=["Gibbs marginals at t = 0", "unitary evolution",
                 "Delta E_A + Delta E_B = 0: couplings with [V, H_A + H_B] = 0 (the text's "
                 "'interaction energy ignored'; here H_B shares H_A's levels and V is the "
                 "energy-conserving part of a random coupling, or V of (7))"])

PAPER.claim(
    "eq2.interaction_energy", eq="2", role="control", expected=FAILS, search=False,
    title=r"(2) needs $\Delta E_A + \Delta E_B = 0$: it fails for general interactions",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB}\ \text{with}\ [V, H_A + H_B] \ne 0",
    lhs=EQ2_LHS, rhs=EQ2_RHS, samplers=(B_GEN, Q_XX),
    reason="With a general interaction the conserved energy is E_A + E_B + <V>, so Delta E_B = "
           "-Delta E_A - Delta<V> and (2) misses beta_B Delta<V> (e.g. the model with V = 0.1 "
           "sigma_x (x) sigma_x, sample P1-dm-t5-xx).")

PAPER.claim(
    "eq2.with_interaction_energy", eq="2", role="control",
    title=r"(2) for any interaction: $+\beta_B\Delta\langle V\rangle$",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB} + \beta_B\Delta\langle V\rangle",
    lhs=EQ2_LHS, rhs=EQ2_RHS + dV / T_B, samplers=(B_GEN, Q_XX, Q_P1["dm"]),
    assumptions=["Gibbs marginals at t = 0", "unitary evolution with H_A + H_B + V"])

PAPER.claim(
    "text.normal_direction", eq="text after (2)", kind="leq",
    title=r"$T_A > T_B$ and $\Delta I_{AB} \ge 0$: energy flows from hot to cold "
          r"($\Delta E_A \le 0$)",
    statement=r"T_A > T_B,\ \Delta I_{AB}(t) \ge 0 \Rightarrow \Delta E_A(t) \le 0",
    lhs=dE_A, rhs=0, samplers=(B_PROD_HOT, B_CORR_HOT, Q_P1["dm"], Q_P1_NOCHI),
    preconditions=[Precondition("Delta I_AB(t) >= 0", lambda ev: _real(ev, ev(dI)) >= 0)],
    assumptions=["T_A > T_B", "Delta E_A + Delta E_B = 0 (energy-conserving couplings)",
                 "an uncorrelated start has Delta I_AB = I_AB(t) >= 0: only an initially "
                 "correlated pair can send energy from cold to hot (the 'only if' half of the "
                 "text after (2))"])

PAPER.claim(
    "text.anomalous_condition", eq="text after (2)", kind="leq",
    title=r"$T_A > T_B$ and $\Delta I_{AB} < -[S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0)]$: energy "
          r"flows from cold to hot ($\Delta E_A > 0$)",
    statement=r"T_A > T_B,\ \Delta I_{AB}(t) < -[S(\rho_A(t)\|\rho_A^0) + S(\rho_B(t)\|\rho_B^0)] "
              r"< 0 \Rightarrow \Delta E_A(t) > 0",
    lhs=0, rhs=dE_A, samplers=(B_CORR_HOT, B_CORR_HOT23, Q_ANOM, Q_P1["dm"], Q_P2["dm"]),
    preconditions=[Precondition("Delta I_AB(t) < -[S(rho_A(t)||rho_A^0) + S(rho_B(t)||rho_B^0)]",
                                lambda ev: _real(ev, ev(EQ2_RHS)) < 0)],
    assumptions=["T_A > T_B", "Delta E_A + Delta E_B = 0 (energy-conserving couplings)"],
    notes="The anomalous direction follows from (2): (beta_A - beta_B) < 0 multiplies Delta E_A, "
          "so Delta E_A > 0 exactly when the right-hand side of (2) is negative. The random "
          "samples where the mutual information does not drop that far are skipped.")

PAPER.claim(
    "text.eq2_any_evolution", eq="text after (2)", expected=FAILS, search=False,
    title="'Eq. (2) is valid for any type of evolution, unitary or nonunitary'",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB}\ \text{(non-unitary, energy conserving)}",
    lhs=EQ2_LHS, rhs=EQ2_RHS, samplers=(B_MIX, B_MIX23, Q_MIX),
    reason="The derivation uses Delta S_AB = 0 (total entropy conserved), which fails for a "
           "non-unitary evolution even when it conserves E_A + E_B: for a mixture of two "
           "energy-conserving evolutions (or half evolved, half not: sample P1-dm-mixed) S_AB "
           "grows and (2) misses Delta S_AB.")

PAPER.claim(
    "text.eq2_any_evolution_corrected", eq="text after (2)", role="corrected",
    corrects="text.eq2_any_evolution",
    title=r"(2) for any energy-conserving evolution: $+\Delta S_{AB}$",
    statement=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB} + \Delta S_{AB}",
    lhs=EQ2_LHS, rhs=EQ2_RHS + dS_AB, samplers=(B_MIX, B_MIX23, Q_MIX, Q_P1["dm"]),
    assumptions=["Gibbs marginals at t = 0", "Delta E_A + Delta E_B = 0"])

PAPER.claim(
    "text.hotter_if_correlated", eq="text after (2)", kind="leq",
    title=r"the 'if' half of 'hotter if and only if correlated': a correlated pair can make the "
          r"hot body hotter ($\Delta E_A(\tau) > 0$)",
    statement=r"I_{AB}(0) > 0:\ \Delta E_A(\tau) > 0\ \text{for}\ -\pi < \delta < 0",
    lhs=0, rhs=dE_A, samplers=QUBIT_TAU + (Q_DM_TAU,),
    premise=Premise("initially correlated: I_AB(0) > 0", I_AB0),
    assumptions=["T_A > T_B", "the two-qubit model of Sec. III, decoupled at its first SED "
                 "maximum tau"],
    notes="Read as the paper means it ('can get even higher ... if and only if ... correlated'): "
          "correlation makes it possible. The 'only if' half is text.normal_direction. Not every "
          "correlation does it: with delta = 0 the pair is entangled (C_0 = 0.637 at T_A = 2, "
          "T_B = 1) yet Delta E_A(t) <= 0 at all t (text.normal_exchange), and coherence between "
          "|01> and |10> is needed ((4), text.coherence_needed).")

PAPER.define("eq3.correlation_matrix", eq="3", title="correlation matrix",
             statement=r"\rho_{AB}^0 = \rho_A^0\otimes\rho_B^0 + \chi", expr=chi0)


def _small(ev, op):
    tol = 1e-9 if ev.kind == "float64" else mp.mpf(10) ** (-mp.mp.dps + 10)
    return max(abs(x) for x in op.m.flat) <= tol


_COMMUTE_PRE = Precondition(
    "the local states commute with the local Hamiltonians: [rho_A^0, H_A] = [rho_B^0, H_B] = 0 "
    "(e.g. Gibbs states)",
    lambda ev: all(_small(ev, ev(comm(a, h))) for a, h in ((rho0_A, H_A), (rho0_B, H_B))))
EQ4_RHS = -I * Tr((H_A - H_B) * comm(V, chi0))
PAPER.claim(
    "eq4.first_order", eq="4",
    title=r"first-order trend of the SED: $-i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \chi]\}$",
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
    title=r"the $H_A + H_B$ part of the first-order term vanishes for every state",
    statement=r"-i\,\mathrm{Tr}\{(H_A - H_B)[H_A + H_B, \rho]\} = 0",
    lhs=-I * Tr((H_A - H_B) * comm(H_A + H_B, rho0)), rhs=0, samplers=(B_ARB, NONGIBBS_FIXED),
    notes="[H_A - H_B, H_A + H_B] = 0: no precondition is needed for this part.")

PAPER.claim(
    "eq4.product_part", eq="4", role="control",
    title=r"the term (4) drops: $-i\,\mathrm{Tr}\{(H_A - H_B)[V, \rho_A\otimes\rho_B]\}$",
    statement=r"-i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \rho_A\otimes\rho_B]\} = -i\,\mathrm{Tr}"
              r"\{([\rho_A, H_A]\otimes\rho_B - \rho_A\otimes[\rho_B, H_B])V_{AB}\}",
    lhs=-I * Tr((H_A - H_B) * comm(V, rho0_A * rho0_B)),
    rhs=-I * Tr((comm(rho0_A, H_A) * rho0_B - rho0_A * comm(rho0_B, H_B)) * V),
    samplers=(B_ARB, NONGIBBS_FIXED),
    notes="It vanishes when the local states commute with the local Hamiltonians, the "
          "precondition of eq4.first_order.")

PAPER.claim(
    "eq4.noncommuting_marginals", eq="4", role="control", expected=FAILS, search=False,
    title=r"(4) needs local states commuting with $H_A$, $H_B$",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \chi]\}"
              r"\ \text{with}\ [\rho_A^0, H_A] \ne 0",
    lhs=Dt(SED0), rhs=EQ4_RHS, dynamics=SCHR0, samplers=(B_ARB, NONGIBBS_FIXED),
    reason="For local states with coherence in the energy basis the product part contributes "
           "-i Tr{([rho_A, H_A] rho_B - rho_A [rho_B, H_B]) V_AB} to the first-order term "
           "(sample nongibbs-product: a product state, chi = 0, yet dDelta_AB/dt != 0).")

# ============================================================================ Sec. III: (5)-(13)

PAPER.claim(
    "eq6.lambdas", eq="5, 6",
    title=r"$\rho_A^0\otimes\rho_B^0 = \mathrm{diag}(\lambda_1, \ldots, \lambda_4)$ with "
          r"$|0\rangle$ the ground state",
    statement=r"\rho_A^0\otimes\rho_B^0 = \mathrm{diag}(\lambda_1,\lambda_2,\lambda_3,\lambda_4),\ "
              r"\lambda_1 = e^{(\beta_A+\beta_B)/2}/(Z_AZ_B), \ldots",
    lhs=G_A * G_B, rhs=Lq, samplers=GIBBS,
    assumptions=["H_A = H_B = diag(-1/2, 1/2) in (|0>, |1>): |0> is the ground state"])

PAPER.claim(
    "eq6.sigma_z_repository", eq="5, 6", role="control", expected=FAILS, search=False,
    title=r"with $H = +\sigma_z/2$, $\sigma_z = \mathrm{diag}(1, -1)$, the printed lambdas come out "
          r"reversed",
    statement=r"\frac{e^{-\beta_A\sigma_z/2}}{Z_A}\otimes\frac{e^{-\beta_B\sigma_z/2}}{Z_B} = "
              r"\mathrm{diag}(\lambda_1,\ldots,\lambda_4)\ \text{with}\ \sigma_z = \mathrm{diag}(1,-1)",
    lhs=Gz_A * Gz_B, rhs=Lq, samplers=GIBBS,
    reason="With sigma_z = diag(1, -1) the state |0> is excited and the Gibbs product is "
           "diag(lambda_4, lambda_3, lambda_2, lambda_1): the printed (6) and the text's '|0> "
           "the ground state' fix sigma_z = |1><1| - |0><0| (convention note sigma_z).")

PAPER.claim(
    "text.sed0", eq="text before (12)", title=r"$\Delta_{AB}(0) = \lambda_3 - \lambda_2$",
    statement=r"\Delta_{AB}(0) = E_A(0) - E_B(0) = \lambda_3 - \lambda_2",
    lhs=Tr((HqA - HqB) * rho0q), rhs=D0, samplers=TEMPERATURES,
    notes="Positive for T_A > T_B; it equals (tanh(beta_B/2) - tanh(beta_A/2))/2.")

PAPER.define("eq7.interaction", eq="7", title="interaction $V_{AB}$",
             statement=r"V_{AB} = \Omega(e^{i\phi_V}|01\rangle\langle 10| + "
                       r"e^{-i\phi_V}|10\rangle\langle 01|)", expr=Vq)

COUPLING = draw({Omega: uniform(0.02, 1), phi_V: PHASE}, parties=PAIR, text="Omega, phi_V")
_SX, _SY = Mat(SX, ("A",), "sx_A"), Mat(SY, ("A",), "sy_A")
_SXb, _SYb = Mat(SX, ("B",), "sx_B"), Mat(SY, ("B",), "sy_B")
PAPER.claim(
    "text.xy_model", eq="text after (7)", title=r"$\phi_V = 0$: the XY model",
    statement=r"V_{AB}|_{\phi_V=0} = \frac{\Omega}{2}(\sigma_x\otimes\sigma_x + "
              r"\sigma_y\otimes\sigma_y)",
    lhs=Vq, rhs=Omega / 2 * (_SX * _SXb + _SY * _SYb), samplers=(
        COUPLING.given({phi_V: printed(0)}).sampler("Omega-xy", (2, 2), printed_dims=True),
        COUPLING.given({phi_V: printed(0), Omega: printed("0.1")}).sampler(
            "Omega-xy-P1", (2, 2), printed_dims=True)))
PAPER.claim(
    "text.dm_model", eq="text after (7)",
    title=r"$\phi_V = \pi/2$: the Dzyaloshinskii-Moriya interaction",
    statement=r"V_{AB}|_{\phi_V=\pi/2} = \frac{\Omega}{2}(\sigma_x\otimes\sigma_y - "
              r"\sigma_y\otimes\sigma_x)",
    lhs=Vq, rhs=Omega / 2 * (_SX * _SYb - _SY * _SXb), samplers=(
        COUPLING.given({phi_V: printed(pi / 2)}).sampler("Omega-dm", (2, 2), printed_dims=True),
        COUPLING.given({phi_V: printed(pi / 2), Omega: printed("0.1")}).sampler(
            "Omega-dm-P1", (2, 2), printed_dims=True)),
    notes="sigma_x, sigma_y in the basis (|0>, |1>); relabelling |0> <-> |1> flips the sign of "
          "sigma_y and hence of the DM vector.")

CHI10_P1 = CHI10.xreplace(dict(zip(LAM, LAM_EXPR))).subs({T_A: 2, T_B: 1, phi_chi: pi / 2})
PAPER.claim(
    "text.coherence_needed", eq="text after (7)",
    title=r"for $V_{AB}$ of (7) the first-order term depends on $\chi$ only through $\chi_{23}$",
    statement=r"-i\,\mathrm{Tr}\{(H_A - H_B)[V_{AB}, \chi]\} = 4\Omega\,"
              r"\mathrm{Im}(e^{-i\phi_V}\chi_{23})",
    lhs=-I * Tr((HqA - HqB) * comm(Vq, X)),
    rhs=-2 * I * Omega * (exp(-I * phi_V) * elem(X, 2, 3) - exp(I * phi_V) * elem(X, 3, 2)),
    samplers=((COUPLING + draw({X: hermitian()}, text="any Hermitian chi")).sampler(
        "chi-hermitian", (2, 2), printed_dims=True),
        (COUPLING + draw({X: hermitian()})).given({
            Omega: printed("0.1"), phi_V: fixed(0), X: printed(CHI10_P1)}).sampler(
            "chi-10-fixed", (2, 2), printed_dims=True)),
    notes="Hence [V_AB, chi] != 0 is not enough: the initial trend needs coherence between |01> "
          "and |10>, as the text says before (8). Fixed sample: chi of (10) at T_A = 2, T_B = 1, "
          "phi_chi = pi/2, Omega = 0.1.")

PAPER.define("eq8.x_form", eq="8", title="X-form correlation matrix",
             statement=r"\chi = \begin{pmatrix}\chi_{11}&0&0&0\\0&\chi_{22}&\chi_{23}&0\\"
                       r"0&\chi_{23}^*&\chi_{33}&0\\0&0&0&\chi_{44}\end{pmatrix}", expr=chiX)

PAPER.claim(
    "eq9b.trace_A", eq="9b, A2", title=r"$\mathrm{Tr}_A\chi$ of the X form (8)",
    statement=r"\mathrm{Tr}_A\chi = \mathrm{diag}(\chi_{11}+\chi_{33},\ \chi_{22}+\chi_{44})",
    lhs=ptr(chiX, "A"), rhs=Mat(sympy.diag(x11 + chi33, chi22 + chi44), ("B",), "TrA_chi"),
    samplers=(X_GEN, X_GEN_FIXED),
    notes="With Tr_B below, (9b) holds iff chi_11 = -chi_22 = -chi_33 = chi_44 (text of App. A).")
PAPER.claim(
    "eq9b.trace_B", eq="9b, A2", title=r"$\mathrm{Tr}_B\chi$ of the X form (8)",
    statement=r"\mathrm{Tr}_B\chi = \mathrm{diag}(\chi_{11}+\chi_{22},\ \chi_{33}+\chi_{44})",
    lhs=ptr(chiX, "B"), rhs=Mat(sympy.diag(x11 + chi22, chi33 + chi44), ("A",), "TrB_chi"),
    samplers=(X_GEN, X_GEN_FIXED))


def block_min(a, b, c):
    """The smaller eigenvalue of [[a, c], [c*, b]] with |c| = c."""
    return (a + b) / 2 - sqrt(((a - b) / 2) ** 2 + c ** 2)


PAPER.claim(
    "A1.positivity", eq="A1a, A1b, 9a",
    title=r"spectrum of an X state: $\rho^0 \ge 0$ iff (A1a) and (A1b)",
    statement=r"\lambda_{\min}(\rho^0) = \min\{\lambda_1+\chi_{11},\ \lambda_4+\chi_{44},\ "
              r"\tfrac{a+b}{2} - \sqrt{(\tfrac{a-b}{2})^2 + |\chi_{23}|^2}\},\ "
              r"a = \lambda_2+\chi_{22},\ b = \lambda_3+\chi_{33}",
    lhs=_lowest_eigenvalue(rhoX),
    rhs=Min(lam1 + x11, lam4 + chi44, block_min(lam2 + chi22, lam3 + chi33, c23)),
    samplers=(X_GEN, X_GEN_FIXED),
    notes="The last entry is >= 0 iff a, b >= 0 and sqrt(ab) >= |chi_23| (A1b). (9a) must read "
          "rho >= 0: the optimum (10) is singular (eq10.positive_semidefinite).")

PAPER.claim(
    "A2.feasible_set", eq="A2a, A2b",
    title=r"with (9b): $\rho^0 \ge 0$ iff $\min(\lambda_2, \lambda_3) \ge \chi_{11} \ge -\lambda_4$ "
          r"and (A2b)",
    statement=r"\lambda_{\min}(\rho^0) = \min\{\lambda_4+\chi_{11},\ \tfrac{\lambda_2+\lambda_3}{2} "
              r"- \chi_{11} - \sqrt{(\tfrac{\lambda_2-\lambda_3}{2})^2 + |\chi_{23}|^2}\}",
    lhs=_lowest_eigenvalue(rho9),
    rhs=Min(lam4 + x11, block_min(lam2 - x11, lam3 - x11, c23)),
    samplers=(X_BOX, X_OPT_P1, X_IN_P1, X_SEP_P2, X_REV),
    notes="lambda_1 + chi_11 never is the smallest eigenvalue because lambda_1 > lambda_4 "
          "(form8_proof step 2); the block entry is >= 0 iff chi_11 <= min(lambda_2, lambda_3) and "
          "(A2b).")

PAPER.claim(
    "A3.concurrence", eq="A3", title="concurrence of the (9b) X state",
    statement=r"\mathcal{C}(\rho) = 2\max\{0,\ |\chi_{23}| - "
              r"\sqrt{(\lambda_1+\chi_{11})(\lambda_4+\chi_{11})}\}",
    lhs=Concurrence(rho9), rhs=2 * Max(0, c23 - sqrt((lam1 + x11) * (lam4 + x11))),
    samplers=X_FEASIBLE)

PAPER.claim(
    "A4.entanglement", eq="A4",
    title=r"entangled iff $|\chi_{23}| > \sqrt{(\lambda_1 + \chi_{11})(\lambda_4 + \chi_{11})}$",
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
    title=r"over the family (8) the maximum concurrence is $2\sqrt{\lambda_4}$",
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
    title=r"at $\chi_{11} = -\lambda_4$ the bound (A2b) is $|\chi_{23}|^2 \le \lambda_4$",
    statement=r"(\lambda_2+\lambda_4)(\lambda_3+\lambda_4) = \lambda_4",
    lhs=(LAM_EXPR[1] + LAM_EXPR[3]) * (LAM_EXPR[2] + LAM_EXPR[3]), rhs=LAM_EXPR[3],
    samplers=TEMPERATURES,
    notes="The vertical edge of Fig. 7 has height lambda_4 = (C_0/2)^2 (fig7.caption_edge).")

EDGE = (lam2 + lam4) * (lam3 + lam4)      # top of the vertical edge chi_11 = -lambda_4 (A2b)
PAPER.claim(
    "fig7.caption_edge", eq="Fig. 7 caption", expected=FAILS, search=False,
    title="'the vertical edge of the region corresponds to the square of maximum concurrence'",
    statement=r"\max_{\chi_{11} = -\lambda_4}|\chi_{23}|^2 = (\lambda_2+\lambda_4)(\lambda_3+"
              r"\lambda_4) = \mathcal{C}_0^2",
    lhs=EDGE, rhs=C0**2, samplers=TEMPERATURES,
    reason="Fig. 7 plots y = |chi_23|^2 against x = chi_11. Its vertical edge x = -lambda_4 runs "
           "up to y = (lambda_2 + lambda_4)(lambda_3 + lambda_4) = lambda_4 (fig7.corner), and on "
           "it C = 2 |chi_23| (A3), so the edge is (C/2)^2 = C^2/4: its top is lambda_4 = 0.1015 "
           "at T_A = 2, T_B = 1, the square of the maximum concurrence C_0^2 = 0.4061.")
PAPER.claim(
    "fig7.caption_edge_corrected", eq="Fig. 7 caption", role="corrected",
    corrects="fig7.caption_edge",
    title=r"the vertical edge of Fig. 7 reaches $(\mathcal{C}_0/2)^2 = \lambda_4$",
    statement=r"\max_{\chi_{11} = -\lambda_4}|\chi_{23}|^2 = (\mathcal{C}_0/2)^2",
    lhs=EDGE, rhs=(C0 / 2)**2, samplers=TEMPERATURES)

PAPER.define("eq10.optimal_chi", eq="10", title="optimal correlation matrix",
             statement=r"\chi = \mathrm{diag}(-\lambda_4, \lambda_4, \lambda_4, -\lambda_4) + "
                       r"\sqrt{\lambda_4}(e^{i\phi_\chi}|01\rangle\langle10| + h.c.)", expr=chi10)

PAPER.claim("eq10.trace_A", eq="10, 9b", title=r"$\mathrm{Tr}_A\chi = 0$ for (10)",
            statement=r"\mathrm{Tr}_A\chi_{(10)} = 0", lhs=ptr(chi10, "A"), rhs=0,
            samplers=TEMPERATURES)
PAPER.claim("eq10.trace_B", eq="10, 9b", title=r"$\mathrm{Tr}_B\chi = 0$ for (10)",
            statement=r"\mathrm{Tr}_B\chi_{(10)} = 0", lhs=ptr(chi10, "B"), rhs=0,
            samplers=TEMPERATURES)
PAPER.claim(
    "eq10.positive_semidefinite", eq="10, 9a",
    title=r"$\rho^0$ of (5)+(10) is positive semidefinite and singular",
    statement=r"\lambda_{\min}(\rho^0_{(10)}) = 0",
    lhs=_lowest_eigenvalue(rho0q), rhs=0, samplers=TEMPERATURES,
    notes="Spectrum {lambda_1 - lambda_4, lambda_2 + lambda_3 + 2 lambda_4, 0, 0}: rho_44 = 0 and "
          "the 23 block has determinant (l2 + l4)(l3 + l4) - l4 = 0. The optimum lies on the "
          "boundary, so (9a) 'rho > 0' must be read as rho >= 0.")
PAPER.claim(
    "eq11.concurrence", eq="11", title=r"$\mathcal{C}(\rho^0) = 2\sqrt{\lambda_4}$ for (10)",
    statement=r"\mathcal{C}(\rho^0_{(10)}) = \mathcal{C}_0 = 2\sqrt{\lambda_4}",
    lhs=Concurrence(rho0q), rhs=C0, samplers=TEMPERATURES)

PAPER.claim(
    "text.optimum_scope", eq="11, text", role="control", expected=FAILS, search=False, kind="leq",
    title=r"outside the family (8), correlation matrices with (9a)-(9c) exceed $\mathcal{C}_0$",
    statement=r"\mathcal{C}(\rho_A^0\otimes\rho_B^0 + \chi) \le 2\sqrt{\lambda_4}\ "
              r"\text{for every}\ \chi\ \text{with (9a)-(9c)}",
    lhs=Concurrence(rho0), rhs=C0, samplers=(CHI_GENERAL,) + CHI_10 + CHI_14,
    reason="The X state with coherence between |00> and |11> (chi_11 = min(lambda_2, lambda_3), "
           "|rho_14| = sqrt(rho_11 rho_44)) has Gibbs marginals and C = 2 sqrt(min(lambda_2, "
           "lambda_3)) > 2 sqrt(lambda_4): 0.818 vs 0.637 at T_A = 2, T_B = 1 (sample chi-14-P1). "
           "The optimum (10)-(11) holds within the family (8) only (claim A.optimum).")

PAPER.claim(
    "text.global_maximum", eq="11, text", role="control", kind="leq",
    title=r"no correlation matrix with (9a)-(9c) found above "
          r"$2\sqrt{\min(\lambda_2, \lambda_3)}$",
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
    title=r"(10) maximises $|\chi_{23}|$, hence the initial anomalous rate, over all $\chi$ with "
          r"(9a), (9b)",
    statement=r"|\chi_{23}| \le \sqrt{\lambda_4}\ \text{for every}\ \chi\ \text{with (9a), (9b)}",
    lhs=Abs(elem(rho0, 2, 3)), rhs=sqrt(lam4), samplers=(CHI_GENERAL,) + CHI_10 + CHI_14,
    notes="|rho_23|^2 <= rho_22 rho_33 = (lambda_2 - x)(lambda_3 - x) <= (lambda_2 + lambda_4)"
          "(lambda_3 + lambda_4) = lambda_4, with x = -chi_22 >= -lambda_4 from rho_44 >= 0. So "
          "the first-order rate 4 Omega |chi_23| |sin delta| is at most 2 Omega C_0 for every "
          "admissible chi: (10) is optimal for the anomalous exchange, though not for the "
          "concurrence.")

PAPER.claim(
    "eq12.sed", eq="12, 13", title="closed-form SED against the exact evolution",
    statement=r"\Delta_{AB}(t) = \Delta_{AB}(0)\sqrt{1 + \left(\frac{\mathcal{C}_0\sin\delta}"
              r"{\Delta_{AB}(0)}\right)^2}\cos(2\Omega t + \theta),\ \theta = "
              r"\mathrm{atan}\frac{\mathcal{C}_0\sin\delta}{\Delta_{AB}(0)}",
    lhs=SED, rhs=SED12, samplers=QUBIT + (Q_REV["d0"], Q_REV["dm"]),
    assumptions=["T_A != T_B ((12) divides by Delta_AB(0); at T_A = T_B use eq12.regular)"])

PAPER.claim(
    "eq12.regular", eq="12, B3", role="control",
    title=r"$\Delta_{AB} = \Delta_{AB}(0)\cos 2\Omega t - \mathcal{C}_0\sin\delta\sin 2\Omega t$, "
          r"also at $T_A = T_B$",
    statement=r"\Delta_{AB}(t) = \Delta_{AB}(0)\cos 2\Omega t - \mathcal{C}_0\sin\delta\sin 2\Omega t",
    lhs=SED, rhs=SED_REGULAR, samplers=QUBIT_ALL_T + (Q_EQUAL,))

PAPER.define("eq13.theta", eq="13", title=r"phase $\theta$",
             statement=r"\theta = \mathrm{atan}\left[\frac{\mathcal{C}_0\sin\delta}{\Delta_{AB}(0)}"
                       r"\right],\ |\theta| < \pi/2", expr=theta)

DT_SED0 = Dt(SED0)
PAPER.claim(
    "text.first_order", eq="text after (13)",
    title=r"first-order term $-2\Omega[\Delta_{AB}^2(0) + \mathcal{C}_0^2\sin^2\delta]^{1/2}"
          r"\sin(\theta)\,t$",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -2\Omega[\Delta_{AB}^2(0) + "
              r"\mathcal{C}_0^2\sin^2\delta]^{1/2}\sin\theta",
    lhs=DT_SED0, rhs=-2 * Omega * AMP * sin(theta), dynamics=SCHR0, samplers=QUBIT_HOT,
    assumptions=["T_A > T_B (Delta_AB(0) > 0), as assumed in Secs. II-III"])

PAPER.claim(
    "text.first_order_reversed", eq="text after (13)", role="control", expected=FAILS, search=False,
    title=r"the printed first-order term has the wrong sign when $T_A < T_B$",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -2\Omega[\Delta_{AB}^2(0) + "
              r"\mathcal{C}_0^2\sin^2\delta]^{1/2}\sin\theta\ \text{for any}\ T_A, T_B",
    lhs=DT_SED0, rhs=-2 * Omega * AMP * sin(theta), dynamics=SCHR0,
    samplers=(Q_RAND, Q_COLD, Q_REV["dm"], Q_P1["dm"]),
    reason="The square root is |Delta_AB(0)| sqrt(1 + tan^2 theta), so the printed form equals "
           "-2 Omega sign(Delta_AB(0)) C_0 sin(delta): for T_A < T_B (Fig. 2, dashed) the sign "
           "flips (sample F2rev-dm-t5). The paper assumes T_A > T_B here.")

PAPER.claim(
    "text.first_order_general", eq="text after (13), 4", role="control",
    title=r"first-order term $-2\Omega\,\mathcal{C}_0\sin\delta$ for any temperatures",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 = -2\Omega\,\mathcal{C}_0\sin\delta",
    lhs=DT_SED0, rhs=-2 * Omega * C0 * sin(delta), dynamics=SCHR0,
    samplers=(Q_RAND, Q_COLD) + QUBIT_FIXED + (Q_REV["dm"], Q_EQ["dm"]))

PAPER.claim(
    "text.anomalous_sign", eq="text after (13)", kind="leq",
    title=r"$\mathcal{C}_0 > 0$ and $-\pi < \delta < 0$: the SED initially grows",
    statement=r"-\pi < \delta < 0 \Rightarrow \frac{d\Delta_{AB}}{dt}\Big|_0 \ge 0",
    lhs=0, rhs=DT_SED0, dynamics=SCHR0, samplers=QUBIT_ANOM + (Q_P1["d0"],))

PAPER.claim(
    "text.fastest_growth", eq="text after (13)", kind="leq",
    title=r"the fastest growth is at $\delta = -\pi/2$",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_0 \le \frac{d\Delta_{AB}}{dt}\Big|_0^{\delta=-\pi/2} "
              r"= 2\Omega\mathcal{C}_0",
    lhs=DT_SED0, rhs=2 * Omega * C0, dynamics=SCHR0, samplers=QUBIT, attained=("P1-dm-t4",))

PAPER.claim(
    "text.tau_stationary", eq="text after (13)",
    title=r"the SED is stationary at $\tau = |\theta|/(2\Omega)$",
    statement=r"\frac{d\Delta_{AB}}{dt}\Big|_{t=\tau} = 0,\ \tau = \frac{|\theta|}{2\Omega}",
    lhs=Dt(SED), rhs=0, dynamics=SCHR, samplers=QUBIT_TAU,
    assumptions=["T_A > T_B", "-pi < delta < 0 (theta < 0)"])

PAPER.claim(
    "text.tau_maximum", eq="text after (13)",
    title=r"at $\tau$ the SED reaches its maximum $\sqrt{\Delta_{AB}(0)^2 + "
          r"\mathcal{C}_0^2\sin^2\delta}$",
    statement=r"\Delta_{AB}(\tau) = \sqrt{\Delta_{AB}^2(0) + \mathcal{C}_0^2\sin^2\delta} = "
              r"\max_t\Delta_{AB}(t)",
    lhs=SED, rhs=AMP, samplers=QUBIT_TAU,
    notes="The maximum of the sinusoid (12); e.g. 0.6465 at T_A = 2, T_B = 1, delta = -pi/2 "
          "(tau = 7.01), against Delta_AB(0) = 0.1086.")

PAPER.claim(
    "text.normal_exchange", eq="text after (13)", kind="leq",
    title=r"$\delta = 0$ or no correlation: the SED never exceeds $\Delta_{AB}(0)$",
    statement=r"\delta = 0\ \text{or}\ \chi = 0 \Rightarrow \Delta_{AB}(t) \le \Delta_{AB}(0)",
    lhs=SED, rhs=SED0, samplers=(Q_NORMAL, Q_P1["d0"], Q_P2["d0"], Q_P1_NOCHI),
    assumptions=["T_A > T_B"])

PAPER.claim(
    "text.period", eq="Fig. 1 caption", title=r"the energy oscillation has period $\pi/\Omega$",
    statement=r"\Delta_{AB}(t + \pi/\Omega) = \Delta_{AB}(t)",
    lhs=Tr((H_A - H_B) * rho_p), rhs=SED, samplers=QUBIT_EXT)

PAPER.claim(
    "fig1.concurrence", eq="Fig. 1(b)",
    title=r"concurrence along the evolution: $\mathcal{C}(t) = 2|\rho_{23}(t)|$",
    statement=r"\mathcal{C}(t) = \sqrt{\mathcal{C}_0^2\cos^2\delta + (\mathcal{C}_0\sin\delta\cos "
              r"2\Omega t + \Delta_{AB}(0)\sin 2\Omega t)^2}",
    lhs=Concurrence(rho), rhs=CONC_T, samplers=QUBIT,
    notes="From the corrected (B2c) with rho_44 = 0. Its initial slope is 2 Omega Delta_AB(0) "
          "sin(delta): for delta = +pi/2 the concurrence (and the mutual information) first grow "
          "slightly, to 0.646 near t = 1, before vanishing at (pi - theta)/(2 Omega) = 8.7, "
          "whereas for delta = -pi/2 they fall at once and vanish at tau = 7.0; the caption's "
          "'still decrease in almost the same way' holds after that first rise (Fig. 1 "
          "reproduced).")

PAPER.claim(
    "fig1.mutual_information", eq="Fig. 1(c)",
    title=r"mutual information along the evolution: $I_{AB}(t) = h(\rho_{11} + \rho_{22}) + "
          r"h(\rho_{11} + \rho_{33}) - S_{AB}(0)$",
    statement=r"I_{AB}(t) = h(\lambda_1 - \lambda_4 + \rho_{22}(t)) + h(\lambda_1 - \lambda_4 + "
              r"\rho_{33}(t)) + (\lambda_1 - \lambda_4)\ln(\lambda_1 - \lambda_4) + s\ln s,\ "
              r"s = \lambda_2 + \lambda_3 + 2\lambda_4",
    lhs=I_AB, rhs=MI_T, samplers=QUBIT,
    notes="h is the binary entropy, rho_22, rho_33 those of (B2a), (B2b); the spectrum of rho "
          "stays {lambda_1 - lambda_4, s, 0, 0} (eq10.positive_semidefinite). For delta = 0 the "
          "marginal populations are m -+ Delta_AB(0) cos(2 Omega t)/2 with m = lambda_1 + "
          "(lambda_2 + lambda_3)/2, so by concavity of h the mutual information is smallest at "
          "t = k pi/(2 Omega) (I(0)) and largest at t = pi/(4 Omega) (fig1.mi_nearly_constant).")

PAPER.claim(
    "fig1.mi_nearly_constant", eq="Fig. 1, text", kind="leq",
    title=r"$\delta = 0$: the mutual information is nearly constant (varies by at most 5%)",
    statement=r"\delta = 0:\ \frac{\max_t I_{AB}(t) - \min_t I_{AB}(t)}{I_{AB}(0)} = "
              r"\frac{I_{AB}(\pi/4\Omega) - I_{AB}(0)}{I_{AB}(0)} \le \frac{1}{20}",
    lhs=(I_AB - I_AB0) / I_AB0, rhs=Rational(1, 20), samplers=(Q_P1_QUARTER,),
    notes="The band (5%) is chosen here for 'nearly constant' / 'change very little' (Fig. 1 "
          "caption). At T_A = 2, T_B = 1 I_AB ranges over [0.5955, 0.6090] (2.3%); the "
          "concurrence over [0.637, 0.646] (fig1.concurrence_nearly_constant).")
PAPER.claim(
    "fig1.concurrence_nearly_constant", eq="Fig. 1, text", kind="leq",
    title=r"$\delta = 0$: the concurrence is nearly constant (varies by at most 5%)",
    statement=r"\delta = 0:\ \frac{\max_t\mathcal{C}(t) - \min_t\mathcal{C}(t)}{\mathcal{C}_0} = "
              r"\frac{\mathcal{C}(\pi/4\Omega) - \mathcal{C}_0}{\mathcal{C}_0} \le \frac{1}{20}",
    lhs=(Concurrence(rho) - Concurrence(rho0)) / Concurrence(rho0), rhs=Rational(1, 20),
    samplers=(Q_P1_QUARTER,),
    notes="For delta = 0, C(t) = sqrt(C_0^2 + Delta_AB(0)^2 sin^2 2 Omega t) (fig1.concurrence): "
          "0.637 to 0.646 (1.4%).")

VANISH = (Q_DM_TAU, Q_P1_TAU, Q_P2_TAU, Q_P1_DP_MIN, Q_P1_DP_MAX)
PAPER.claim(
    "fig1.concurrence_vanishes", eq="Fig. 1, text",
    title=r"$\delta = \pm\pi/2$: the concurrence vanishes at the SED extrema",
    statement=r"\delta = \pm\pi/2,\ t = \frac{k\pi - \theta}{2\Omega}: \mathcal{C}(\rho(t)) = 0",
    lhs=Concurrence(rho), rhs=0, samplers=VANISH,
    notes="At an extremum |Delta_AB| = rho_22 + rho_33 = lambda_2 + lambda_3 + 2 lambda_4 (since "
          "Delta_AB(0)^2 + C_0^2 = (lambda_2 + lambda_3 + 2 lambda_4)^2 by fig7.corner), so one of "
          "rho_22, rho_33 vanishes and so does rho_23.")
PAPER.claim(
    "fig1.mutual_information_vanishes", eq="Fig. 1, text",
    title=r"$\delta = \pm\pi/2$: the mutual information vanishes at the SED extrema",
    statement=r"\delta = \pm\pi/2,\ t = \frac{k\pi - \theta}{2\Omega}: I_{AB}(\rho(t)) = 0",
    lhs=I_AB, rhs=0, samplers=VANISH,
    notes="The state there is |0><0| (x) diag or diag (x) |0><0|: a product state; at tau "
          "(delta = -pi/2) qubit B is exactly in its ground state.")

PAPER.claim(
    "fig2.no_gradient", eq="Fig. 2(a), text",
    title=r"no temperature gradient, $\delta = 0$: no energy exchange",
    statement=r"T_A = T_B,\ \delta = 0 \Rightarrow \Delta_{AB}(t) = 0",
    lhs=SED, rhs=0, samplers=(Q_EQUAL, Q_EQ["d0"]))

PAPER.claim(
    "fig2.reversal", eq="Fig. 2, text",
    title="reversing the gradient flips only the normal part of the SED",
    statement=r"\Delta_{AB}^{T_A\leftrightarrow T_B}(t) - \Delta_{AB}(t) = "
              r"-2\Delta_{AB}(0)\cos 2\Omega t",
    lhs=Tr((H_A - H_B) * rho_sw) - SED, rhs=-2 * D0 * cos(X2), samplers=QUBIT_EXT,
    notes="The anomalous part -C_0 sin(delta) sin(2 Omega t) is unchanged (C_0 is symmetric in "
          "T_A, T_B): 'a reversal of the temperature gradient inverts the normal energy flow but "
          "has little effect on the anomalous energy exchange'.")

AMP_DM = sqrt(D0**2 + C0**2)               # the SED amplitude at delta = -pi/2 (12)
PAPER.claim(
    "fig2.order_of_magnitude", eq="Fig. 2, text", kind="leq",
    title="'the amplitude of abnormal energy exchange is nearly an order of magnitude larger than "
          "that of the normal energy exchange'",
    statement=r"\Bigl|\log_{10}\frac{\sqrt{\Delta_{AB}(0)^2 + \mathcal{C}_0^2}}{|\Delta_{AB}(0)|}"
              r" - 1\Bigr| \le \frac12",
    lhs=Abs(log(AMP_DM / Abs(D0)) / log(10) - 1), rhs=HALF, samplers=(TEMPERATURES[1], TEMPERATURES[3]),
    notes="Amplitudes of the SED oscillations of Fig. 2 by (12): sqrt(Delta_AB(0)^2 + C_0^2) at "
          "delta = -pi/2 (b) against |Delta_AB(0)| at delta = 0 (a); the band 10^(1 +- 1/2) is "
          "chosen here for 'nearly an order of magnitude'. At T_A = 2, T_B = 1 and at T_A = 1, "
          "T_B = 2 the ratio is 0.6465/0.1086 = 5.95 (5.87 for the anomalous part C_0 alone): "
          "nearly an order of magnitude in the loose sense, 10^0.77. At T_A = T_B there is no "
          "normal exchange at all.")

# ============================================================================ Appendix B

PAPER.claim(
    "B.rho11", eq="B, text before (B1)", expected=FAILS, search=False,
    title=r"'$\rho_{11}(t) = \lambda_1 - \lambda_2$'",
    statement=r"\rho_{11}(t) = \lambda_1 - \lambda_2",
    lhs=elem(rho, 1, 1), rhs=lam1 - lam2, samplers=QUBIT,
    reason="rho_11 = lambda_1 + chi_11 = lambda_1 - lambda_4 by (10); it is constant, so the "
           "exact evolution shows it at every t (0.3535 vs the printed 0.2876 at T_A = 2, T_B = 1).")
PAPER.claim(
    "B.rho11_corrected", eq="B, text before (B1)", role="corrected", corrects="B.rho11",
    title=r"$\rho_{11}(t) = \lambda_1 - \lambda_4$",
    statement=r"\rho_{11}(t) = \lambda_1 - \lambda_4",
    lhs=elem(rho, 1, 1), rhs=lam1 - lam4, samplers=QUBIT)
PAPER.claim(
    "B.rho44", eq="B, text before (B1)", title=r"$\rho_{44}(t) = 0$",
    statement=r"\rho_{44}(t) = 0", lhs=elem(rho, 4, 4), rhs=0, samplers=QUBIT)

ANY_STATE = ((COUPLING + draw({rho: density()}, text="any two-qubit state")).sampler(
    "state-random", (2, 2), printed_dims=True), Q_P1["dg"], Q_P2["dp"])
PAPER.claim(
    "B1a.rho22", eq="B1a", title=r"equation of motion of $\rho_{22}$",
    statement=r"i\dot\rho_{22} = \Omega[e^{i\phi_V}\rho_{32} - e^{-i\phi_V}\rho_{23}]",
    lhs=I * Dt(elem(rho, 2, 2)),
    rhs=Omega * (exp(I * phi_V) * elem(rho, 3, 2) - exp(-I * phi_V) * elem(rho, 2, 3)),
    dynamics=SCHR_Q, samplers=ANY_STATE)
PAPER.claim(
    "B1b.rho23", eq="B1b", title=r"equation of motion of $\rho_{23}$",
    statement=r"i\dot\rho_{23} = \Omega e^{i\phi_V}(\rho_{33} - \rho_{22})",
    lhs=I * Dt(elem(rho, 2, 3)),
    rhs=Omega * exp(I * phi_V) * (elem(rho, 3, 3) - elem(rho, 2, 2)),
    dynamics=SCHR_Q, samplers=ANY_STATE)
PAPER.claim(
    "B1.population", eq="B, after (B1)", title=r"conservation: $\rho_{22} + \rho_{33}$ constant",
    statement=r"\dot\rho_{22} + \dot\rho_{33} = 0",
    lhs=Dt(elem(rho, 2, 2) + elem(rho, 3, 3)), rhs=0, dynamics=SCHR_Q, samplers=ANY_STATE)
PAPER.claim(
    "B1.coherence", eq="B, after (B1)", expected=FAILS, search=False,
    title=r"'conservation: $e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23}^* = 0$'",
    statement=r"e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23}^* = 0",
    lhs=exp(I * phi_V) * Dt(elem(rho, 3, 2)) + exp(-I * phi_V) * sympy.conjugate(Dt(elem(rho, 2, 3))),
    rhs=0, dynamics=SCHR_Q, samplers=ANY_STATE,
    reason="rho_23* = rho_32, so the printed sum is 2 cos(phi_V) d rho_32/dt = 2i Omega "
           "cos(phi_V) e^{-i phi_V} (rho_33 - rho_22), nonzero unless phi_V = +-pi/2 (the DM "
           "coupling) or rho_22 = rho_33; what (B1b) conserves is Re(e^{-i phi_V} rho_23), i.e. "
           "the conjugate belongs on neither term (or on rho_32).")
PAPER.claim(
    "B1.coherence_corrected", eq="B, after (B1)", role="corrected", corrects="B1.coherence",
    title=r"conservation: $e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23} = 0$",
    statement=r"e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23} = 0",
    lhs=exp(I * phi_V) * Dt(elem(rho, 3, 2)) + exp(-I * phi_V) * Dt(elem(rho, 2, 3)),
    rhs=0, dynamics=SCHR_Q, samplers=ANY_STATE)

B2_SCALARS = ANY_T + LAMBDAS + draw({
    Omega: uniform(0.02, 1), phi_V: PHASE, d_set: PHASE, phi_chi: closed_form(phi_V - d_set),
    t: uniform(0, 40)}, parties=PAIR, text="the scalars of (B2)")
B2_SAMPLERS = (B2_SCALARS.sampler("B2-symbols", (2, 2), printed_dims=True), B2_SCALARS.given({
    **P1, phi_V: fixed(Rational(2, 5)), d_set: DELTAS["dg"][1], t: fixed("9")}).sampler(
    "B2-P1", (2, 2), printed_dims=True))
PAPER.claim(
    "B2.printed_solves_B1", eq="B2", expected=FAILS, search=False,
    title="the printed (B2) solves the Liouville-von Neumann equation",
    statement=r"\dot\rho_{(B2)} = -i[H_A + H_B + V_{AB}, \rho_{(B2)}]",
    lhs=Dt(B2_PRINTED), rhs=-I * comm(Hq, B2_PRINTED), dynamics={t: 1}, samplers=B2_SAMPLERS,
    reason="(B2a), (B2b) are consistent with (B1) only with the opposite sign of "
           "Delta_AB(0) sin(2 Omega t) in (B2c): substituting the printed (B2c) into (B1b) leaves "
           "-2 Omega e^{i phi_V} Delta_AB(0) cos(2 Omega t).",
    notes="rho_11 is taken as lambda_1 - lambda_4 here (B.rho11); it is constant and does not "
          "enter the check.")
PAPER.claim(
    "B2.solves_B1", eq="B2", role="corrected", corrects="B2.printed_solves_B1",
    title=r"(B2) with $+\Delta_{AB}(0)\sin 2\Omega t$ in $\rho_{23}$ solves (B1)",
    statement=r"\rho_{23}(t) = \frac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
              r"\mathcal{C}_0\cos 2\Omega t + \Delta_{AB}(0)\sin 2\Omega t\}]",
    lhs=Dt(B2_CORRECTED), rhs=-I * comm(Hq, B2_CORRECTED), dynamics={t: 1}, samplers=B2_SAMPLERS)
PAPER.claim(
    "B2.initial_state", eq="B2, 5, 10", title=r"(B2) at $t = 0$ is the state (5) + (10)",
    statement=r"\rho_{(B2)}(0) = \rho^0_{AB}",
    lhs=Mat(B2_PRINTED.matrix.subs(t, 0), PAIR, "rho_B2printed(0)"), rhs=rho0q,
    samplers=B2_SAMPLERS, notes="The sign misprint of (B2c) is invisible at t = 0.")

PAPER.claim("B2a.rho22", eq="B2a", title=r"$\rho_{22}(t)$ against the exact evolution",
            statement=r"\rho_{22}(t) = \tfrac12[\lambda_2+\lambda_3+2\lambda_4 - \Delta_{AB}(0)\cos "
                      r"2\Omega t + \sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
            lhs=elem(rho, 2, 2), rhs=R22, samplers=QUBIT)
PAPER.claim("B2b.rho33", eq="B2b", title=r"$\rho_{33}(t)$ against the exact evolution",
            statement=r"\rho_{33}(t) = \tfrac12[\lambda_2+\lambda_3+2\lambda_4 + \Delta_{AB}(0)\cos "
                      r"2\Omega t - \sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
            lhs=elem(rho, 3, 3), rhs=R33, samplers=QUBIT)
PAPER.claim(
    "B2c.rho23", eq="B2c", expected=FAILS, search=False,
    title=r"printed $\rho_{23}(t)$ against the exact evolution",
    statement=r"\rho_{23}(t) = \frac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
              r"\mathcal{C}_0\cos 2\Omega t - \Delta_{AB}(0)\sin 2\Omega t\}]",
    lhs=elem(rho, 2, 3), rhs=R23_PRINTED, samplers=QUBIT,
    reason="The exact evolution has +Delta_AB(0) sin(2 Omega t) inside the braces (e.g. at "
           "T_A = 2, T_B = 1, delta = -pi/2, t = 4: Im rho_23 = 0.1987, printed 0.2719); the "
           "printed sign also contradicts (B1b), see B2.printed_solves_B1.")
PAPER.claim(
    "B2c.rho23_corrected", eq="B2c", role="corrected", corrects="B2c.rho23",
    title=r"$\rho_{23}(t)$ with $+\Delta_{AB}(0)\sin 2\Omega t$",
    statement=r"\rho_{23}(t) = \frac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
              r"\mathcal{C}_0\cos 2\Omega t + \Delta_{AB}(0)\sin 2\Omega t\}]",
    lhs=elem(rho, 2, 3), rhs=R23, samplers=QUBIT)

PAPER.claim(
    "B3.E_A", eq="B3", expected=FAILS, search=False, title=r"printed $E_A(t)$",
    statement=r"E_A(t) = \tfrac12[\lambda_1 - \lambda_4 - \Delta_{AB}(0)\cos 2\Omega t - "
              r"\sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
    lhs=Tr(H_A * rho), rhs=EA_PRINTED, samplers=QUBIT,
    reason="With |0> the ground state (the text and (6)) E_A = [-(lambda_1 - lambda_4) + "
           "Delta_AB(t)]/2 = [lambda_4 - lambda_1 + Delta_AB(0) cos - C_0 sin(delta) sin]/2: the "
           "printed signs of lambda_1 - lambda_4 and of the cos term are flipped (no convention "
           "gives the printed form: with |0> excited the sin term would flip too), and the printed "
           "E_A - E_B = -Delta_AB(0) cos - C_0 sin(delta) sin does not give (12) (it is "
           "-Delta_AB(0) at t = 0).")
PAPER.claim(
    "B3.E_A_corrected", eq="B3", role="corrected", corrects="B3.E_A",
    title=r"$E_A(t) = [\lambda_4 - \lambda_1 + \Delta_{AB}(0)\cos 2\Omega t - \mathcal{C}_0"
          r"\sin\delta\sin 2\Omega t]/2$",
    statement=r"E_A(t) = \tfrac12[\lambda_4 - \lambda_1 + \Delta_{AB}(0)\cos 2\Omega t - "
              r"\mathcal{C}_0\sin\delta\sin 2\Omega t]",
    lhs=Tr(H_A * rho), rhs=EA_CORRECTED, samplers=QUBIT)
PAPER.claim(
    "B3.E_B", eq="B3", expected=FAILS, search=False, title=r"printed $E_B(t)$",
    statement=r"E_B(t) = \tfrac12[\lambda_1 - \lambda_4 + \Delta_{AB}(0)\cos 2\Omega t + "
              r"\sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
    lhs=Tr(H_B * rho), rhs=EB_PRINTED, samplers=QUBIT,
    reason="E_B = [-(lambda_1 - lambda_4) - Delta_AB(t)]/2: the same two flipped signs as "
           "B3.E_A.")
PAPER.claim(
    "B3.E_B_corrected", eq="B3", role="corrected", corrects="B3.E_B",
    title=r"$E_B(t) = [\lambda_4 - \lambda_1 - \Delta_{AB}(0)\cos 2\Omega t + \mathcal{C}_0"
          r"\sin\delta\sin 2\Omega t]/2$",
    statement=r"E_B(t) = \tfrac12[\lambda_4 - \lambda_1 - \Delta_{AB}(0)\cos 2\Omega t + "
              r"\mathcal{C}_0\sin\delta\sin 2\Omega t]",
    lhs=Tr(H_B * rho), rhs=EB_CORRECTED, samplers=QUBIT)

# ============================================================================ Sec. IV: baths

PAPER.claim(
    "text.switch_on_cost", eq="text, Sec. IV",
    title=r"$\langle V_{AB}\rangle = \Omega\,\mathcal{C}_0\cos\delta$ at all $t$: zero for "
          r"$\delta = -\pi/2$",
    statement=r"\mathrm{tr}\,\rho_{AB}(t)V_{AB} = \Omega\,\mathcal{C}_0\cos\delta\ "
              r"(= 0\ \text{at}\ \delta = -\pi/2)",
    lhs=Tr(rho * V), rhs=Omega * C0 * cos(delta), samplers=QUBIT + (Q_P1_TAU,),
    notes="Re(e^{-i phi_V} rho_23) is conserved by (B1), so switching the coupling on and off "
          "costs no work for the isolated qubits when delta = +-pi/2.")

# ============================================================================ HEOM (Figs. 4-6)
#
# The paper's baths (Sec. IV, Refs. [32, 33]): each qubit couples to its own ideal Bose gas with a
# Drude-Lorentz spectrum, simulated with HEOM.  Printed: kappa_A = kappa_B = 0.01 (kappa_B = 0.023
# for the pump), T_A = 2, T_B = 1, Omega = 0.1, delta = -pi/2, tau = 6.1, tau_relax = 500.  Not
# printed, chosen here (corrcheck.baths; every choice is a sampler parameter or a constant below):
# * coupling H_I = sigma_x^(k) (x) X_k for qubit k (a transverse coupling: sigma_z would exchange no
#   energy), J_k(w) = kappa_k w gamma^2/(w^2 + gamma^2), i.e. kappa is the Ohmic strength and the
#   reorganisation energy is lam = kappa gamma / 2 (lam = kappa, the other natural reading of
#   "coupling constant", is the sensitivity study's alternative);
# * cutoff gamma = 2.5 (2.5 times the qubit frequency, off the printed temperatures T_A = 2,
#   T_B = 1), scanned over gamma x {0.5, 1, 2} = {1.25, 2.5, 5}; gamma = 0.5 is the cutoff at
#   which the printed kappa_B = 0.023 zeroes <V_AB>(tau) (Fig. 6 caption), used where that
#   statement is decided;
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
HEOM_CUTOFF = 2.5
HEOM_CUTOFFS = (1.25, 2.5, 5.0)                       # gamma x {0.5, 1, 2}
TUNED_CUTOFF = 0.5                                    # kappa_B = 0.023 zeroes <V>(tau) here
NEEDS_EXTRA = ("needs the HEOM model of Sec. IV, which runs with the optional extra "
               "corrcheck[heom] (QuTiP >= 5): pip install 'corrcheck[heom]'")
HEOM_EXTRA = Precondition("the optional extra corrcheck[heom] (QuTiP >= 5) is installed",
                          lambda ev: bath_models.available())


HEOM_SETUP = draw({
    T_A: printed("2"), T_B: printed("1"), Omega: printed("0.1"), phi_V: fixed(0),
    d_set: printed(-pi / 2), phi_chi: closed_form(phi_V - d_set, "phi_V - delta"),
    kappa_A: printed("0.01"), kappa_B: printed("0.01"), cutoff: fixed(HEOM_CUTOFF)},
    parties=PAIR, text="HEOM model of Sec. IV")
HEOM_PUMP_SETUP = HEOM_SETUP + draw({tau_p: printed("6.1"), tau_relax: printed("500")})


def _heom_text(gamma, pump=False, delta_text="-pi/2"):
    what = ("Fig. 6 pump: kappa_A = 0.01, kappa_B = 0.023, tau = 6.1, tau_relax = 500" if pump
            else "Figs. 4-5: kappa_A = kappa_B = 0.01")
    return (f"HEOM, {what}; T_A = 2, T_B = 1, Omega = 0.1, delta = {delta_text}; Drude cutoff "
            f"gamma = {gamma:g} (lam = kappa gamma/2), Pade Nk = {HEOM_NK}, depth {HEOM_DEPTH}")


_ALL_CUTOFFS = HEOM_CUTOFFS + (TUNED_CUTOFF,)
HEOM_45 = {g: HEOM_SETUP.given({cutoff: fixed(g)}).sampler(
    f"heom-g{g:g}", (2, 2), _heom_text(g), printed_dims=True) for g in _ALL_CUTOFFS}
HEOM_6 = {g: HEOM_PUMP_SETUP.given({kappa_B: printed("0.023"), cutoff: fixed(g)}).sampler(
    f"heom-pump-g{g:g}", (2, 2), _heom_text(g, pump=True), printed_dims=True) for g in _ALL_CUTOFFS}
FIG45 = tuple(HEOM_45[g] for g in HEOM_CUTOFFS)
FIG6 = tuple(HEOM_6[g] for g in HEOM_CUTOFFS)
HEOM_NORMAL = HEOM_SETUP.given({d_set: printed(0)}).sampler(      # delta = 0: normal exchange
    f"heom-d0-g{HEOM_CUTOFF:g}", (2, 2), _heom_text(HEOM_CUTOFF, delta_text="0"), printed_dims=True)


HQ_NP = np.diag([-0.5, 0.5])
QDIMS = [[2, 2], [2, 2]]


def numbers(expr, **env):
    """A SymPy expression or matrix of the named scalars ``env``, in float64."""
    return closed_form(expr).build((), 0, "float64", env, "")


def qubit_scalars(TA, TB, Om, pv, pc):
    """The scalars of the two-qubit model, lambda_k of (6) included, as floats by name."""
    env = {"T_A": TA, "T_B": TB, "Omega": Om, "phi_V": pv, "phi_chi": pc}
    return {**env, **{f"lambda_{k}": numbers(e, T_A=TA, T_B=TB) for k, e in enumerate(LAM_EXPR, 1)}}


def _qobj(m):
    import qutip as qt
    return qt.Qobj(m, dims=QDIMS)


def _qubits(Om, pv):
    """H_A + H_B, the local parts H_A (x) I, I (x) H_B and V_AB (7) of the two qubits (Qobj)."""
    parts = [_qobj(np.kron(HQ_NP, np.eye(2))), _qobj(np.kron(np.eye(2), HQ_NP))]
    v = _qobj(numbers(V_MATRIX, Omega=Om, phi_V=pv))
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
    chi = numbers(CHI10, lambda_4=(1 - pa) * (1 - pb), phi_chi=pc)
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
    return float(numbers(TAU, **qubit_scalars(*(float(ev(x)) for x in (T_A, T_B, Omega, phi_V,
                                                                         phi_chi)))))


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


HEOM_CONVERGENCE = (
    "Converged: at cutoff 2.5, Q_B/(T_A I_0) = 0.18319 (Pade Nk = 2, depth 2, 28 ADOs), 0.18318 "
    "(Nk = 3), 0.18320 (depth 3), 0.18322 (Nk = 1); <V_AB>(tau) = -1.589e-3 (Nk = 3: -1.594e-3, "
    "depth 3: -1.588e-3); Sigma(tau_Omega) = 0.60852 (0.60853, 0.60853). Every claim's outcome on "
    "every sample is the same with Nk = 3, with depth 3, with lam = kappa instead of kappa gamma/2 "
    "(but for the weak-bath control sample at cutoff 0.5, then a 4x stronger bath) and (but for "
    "<V_AB>(tau), which needs the Lamb shifts) in the local weak-coupling GKLS model "
    "(tests/test_baths.py, slow).")
FIG45_NOTE = ("HEOM (corrcheck.baths on QuTiP's HEOMSolver), Drude-Lorentz baths through sigma_x, "
              "lam = kappa gamma/2, Pade Nk = 2, depth 2; samplers: cutoff gamma = 1.25, 2.5, "
              "5 (convergence: fig4a.sed_peak_tau).")

heom_claim(
    "fig4a.sed_peak_printed", eq="Fig. 4(a), text Sec. IV", kind="leq", expected=FAILS,
    title=r"'a sharp peak in the SED near $t = \tau_\Omega$' (HEOM)",
    statement=r"\text{first maximum of }\Delta_{AB}(t)\text{ at } t \approx \tau_\Omega = "
              r"\pi/\Omega:\ |t_{\max} - \tau_\Omega| \le \tau_\Omega/4",
    lhs=sed_peak_from_tau_omega, rhs=TAU_OMEGA / 4, samplers=FIG45 + (HEOM_NORMAL,),
    reason="The SED's sharp first maximum is at t = 5.6-6.2 (cutoffs 5-1.25), by tau = "
           "|theta|/(2 Omega) = 7.01 where the lossless (12) has it, not at tau_Omega = pi/Omega = "
           "31.4 (there the SED is near zero, between its first minimum and its damped second "
           "maximum at ~37): tau_Omega is printed for tau (wrong symbol; the text's own tau, (13) "
           "and Sec. V). A first maximum near tau_Omega is what the normal exchange shows (delta = "
           "0, sample heom-d0-g2.5: the SED falls first and peaks again near pi/Omega), not the "
           "delta = -pi/2 of Fig. 4.",
    notes=FIG45_NOTE)
heom_claim(
    "fig4a.sed_peak_tau", eq="Fig. 4(a), 13", kind="leq", role="corrected",
    corrects="fig4a.sed_peak_printed",
    title=r"with baths the SED's first maximum stays near $\tau = |\theta|/(2\Omega)$",
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
    notes=FIG45_NOTE + " The ratio is 0.15-0.30 for cutoffs 5-1.25 (0.67 at cutoff 0.5).")
heom_claim(
    "fig4b.caption_heat_direction", eq="Fig. 4(b) caption", kind="leq", expected=FAILS,
    title="'heat is initially extracted from bath A and delivered to bath B against the gradient'",
    statement=r"Q_A(t) > 0 > Q_B(t)\ \text{initially (at } t = \tau_\Omega/2)",
    lhs=0, rhs=early_heat, samplers=FIG45 + (HEOM_NORMAL,),
    reason="The caption swaps the baths: with Q_k the energy extracted from bath k (Sec. IV), "
           "Q_A = -0.096 < 0 < Q_B = 0.064 at t = tau_Omega/2 (cutoff 2.5): heat is extracted from "
           "the cold bath B and delivered to the hot bath A, as the text of Sec. IV says ('Q_A is "
           "negative ... positive Q_B ... from bath B to A against the temperature gradient'). "
           "Heat drawn from A into B follows the gradient (T_A = 2 > T_B = 1), so the caption "
           "contradicts itself; it is what the normal exchange gives (delta = 0, sample "
           "heom-d0-g2.5).",
    notes=FIG45_NOTE)
heom_claim(
    "fig4b.heat_reversed", eq="Fig. 4(b), text Sec. IV", kind="leq", role="corrected",
    corrects="fig4b.caption_heat_direction",
    title=r"anomalous heat: $Q_A < 0 < Q_B$ for $0 < t \le \tau_\Omega/2$ (bath B to bath A)",
    statement=r"Q_A(t) < 0 < Q_B(t)\quad (0 < t \le \tau_\Omega/2)",
    lhs=anomalous_heat_window, rhs=0, samplers=FIG45,
    notes=FIG45_NOTE + " Q_A stays negative until t = 25-26, Q_B positive until t = 27-30.")
heom_claim(
    "fig4b.normal_heat_recovered", eq="Fig. 4(b), text Sec. IV", kind="leq",
    title=r"normal heat ($Q_A \ge 0$ for good) takes over after about one SED oscillation",
    statement=r"Q_A(t) \ge 0\ \forall t \ge t_n,\quad |t_n/\tau_\Omega - 1| \le \tfrac12",
    lhs=normal_heat_onset, rhs=Rational(1, 2), samplers=FIG45,
    notes=FIG45_NOTE + " t_n/tau_Omega = 0.80-0.82 (cutoffs 1.25-5), then the steady current flows "
                       "from A to B. At cutoff 0.5 the exchange rings longer (t_n = 1.48 "
                       "tau_Omega).")
heom_claim(
    "fig4c.concurrence_initial_max", eq="Fig. 4(c)", kind="leq",
    title=r"the concurrence takes its maximum at $t = 0$",
    statement=r"\mathcal C(t) < \mathcal C(0)\quad (t > 0)",
    lhs=concurrence_later_max, rhs=concurrence_c0, samplers=FIG45, notes=FIG45_NOTE)
heom_claim(
    "fig4c.sudden_death", eq="Fig. 4(c), text Sec. IV", kind="leq",
    title=r"entanglement sudden death: $\mathcal{C}(t) = 0$ exactly from $t_d \le \tau_\Omega$ on",
    statement=r"\mathcal C(t) = 0\ \forall t \ge t_d,\quad t_d \le \tau_\Omega",
    lhs=concurrence_death_time, rhs=TAU_OMEGA, samplers=FIG45,
    notes=FIG45_NOTE + " C first vanishes at t = 4.6-5.2 (before tau), revives for cutoffs 1.25 and "
                       "2.5 (to 0.12 and 0.02) and is zero from t_d = 4.6 (cutoff 5), 14.6 (2.5), "
                       "17.2 (1.25); at cutoff 0.5 it revives to 0.34 and dies at t = 47.8.")
heom_claim(
    "fig4d.mi_survives", eq="Fig. 4(d), text Sec. IV", kind="leq",
    title=r"the mutual information survives the concurrence: $I_{AB}(t_d) > 0$",
    statement=r"I_{AB}(t_d) > 0", lhs=0, rhs=mi_at_death, samplers=FIG45, notes=FIG45_NOTE)
heom_claim(
    "fig4d.mi_decays", eq="Fig. 4(d)", kind="leq",
    title=r"after the sudden death $I_{AB}$ decays: its half-period maxima fall for six oscillations",
    statement=r"M_{k+1} < M_k,\ M_k = \max_{t_d + k\tau_\Omega/2 \le t < t_d + (k+1)\tau_\Omega/2}"
              r"|I_{AB}(t) - I_{AB}(\infty)|,\ k < 12",
    lhs=mi_envelope_ratio, rhs=1, samplers=FIG45,
    notes=FIG45_NOTE + " The decay is oscillatory (period tau_Omega/2) under an exponential "
                       "envelope: log M_k is linear in t (R^2 recorded), falling by 10^-4 to "
                       "below 10^-5 over the twelve half periods.")
# ---------------------------------------------------------------------------- (14), (15), Appendix C

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
    title=r"$\Sigma_0$ of (14) with $+Q/T$, checked through $\Sigma_0 = \Sigma + "
          r"\Delta I_{AB}$ and (C4)",
    statement=r"\Sigma_0 = [\Delta S_A + Q_A/T_A] + [\Delta S_B + Q_B/T_B] = \Delta I_{AB} + "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA0_PRINTED, rhs=D_I + REL, samplers=ENTROPY_SAMPLERS,
    reason="With Q the energy extracted from the bath (Sec. IV and (C2)) the bath entropy changes "
           "by -Q/T, so the Clausius terms are -Q_A/T_A, -Q_B/T_B, as in (C4) and (17). With the "
           "printed +Q/T the anomalous pump cycle has Sigma_0 = Q_B (beta_B - beta_A) > 0, "
           "contradicting 'Sigma_0 is negative' (Fig. 5b; text.sigma0_negative).")
PAPER.claim(
    "eq14.corrected", eq="14", role="corrected", corrects="eq14.printed",
    title=r"$\Sigma_0 = [\Delta S_A - Q_A/T_A] + [\Delta S_B - Q_B/T_B] = \Delta I_{AB} + "
          r"S(\rho\|\ldots)$",
    statement=r"\Sigma_0 = [\Delta S_A - Q_A/T_A] + [\Delta S_B - Q_B/T_B] = \Delta I_{AB} + "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA0, rhs=D_I + REL, samplers=ENTROPY_SAMPLERS)

PAPER.claim(
    "eq15.printed", eq="15, C4", expected=FAILS, search=False,
    title=r"$\Sigma$ of (15) with $+Q/T$ equals the relative entropy of (C4)",
    statement=r"\Sigma = \Delta S_{AB} + Q_A/T_A + Q_B/T_B = "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA_PRINTED, rhs=REL, samplers=ENTROPY_SAMPLERS,
    reason="Appendix C proves Sigma >= 0 for Sigma = Delta S_s - beta_h Q_h - beta_c Q_c with "
           "Q_k = E_k(0) - E_k(t), the same convention as Sec. IV: (15) has the signs of the heat "
           "terms reversed.")
PAPER.claim(
    "eq15.corrected", eq="15, C4", role="corrected", corrects="eq15.printed",
    title=r"$\Sigma = \Delta S_{AB} - Q_A/T_A - Q_B/T_B = S(\rho(t)\|\rho_{AB}(t)\otimes"
          r"\rho_h^G\otimes\rho_c^G)$",
    statement=r"\Sigma = \Delta S_{AB} - Q_A/T_A - Q_B/T_B = "
              r"S(\rho(t)\|\rho_{AB}(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=SIGMA, rhs=REL, samplers=ENTROPY_SAMPLERS)

PAPER.claim(
    "eq15.printed_nonnegative", eq="15, text", kind="leq", expected=FAILS, search=False,
    title=r"'$\Sigma(t)$ [of (15)] is strictly positive if the baths start in equilibrium'",
    statement=r"\Delta S_{AB} + Q_A/T_A + Q_B/T_B \ge 0",
    lhs=0, rhs=SIGMA_PRINTED, samplers=ENTROPY_SAMPLERS,
    reason="With the printed signs Sigma < 0 happens, e.g. on the driven cycle from the "
           "uncorrelated Gibbs state (sample driven-P1: the drive inverts both qubits, the baths "
           "absorb the heat, Q_A, Q_B < 0 while Delta S_AB = I_0 = 0).")
PAPER.claim(
    "eq15.nonnegative", eq="15, C4", kind="leq", role="corrected",
    corrects="eq15.printed_nonnegative",
    title=r"$\Sigma = \Delta S_{AB} - Q_A/T_A - Q_B/T_B \ge 0$",
    statement=r"\Delta S_{AB} - Q_A/T_A - Q_B/T_B \ge 0", lhs=0, rhs=SIGMA,
    samplers=ENTROPY_SAMPLERS, assumptions=["baths initially Gibbs and uncorrelated (C1)"],
    notes="'strictly positive' should read non-negative: Sigma(0) = 0.")

PAPER.claim(
    "eq15.difference", eq="15, text",
    trivial="Sigma_0 and Sigma share their heat terms, which cancel in the difference",
    title=r"$\Sigma_0 - \Sigma = \Delta I_{AB}$",
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
GIBBS_H = Expm(-beta_h * Hb_h) / Tr(Expm(-beta_h * Hb_h))      # rho_h^G of (C1)
PAPER.claim(
    "C2.heat", eq="C2",
    title=r"$Q_h = -\beta_h^{-1}[\mathrm{Tr}(\rho_h^G\ln\rho_h^G) - "
          r"\mathrm{Tr}(\rho_h(t)\ln\rho_h^G)]$",
    statement=r"Q_k = \mathrm{Tr}_k(\rho_k^GH_k) - \mathrm{Tr}_k(\rho_k(t)H_k) = -\frac{1}{\beta_k}"
              r"[\mathrm{Tr}_k(\rho_k^G\ln\rho_k^G) - \mathrm{Tr}_k(\rho_k(t)\ln\rho_k^G)]",
    lhs=Tr(GIBBS_H * Hb_h) - Tr(P_h * Hb_h),
    rhs=-(Tr(GIBBS_H * Logm(GIBBS_H)) - Tr(P_h * Logm(GIBBS_H))) / beta_h, samplers=SHC_SAMPLERS,
    notes="The first line is the definition of Q_k (the heat extracted from bath k) with the "
          "baths' Gibbs states (C1); the checks of (C4) use it as Tr(rho(0) H_k) - "
          "Tr(rho(t) H_k).")
PAPER.define("C3.system_entropy", eq="C3", title="system entropy change",
             statement=r"\Delta S_s = -\mathrm{Tr}_s(\rho_s(t)\ln\rho_s(t)) + "
                       r"\mathrm{Tr}_s(\rho_s(0)\ln\rho_s(0))",
             expr=Entropy(P_s) - Entropy(rho_s0))
PAPER.claim(
    "C4.second_line", eq="C4",
    title=r"$\Sigma = -\mathrm{Tr}[\rho(t)\ln(\rho_s(t)\otimes\rho_h^G\otimes\rho_c^G)] + "
          r"\mathrm{Tr}[\rho(0)\ln\rho(0)]$",
    statement=r"\Delta S_s - \beta_hQ_h - \beta_cQ_c = -\mathrm{Tr}[\rho(t)\ln(\rho_s(t)\otimes"
              r"\rho_h^G\otimes\rho_c^G)] + \mathrm{Tr}[\rho(0)\ln\rho(0)]",
    lhs=SIGMA_C, rhs=-Tr(P_t * Logm(P_s * Gb_h * Gb_c)) + Tr(P_0 * Logm(P_0)),
    samplers=SHC_SAMPLERS, assumptions=["unitary evolution of s + h + c (S(rho(t)) = S(rho(0)))"])
PAPER.claim(
    "C4.relative_entropy", eq="C4",
    title=r"$\ldots = S(\rho(t)\|\rho_s(t)\otimes\rho_h^G\otimes\rho_c^G)$",
    statement=r"-\mathrm{Tr}[\rho(t)\ln(\rho_s(t)\otimes\rho_h^G\otimes\rho_c^G)] + "
              r"\mathrm{Tr}[\rho(0)\ln\rho(0)] = S(\rho(t)\|\rho_s(t)\otimes\rho_h^G\otimes\rho_c^G)",
    lhs=-Tr(P_t * Logm(P_s * Gb_h * Gb_c)) + Tr(P_0 * Logm(P_0)),
    rhs=RelEntropy(P_t, P_s * Gb_h * Gb_c), samplers=SHC_SAMPLERS)
PAPER.claim(
    "C4.nonnegative", eq="C4", kind="leq", title=r"$\Sigma \ge 0$",
    statement=r"\Sigma = \Delta S_s - \beta_hQ_h - \beta_cQ_c \ge 0",
    lhs=0, rhs=SIGMA_C, samplers=SHC_SAMPLERS)
heom_claim(
    "fig5b.sigma_nonnegative", eq="Fig. 5(b), 15, C4", kind="leq",
    title=r"$\Sigma(t) = \Delta S_{AB} - Q_A/T_A - Q_B/T_B > 0$ at all $t$ (correlated start)",
    statement=r"\Sigma(t) > 0\quad (t > 0)", lhs=0, rhs=sigma_min, samplers=FIG45,
    notes=FIG45_NOTE + " Signs of (C4); the baths start correlated with the qubits (thermalised), "
                       "which (C1) does not cover, yet Sigma stays positive.")
heom_claim(
    "fig5b.sigma_monotone", eq="Fig. 5(b), text Sec. IV", kind="leq",
    title=r"$\Sigma(t)$ increases monotonically after the initial oscillation ($t \ge \tau_\Omega$)",
    statement=r"\dot\Sigma(t) \ge 0\quad (t \ge \tau_\Omega)", lhs=0, rhs=sigma_min_rate,
    samplers=FIG45, notes=FIG45_NOTE + " Here Sigma never decreases, not even initially.")
heom_claim(
    "fig5b.sigma0_negative", eq="Fig. 5(b), 14, text Sec. IV", kind="leq",
    title=r"$\Sigma_0 < 0$ while the heat is anomalous ($0 < t \le \tau_\Omega/2$)",
    statement=r"\Sigma_0(t) < 0\quad (0 < t \le \tau_\Omega/2)",
    lhs=sigma0_max_anomalous, rhs=0, samplers=FIG45,
    notes=FIG45_NOTE + " Sigma_0 with the signs of (C4); with the printed +Q/T of (14) "
                       "(eq14.printed) it turns positive already before tau_Omega/2 (from t = "
                       "14.4-14.8, max 0.001-0.007 there), so this too needs the corrected signs. "
                       "'Until the normal heat is recovered' is read with "
                       "fig5b.sigma0_positive_later: Sigma_0 changes sign between tau_Omega/2 and "
                       "3 tau_Omega/2, the window of fig4b.normal_heat_recovered.")
heom_claim(
    "fig5b.sigma0_positive_later", eq="Fig. 5(b), text Sec. IV", kind="leq",
    title=r"$\Sigma_0 \ge 0$ once the steady normal heat is back ($t \ge 3\tau_\Omega/2$)",
    statement=r"\Sigma_0(t) \ge 0\quad (t \ge 3\tau_\Omega/2)",
    lhs=0, rhs=sigma0_min_late, samplers=FIG45,
    notes=FIG45_NOTE + " Sigma_0 turns positive for good at t = 26-40, within the window in which "
                       "the normal heat returns (fig4b.normal_heat_recovered), not exactly when "
                       "the cumulative Q_A does: Sigma_0 also holds Delta S_A + Delta S_B.")
heom_claim(
    "fig5b.order_of_magnitude", eq="Fig. 5, text Sec. IV", kind="leq",
    title="the entropy production with anomalous heat is ten times the normal one",
    statement=r"\bigl|\log_{10}[\Sigma_{\rm anom}(\tau_\Omega)/\Sigma_{\rm normal}"
              r"(\tau_\Omega)] - 1\bigr| \le \tfrac12",
    lhs=entropy_ratio, rhs=Rational(1, 2), samplers=FIG45,
    notes=FIG45_NOTE + " Ratio 11-14 at t = tau_Omega; the statement is about the transient: "
                       "both grow at the same steady rate later, so the ratio tends to 1 "
                       "(2.3-3.0 at t = 300).")
heom_claim(
    "fig5b.mutual_information_share", eq="Fig. 5, text Sec. IV", kind="leq",
    title=r"most of $\Sigma$ comes from the lost mutual information: $-\Delta I_{AB} \ge "
          r"\Sigma/2$ at $\tau_\Omega$",
    statement=r"-\Delta I_{AB}(\tau_\Omega) \ge \Sigma(\tau_\Omega)/2",
    lhs=Rational(1, 2), rhs=mi_share, samplers=FIG45, notes=FIG45_NOTE)
heom_claim(
    "fig5a.normal_positive", eq="Fig. 5(a)", kind="leq",
    title=r"without initial correlation $\Sigma_0(t) > 0$ and $\Sigma(t) > 0$",
    statement=r"\Sigma_0(t) > 0,\ \Sigma(t) > 0\quad (t > 0,\ \chi = 0)",
    lhs=0, rhs=normal_min_entropy_production, samplers=FIG45, notes=FIG45_NOTE)
PAPER.claim(
    "fig5a.sigma0_not_monotone", eq="Fig. 5(a), text Sec. IV", expected=UNDECIDED,
    title=r"without initial correlation $\Sigma_0$ is not monotonically increasing",
    statement=r"\dot\Sigma_0(t) < 0\ \text{for some } t\quad (\chi = 0)",
    reason="Depends on the unprinted cutoff: Sigma_0 = Sigma + I_AB decreases only when the "
           "transient correlation decays faster than Sigma grows. For cutoffs 1.25, 2.5, 5 (lam = "
           "kappa gamma/2) Sigma_0 is monotone, at cutoff 0.5 it decreases (control claim "
           "fig5a.sigma0_monotone_control shows both)." if bath_models.available() else NEEDS_EXTRA)
heom_claim(
    "fig5a.sigma0_monotone_control", eq="Fig. 5(a)", kind="leq", role="control", expected=FAILS,
    title=r"control: $\Sigma_0$ (uncorrelated start) never decreases, for which cutoffs",
    statement=r"\dot\Sigma_0(t) \ge 0\ \forall t\quad (\chi = 0)",
    lhs=0, rhs=normal_sigma0_min_rate, samplers=FIG45 + (HEOM_45[TUNED_CUTOFF],),
    reason="Holds for cutoffs 1.25, 2.5, 5 (Sigma_0 monotone) and fails at cutoff 0.5 (sample "
           "heom-g0.5), so the printed 'not monotonically increasing' (fig5a.sigma0_not_monotone) "
           "depends on the unprinted bath parameters.", notes=FIG45_NOTE)
heom_claim(
    "fig5.linear_growth", eq="Fig. 5, text Sec. IV",  kind="leq",
    title=r"once the steady heat is established $\Sigma$ grows linearly at $J_A(1/T_B - 1/T_A)$",
    statement=r"\bigl|\dot\Sigma / [J_A(\beta_B - \beta_A)] - 1\bigr| \le 10^{-2}\quad "
              r"(t \in [t_{\rm end} - 100, t_{\rm end}],\ \chi = 0)",
    lhs=late_rate_error, rhs=Rational(1, 100), samplers=FIG45,
    notes=FIG45_NOTE + " J_A the non-equilibrium steady-state current of the HEOM.")

# ============================================================================ Sec. V: the pump cycle

PAPER.claim(
    "text.cycle_closes", eq="text before (17)", role="control",
    title="collision cycle: A and B return to their Gibbs states, uncorrelated",
    statement=r"\rho_{AB}(\text{end}) = \rho_A^0\otimes\rho_B^0\ (\Delta S_A = \Delta S_B = 0,\ I = 0)",
    lhs=R_AB, rhs=G_A * G_B, samplers=CYCLES[1:],
    notes="The model of the cycle used for (16)-(18): the swaps with fresh bath qubits of the "
          "same Hamiltonians thermalise A and B exactly.")

PAPER.claim(
    "text.pump_direction", eq="text, Secs. IV-V", kind="leq",
    title=r"anomalous cycle: heat is drawn from the cold bath ($Q_B \ge 0$, $Q_A = -Q_B \le 0$)",
    statement=r"-\pi < \delta < 0,\ 0 \le t \le 2\tau: Q_B \ge 0",
    lhs=0, rhs=Q_B, samplers=(PUMP_RANDOM, PUMP_TAU, PUMP_HALF, PUMP_P2),
    notes="Q_B = Delta E_A(t) = (Delta_AB(t) - Delta_AB(0))/2 >= 0 while the SED is above its "
          "initial value.")

PAPER.claim(
    "text.pump_heat_at_tau", eq="text, Sec. V", role="control",
    title=r"decoupling at $\tau$ ($\delta = -\pi/2$) leaves B in its ground state: "
          r"$Q_B = \lambda_2 + \lambda_4$",
    statement=r"Q_B(\tau) = \lambda_2 + \lambda_4 = e^{-\beta_B/2}/Z_B",
    lhs=Q_B, rhs=lam2 + lam4, samplers=(PUMP_TAU, PUMP_P2),
    notes="Q_B is then the whole excited population of B's Gibbs state.")

I0_OPTIMUM = binary_entropy(lam1 + lam2) + binary_entropy(lam1 + lam3) - S_AB0   # I of (5)+(10)
PAPER.claim(
    "text.cop_collision", eq="text after (18)", role="control",
    title=r"the exact cycle at $\tau$: $Q_B/(T_A I_0) = (\lambda_2 + \lambda_4)/(T_A I_0)$",
    statement=r"\frac{\bar Q_B}{T_AI_0} = \frac{\lambda_2 + \lambda_4}{T_A[h(\lambda_1+\lambda_2) + "
              r"h(\lambda_1+\lambda_3) - H(\lambda_1 - \lambda_4, \lambda_2+\lambda_3+2\lambda_4)]}",
    lhs=Q_B / (T_A * I_0), rhs=(lam2 + lam4) / (T_A * I0_OPTIMUM),
    samplers=(PUMP_DM_TAU, PUMP_TAU, PUMP_P2),
    notes="h is the binary entropy, H the entropy of the spectrum of rho^0 (10). At T_A = 2, "
          "T_B = 1 the lossless cycle gives 0.2258 (the paper's HEOM value is 0.186, "
          "text.cop_value); both lie below T_B/(T_A - T_B) = 1.")

PAPER.claim(
    "text.no_work", eq="text after (16)",
    title=r"no work on the pump: $Q_A + Q_B = 0$ ($|Q_A| = |Q_B|$)",
    statement=r"Q_A + Q_B = 0", lhs=Q_A + Q_B, rhs=0, samplers=PUMPS[1:],
    assumptions=["coupling with [V, H_A + H_B] = 0; swaps with resonant bath qubits"])

PAPER.claim(
    "eq16.work", eq="16", expected=FAILS, search=False, title=r"$W = Q_A + Q_B$ over a cycle",
    statement=r"\eta_{\mathrm{COP}} = \frac{Q_B}{W} = \frac{Q_B}{Q_A + Q_B}:\ W - (Q_A + Q_B) = 0",
    lhs=WORK - (Q_A + Q_B), rhs=0, samplers=(DRIVEN, DRIVEN_FIXED, PUMP_TAU),
    reason="With Q the heat extracted from the baths, the first law over a cycle is "
           "W + Q_A + Q_B = 0, so W = -(Q_A + Q_B) and the printed eta_COP has the wrong sign "
           "(a driven cycle, sample driven-P1, has W > 0 and Q_A + Q_B = -W).")
PAPER.claim(
    "eq16.work_corrected", eq="16", role="corrected", corrects="eq16.work",
    title=r"$W = -(Q_A + Q_B)$ over a cycle, $\eta_{\rm COP} = -Q_B/(Q_A + Q_B)$",
    statement=r"W = -(Q_A + Q_B),\ \eta_{\mathrm{COP}} = \frac{Q_B}{W}",
    lhs=WORK, rhs=-(Q_A + Q_B), samplers=(DRIVEN, DRIVEN_FIXED, PUMP_TAU, PUMP_RANDOM))

PAPER.claim(
    "text.sigma0_negative", eq="14, Fig. 5b, text", kind="leq", role="control",
    title=r"with the signs of (C4), $\Sigma_0 < 0$ for the anomalous heat",
    statement=r"\Sigma_0 = \Delta S_A - Q_A/T_A + \Delta S_B - Q_B/T_B \le 0",
    lhs=SIGMA0, rhs=0, samplers=(PUMP_RANDOM, PUMP_TAU, PUMP_HALF, PUMP_P2),
    notes="On the cycle Sigma_0 = Q_B (beta_A - beta_B) <= 0 while Sigma = Sigma_0 + I_0 >= 0.")

PAPER.claim(
    "eq17.second_law", eq="17", kind="leq",
    title=r"$I_0 - \bar Q_A/T_A - \bar Q_B/T_B \ge 0$ per cycle",
    statement=r"I_0 - \frac{\bar Q_A}{T_A} - \frac{\bar Q_B}{T_B} \ge 0",
    lhs=0, rhs=I_0 - Q_A / T_A - Q_B / T_B, samplers=CYCLES[1:],
    assumptions=["Delta S_A = Delta S_B = 0 at the end of the cycle (text.cycle_closes)"],
    notes="Sigma of (C4) with Delta S_AB = I_0 - I(end); it has the signs of (C4), not of (15). "
          "Checked numerically, not proved: I_0 - Q_A/T_A - Q_B/T_B = D(R || R_AB rho_h^G "
          "rho_c^G) + I(end) - Delta S_A - Delta S_B, so a proof needs Delta S_A = Delta S_B = 0, "
          "which the samplers guarantee only jointly (initial marginals exactly Gibbs, fresh bath "
          "units with the same Hamiltonians and temperatures, SWAP collisions), not as a fact of "
          "any one setup.")

PAPER.claim(
    "eq18.cop_bound", eq="18", kind="leq",
    title=r"$T_B/(T_A - T_B) \ge \bar Q_B/(T_A I_0)$",
    statement=r"\frac{T_B}{T_A - T_B} \ge \frac{\bar Q_B}{T_AI_0}\ \Leftrightarrow\ "
              r"\bar Q_B(T_A - T_B) \le T_AT_BI_0",
    lhs=Q_B * (T_A - T_B), rhs=T_A * T_B * I_0, samplers=PUMPS,
    assumptions=["T_A > T_B, I_0 > 0", "no work: Q_A = -Q_B (text.no_work)"],
    notes="Checked multiplied by T_A I_0 (T_A - T_B) > 0. With work W the same steps give "
          "Q_B/(W + T_A I_0) <= T_B/(T_A - T_B).")

PAPER.claim(
    "text.carnot_value", eq="text after (18)",
    title=r"$\eta_{\rm COP}^{\max} = T_B/(T_A - T_B) = 1$ at $T_A = 2$, $T_B = 1$",
    statement=r"\eta_{\mathrm{COP}}^{\max} = \frac{T_B}{T_A - T_B} = 1",
    kind="value", lhs=T_B / (T_A - T_B), rhs=1, samplers=(Q_P1["dm"],))


# the qubits of (7) with arbitrary energy zero points e_A, e_B (the physics does not depend on
# them; they make V_AB (H_A + H_B) nonzero, so a commutator is told from an anticommutator)
OFFSETS = draw({Omega: uniform(0.02, 1), phi_V: PHASE, e_A: uniform(-1, 1), e_B: uniform(-1, 1),
                H_A: closed_form(H_QUBIT + e_A * sympy.eye(2), "diag(-1/2, 1/2) + e_A"),
                H_B: closed_form(H_QUBIT + e_B * sympy.eye(2), "diag(-1/2, 1/2) + e_B"),
                V: closed_form(V_MATRIX, "V_AB of (7)")}, parties=PAIR,
               text="qubits with energy offsets, V_AB of (7)")
V_SAMPLERS = (OFFSETS.sampler("Omega-phi-offsets", (2, 2), printed_dims=True),
              OFFSETS.given({Omega: printed("0.1"), phi_V: fixed(pi / 3), e_A: fixed("0.3"),
                             e_B: fixed("-0.2")}).sampler("Omega-phi-offsets-P1", (2, 2),
                                                          printed_dims=True),
              OFFSETS.given({Omega: printed("0.1"), phi_V: fixed(pi / 3), e_A: printed(0),
                             e_B: printed(0)}).sampler("Omega-phi-P1", (2, 2), printed_dims=True))
PAPER.claim(
    "text.V_commutes", eq="text, Sec. V", expected=FAILS, search=False,
    title=r"'$V_{AB}$ commutes with all components of the Hamiltonian' ($H_A$)",
    statement=r"[V_{AB}, H_A] = 0", lhs=comm(V, H_A), rhs=0, samplers=V_SAMPLERS,
    reason="[V_AB, H_A] = -Omega (e^{i phi_V}|01><10| - h.c.) != 0: V_AB exchanges energy "
           "between A and B, which is the whole effect. What the argument that follows uses is "
           "[V_AB, H_A + H_B] = 0 (text.V_commutes_corrected).")
PAPER.claim(
    "text.V_commutes_corrected", eq="text, Sec. V", role="corrected", corrects="text.V_commutes",
    title=r"$V_{AB}$ commutes with $H_A + H_B$", statement=r"[V_{AB}, H_A + H_B] = 0",
    lhs=comm(V, H_A + H_B), rhs=0, samplers=V_SAMPLERS,
    notes="With the paper's zero points (e_A = e_B = 0, sample Omega-phi-P1) both products "
          "V_AB (H_A + H_B) and (H_A + H_B) V_AB vanish, since V_AB acts on the zero-energy "
          "subspace of H_A + H_B; with offsets they are nonzero and cancel.")
PUMP_NOTE = ("HEOM pump (corrcheck.baths on QuTiP's HEOMSolver), kappa_A = 0.01, kappa_B = "
             "0.023, two cycles of tau = 6.1 coupled and tau_relax = 500 relaxing, lam = kappa "
             "gamma/2, Pade Nk = 2, depth 2; samplers: cutoff gamma = 1.25, 2.5, 5 "
             "(convergence: text.cop_value).")
heom_claim(
    "fig6.pump_direction", eq="Fig. 6, text Sec. V", kind="leq",
    title="every cycle draws heat from the cold bath and delivers it to the hot bath",
    statement=r"\bar Q_A < 0 < \bar Q_B\ \text{in each cycle}",
    lhs=pump_max_wrong_way, rhs=0, samplers=FIG6, notes=PUMP_NOTE)
heom_claim(
    "fig6.no_work", eq="Fig. 6, text Sec. V", kind="leq",
    title=r"all heat drawn from the cold bath reaches the hot bath: $|Q_A| = |Q_B|$ within 2%",
    statement=r"|\bar Q_A + \bar Q_B| \le 0.02\,\bar Q_B",
    lhs=pump_imbalance, rhs=Rational(1, 50), samplers=FIG6,
    notes=PUMP_NOTE + " |Q_A + Q_B|/Q_B = 0.3-1.1%. By the first law over a cycle that returns "
                      "the qubits and baths to equilibrium, Q_A + Q_B = <V_AB>(tau), the energy "
                      "removed by decoupling (switching on costs Tr rho^0 V_AB = 0): the same "
                      "number as text.decoupling_energy.")
heom_claim(
    "text.decoupling_energy", eq="text, Sec. V", kind="leq",
    title="the interaction energy at decoupling is negligibly small (< 2% of the pumped heat)",
    statement=r"|\langle V_{AB}\rangle(\tau)| \le 0.02\,\bar Q_B", lhs=decoupling_energy,
    rhs=Rational(1, 50), samplers=FIG6,
    notes=PUMP_NOTE + " <V_AB> is conserved without baths at delta = -pi/2 (text.switch_on_cost); "
                      "the baths make it 0.3-1.1% of Q_B at tau (Lamb shifts: it is exactly 0 in the "
                      "weak-coupling GKLS model).")
PAPER.claim(
    "fig6.kappa_tuning", eq="Fig. 6 caption", expected=UNDECIDED,
    title=r"'to eliminate the energy cost of qubit decoupling, $\kappa_B = 0.023$ is used'",
    statement=r"\kappa_B = 0.023:\ \langle V_{AB}\rangle(\tau) = 0",
    reason="Depends on the unprinted cutoff: kappa_B = 0.023 makes <V_AB>(tau) vanish (110x "
           "smaller than with kappa_B = 0.01) at cutoff gamma = 0.5, but only reduces it by 1.3x "
           "(cutoff 2.5) and 3.1x (cutoff 1.25), and increases it at cutoff 5 (control claim "
           "fig6.kappa_tuning_control)." if bath_models.available() else NEEDS_EXTRA)
heom_claim(
    "fig6.kappa_tuning_control", eq="Fig. 6 caption", kind="leq", role="control", expected=FAILS,
    title=r"control: for which cutoffs $\kappa_B = 0.023$ cuts $|\langle V_{AB}\rangle(\tau)|$ "
          r"tenfold (vs 0.01)",
    statement=r"|\langle V_{AB}\rangle(\tau)|_{\kappa_B = 0.023} \le "
              r"\tfrac{1}{10}|\langle V_{AB}\rangle(\tau)|_{\kappa_B = 0.01}",
    lhs=tuning_gain, rhs=Rational(1, 10), samplers=FIG6 + (HEOM_6[TUNED_CUTOFF],),
    reason="Holds only near cutoff 0.5 (sample heom-pump-g0.5); fails for cutoffs 1.25, 2.5, 5: the "
           "printed tuning identifies the cutoff rather than holding generally.", notes=PUMP_NOTE)
heom_claim(
    "text.cop_value", eq="text after (18)", kind="leq",
    title=r"$\bar Q_B/(T_A I_0) = 0.186$ within 10% (HEOM pump)",
    statement=r"\bigl|\bar Q_B/(T_AI_0) - 0.186\bigr| \le 0.0186",
    lhs=cop_error, rhs=Rational(186, 10000), samplers=FIG6,
    notes=PUMP_NOTE + " Q_B/(T_A I_0) = 0.183 (cutoff 2.5), 0.195 (1.25), 0.175 (5); 0.210 at cutoff "
                      "0.5. The lossless collision cycle gives 0.2258 (text.cop_collision); all "
                      "are below T_B/(T_A - T_B) = 1. " + HEOM_CONVERGENCE)
heom_claim(
    "fig6.pumped_vs_normal", eq="text, Sec. V", kind="leq",
    title="the pumped heat per cycle is of the same order of magnitude as the normal heat",
    statement=r"\bigl|\log_{10}[\bar Q_B / (J_A^{\rm normal}(\tau + \tau_{\rm relax}))]\bigr| "
              r"\le 1",
    lhs=pumped_over_normal, rhs=1, samplers=FIG6,
    notes=PUMP_NOTE + " Normal heat: the steady current with V_AB always on and no correlation, "
                      "over one period (the dashed lines of Fig. 6). The pumped heat is 0.10-0.17 "
                      "of it: the same order, barely (0.53 at cutoff 0.5).")

# ============================================================================ figures


def exact_series(TA, TB, Om, pv, pc, ts):
    """SED, concurrence and mutual information of the exact evolution, and the closed form of
    the SED (float64, for plots)."""
    env = qubit_scalars(TA, TB, Om, pv, pc)
    h = np.diag([-0.5, 0.5]).astype(complex)
    d = np.kron(h, np.eye(2)) - np.kron(np.eye(2), h)
    flow = numeric.UnitaryFlow(np.kron(h, np.eye(2)) + np.kron(np.eye(2), h) + numbers(V_MATRIX, **env))
    r0 = numbers(RHO0_MATRIX, **env)
    states = [flow.evolve(r0, x) for x in ts]
    sed = np.array([float(np.real(np.trace(d @ r))) for r in states])
    conc = np.array([float(numeric.concurrence(r)) for r in states])
    info = np.array([float(numeric.mutual_information(r, (2, 2))) for r in states])
    closed = np.array([numbers(SED_REGULAR, t=float(x), **env) for x in ts])
    return sed, conc, info, closed, env


STYLES = {"d0": ("k", ":", r"$\delta = 0$"), "dp": ("tab:blue", "--", r"$\delta = \pi/2$"),
          "dm": ("tab:red", "-", r"$\delta = -\pi/2$")}
UNITS_T, UNITS_E = r"$t$ (units of $1/\omega$)", r"(units of $\hbar\omega$)"
def _legend_below(ax, ncol=3):
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=ncol, frameon=False, fontsize=8)


def draw_fig1(path):
    from corrcheck import figures  # matplotlib only when drawing
    ts = np.linspace(0, 2 * math.pi / 0.1, 401)
    fig, axes = figures.figure(1, 3, 15.0, 4.6)
    for key in ("d0", "dp", "dm"):
        pv, pc = 0.0, -float(sympy.N(DELTAS[key][1].value))
        sed, conc, info, closed, env = exact_series(2, 1, 0.1, pv, pc, ts)
        color, ls, label = STYLES[key]
        axes[0][0].plot(ts, sed, color=color, ls=ls, label=label)
        axes[0][0].plot(ts[::20], closed[::20], "o", color=color, ms=3, mfc="none")
        axes[0][1].plot(ts, conc, color=color, ls=ls, label=label)
        axes[0][2].plot(ts, info, color=color, ls=ls, label=label)
        if key == "dm":
            for ax in axes[0]:
                ax.axvline(numbers(TAU, **env), color="gray", lw=0.6)
    for ax, title, ylabel in zip(axes[0], ("(a) energy difference (circles: eq. 12)",
                                           "(b) concurrence", "(c) mutual information"),
                                 (r"$\Delta_{AB} = E_A - E_B$ " + UNITS_E,
                                  r"concurrence $\mathcal{C}$ (dimensionless)",
                                  r"mutual information $I_{AB}$ (nats)")):
        ax.set_xlabel(UNITS_T)
        ax.set_ylabel(ylabel)
        ax.set_title(title + r" (gray: $\tau$)", fontsize=10)
        _legend_below(ax)
    fig.tight_layout()
    figures.save(fig, path)


def draw_fig2(path):
    from corrcheck import figures
    ts = np.linspace(0, 2 * math.pi / 0.1, 401)
    fig, axes = figures.figure(1, 2, 11.0, 4.6)
    for ax, key, title in ((axes[0][0], "d0", r"(a) normal, $\delta = 0$"),
                           (axes[0][1], "dm", r"(b) anomalous, $\delta = -\pi/2$")):
        pc = -float(sympy.N(DELTAS[key][1].value))
        for (TA, TB), color, ls in (((1.5, 1.5), "k", ":"), ((2.0, 1.0), "tab:red", "-"),
                                    ((1.0, 2.0), "tab:blue", "--")):
            sed, _, _, closed, _ = exact_series(TA, TB, 0.1, 0.0, pc, ts)
            ax.plot(ts, sed, color=color, ls=ls, label=f"$T_A = {TA}$, $T_B = {TB}$")
            ax.plot(ts[::20], closed[::20], "o", color=color, ms=3, mfc="none")
        ax.set_xlabel(UNITS_T)
        ax.set_ylabel(r"$\Delta_{AB} = E_A - E_B$ " + UNITS_E)
        ax.set_title(title + " (circles: eq. 12)", fontsize=10)
        _legend_below(ax)
    fig.tight_layout()
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

def _baseline(pump=False):
    """The model parameters of the baseline sample (cutoff 2.5), as the evaluators pass them (one
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


def draw_fig4(path):
    if not bath_models.available():
        return _needs_extra(path)
    from corrcheck import figures
    r, g = heom_fig45(**_baseline()), heom_fig45(**{**_baseline(), "model": "gkls"})
    t, a, b = r["times"], r["anom"], g["anom"]
    keep = t <= 150
    sed0, conc0, info0, _, env = exact_series(2, 1, 0.1, 0.0, math.pi / 2, t[keep])
    tau = float(numbers(TAU, **env))
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
        _legend_below(ax, ncol=4 if ax is q else 3)
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
              "= 2.5, lam = kappa gamma/2, Pade Nk = 2, depth 2 (QuTiP HEOMSolver generator); "
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
    "(c) C(0) is the maximum and C = 0 from t = 14.6 on; (d) I_AB survives the concurrence and "
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
    "steady-state heat (dashed). We get (same model as Fig. 4): per cycle Q_B = 0.220 drawn "
    "from B and -Q_A = 0.222 delivered to A (|Q_A + Q_B|/Q_B = 0.7%, the decoupling work), "
    "mostly during rethermalisation; Q_B/(T_A I_0) = 0.183 (paper 0.186); the normal steady "
    "heat over a period (dashed, the two coincide) is 1.9, 8.5 times the pumped heat.", draw_fig6)

# ============================================================================ Errata
# One entry per distinct error (the list to send to the authors), then the convention note.

PAPER.erratum(
    "eq2_nonunitary", kind="overstatement", impact="cosmetic", where="text after (2)",
    printed=r"\text{Eq. (2) is valid for any type of evolution, unitary or nonunitary}",
    corrected=r"(\beta_A - \beta_B)\Delta E_A = S(\rho_A\|\rho_A^0) + S(\rho_B\|\rho_B^0) + "
              r"\Delta I_{AB} + \Delta S_{AB}\ \text{(}\Delta S_{AB} = 0\text{ for unitary "
              r"evolution)}",
    evidence="(2) uses Delta S_AB = 0; a non-unitary energy-conserving channel (half evolved, half "
             "not, at T_A = 2, T_B = 1) misses Delta S_AB > 0; the paper applies (2) only to "
             "isolated (unitary) systems",
    claims=["text.eq2_any_evolution"])
PAPER.erratum(
    "fig7_caption", kind="factor", impact="cosmetic", where="Fig. 7 caption",
    printed=r"\text{the vertical edge corresponds to the square of maximum concurrence, }"
            r"\mathcal{C}_0^2",
    corrected=r"\text{the vertical edge } \chi_{11} = -\lambda_4 \text{ reaches } |\chi_{23}|^2 = "
              r"\lambda_4 = (\mathcal{C}_0/2)^2",
    evidence="on the edge C = 2|chi_23| (A3), so y = |chi_23|^2 = C^2/4: the top is lambda_4 = "
             "0.1015, not C_0^2 = 0.4061, at T_A = 2, T_B = 1",
    claims=["fig7.caption_edge"])
PAPER.erratum(
    "rho11", kind="symbol", impact="cosmetic", where="Appendix B, before (B1)",
    printed=r"\rho_{11}(t) = \lambda_1 - \lambda_2",
    corrected=r"\rho_{11}(t) = \lambda_1 + \chi_{11} = \lambda_1 - \lambda_4",
    evidence="rho_11 is constant and equals lambda_1 + chi_11 with chi_11 = -lambda_4 of (10): "
             "0.3535, not 0.2876, at T_A = 2, T_B = 1",
    claims=["B.rho11"])
PAPER.erratum(
    "B1_conservation", kind="symbol", impact="cosmetic", where="Appendix B, after (B1)",
    printed=r"e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23}^* = 0",
    corrected=r"e^{i\phi_V}\dot\rho_{32} + e^{-i\phi_V}\dot\rho_{23} = 0\ "
              r"(\mathrm{Re}\,e^{-i\phi_V}\rho_{23}\ \text{conserved})",
    evidence="with rho_23* = rho_32 the printed sum is 2 cos(phi_V) d rho_32/dt, nonzero for "
             "phi_V = 0 (the XY coupling) whenever rho_22 != rho_33",
    claims=["B1.coherence"])
PAPER.erratum(
    "B2c_sign", kind="sign", impact="cosmetic", where="(B2c)",
    printed=r"\rho_{23}(t) = \tfrac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
            r"\mathcal{C}_0\cos 2\Omega t - \Delta_{AB}(0)\sin 2\Omega t\}]",
    corrected=r"\rho_{23}(t) = \tfrac{e^{i\phi_V}}{2}[\mathcal{C}_0\cos\delta - i\{\sin\delta\,"
              r"\mathcal{C}_0\cos 2\Omega t + \Delta_{AB}(0)\sin 2\Omega t\}]",
    evidence="the printed rho_23 leaves -2 Omega e^{i phi_V} Delta_AB(0) cos 2 Omega t in (B1b) "
             "and differs from the exact evolution (Im rho_23 = 0.1987, printed 0.2719 at T_A = 2, "
             "T_B = 1, delta = -pi/2, t = 4); (B2a), (B2b) and (12) are right",
    claims=["B2.printed_solves_B1", "B2c.rho23"])
PAPER.erratum(
    "B3_signs", kind="sign", impact="cosmetic", where="(B3)",
    printed=r"E_{A/B}(t) = \tfrac12[\lambda_1 - \lambda_4 \mp \Delta_{AB}(0)\cos 2\Omega t \mp "
            r"\sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
    corrected=r"E_{A/B}(t) = \tfrac12[\lambda_4 - \lambda_1 \pm \Delta_{AB}(0)\cos 2\Omega t \mp "
              r"\sin\delta\,\mathcal{C}_0\sin 2\Omega t]",
    evidence="the printed E_A - E_B is -Delta_AB(0) at t = 0 and does not give (12); with |0> the "
             "ground state E_A(0) = -0.1225 (the Gibbs energy), printed +0.1225 at T_A = 2, T_B = 1",
    claims=["B3.E_A", "B3.E_B"])
if bath_models.available():   # the two findings on the HEOM model need the extra corrcheck[heom]
    PAPER.erratum(
        "fig4a_tau", kind="symbol", impact="cosmetic", where="Sec. IV, text on Fig. 4(a)",
        printed=r"\text{a sharp peak in the SED near } t = \tau_\Omega = \pi/\Omega",
        corrected=r"\text{a sharp peak in the SED near } t = \tau = |\theta|/(2\Omega)",
        evidence="with Drude-Lorentz baths (HEOM) the SED's first maximum is at t = 5.6-6.2, by tau = "
                 "7.01 (and the pump's decoupling time 6.1), not at tau_Omega = 31.4",
        claims=["fig4a.sed_peak_printed"])
    PAPER.erratum(
        "fig4b_caption", kind="symbol", impact="cosmetic", where="Fig. 4(b) caption",
        printed=r"\text{heat is initially extracted from bath A and delivered to bath B against the "
                r"gradient}",
        corrected=r"\text{heat is initially extracted from bath B and delivered to bath A against the "
                  r"gradient } (Q_A < 0 < Q_B)",
        evidence="HEOM: Q_A = -0.096 < 0 < Q_B = 0.064 at t = tau_Omega/2; the text of Sec. IV says "
                 "so, and heat from A (T_A = 2) to B (T_B = 1) would follow the gradient",
        claims=["fig4b.caption_heat_direction"])
PAPER.erratum(
    "heat_sign", kind="sign", impact="result", where="text before (14), (14), (15)",
    printed=r"\Sigma_0 = [\Delta S_A + Q_A/T_A] + [\Delta S_B + Q_B/T_B],\quad "
            r"\Sigma = \Delta S_{AB} + Q_A/T_A + Q_B/T_B",
    corrected=r"\Sigma_0 = [\Delta S_A - Q_A/T_A] + [\Delta S_B - Q_B/T_B],\quad "
              r"\Sigma = \Delta S_{AB} - Q_A/T_A - Q_B/T_B",
    evidence="Q_k is the heat extracted from bath k (Sec. IV, (C2)), so the bath entropy changes "
             "by -Q_k/T_k, as (C4) and (17) use; with the printed signs Sigma < 0 on a driven cycle "
             "and Sigma_0 > 0 for the anomalous heat, the opposite of the paper's conclusions",
    claims=["eq14.printed", "eq15.printed", "eq15.printed_nonnegative"])
PAPER.erratum(
    "V_commutes", kind="overstatement", impact="cosmetic", where="Sec. V",
    printed=r"V_{AB}\ \text{commutes with all components of the Hamiltonian (but the bath "
            r"couplings)}",
    corrected=r"[V_{AB}, H_A + H_B] = 0,\ \text{while}\ [V_{AB}, H_A] \ne 0",
    evidence="[V_AB, H_A] = -Omega(e^{i phi_V}|01><10| - h.c.); the argument that <V_AB> is "
             "conserved needs only [V_AB, H_A + H_B] = 0, which holds",
    claims=["text.V_commutes"])
PAPER.erratum(
    "cop_work_sign", kind="sign", impact="cosmetic", where="(16)",
    printed=r"\eta_{\mathrm{COP}} = \frac{Q_B}{W} = \frac{Q_B}{Q_A + Q_B}",
    corrected=r"\eta_{\mathrm{COP}} = \frac{Q_B}{W} = -\frac{Q_B}{Q_A + Q_B}",
    evidence="the first law over a cycle with Q extracted from the baths is W + Q_A + Q_B = 0 "
             "(a driven cycle has W > 0 and Q_A + Q_B = -W); for the paper's pump W = 0 either way",
    claims=["eq16.work"])

PAPER.note(
    "sigma_z", where="Sec. III, (5)-(6)",
    text="The paper writes H_A = H_B = (omega/2) sigma_z and calls |0> the ground state; with the "
         "textbook sigma_z = |0><0| - |1><1| these clash. The printed lambdas (6) and the text "
         "fix the reading sigma_z = |1><1| - |0><0| (|0> ground), used throughout; with the "
         "textbook sigma_z the Gibbs product is diag(lambda_4, ..., lambda_1), not (5).",
    claims=["eq6.lambdas", "eq6.sigma_z_repository"])
