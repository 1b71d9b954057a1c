"""Pyhäranta, Alipour, Rezakhani, Ala-Nissila,
"Correlation-enabled energy exchange in quantum systems without external driving" (2021).
Claims in the order of the paper: the GKLS model (1)-(6), the energy split (7)-(10), the
adjoint (11) and the conditions (i), (ii) for local-energy conservation, the theorem, the
thermalizing example (12)-(17), the remark, and Appendix A, (A1)-(A4).  The errata found are
listed at the end.

Every setup comes from :mod:`corrcheck.setups`.  The theorem is tested on generators whose
jump operators do not commute with H: a d-level party whose level 0 has the mean energy (and
the mean coupling) of a superposition psi of levels 1 and 2 may jump |psi><0| without changing
its energy for any state (:func:`conserving_party`).

Hand-written evaluators are used only for what the claim language cannot say: propagating the
full GKLS equation (``exp(L t)`` at the working precision, :func:`numeric.propagate`), its
exact long-time limit (the unique steady state, :func:`numeric.steady_state`), the positivity
interval of c (:func:`numeric.positivity.psd_interval`) and the kernel of L#_A + L#_B (a
Hermitian eigendecomposition, :func:`a4_split`).  Quantities read off a propagated state (U_A,
U_B, chi, Delta U_chi) are expressions of the language evaluated on it.
"""
import dataclasses

import mpmath as mp
import numpy as np
import sympy
from sympy import Abs, I, Rational, Symbol, exp

from corrcheck import figures, numeric
from corrcheck.claim import FAILS, Paper, Precondition, Premise
from corrcheck.evaluate import Evaluator
from corrcheck.numeric.linalg import matmul
from corrcheck.numeric.positivity import psd_interval
from corrcheck.setups import (Bipartite, bounded_hermitian, closed_form, copy_of, correlated_state,
                              density, draw, energy_conserving, fixed, gibbs_state, gkls,
                              hermitian, kron, ketbra, operator, pauli, positive, printed, real,
                              thermal_gkls, uniform)
from corrcheck.symbolic.expr import (Dissipator, DissipatorAdj, Dt, Expm, HSNorm, Mat, Op, Tr,
                                     comm, ptr)

PAPER = Paper(
    "pyharanta2022",
    title="Correlation-enabled energy exchange in quantum systems without external driving",
    reference="T. Pyhäranta, S. Alipour, A. T. Rezakhani and T. Ala-Nissila, "
              "\"Correlation-enabled energy exchange in quantum systems without external "
              "driving\" (preprint dated November 2, 2021)",
    conventions="hbar = 1; parties A (x) B in kron order; a product of operators on different "
                "parties is their tensor product and a scalar added to an operator is that "
                "multiple of the identity. Dynamics (1): d rho/dt = -i[H, rho] + L_A[rho] + "
                "L_B[rho] with L_X[.] = sum_k g_k (L_k . L_k^dag - {L_k^dag L_k, .}/2), jumps L_k "
                "on X alone; L#_X is the Hilbert-Schmidt adjoint (11). Differentials d are rates "
                "d/dt along the exact GKLS flow (forward mode, no finite differences). "
                "alpha_B = 1 - alpha_A with alpha_A any real number. Example basis: computational "
                "basis |0>, |1> with sigma_z = |0><0| - |1><1| = diag(1, -1), so |0> is the upper "
                "level of omega sigma_z (omega >= 0) and L_10 = |1><0| is the decay, at rate "
                "e^{beta omega} > e^{-beta omega}. Energies (omega, g, 1/beta) are in one unit "
                "epsilon, times in hbar/epsilon. Random samplers: Hilbert-Schmidt states, GUE "
                "Hamiltonians, Ginibre jump operators with positive rates; dimensions 2x2, 2x3 "
                "and, for the theorem, 3x2 and 3x3.",
)

# ============================================================================ symbols

AB = Bipartite.named("A", "B", H_int="V")
rho, rho_A, rho_B, H_A, H_B, V = AB.rho, AB.rho_a, AB.rho_b, AB.H_a, AB.H_b, AB.H_int
H, chi = AB.H, AB.chi
X = Op("X", ("A", "B"), "operator")       # a test operator for the adjoint (11)
O_A, O_B = Op("O_A", ("A",), "hermitian"), Op("O_B", ("B",), "hermitian")
alpha_A = Symbol("alpha_A", real=True)
alpha_B = 1 - alpha_A
beta_A, beta_B = Symbol("beta_A", real=True), Symbol("beta_B", real=True)
omega_A, omega_B = Symbol("omega_A", real=True), Symbol("omega_B", real=True)
g, c, t, u = (Symbol(n, real=True) for n in ("g", "c", "t", "u"))
L_A1, L_A2 = Op("L_A1", ("A",), "operator"), Op("L_A2", ("A",), "operator")
L_B1, L_B2 = Op("L_B1", ("B",), "operator"), Op("L_B2", ("B",), "operator")
r_A1, r_A2, r_B1, r_B2 = (Symbol(n, positive=True) for n in ("r_A1", "r_A2", "r_B1", "r_B2"))

SX, SY, SZ, ID2 = pauli("x"), pauli("y"), pauli("z"), pauli("i")
LOWER, RAISE = ketbra(1, 0), ketbra(0, 1)   # L_10 = |1><0| (decay: |0> is the upper level), L_01
SZSZ = kron(SZ, SZ)
FLIP_FLOP = (kron(SX, SX) + kron(SY, SY)) / 2
G_2x2 = sympy.Matrix([[2, 1 + I, 0, 1], [1, 1, I, 0], [0, -I, 1, 1], [1, 0, 1 - I, 3]])
G_3x2 = sympy.Matrix([[2, 1, 0, I, 0, 1], [0, 1, 1, 0, -I, 0], [1, 0, 2, 1, 0, I],
                      [0, I, 0, 1, 1, 0], [1, 0, -1, 0, 2, 1], [0, 1, 0, I, 0, 1]])
STATE_2x2 = (G_2x2 * G_2x2.H / (G_2x2 * G_2x2.H).trace()).expand()  # full rank, coherent
STATE_3x2 = (G_3x2 * G_3x2.H / (G_3x2 * G_3x2.H).trace()).expand()

GKLS = {rho: -I * comm(H, rho) + Dissipator(rho, "A") + Dissipator(rho, "B")}


def generator(x):
    """The right side of (1) applied to x."""
    return -I * comm(H, x) + Dissipator(x, "A") + Dissipator(x, "B")


def effective(v_op):
    """(H^_A, H^_B, V^) of eqs. (5)-(6) for the interaction ``v_op`` and the state rho."""
    e = Tr(rho_A * rho_B * v_op)
    ha = H_A + ptr(v_op * rho_B, "B") - alpha_A * e
    hb = H_B + ptr(v_op * rho_A, "A") - alpha_B * e
    vh = v_op - ptr(v_op * rho_A, "A") - ptr(v_op * rho_B, "B") + e
    return ha, hb, vh


# ============================================================================ the GKLS model (1)-(3)

# any state, Hamiltonians and coupling; two jump operators per party at their own rates
RANDOM_GKLS = draw({rho: density(), H_A: hermitian(), H_B: hermitian(), V: hermitian(),
                    X: operator(), alpha_A: real(scale=2), L_A1: operator(), L_A2: operator(),
                    L_B1: operator(), L_B2: operator(), r_A1: positive(), r_A2: positive(),
                    r_B1: positive(), r_B2: positive()},
                   text="state, Hamiltonians, coupling and jumps") + gkls(
    "A", [(L_A1, r_A1), (L_A2, r_A2)]) + gkls("B", [(L_B1, r_B1), (L_B2, r_B2)])
GENERAL = RANDOM_GKLS.samplers("gkls", ((2, 2), (2, 3))) + (RANDOM_GKLS.given({
    rho: fixed(STATE_2x2, state_dims=(2, 2)), H_A: fixed(SZ), H_B: fixed((SX + SZ) / 2),
    V: fixed(kron(SX, SX) + kron(SY, SZ) / 2), alpha_A: fixed("0.3"),
    X: fixed([[1, 2 * I, 0, 1], [0, -1, 1, 0], [I, 0, 2, -I], [1, 1, 0, 0]]),
    L_A1: fixed(LOWER), L_A2: fixed(RAISE), L_B1: fixed(sympy.diag(1, -2)),
    L_B2: fixed([[0, 1], [0, Rational(1, 2)]]), r_A1: fixed(2), r_A2: fixed("0.5"),
    r_B1: fixed(Rational(1, 3)), r_B2: fixed("1.5")}).sampler("gkls-fixed-2x2", (2, 2)),)

PAPER.define("eq1.gkls", eq="1", title="GKLS dynamics of the bipartite system",
             statement=r"\dot\varrho = -i[H,\varrho] + \mathcal{L}_A[\varrho] + \mathcal{L}_B[\varrho],"
                       r"\quad H = H_A + H_B + V",
             expr=GKLS[rho])
PAPER.define("eq2.dissipator", eq="2", title="local Lindblad dissipators",
             statement=r"\mathcal{L}_{A,B}[\circ] = \sum_\mu \left(L_\mu \circ L_\mu^\dagger - "
                       r"\tfrac12\{\circ, L_\mu^\dagger L_\mu\}\right)",
             notes="Evaluated with the sample's jump operators and rates on one party "
                   "(`Dissipator(X, party)`); the dimension-free prover expands it with generic "
                   "jump operators, which proves an identity for any number of jumps and rates.")
PAPER.define("eq3.chi", eq="3", title=r"correlation operator $\chi$",
             statement=r"\varrho = \varrho_A\otimes\varrho_B + \chi", expr=chi)
PAPER.claim("eq3.ptr_A_chi", eq="3", title=r"$\chi$ has vanishing partial trace over A",
            statement=r"\mathrm{Tr}_A[\chi] = 0", lhs=ptr(chi, "A"), rhs=0, samplers=GENERAL)
PAPER.claim("eq3.ptr_B_chi", eq="3", title=r"$\chi$ has vanishing partial trace over B",
            statement=r"\mathrm{Tr}_B[\chi] = 0", lhs=ptr(chi, "B"), rhs=0, samplers=GENERAL)

# ============================================================================ eqs. (4)-(6)

Hh_A, Hh_B, Vh = effective(V)
PAPER.claim("eq4.reduced_A", eq="4", title="reduced dynamics of A",
            statement=r"\dot\varrho_A = -i[\hat H_A,\varrho_A] + \mathcal{L}_A[\varrho_A] - "
                      r"i\,\mathrm{Tr}_B[[V,\chi]]",
            lhs=Dt(rho_A), rhs=-I * comm(Hh_A, rho_A) + Dissipator(rho_A, "A")
            - I * ptr(comm(V, chi), "B"), samplers=GENERAL, dynamics=GKLS,
            assumptions=["GKLS dynamics (1) with dissipators acting on one party each"])
PAPER.claim("eq4.reduced_B", eq="4", title="reduced dynamics of B",
            statement=r"\dot\varrho_B = -i[\hat H_B,\varrho_B] + \mathcal{L}_B[\varrho_B] - "
                      r"i\,\mathrm{Tr}_A[[V,\chi]]",
            lhs=Dt(rho_B), rhs=-I * comm(Hh_B, rho_B) + Dissipator(rho_B, "B")
            - I * ptr(comm(V, chi), "A"), samplers=GENERAL, dynamics=GKLS,
            assumptions=["GKLS dynamics (1) with dissipators acting on one party each"])
PAPER.define("eq5.H_hat_A", eq="5", title=r"effective local Hamiltonian $\hat H_A$",
             statement=r"\hat H_A = H_A + \mathrm{Tr}_B[V\varrho_B] - \alpha_A\,"
                       r"\mathrm{Tr}[V\varrho_A\otimes\varrho_B]\,\mathbb{I}", expr=Hh_A,
             notes="Printed with the OCR-garbled subscript `Tr_{B,A}[V_{Q_{B,A}}]`, read as "
                   "Tr_B[V rho_B] (for A) and Tr_A[V rho_A] (for B).")
PAPER.define("eq5.H_hat_B", eq="5", title=r"effective local Hamiltonian $\hat H_B$",
             statement=r"\hat H_B = H_B + \mathrm{Tr}_A[V\varrho_A] - \alpha_B\,"
                       r"\mathrm{Tr}[V\varrho_A\otimes\varrho_B]\,\mathbb{I},\ \alpha_A+\alpha_B=1",
             expr=Hh_B)
PAPER.define("eq6.V_hat", eq="6", title=r"effective interaction $\hat V$",
             statement=r"\hat V = V - \mathrm{Tr}_A[V\varrho_A] - \mathrm{Tr}_B[V\varrho_B] + "
                       r"\mathrm{Tr}[V\varrho_A\otimes\varrho_B]\,\mathbb{I}", expr=Vh)
PAPER.claim("eq6.H_split", eq="6", title=r"$H = \hat H_A + \hat H_B + \hat V$",
            trivial="the mean-field terms added to H_A, H_B are subtracted from V by (6)",
            statement=r"H = \hat H_A + \hat H_B + \hat V", lhs=Hh_A + Hh_B + Vh, rhs=H,
            samplers=GENERAL, assumptions=["alpha_A + alpha_B = 1"])

# ============================================================================ eqs. (7)-(10): energy split

U = Tr(rho * H)
U_loc = PAPER.define("eq7.U_loc", eq="7", title=r"local energy $U_\otimes$",
                     statement=r"U_\otimes \equiv \mathrm{Tr}[\varrho_A\otimes\varrho_B H]",
                     expr=Tr(rho_A * rho_B * H))
U_A, U_B = Tr(rho_A * Hh_A), Tr(rho_B * Hh_B)
PAPER.claim("eq7.U_loc_split", eq="7", title=r"the local energy is $U_A + U_B$",
            statement=r"\mathrm{Tr}[\varrho_A\otimes\varrho_B H] = \mathrm{Tr}[\varrho_A\hat H_A] + "
                      r"\mathrm{Tr}[\varrho_B\hat H_B]",
            lhs=U_loc, rhs=U_A + U_B, samplers=GENERAL, assumptions=["alpha_A + alpha_B = 1"])
U_chi = PAPER.define("eq8.U_chi", eq="8", title=r"correlation energy $U_\chi$",
                     statement=r"U_\chi = U - U_\otimes", expr=U - U_loc)
PAPER.claim("eq8.U_chi_H", eq="8", title=r"the correlation energy is $\mathrm{Tr}[\chi H]$",
            trivial="linearity of the trace and the definition of chi",
            statement=r"U - U_\otimes = \mathrm{Tr}[(\varrho - \varrho_A\otimes\varrho_B)H] = "
                      r"\mathrm{Tr}[\chi H]", lhs=U_chi, rhs=Tr(chi * H), samplers=GENERAL)
PAPER.claim("eq8.U_chi_V", eq="8", title=r"the correlation energy is $\mathrm{Tr}[\chi V]$",
            statement=r"\mathrm{Tr}[\chi H] = \mathrm{Tr}[\chi V]", lhs=Tr(chi * H),
            rhs=Tr(chi * V), samplers=GENERAL,
            assumptions=["vanishing partial traces of chi (3)"])
PAPER.claim("fig1.rho_V_hat", eq="Fig. 1 caption",
            title=r"$\mathrm{Tr}[\varrho\hat V] = \mathrm{Tr}[\chi\hat V]$",
            statement=r"\mathrm{Tr}[\varrho\hat V] = \mathrm{Tr}[\chi\hat V]",
            lhs=Tr(rho * Vh), rhs=Tr(chi * Vh), samplers=GENERAL,
            notes="Tr[rho_A rho_B V^] = E - E - E + E = 0 with E = Tr[V rho_A rho_B].")
PAPER.claim("fig1.chi_V_hat", eq="Fig. 1 caption",
            title=r"$\mathrm{Tr}[\chi\hat V] = \mathrm{Tr}[\chi V]$",
            statement=r"\mathrm{Tr}[\chi\hat V] = \mathrm{Tr}[\chi V]",
            lhs=Tr(chi * Vh), rhs=Tr(chi * V), samplers=GENERAL)
PAPER.claim("text.dU_split", eq="text before (9)",
            title=r"$dU = \mathrm{Tr}[d\varrho\, H] = dU_\otimes + dU_\chi$",
            trivial="the product rule with H constant, and U = U_loc + U_chi by definition",
            statement=r"dU = \mathrm{Tr}[d\varrho\, H] = dU_\otimes + dU_\chi",
            lhs=Tr(Dt(rho) * H), rhs=Dt(U_loc) + Dt(U_chi), samplers=GENERAL, dynamics=GKLS,
            assumptions=["H time-independent"])
PAPER.claim("eq9.dU_loc", eq="9", title="change of the local energy",
            statement=r"dU_\otimes = \mathrm{Tr}[d(\varrho_A\otimes\varrho_B)H] = "
                      r"\mathrm{Tr}[d\varrho_A\hat H_A] + \mathrm{Tr}[d\varrho_B\hat H_B]",
            lhs=Dt(U_loc), rhs=Tr(Dt(rho_A) * Hh_A) + Tr(Dt(rho_B) * Hh_B), samplers=GENERAL,
            dynamics=GKLS, assumptions=["H time-independent", "alpha_A + alpha_B = 1"])
PAPER.claim("eq9.termwise", eq="9",
            title=r"control: $dU_A$ alone is not $\mathrm{Tr}[d\varrho_A\hat H_A]$",
            statement=r"d\,\mathrm{Tr}[\varrho_A\hat H_A] \ne \mathrm{Tr}[d\varrho_A\hat H_A]",
            lhs=Dt(U_A), rhs=Tr(Dt(rho_A) * Hh_A), samplers=GENERAL, dynamics=GKLS,
            expected=FAILS, search=False, role="control",
            reason="H^_A depends on the state (through rho_B and alpha_A Tr[V rho_A rho_B]), so "
                   "dU_A = Tr[d rho_A H^_A] + Tr[rho_A dH^_A]; the extra terms cancel only in the "
                   "sum dU_A + dU_B (eq9.dU_loc). The first line of (A1), dU_A + dU_B = "
                   "Tr[d rho_A H^_A] + Tr[d rho_B H^_B], is right as a sum, not term by term.")
PAPER.claim("eq10.dU_chi", eq="10", title="change of the correlation energy",
            statement=r"dU_\chi = \mathrm{Tr}[V\,d\chi]", lhs=Dt(U_chi), rhs=Tr(V * Dt(chi)),
            samplers=GENERAL, dynamics=GKLS)

# ============================================================================ eq. (11) and the text before it

PAPER.define("eq11.adjoint", eq="11", title="Hilbert-Schmidt adjoint of the dissipators",
             statement=r"\mathcal{L}^\#[\circ] = \sum_\mu L_\mu^\dagger\circ L_\mu - "
                       r"\tfrac12\{\circ, L_\mu^\dagger L_\mu\}",
             notes="Declared as `DissipatorAdj(X, party)`; the claims below check that it is the "
                   "adjoint. The printed sum lacks brackets around both terms (typography).")
PAPER.claim("eq11.adjoint_A", eq="11",
            title=r"$\mathcal{L}^\#_A$ is the Hilbert-Schmidt adjoint of $\mathcal{L}_A$",
            statement=r"\mathrm{Tr}[X\,\mathcal{L}_A[\varrho]] = \mathrm{Tr}[\mathcal{L}^\#_A[X]\varrho]",
            lhs=Tr(X * Dissipator(rho, "A")), rhs=Tr(DissipatorAdj(X, "A") * rho),
            samplers=GENERAL, notes="X is a random non-Hermitian operator on A (x) B.")
PAPER.claim("eq11.adjoint_B", eq="11",
            title=r"$\mathcal{L}^\#_B$ is the Hilbert-Schmidt adjoint of $\mathcal{L}_B$",
            statement=r"\mathrm{Tr}[X\,\mathcal{L}_B[\varrho]] = \mathrm{Tr}[\mathcal{L}^\#_B[X]\varrho]",
            lhs=Tr(X * Dissipator(rho, "B")), rhs=Tr(DissipatorAdj(X, "B") * rho),
            samplers=GENERAL)
PAPER.claim("text.cyclic_A", eq="text before (11)",
            title=r"$\mathrm{Tr}[\hat H_A[V,\chi]] = \mathrm{Tr}[[\hat H_A, V]\chi]$",
            statement=r"\mathrm{Tr}[\hat H_A[V,\chi]] = \mathrm{Tr}[[\hat H_A, V]\chi]",
            lhs=Tr(Hh_A * comm(V, chi)), rhs=Tr(comm(Hh_A, V) * chi), samplers=GENERAL)
PAPER.claim("text.local_adjoint_A", eq="text before (11)",
            title=r"$\mathrm{Tr}_A[\hat H_A\mathcal{L}_A[\varrho_A]] = "
                  r"\mathrm{Tr}_A[\mathcal{L}^\#_A[\hat H_A]\varrho_A]$",
            statement=r"\mathrm{Tr}_A[\hat H_A\mathcal{L}_A[\varrho_A]] = "
                      r"\mathrm{Tr}_A[\mathcal{L}^\#_A[\hat H_A]\varrho_A]",
            lhs=Tr(Hh_A * Dissipator(rho_A, "A")), rhs=Tr(DissipatorAdj(Hh_A, "A") * rho_A),
            samplers=GENERAL)

# ============================================================================ condition (i) = (A3)

A3_LHS = comm(Hh_A + Hh_B, V)
V_prod = O_A * O_B
Hp_A, Hp_B, _ = effective(V_prod)
PRODUCT_V = draw({rho: density(), H_A: hermitian(), H_B: hermitian(), O_A: hermitian(),
                  O_B: hermitian(), alpha_A: real(scale=2)},
                 text="state, Hamiltonians and V = O_A (x) O_B")
PRODUCT_V_SAMPLERS = PRODUCT_V.samplers("product-V", ((2, 2), (2, 3))) + (PRODUCT_V.given({
    rho: fixed(STATE_2x2, state_dims=(2, 2)), H_A: fixed(SZ), H_B: fixed(SX), O_A: fixed(SY),
    O_B: fixed((SX + SZ) / 2), alpha_A: fixed("0.5")}).sampler("product-V-fixed-2x2", (2, 2)),)
PAPER.claim("text.cond_i_product", eq="text, condition (i)",
            title=r"for $V = O_A\otimes O_B$ condition (i) does not depend on the state",
            statement=r"V = O_A\otimes O_B:\ [\hat H_A + \hat H_B, V] = [H_A + H_B, V]",
            lhs=comm(Hp_A + Hp_B, V_prod), rhs=comm(H_A + H_B, V_prod),
            samplers=PRODUCT_V_SAMPLERS,
            notes="Tr_B[V rho_B] = Tr[O_B rho_B] O_A commutes with O_A (and likewise for B), so "
                  "the state-dependent parts of H^_A + H^_B drop out of the commutator; with "
                  "[H_A + H_B, O_A (x) O_B] = 0 condition (i) holds for every state, as printed.")

# Resonant local Hamiltonians (equal gaps 3/2, unequal offsets, so H_A + H_B is degenerate
# but not zero where a flip-flop acts) and a coupling conserving H_A + H_B: the coupling
# exchanges energy between A and B ([H_A, V] != 0).  Thermal dissipators of (12)-(13) at
# inverse temperatures beta_A, beta_B are included for eq. (14).
H_RES_A = sympy.diag(Rational(5, 4), Rational(-1, 4))
H_RES_B = {2: sympy.diag(Rational(2, 3), Rational(-5, 6)),
           3: sympy.diag(Rational(2, 3), Rational(-5, 6), Rational(7, 3))}
RESONANT_MODEL = draw({rho: density(), alpha_A: real(scale=2), beta_A: uniform(0.1, 2),
                       beta_B: uniform(0.1, 2), H_A: fixed(H_RES_A), H_B: hermitian()},
                      text="resonant H_A, H_B (gap 3/2)") + energy_conserving(V, H_A, H_B) \
    + thermal_gkls("A", H_A, beta_A, names=("cA", "gA")) \
    + thermal_gkls("B", H_B, beta_B, names=("cB", "gB"))
RESONANT = (
    RESONANT_MODEL.given({H_B: fixed(H_RES_B[2])}).sampler("resonant-2x2", (2, 2)),
    RESONANT_MODEL.given({H_B: fixed(H_RES_B[3])}).sampler("resonant-2x3", (2, 3)),
    RESONANT_MODEL.given({
        H_B: fixed(H_RES_B[2]), rho: fixed(STATE_2x2, state_dims=(2, 2)), alpha_A: fixed("0.3"),
        "W_V": fixed(FLIP_FLOP + SZSZ / 4 + kron(SX, ID2) * Rational(3, 10)),
        beta_A: fixed("0.5"), beta_B: fixed(2), "cA_01": fixed("1.2"), "cB_01": fixed("0.7"),
        "gA_0": fixed("0.2"), "gA_1": fixed("0.4"), "gB_0": fixed("0.6"), "gB_1": fixed("0.1")},
    ).sampler("resonant-fixed-2x2", (2, 2)))
PAPER.claim("text.cond_i_premise_flip_flop", eq="text, condition (i)",
            title=r"control: a resonant coupling commutes with $H_A + H_B$ but not with $H_A$",
            statement=r"[H_A + H_B, V] = 0,\ [H_A, V] \ne 0 \text{ for resonant } H_A, H_B",
            lhs=comm(H_A + H_B, V), rhs=0, samplers=RESONANT, role="control",
            premise=Premise("V exchanges energy between A and B: [H_A, V] != 0",
                            comm(H_A, V)),
            notes="V is the part of a random W commuting with H_A + H_B (setups."
                  "energy_conserving); with equal gaps it keeps flip-flop terms "
                  "|0_A 1_B><1_A 0_B| + h.c. The offsets make (H_A + H_B) V nonzero, so the "
                  "commutator is a cancellation, not two vanishing products.")
PAPER.claim("text.cond_i_non_product", eq="text, condition (i)",
            title=r"control: for a non-product V, $[H_A + H_B, V] = 0$ does not give condition (i)",
            statement=r"[\hat H_A + \hat H_B, V] = 0 \text{ for every state}",
            lhs=A3_LHS, rhs=0, samplers=RESONANT, expected=FAILS, search=False,
            role="control",
            reason="With a resonant flip-flop in V, Tr_B[V rho_B] contains <s_-> s_+ + <s_+> s_- "
                   "and does not commute with V when rho_B has coherences: the product form "
                   "O_A (x) O_B of the printed example is what makes condition (i) state "
                   "independent.")

# ============================================================================ condition (ii) = (A4)

A4_LHS = DissipatorAdj(H, "A") + DissipatorAdj(H, "B")
PAPER.claim("text.cond_ii_dU_printed", eq="text, condition (ii)",
            title=r"$\mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho] = "
                  r"\mathrm{Tr}[-i([H,\varrho] + \mathcal{L}_A[\varrho] + \mathcal{L}_B[\varrho])H]$"
                  " as printed",
            statement=r"\mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho] = "
                      r"\mathrm{Tr}[-i([H,\varrho] + \mathcal{L}_A[\varrho] + \mathcal{L}_B[\varrho])H]",
            lhs=Tr(A4_LHS * rho),
            rhs=Tr(-I * (comm(H, rho) + Dissipator(rho, "A") + Dissipator(rho, "B")) * H),
            samplers=GENERAL, expected=FAILS, search=False,
            reason="The printed factor -i multiplies the dissipators too: the right side equals "
                   "-i Tr[(L_A[rho] + L_B[rho]) H] = -i times the left side (Tr[[H, rho] H] = 0), so "
                   "the two differ whenever the left side is nonzero. Corrected: the generator of "
                   "(1), -i[H, rho] + L_A[rho] + L_B[rho], inside the trace.")
PAPER.claim("text.cond_ii_dU", eq="text, condition (ii)",
            title=r"$dU = \mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho]$ "
                  "(so condition (ii) gives dU = 0)",
            statement=r"\mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho] = "
                      r"\mathrm{Tr}[(-i[H,\varrho] + \mathcal{L}_A[\varrho] + \mathcal{L}_B[\varrho])H]"
                      r" = \mathrm{Tr}[d\varrho\,H] = dU",
            lhs=Tr(A4_LHS * rho), rhs=Dt(U), samplers=GENERAL, dynamics=GKLS,
            role="corrected", corrects="text.cond_ii_dU_printed")

rho_g, H_g = Op("rho_AB", ("AB",), "state"), Op("H_AB", ("AB",), "hermitian")
J_1, J_2 = Op("J_1", ("AB",), "operator"), Op("J_2", ("AB",), "operator")
k_1, k_2 = Symbol("k_1", positive=True), Symbol("k_2", positive=True)
GLOBAL_MODEL = draw({rho_g: density(), H_g: hermitian(), J_1: operator(), J_2: operator(),
                     k_1: positive(), k_2: positive()},
                    text="A (x) B as one party AB: state, H and two global jumps") \
    + gkls("AB", [(J_1, k_1), (J_2, k_2)])
GLOBAL = (GLOBAL_MODEL.sampler("global-4", 4), GLOBAL_MODEL.sampler("global-6", 6),
          GLOBAL_MODEL.given({
              rho_g: fixed(STATE_2x2, state_dims=(4,)), H_g: fixed(
                  kron(SZ, ID2) + kron(ID2, SZ) / 2 + FLIP_FLOP),
              J_1: fixed(kron(LOWER, LOWER)), J_2: fixed(FLIP_FLOP + I * SZSZ),
              k_1: fixed("1.5"), k_2: fixed("0.5")}).sampler("global-fixed-4", 4))
PAPER.claim("text.global_environment", eq="text, condition (ii)",
            title=r"with a global dissipator too, $dU = \mathrm{Tr}[\mathcal{L}^\#[H]\varrho]$",
            statement=r"\dot\varrho = -i[H,\varrho] + \mathcal{L}[\varrho],\ \mathcal{L}\ "
                      r"\text{global} \Rightarrow dU = \mathrm{Tr}[\mathcal{L}^\#[H]\varrho]",
            lhs=Dt(Tr(rho_g * H_g)), rhs=Tr(DissipatorAdj(H_g, "AB") * rho_g), samplers=GLOBAL,
            dynamics={rho_g: -I * comm(H_g, rho_g) + Dissipator(rho_g, "AB")},
            notes="The text says the argument extends to an environment acting globally; here the "
                  "pair A (x) B is one party AB with jump operators on all of it, so L#[H] = 0 "
                  "again forces dU = 0.")

# ============================================================================ the theorem: constructed generators


def conserving_party(p, d):
    """Matrices of a d-level party p (d = 2 or 3) whose jumps conserve its energy, and the
    scalars they use.  Levels 1, 2 (d = 3) or 0, 1 (d = 2) have free energies; for d = 3,
    level 0 has the mean energy w e_1 + (1 - w) e_2 of psi = (0, z, 1) (w = |z|^2/(1 + |z|^2))
    and decays to psi and to (0, i z, 1), jumps that do not commute with H_p but leave its
    mean unchanged for every state (L#[H_p] = 0).  A dephasing jump diag(d_0, d_1, d_1) is
    added.  ``mix`` maps the two free levels to all levels (rows), so any diagonal operator
    mix @ (x_1, x_2) is conserved too; ``observable`` is a conserved operator with a coherence
    between levels 1 and 2 (not commuting with H_p, for d = 3)."""
    e1, e2, d0, d1 = (Symbol(f"{n}_{p}", real=True) for n in ("e1", "e2", "d0", "d1"))
    s1, s2, s = (Symbol(f"{n}_{p}", real=True) for n in ("s1", "s2", "s"))
    scalars = {v: uniform(-1.5, 1.5) for v in (e1, e2, d0, d1, s1, s2)}
    if d == 2:
        mix = sympy.eye(2)
        return dict(mix=mix, H=sympy.diag(e1, e2), jumps=[sympy.diag(d0, d1)],
                    observable=sympy.diag(s1, s2), scalars=scalars)
    x, y = Symbol(f"x_{p}", real=True), Symbol(f"y_{p}", real=True)
    scalars.update({s: uniform(-1.5, 1.5), x: uniform(0.3, 1.5), y: uniform(-1.5, 1.5)})
    z, n2 = x + I * y, x ** 2 + y ** 2
    w = n2 / (1 + n2)
    mix = sympy.Matrix([[w, 1 - w], [1, 0], [0, 1]])
    q = (1 + I) * s * z / n2                      # Re(z* q) = Im(z* q) = s: both jumps conserve
    o0 = (n2 * s1 + s2 + 2 * s) / (1 + n2)
    return dict(mix=mix, H=sympy.diag(*(mix * sympy.Matrix([e1, e2]))),
                jumps=[sympy.Matrix([[0, 0, 0], [z, 0, 0], [1, 0, 0]]),
                       sympy.Matrix([[0, 0, 0], [I * z, 0, 0], [1, 0, 0]]), sympy.diag(d0, d1, d1)],
                observable=sympy.Matrix([[o0, 0, 0], [0, s1, q], [0, sympy.conjugate(q), s2]]),
                scalars=scalars)


def theorem_model(dims, coupling):
    """The setup of the theorem's samplers at ``dims`` (d_A, d_B): both parties conserving
    (:func:`conserving_party`), a random state and alpha_A, and V diagonal in the energy basis
    with the levels' mixtures of the parties ((A3) and (A4) hold: ``coupling="A3"``), or that
    plus O_A (x) O_B of the conserved observables ((A4) holds, (A3) fails: ``"A4"``)."""
    a, b = conserving_party("A", dims[0]), conserving_party("B", dims[1])
    v = sympy.Matrix(2, 2, sympy.symbols("v_11 v_12 v_21 v_22", real=True))
    table = a["mix"] * v * b["mix"].T
    v_diag = sympy.diag(*[table[i, j] for i in range(dims[0]) for j in range(dims[1])])
    if coupling == "A4":
        v_diag = v_diag + kron(a["observable"], b["observable"])
    rates = {p: [Symbol(f"r_{p}{k}", positive=True) for k in range(len(m["jumps"]))]
             for p, m in (("A", a), ("B", b))}
    scalars = {**a["scalars"], **b["scalars"], **{x: uniform(-1.5, 1.5) for x in v}}
    scalars.update({r: uniform(0.2, 2) for rs in rates.values() for r in rs})
    what = "V diagonal" if coupling == "A3" else "V = diagonal + O_A (x) O_B"
    return draw({**scalars, rho: density(), alpha_A: uniform(-1, 2), H_A: closed_form(a["H"]),
                 H_B: closed_form(b["H"]), V: closed_form(v_diag)},
                text=f"parties with energy-conserving jumps, {what}") \
        + gkls("A", [(closed_form(j), r) for j, r in zip(a["jumps"], rates["A"])]) \
        + gkls("B", [(closed_form(j), r) for j, r in zip(b["jumps"], rates["B"])])


def moving_jumps(ev):
    """True if a jump operator of A or B does not commute with H_A or H_B respectively (the
    theorem is then tested beyond dephasing in the energy basis)."""
    s = ev.sample
    for party, h in (("A", H_A), ("B", H_B)):
        hm = s.bindings[h]
        for jump, _ in s.dissipators.get(party, ()):
            m = jump @ hm - hm @ jump
            if max(abs(x) for x in m.flat) > _tolerance(ev, max(abs(x) for x in hm.flat)):
                return True
    return False


def _tolerance(ev, scale):
    digits = 16 if ev.kind == "float64" else mp.mp.dps
    return mp.mpf(10) ** (8 - digits) * max(1, scale)


def vanishes(expr):
    """A test: ``expr`` (an operator expression) is zero on the sample, to the working
    tolerance relative to its largest top-level term."""
    def test(ev):
        terms = [ev.matrix(ev(a)) for a in sympy.Add.make_args(expr)]
        value = sum(terms[1:], terms[0])
        scale = max(abs(x) for m in terms for x in m.flat)
        return max(abs(x) for x in value.flat) <= _tolerance(ev, scale)
    return test


THEOREM_FIXED = {   # a 3x2 instance (B a qubit with a dephasing jump), all values chosen
    "e1_A": "0.7", "e2_A": "-1.3", "d0_A": "0.4", "d1_A": "-0.6", "x_A": "0.5", "y_A": "-0.25",
    "s1_A": "0.9", "s2_A": "-0.2", "s_A": "0.35", "e1_B": "1.1", "e2_B": "-0.45", "d0_B": "0.15",
    "d1_B": "0.8", "s1_B": "-0.55", "s2_B": "1.4", "v_11": "0.6", "v_12": "-0.9", "v_21": "0.25",
    "v_22": "1.2", "r_A0": "0.65", "r_A1": "1.25", "r_A2": "0.45", "r_B0": "1.35",
    alpha_A: "0.2", rho: fixed(STATE_3x2, state_dims=(3, 2))}
BOTH = (theorem_model((3, 3), "A3").sampler("A3-and-A4-3x3", (3, 3)),
        theorem_model((3, 2), "A3").sampler("A3-and-A4-3x2", (3, 2)),
        theorem_model((3, 2), "A3").given(THEOREM_FIXED).sampler("A3-and-A4-fixed-3x2", (3, 2)))
A4_ONLY = (theorem_model((3, 3), "A4").sampler("A4-only-3x3", (3, 3)),
           theorem_model((3, 2), "A4").sampler("A4-only-3x2", (3, 2)),
           theorem_model((3, 2), "A4").given(THEOREM_FIXED).sampler("A4-only-fixed-3x2", (3, 2)))
A3_ONLY_MODEL = draw({rho: density(), H_A: bounded_hermitian(2), H_B: bounded_hermitian(2),
                      alpha_A: uniform(-1, 2), L_A1: operator(), L_A2: operator(),
                      L_B1: operator(), L_B2: operator(), r_A1: uniform(0.2, 2),
                      r_A2: uniform(0.2, 2), r_B1: uniform(0.2, 2), r_B2: uniform(0.2, 2)},
                     text="state, Hamiltonians and jumps") \
    + energy_conserving(V, H_A, H_B) + gkls("A", [(L_A1, r_A1), (L_A2, r_A2)]) \
    + gkls("B", [(L_B1, r_B1), (L_B2, r_B2)])
A3_ONLY = (A3_ONLY_MODEL.sampler("A3-only-2x2", (2, 2)),
           A3_ONLY_MODEL.sampler("A3-only-2x3", (2, 3)),
           A3_ONLY_MODEL.given({
               rho: fixed(STATE_2x2, state_dims=(2, 2)), alpha_A: fixed("0.45"),
               H_A: fixed(sympy.diag(Rational(3, 5), Rational(-2, 5))),
               H_B: fixed(sympy.diag(Rational(1, 2), Rational(-7, 10))),
               "W_V": fixed(kron(SX, SX) + kron(SZ, SY) / 2 + SZSZ / 3), L_A1: fixed(LOWER),
               L_A2: fixed([[Rational(1, 2), 1], [0, Rational(-1, 3)]]), L_B1: fixed(RAISE),
               L_B2: fixed([[0, 0], [2, Rational(1, 4)]]), r_A1: fixed("0.8"), r_A2: fixed("1.3"),
               r_B1: fixed("0.35"), r_B2: fixed("1.7")}).sampler("A3-only-fixed-2x2", (2, 2)))
MOVING = Premise("a jump operator does not commute with the local Hamiltonian", moving_jumps)
HYPOTHESES = (Precondition("(A3) [H^_A + H^_B, V] = 0 on the sample", vanishes(A3_LHS)),
              Precondition("(A4) L#_A[H] + L#_B[H] = 0 on the sample", vanishes(A4_LHS)))
PAPER.claim("A3.constructed", eq="A3",
            title=r"control: the constructed generators satisfy (A3) $[\hat H_A + \hat H_B, V] = 0$",
            statement=r"[\hat H_A + \hat H_B, V] = 0", lhs=A3_LHS, rhs=0, samplers=BOTH,
            role="control", notes="Checks the construction used for the theorem: H_A, H_B and V "
            "are diagonal in one product basis, so every state-dependent term of H^_A + H^_B "
            "commutes with V too.")
PAPER.claim("A4.constructed", eq="A4",
            title=r"control: each constructed dissipator conserves $H$: "
                  r"$\mathcal{L}^\#_A[H] = \mathcal{L}^\#_B[H] = 0$, hence (A4)",
            statement=r"\|\mathcal{L}^\#_A[H]\| + \|\mathcal{L}^\#_B[H]\| = 0",
            lhs=HSNorm(DissipatorAdj(H, "A")) + HSNorm(DissipatorAdj(H, "B")), rhs=0,
            samplers=BOTH, role="control", premise=MOVING,
            notes="The jumps |psi><0| do not commute with H, yet L#[H] vanishes: the mean energy "
                  "of psi is that of level 0. (A4) is stated termwise because it IS termwise "
                  "(A4.termwise): L#_A[H] and L#_B[H] cannot cancel each other.")


def kernel_residual(sa, sb):
    """(dim K, max |(S_A (x) 1)[K]|) for K the kernel of S_A (x) 1 + 1 (x) S_B (superoperators of
    the two parties, on A-operators (x) B-operators): the kernel from the Hermitian
    eigendecomposition of S^dag S, its vectors those with eigenvalues below sqrt(eps) times the
    largest (a cut-off that scales with the working precision); products through
    numeric.linalg.matmul (Arb at high precision, one rounding per entry)."""
    one_a = numeric.arrays.identity(sa.shape[0], sa)
    one_b = numeric.arrays.identity(sb.shape[0], sb)
    left = numeric.kron(sa, one_b)
    total = left + numeric.kron(one_a, sb)
    w, vec = numeric.eigh(matmul(total.conj().T, total))
    cut = mp.sqrt(numeric.eps(total)) * max([1] + [abs(x) for x in w])
    kernel = vec[:, [k for k, x in enumerate(w) if x <= cut]]
    return kernel.shape[1], max([abs(x) for x in matmul(left, kernel).flat] + [0])


def _a4_kernel(ev):
    """:func:`kernel_residual` of the sample's local dissipators (superoperators), memoised."""
    key = ("pyharanta2022", "a4-split")
    s = ev.sample
    if key not in s.memo:
        local = {}
        for party, d in zip(s.parties, s.dims):
            jumps = [j for j, _ in s.dissipators[party]]
            rates = [r for _, r in s.dissipators[party]]
            zero = numeric.arrays.zeros((d, d), jumps[0])
            local[party] = numeric.hs_adjoint(numeric.lindbladian(zero, jumps, rates))
        s.memo[key] = kernel_residual(local["A"], local["B"])
    return s.memo[key]


def a4_split(ev):
    """max |L#_A[K]| over unit K in the kernel of L#_A + L#_B (:func:`kernel_residual`)"""
    dim, value = _a4_kernel(ev)
    ev.record("dim ker(L#_A + L#_B)", dim)
    return value


def large_kernel(ev):
    """True if the kernel of L#_A + L#_B holds more than the multiples of the identity."""
    return _a4_kernel(ev)[0] > 1


PAPER.claim("A4.termwise", eq="A4",
            title=r"control: (A4) holds only termwise, "
                  r"$\ker(\mathcal{L}^\#_A + \mathcal{L}^\#_B) \subseteq \ker\mathcal{L}^\#_A$",
            statement=r"\mathcal{L}^\#_A[Y] + \mathcal{L}^\#_B[Y] = 0 \Rightarrow "
                      r"\mathcal{L}^\#_A[Y] = \mathcal{L}^\#_B[Y] = 0",
            lhs=a4_split, rhs=0, samplers=BOTH[1:] + A4_ONLY[1:], role="control",
            premise=Premise("the kernel of L#_A + L#_B is larger than the multiples of I "
                            "(local dissipators with conserved quantities)", large_kernel),
            notes="L#_A and L#_B act on different factors and commute, so the kernel of their "
                  "sum is spanned by products of eigenvectors with eigenvalues lambda + mu = 0. "
                  "A pure dissipator (no Hamiltonian part, as in (2)) has no nonzero eigenvalue "
                  "on the imaginary axis (its peripheral eigenvectors commute with the jumps on "
                  "the support of the invariant states, where it then vanishes), so lambda = mu "
                  "= 0: (A4) means L#_A[H] = 0 and L#_B[H] = 0 separately, each dissipator "
                  "conserving H. No cancellation between A and B can be tested because none "
                  "exists; the samplers here have large kernels (dissipators with conserved "
                  "quantities that do not commute with their jumps).")
PAPER.claim("theorem.local_energy", eq="theorem",
            title=r"under (A3) and (A4) the local energy is conserved for every state",
            statement=r"(A3),(A4) \Rightarrow dU_\otimes = 0", lhs=Dt(U_loc), rhs=0,
            samplers=BOTH, dynamics=GKLS, premise=MOVING, preconditions=HYPOTHESES,
            notes="The identity behind it, (A2), is proved dimension-free (A2.dU_loc); here the "
                  "hypotheses are checked on every sample (preconditions) and the conclusion "
                  "evaluated on generators whose jumps do not commute with H.")
PAPER.claim("theorem.total_energy", eq="theorem",
            title=r"under (A3) and (A4) the total energy is conserved",
            statement=r"(A3),(A4) \Rightarrow dU = 0", lhs=Dt(U), rhs=0, samplers=BOTH,
            dynamics=GKLS, premise=MOVING, preconditions=HYPOTHESES)
PAPER.claim("theorem.correlation_energy", eq="theorem",
            title=r"under (A3) and (A4) no correlation energy is exchanged either",
            statement=r"(A3),(A4) \Rightarrow dU_\chi = 0", lhs=Dt(U_chi), rhs=0, samplers=BOTH,
            dynamics=GKLS, premise=MOVING, preconditions=HYPOTHESES)
PAPER.claim("theorem.correlations_move", eq="theorem",
            title=r"control: the constructed dynamics does change the correlations",
            statement=r"d\chi \ne 0", lhs=Dt(chi), rhs=0, samplers=BOTH, dynamics=GKLS,
            expected=FAILS, search=False, role="control",
            reason="The constructed jumps move population between levels of equal mean energy and "
                   "dephase, so chi changes while U_loc, U_chi and U stay constant: the theorem's "
                   "conclusion is not vacuous.")
PAPER.claim("theorem.A3_only_conditions", eq="theorem",
            title=r"control: the (A3)-only examples satisfy (A3)",
            statement=r"[\hat H_A + \hat H_B, V] = 0", lhs=A3_LHS, rhs=0, samplers=A3_ONLY,
            role="control", notes="V is the part of a random W commuting with H_A + H_B, for "
            "non-resonant spectra diagonal in the product eigenbasis.")
PAPER.claim("theorem.A3_only_A4_fails", eq="theorem",
            title=r"control: the (A3)-only examples violate (A4)",
            statement=r"\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H] \ne 0", lhs=A4_LHS, rhs=0,
            samplers=A3_ONLY, expected=FAILS, search=False, role="control",
            reason="Random jump operators do not annihilate H under the adjoint.")
PAPER.claim("theorem.A3_only_local_energy", eq="theorem",
            title=r"control: (A3) alone does not conserve the local energy",
            statement=r"(A3) \not\Rightarrow dU_\otimes = 0", lhs=Dt(U_loc), rhs=0,
            samplers=A3_ONLY, dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="By (A2), dU_loc = Tr[(L#_A[H] + L#_B[H]) rho_A rho_B] when (A3) holds; it is "
                   "nonzero for these generators.")
PAPER.claim("theorem.A3_only_total_energy", eq="theorem",
            title=r"control: (A3) alone does not conserve the total energy",
            statement=r"(A3) \not\Rightarrow dU = 0", lhs=Dt(U), rhs=0, samplers=A3_ONLY,
            dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="dU = Tr[(L#_A[H] + L#_B[H]) rho] is nonzero when (A4) fails.")
PAPER.claim("theorem.A4_only_conditions", eq="theorem",
            title=r"control: in the (A4)-only examples each dissipator conserves $H$",
            statement=r"\|\mathcal{L}^\#_A[H]\| + \|\mathcal{L}^\#_B[H]\| = 0",
            lhs=HSNorm(DissipatorAdj(H, "A")) + HSNorm(DissipatorAdj(H, "B")), rhs=0,
            samplers=A4_ONLY, role="control", premise=MOVING,
            notes="V = V_diag + O_A (x) O_B with O_A, O_B conserved by the jumps but coherent "
                  "between levels 1 and 2, so [H_A, V] != 0. (A4) is termwise (A4.termwise).")
PAPER.claim("theorem.A4_only_A3_fails", eq="theorem",
            title=r"control: the (A4)-only examples violate (A3)",
            statement=r"[\hat H_A + \hat H_B, V] \ne 0", lhs=A3_LHS, rhs=0, samplers=A4_ONLY,
            expected=FAILS, search=False, role="control",
            reason="O_A does not commute with H_A (a coherence between levels of different "
                   "energy), so [H_A + H_B, O_A (x) O_B] != 0.")
PAPER.claim("theorem.A4_only_local_energy", eq="theorem",
            title=r"control: (A4) alone does not conserve the local energy",
            statement=r"(A4) \not\Rightarrow dU_\otimes = 0", lhs=Dt(U_loc), rhs=0,
            samplers=A4_ONLY, dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="By (A2), dU_loc = -i Tr[[H^_A + H^_B, V] chi] when (A4) holds; nonzero for "
                   "correlated states when (A3) fails.")
PAPER.claim("text.A4_total_energy", eq="text, condition (ii)",
            title=r"(A4) alone conserves the total energy",
            statement=r"\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H] = 0 \Rightarrow dU = 0",
            lhs=Dt(U), rhs=0, samplers=A4_ONLY + BOTH[:1], dynamics=GKLS, premise=MOVING,
            preconditions=HYPOTHESES[1:],
            notes="So of the two conditions only (A3) fails to be enough for dU = 0; for "
                  "dU_loc = 0 neither is enough alone (controls theorem.*_only_local_energy).")

# ============================================================================ the example: models

pi_A = Expm(-beta_A * H_A) / Tr(Expm(-beta_A * H_A))
pi_B = Expm(-beta_B * H_B) / Tr(Expm(-beta_B * H_B))
PI = pi_A * pi_B
a_, b_ = beta_A * omega_A, beta_B * omega_B
Z_A, Z_B = exp(-a_) + exp(a_), exp(-b_) + exp(b_)
GAMMA_A = {"01": exp(-a_), "10": exp(a_)}      # printed rates of L_01 = |0><1|, L_10 = |1><0|
GAMMA_B = {"01": exp(-b_), "10": exp(b_)}
LAMBDA = GAMMA_A["01"] + GAMMA_A["10"] + GAMMA_B["01"] + GAMMA_B["10"]   # printed after (16)
PI_AB_M = kron(sympy.diag(exp(-a_), exp(a_)) / Z_A, sympy.diag(exp(-b_), exp(b_)) / Z_B)
PI_AB, SZSZ_M = Mat(PI_AB_M, ("A", "B"), "pi_A pi_B"), Mat(SZSZ, ("A", "B"), "sz sz")
C_LOWER, C_UPPER = -exp(-a_ - b_) / (Z_A * Z_B), exp(-Abs(a_ - b_)) / (Z_A * Z_B)
RHO_T = Mat(PI_AB_M + exp(-LAMBDA * t) * c * SZSZ, ("A", "B"), "rho(t)")
RHO_0 = Mat(PI_AB_M + c * SZSZ, ("A", "B"), "rho(0)")

# the printed two-qubit example: H_A = omega_A sz, H_B = omega_B sz, V = g sz sz, jumps and
# rates as printed, rho(0) = pi_A pi_B + c sz sz with c anywhere in the admissible range
EXAMPLE_MODEL = draw({omega_A: uniform(0.2, 2), omega_B: uniform(0.2, 2), beta_A: uniform(0.1, 2),
                      beta_B: uniform(0.1, 2), g: uniform(-1, 1), u: uniform(0.05, 0.95),
                      t: uniform(0.05, 1.5), alpha_A: uniform(-1, 2),
                      c: closed_form(C_LOWER + (C_UPPER - C_LOWER) * u),
                      H_A: closed_form(omega_A * SZ), H_B: closed_form(omega_B * SZ),
                      V: closed_form(g * SZSZ), rho: closed_form(PI_AB_M + c * SZSZ)},
                     text="the printed two-qubit example") + gkls(
    "A", [(printed(LOWER), GAMMA_A["10"]), (printed(RAISE), GAMMA_A["01"])]) + gkls(
    "B", [(printed(LOWER), GAMMA_B["10"]), (printed(RAISE), GAMMA_B["01"])])
PARAMETER_SETS = {   # chosen (the paper prints none); P1: g c > 0, P2: g c < 0, P3: g < 0
    "P1": {omega_A: "1.2", omega_B: "0.7", beta_A: "0.4", beta_B: "1.8", g: "0.25",
           c: Rational(1, 60), t: "0.3", u: "0.1", alpha_A: "0.6"},
    "P2": {omega_A: "1.2", omega_B: "0.7", beta_A: "0.4", beta_B: "1.8", g: "0.25",
           c: Rational(-1, 60), t: "0.3", u: "0.1", alpha_A: "0.6"},
    "P3": {omega_A: "2", omega_B: "0.75", beta_A: "0.2", beta_B: "1.5", g: "-0.6",
           c: "0.03", t: "0.1", u: "0.9", alpha_A: "-0.25"},
}
EXAMPLE = (EXAMPLE_MODEL.sampler("example-2x2", (2, 2), printed_dims=True),) + tuple(
    EXAMPLE_MODEL.given(v).sampler(f"example-{k}", (2, 2), printed_dims=True)
    for k, v in PARAMETER_SETS.items())
EXAMPLE_GENERIC = (
    EXAMPLE_MODEL.given({rho: density()}).sampler("example-2x2-random-state", (2, 2),
                                                  printed_dims=True),
    EXAMPLE_MODEL.given({**PARAMETER_SETS["P1"], rho: fixed(STATE_2x2, state_dims=(2, 2))}).sampler(
        "example-P1-fixed-state", (2, 2), printed_dims=True))
# the example with a coherent correlation c_x sx (x) sz, c_x = (u - 1/2) lambda_min(pi_A pi_B)
EXAMPLE_COHERENT = EXAMPLE_MODEL.given({**PARAMETER_SETS["P1"], rho: closed_form(
    PI_AB_M + (u - Rational(1, 2)) * exp(-a_ - b_) / (Z_A * Z_B) * kron(SX, SZ))}).sampler(
    "example-P1-coherent", (2, 2), printed_dims=True)

# random thermalizing systems: dissipators of (12)-(13) (plus dephasing) in the eigenbases of
# random H_A, H_B; V the part of a random coupling conserving H_A + H_B, for non-resonant
# spectra diagonal in the product eigenbasis ([H_A, V] = [H_B, V] = 0)
pi_Aop, pi_Bop = Op("pi_A", ("A",), "state"), Op("pi_B", ("B",), "state")
K = Op("K", ("A", "B"), "hermitian")
THERMAL_MODEL = draw({beta_A: uniform(0.1, 2), beta_B: uniform(0.1, 2), H_A: bounded_hermitian(2),
                      H_B: bounded_hermitian(2), alpha_A: uniform(-1, 2)},
                     text="thermalizing dissipators in random eigenbases") \
    + energy_conserving(V, H_A, H_B) + thermal_gkls("A", H_A, beta_A, names=("cA", "gA")) \
    + thermal_gkls("B", H_B, beta_B, names=("cB", "gB"))
THERMAL = THERMAL_MODEL.samplers("thermal", ((2, 2), (2, 3))) + EXAMPLE[:2]
CORRELATED_MODEL = THERMAL_MODEL + gibbs_state(pi_Aop, H_A, beta=beta_A) \
    + gibbs_state(pi_Bop, H_B, beta=beta_B)
GENERAL_CHI = (CORRELATED_MODEL + correlated_state(rho, pi_Aop, pi_Bop)).samplers(
    "thermal-correlated", ((2, 2), (2, 3))) + (EXAMPLE_COHERENT,)
# classical correlations: the zero-marginal part of an operator diagonal in the eigenbasis
CLASSICAL_CHI = (CORRELATED_MODEL + energy_conserving(K, H_A, H_B) + correlated_state(
    rho, pi_Aop, pi_Bop).given({"X_rho": copy_of(K)})).samplers(
    "thermal-classical", ((2, 2), (2, 3))) + EXAMPLE[:2]
LOCALLY_COMMUTING = Precondition("[H_A, V] = [H_B, V] = 0 on the sample",
                                 lambda ev: vanishes(comm(H_A, V))(ev) and vanishes(comm(H_B, V))(ev))

# ============================================================================ (12)-(14)

PAPER.define("eq12.thermal_dissipator", eq="12", title="thermalizing dissipators",
             statement=r"\mathcal{L}_{A,B}[\circ] = \sum_{m\ne n}\gamma_{mn}\left(L_{mn}\circ "
                       r"L_{mn}^\dagger - \tfrac12\{L_{mn}^\dagger L_{mn},\circ\}\right),\ "
                       r"L_{mn} = |m\rangle\langle n|",
             notes="|m>, |n> eigenvectors of the bare H_A (H_B). The random thermal samplers "
                   "(setups.thermal_gkls) use gamma_mn = c_mn exp(-beta (E_m - E_n)/2) with "
                   "c symmetric, which is (13), plus dephasing in the eigenbasis.")
for party, gam, beta, om in (("A", GAMMA_A, beta_A, omega_A), ("B", GAMMA_B, beta_B, omega_B)):
    PAPER.claim(f"eq13.detailed_balance_{party}", eq="13",
                title=f"the printed rates of {party} satisfy detailed balance",
                trivial="the printed rates are exponentials whose ratio is the Boltzmann factor",
                statement=rf"\gamma^{party}_{{01}} = \gamma^{party}_{{10}}\,e^{{-\beta_{party}"
                          rf"(E_0 - E_1)}},\ E_{{0,1}} = \pm\omega_{party}",
                lhs=gam["01"], rhs=gam["10"] * exp(-beta * (om - (-om))), samplers=EXAMPLE,
                notes="Printed: gamma_01 = e^(-beta omega) for L_01 = |0><1| and gamma_10 = "
                      "e^(beta omega) for L_10 = |1><0|, with E_0 = +omega (sigma_z = diag(1, -1)).")
PAPER.define("eq14.pi_A", eq="14", title=r"thermal state $\pi_A$ of A",
             statement=r"\pi_A = e^{-\beta_A H_A}/Z_A,\ Z_A = \mathrm{Tr}_A[e^{-\beta_A H_A}]",
             expr=pi_A,
             notes="The text before (14) prints pi_A = e^{-beta_B H_A}/Z_A; see text.pi_A_printed.")
PAPER.define("eq14.pi_B", eq="14", title=r"thermal state $\pi_B$ of B",
             statement=r"\pi_B = e^{-\beta_B H_B}/Z_B", expr=pi_B)
PAPER.claim("text.pi_A_printed", eq="text before (14)",
            title=r"$\pi_A = e^{-\beta_B H_A}/Z_A$ (as printed) is the steady state of $\mathcal{L}_A$",
            statement=r"\mathcal{L}_A[e^{-\beta_B H_A}/Z_A] = 0",
            lhs=Dissipator(Expm(-beta_B * H_A) / Tr(Expm(-beta_A * H_A)), "A"), rhs=0,
            samplers=THERMAL, expected=FAILS, search=False,
            reason="With detailed balance (13) at beta_A the fixed point of L_A is the Gibbs state "
                   "at beta_A; e^{-beta_B H_A} is not stationary when beta_A != beta_B (and "
                   "e^{-beta_B H_A}/Z_A with Z_A = Tr e^{-beta_A H_A} does not even have unit "
                   "trace). Misprint beta_B -> beta_A; eq. (14) itself prints beta_A.")
PAPER.claim("text.pi_A", eq="text before (14)",
            title=r"$\pi_A = e^{-\beta_A H_A}/Z_A$ is the steady state of $\mathcal{L}_A$",
            statement=r"\mathcal{L}_A[e^{-\beta_A H_A}/Z_A] = 0", lhs=Dissipator(pi_A, "A"), rhs=0,
            samplers=THERMAL, role="corrected", corrects="text.pi_A_printed",
            assumptions=["jumps |m><n| between eigenvectors of H_A, rates with detailed balance (13)"])
PAPER.claim("text.pi_B", eq="text before (14)",
            title=r"$\pi_B = e^{-\beta_B H_B}/Z_B$ is the steady state of $\mathcal{L}_B$",
            statement=r"\mathcal{L}_B[e^{-\beta_B H_B}/Z_B] = 0", lhs=Dissipator(pi_B, "B"), rhs=0,
            samplers=THERMAL)
PAPER.claim("eq14.steady_state_printed", eq="14",
            title=r"$[H_A + H_B, V] = 0$ makes $\pi_A\otimes\pi_B$ the steady state of (1) "
                  "(as printed)",
            statement=r"[H_A + H_B, V] = 0 \Rightarrow -i[H,\pi_A\otimes\pi_B] + "
                      r"\mathcal{L}_A[\pi_A\otimes\pi_B] + \mathcal{L}_B[\pi_A\otimes\pi_B] = 0",
            lhs=generator(PI), rhs=0, samplers=RESONANT, expected=FAILS, search=False,
            reason="The dissipators annihilate pi_A pi_B, but -i[V, pi_A pi_B] vanishes only if V "
                   "commutes with e^{-beta_A H_A} (x) e^{-beta_B H_B}. [H_A + H_B, V] = 0 does not "
                   "give that when H_A + H_B is degenerate: a resonant flip-flop "
                   "|0_A 1_B><1_A 0_B| + h.c. commutes with H_A + H_B (nondegenerate local spectra, "
                   "as assumed) but not with pi_A pi_B for beta_A != beta_B. Corrected condition: "
                   "[H_A, V] = [H_B, V] = 0 (V diagonal in the product eigenbasis), or "
                   "beta_A = beta_B.")
PAPER.claim("eq14.steady_state", eq="14",
            title=r"with $[H_A, V] = [H_B, V] = 0$, each part of (1) annihilates "
                  r"$\pi_A\otimes\pi_B$",
            statement=r"[H_A,V] = [H_B,V] = 0 \Rightarrow \|[H,\pi_A\otimes\pi_B]\| + "
                      r"\|\mathcal{L}_A[\pi_A\otimes\pi_B]\| + \|\mathcal{L}_B[\pi_A\otimes\pi_B]\| = 0",
            lhs=HSNorm(comm(H, PI)) + HSNorm(Dissipator(PI, "A")) + HSNorm(Dissipator(PI, "B")),
            rhs=0, samplers=THERMAL, role="corrected", corrects="eq14.steady_state_printed",
            preconditions=[LOCALLY_COMMUTING],
            notes="The paper's statement, that the sum of the three parts vanishes, holds because "
                  "each part does: L_A[pi_A (x) pi_B] = L_A[pi_A] (x) pi_B = 0 by (13), and then "
                  "-i[V, pi_A (x) pi_B] must vanish by itself, which the corrected condition "
                  "gives. No cancellation between the parts is possible, so the claim is checked "
                  "as the conjunction it is. The printed example (V = g sz sz) satisfies the "
                  "corrected condition.")


def _full_generator(ev):
    """The GKLS generator (1) of the sample as a superoperator (column stacking)."""
    key = ("pyharanta2022", "generator")
    memo = ev.sample.memo
    if key not in memo:
        s = ev.sample
        jumps, rates = [], []
        for party, js in s.dissipators.items():
            k = s.parties.index(party)
            for jump, rate in js:
                jumps.append(numeric.embed(jump, list(s.dims), [k]))
                rates.append(rate)
        memo[key] = numeric.lindbladian(ev.matrix(ev(H)), jumps, rates)
    return memo[key]


def _evaluator_at(ev, when):
    """An evaluator on the same sample with rho bound to rho(t) = exp(L t)[rho(0)] at the
    sample's t (``when == "t"``) or to the unique steady state (``when == "inf"``: the exact
    t -> infinity limit for a generator with a unique fixed point)."""
    key = ("pyharanta2022", "evaluator", when)
    memo = ev.sample.memo
    if key not in memo:
        s, gen = ev.sample, _full_generator(ev)
        state = (numeric.propagate(gen, ev.matrix(ev(rho)), ev(t)) if when == "t"
                 else numeric.steady_state(gen))
        memo[key] = Evaluator(dataclasses.replace(
            s, id=f"{s.id}@{when}", bindings={**s.bindings, rho: state}, memo={}))
    return memo[key]


def propagated(expr, name, doc, when="t", change=False):
    """Hand-written evaluator: ``expr`` (an expression in rho) on rho(t) = exp(L t)[rho(0)]
    propagated with the full GKLS generator (or on the steady state, ``when="inf"``); with
    ``change`` the value minus its value at rho(0)."""
    def f(ev):
        v = _evaluator_at(ev, when)(expr)
        return v - ev(expr) if change else v
    f.__name__, f.__doc__ = name, doc
    return f


def steady_state(ev):
    """the unique steady state of the full GKLS generator (numeric.steady_state; raises if the
    fixed point is not unique)"""
    return _evaluator_at(ev, "inf")(rho)


PAPER.claim("eq14.unique", eq="14",
            title=r"with $[H_A, V] = [H_B, V] = 0$, $\pi_A\otimes\pi_B$ is the unique steady "
                  "state of (1)",
            statement=r"\ker\mathcal{L} = \mathrm{span}\{\pi_A\otimes\pi_B\}", lhs=steady_state,
            rhs=PI, samplers=THERMAL, role="corrected", corrects="eq14.steady_state_printed",
            preconditions=[LOCALLY_COMMUTING],
            notes="The fixed point is computed from the bordered linear system L vec(rho) = 0, "
                  "Tr rho = 1, which is singular (and raises) when the fixed point is not unique.")
PAPER.claim("text.only_chi_evolves_printed", eq="text after (14)",
            title=r"from $\varrho(0) = \pi_A\otimes\pi_B + \chi(0)$ only the correlation part "
                  "evolves (as printed)",
            statement=r"\varrho(0) = \pi_A\otimes\pi_B + \chi(0) \Rightarrow "
                      r"\tfrac{d}{dt}(\varrho_A\otimes\varrho_B) = 0",
            lhs=Dt(rho_A * rho_B), rhs=0, samplers=GENERAL_CHI, dynamics=GKLS, expected=FAILS,
            search=False,
            reason="pi_A pi_B being stationary gives rho(t) = pi_A pi_B + e^{Lt}[chi(0)], but "
                   "e^{Lt}[chi(0)] need not keep zero marginals: d rho_A/dt = -i Tr_B[V, chi(0)] at "
                   "t = 0, nonzero for chi(0) = c sx (x) sz in the printed example (4 g c sy) and "
                   "for generic correlated chi(0). The statement holds when chi(0) is diagonal in "
                   "the product eigenbasis (classical correlations), as in the example.")
PAPER.claim("text.only_chi_evolves", eq="text after (14)",
            title=r"for $\chi(0)$ diagonal in the product eigenbasis only the correlation part "
                  "evolves",
            statement=r"\chi(0)\ \text{diagonal in the eigenbasis of } H_A, H_B \Rightarrow "
                      r"\tfrac{d}{dt}(\varrho_A\otimes\varrho_B) = 0",
            lhs=Dt(rho_A * rho_B), rhs=0, samplers=CLASSICAL_CHI, dynamics=GKLS,
            role="corrected", corrects="text.only_chi_evolves_printed",
            notes="Checked at every state of the invariant family pi_A pi_B + (diagonal chi with "
                  "zero marginals): on diagonal states the generator is the product of two "
                  "independent classical Markov chains whose marginals are stationary, so the "
                  "family is invariant and rho_A, rho_B stay at pi_A, pi_B for all t.")

# ============================================================================ the example: range of c


def _c_interval(ev):
    lo, hi = psd_interval(ev.matrix(ev(PI_AB)), ev.matrix(ev(SZSZ_M)))
    ev.record("exact lower end from positivity", lo)
    ev.record("exact upper end from positivity", hi)
    return lo, hi


def c_lower(ev):
    """exact lower end of {c : pi_A pi_B + c sz sz >= 0} (numeric.positivity.psd_interval)"""
    return _c_interval(ev)[0]


def c_upper(ev):
    """exact upper end of {c : pi_A pi_B + c sz sz >= 0} (numeric.positivity.psd_interval)"""
    return _c_interval(ev)[1]


C_MIN_NOTE = "min{e^{-a+b}, e^{a-b}} is checked as e^{-|a-b|} (equal; the evaluator has no Min)."
C_REASON = ("rho(0) = pi_A pi_B + c sz sz is diagonal with entries e^{-a-b}/Z + c, e^{-a+b}/Z - c, "
            "e^{a-b}/Z - c, e^{a+b}/Z + c (a = beta_A omega_A, b = beta_B omega_B >= 0, "
            "Z = Z_A Z_B = 4 cosh a cosh b), so it is positive exactly for "
            "-e^{-a-b}/Z <= c <= min{e^{-a+b}, e^{a-b}}/Z. The printed interval drops the factor "
            "1/(Z_A Z_B) <= 1/4: it is too wide by Z_A Z_B and its endpoints make rho(0) "
            "non-positive.")
PAPER.claim("text.c_range_lower_printed", eq="text before (16)",
            title=r"lower end of the admissible $c$ as printed: $-e^{-a-b}$",
            statement=r"c_{\min} = -e^{-\beta_A\omega_A-\beta_B\omega_B}", lhs=c_lower,
            rhs=-exp(-a_ - b_), samplers=EXAMPLE, expected=FAILS, search=False, reason=C_REASON)
PAPER.claim("text.c_range_lower", eq="text before (16)",
            title=r"lower end of the admissible $c$: $-e^{-a-b}/(Z_A Z_B)$",
            statement=r"c_{\min} = -e^{-\beta_A\omega_A-\beta_B\omega_B}/(Z_A Z_B)", lhs=c_lower,
            rhs=C_LOWER, samplers=EXAMPLE, role="corrected",
            corrects="text.c_range_lower_printed", assumptions=["omega_A, omega_B >= 0"])
PAPER.claim("text.c_range_upper_printed", eq="text before (16)",
            title=r"upper end of the admissible $c$ as printed: $\min\{e^{-a+b}, e^{a-b}\}$",
            statement=r"c_{\max} = \min\{e^{-\beta_A\omega_A+\beta_B\omega_B}, "
                      r"e^{\beta_A\omega_A-\beta_B\omega_B}\}", lhs=c_upper,
            rhs=exp(-Abs(a_ - b_)), samplers=EXAMPLE, expected=FAILS, search=False,
            reason=C_REASON, notes=C_MIN_NOTE)
PAPER.claim("text.c_range_upper", eq="text before (16)",
            title=r"upper end of the admissible $c$: $\min\{e^{-a+b}, e^{a-b}\}/(Z_A Z_B)$",
            statement=r"c_{\max} = \min\{e^{-\beta_A\omega_A+\beta_B\omega_B}, "
                      r"e^{\beta_A\omega_A-\beta_B\omega_B}\}/(Z_A Z_B)", lhs=c_upper,
            rhs=C_UPPER, samplers=EXAMPLE, role="corrected", corrects="text.c_range_upper_printed",
            assumptions=["omega_A, omega_B >= 0"], notes=C_MIN_NOTE)

# ============================================================================ the example: (16)

CHI0 = Mat(c * SZSZ, ("A", "B"), "chi(0)")
PAPER.claim("eq16.eigen", eq="16",
            title=r"$\chi(0) = c\,\sigma_z\otimes\sigma_z$ is an eigenoperator of "
                  r"$\mathcal{L}_A + \mathcal{L}_B$ with eigenvalue $-\lambda$",
            statement=r"(\mathcal{L}_A + \mathcal{L}_B)[c\,\sigma_z\otimes\sigma_z] = "
                      r"-\lambda\,c\,\sigma_z\otimes\sigma_z,\ \lambda = \gamma^A_{01}+\gamma^A_{10}+"
                      r"\gamma^B_{01}+\gamma^B_{10}",
            lhs=Dissipator(CHI0, "A") + Dissipator(CHI0, "B"), rhs=-LAMBDA * CHI0, samplers=EXAMPLE,
            notes="With [H, sz sz] = 0 this gives e^{(L_A + L_B) t}[chi(0)] = e^{-lambda t} chi(0).")
PAPER.claim("eq16.solution", eq="16",
            title=r"$\varrho(t) = \pi_A\otimes\pi_B + e^{-\lambda t}\chi(0)$ solves the full GKLS "
                  "equation (1)",
            statement=r"\tfrac{d}{dt}\left(\pi_A\otimes\pi_B + e^{-\lambda t}\chi(0)\right) = "
                      r"-i[H,\varrho(t)] + \mathcal{L}_A[\varrho(t)] + \mathcal{L}_B[\varrho(t)]",
            lhs=Dt(RHO_T), rhs=generator(RHO_T), samplers=EXAMPLE, dynamics={t: 1},
            notes="rho(t) is written as an explicit matrix in t; with rho(t = 0) = rho(0) and "
                  "uniqueness of solutions this proves (16) (and pi_A pi_B stationary) exactly "
                  "for symbolic omega's, beta's, g and c.")
PAPER.claim("eq16.propagated", eq="16",
            title=r"$\chi(t) = e^{-\lambda t}\chi(0)$ by propagating the full GKLS equation",
            statement=r"\chi(t) = e^{(\mathcal{L}_A+\mathcal{L}_B)t}[\chi(0)] = e^{-\lambda t}\chi(0)",
            lhs=propagated(chi, "chi_at_t", "chi of rho(t) = exp(L t)[rho(0)] (full GKLS "
                           "generator, numeric.propagate at the working precision)"),
            rhs=exp(-LAMBDA * t) * chi, samplers=EXAMPLE,
            assumptions=["rho(0) = pi_A pi_B + c sz sz, c in the exact admissible range"])
PAPER.claim("text.chi_vanishes", eq="text after (16)", title=r"$\chi(\infty) = 0$",
            statement=r"\chi(\infty) = 0",
            lhs=propagated(chi, "chi_at_infinity", "chi of the unique steady state of the full "
                           "GKLS generator (the exact t -> infinity limit)", when="inf"),
            rhs=0, samplers=EXAMPLE)
PAPER.claim("text.marginals_thermal", eq="text before (16)",
            title=r"the subsystems stay in thermal equilibrium: "
                  r"$\varrho_A(t)\otimes\varrho_B(t) = \pi_A\otimes\pi_B$",
            statement=r"\varrho_A(t)\otimes\varrho_B(t) = \pi_A\otimes\pi_B",
            lhs=propagated(rho_A * rho_B, "marginals_at_t", "rho_A(t) (x) rho_B(t) of the "
                           "propagated state"), rhs=PI_AB, samplers=EXAMPLE)
PAPER.claim("text.U_A_constant", eq="text after (16)", title=r"$U_A$ stays constant",
            statement=r"U_A(t) = \mathrm{Tr}[\varrho_A(t)\hat H_A(t)] = U_A(0)",
            lhs=propagated(U_A, "U_A_at_t", "U_A = Tr[rho_A H^_A] on the propagated state"),
            rhs=U_A, samplers=EXAMPLE)
PAPER.claim("text.U_B_constant", eq="text after (16)", title=r"$U_B$ stays constant",
            statement=r"U_B(t) = \mathrm{Tr}[\varrho_B(t)\hat H_B(t)] = U_B(0)",
            lhs=propagated(U_B, "U_B_at_t", "U_B = Tr[rho_B H^_B] on the propagated state"),
            rhs=U_B, samplers=EXAMPLE)

# ============================================================================ (15), (17) and the remark

DU_chi = PAPER.define("eq15.DU_chi", eq="15", title=r"exchanged correlation energy $\Delta U_\chi$",
                      statement=r"\Delta U_\chi(t) = \mathrm{Tr}[V(\chi(t) - \chi(0))]",
                      expr=Tr(V * chi))
PAPER.claim("text.exchange_is_correlation", eq="text before (15)",
            title=r"the whole energy exchange is correlation energy: $\Delta U = \Delta U_\chi$",
            statement=r"\Delta U(t) = \mathrm{Tr}[H(\varrho(t)-\varrho(0))] = "
                      r"\mathrm{Tr}[V(\chi(t)-\chi(0))]",
            lhs=propagated(U, "DU_at_t", "Tr[H rho(t)] - Tr[H rho(0)] on the propagated state",
                           change=True),
            rhs=propagated(DU_chi, "DU_chi_at_t", "Tr[V chi(t)] - Tr[V chi(0)] on the propagated "
                           "state", change=True), samplers=EXAMPLE)
DU_CHI_PRINTED = 4 * g * c * (exp(-LAMBDA * t) - 1)
PAPER.claim("eq17.exact", eq="17",
            title=r"$\Delta U_\chi(t) = 4gc(e^{-\lambda t} - 1)$ from (16)",
            statement=r"\mathrm{Tr}[V(\chi(t)-\chi(0))] = 4gc(e^{-\lambda t} - 1)",
            lhs=Tr(V * (RHO_T - ptr(RHO_T, "B") * ptr(RHO_T, "A"))) - Tr(V * chi),
            rhs=DU_CHI_PRINTED, samplers=EXAMPLE)
PAPER.claim("eq17.propagated", eq="17",
            title=r"$\Delta U_\chi(t) = 4gc(e^{-\lambda t} - 1)$ by propagating the full GKLS "
                  "equation",
            statement=r"\Delta U_\chi(t) = 4gc(e^{-\lambda t} - 1)",
            lhs=propagated(DU_chi, "DU_chi_at_t", "Tr[V chi(t)] - Tr[V chi(0)] on the propagated "
                           "state", change=True), rhs=DU_CHI_PRINTED, samplers=EXAMPLE)
PAPER.claim("eq17.sign", eq="text after (17)",
            title=r"$\mathrm{sign}[\Delta U_\chi(t)] = -\mathrm{sign}[gc]$",
            statement=r"g c\,\Delta U_\chi(t) < 0 \ (t > 0)", kind="leq",
            lhs=propagated(g * c * DU_chi, "gc_DU_chi_at_t", "g c (Tr[V chi(t)] - Tr[V chi(0)]) on "
                           "the propagated state", change=True), rhs=0, samplers=EXAMPLE,
            notes="gc > 0 (P1): the system releases energy; gc < 0 (P2, P3): it absorbs energy.")
PAPER.claim("eq17.infinity", eq="text after (17)", title=r"$\Delta U_\chi(\infty) = -4gc$",
            statement=r"\Delta U_\chi(\infty) = -4gc",
            lhs=propagated(DU_chi, "DU_chi_at_infinity", "Tr[V chi] on the unique steady state "
                           "minus Tr[V chi(0)]", when="inf", change=True), rhs=-4 * g * c,
            samplers=EXAMPLE)
PAPER.claim("remark.eigenvectors_constant", eq="Remark",
            title=r"the eigenvectors of $\varrho(t)$ do not change ($\Delta U_\chi$ is heat in "
                  "both senses)",
            statement=r"[\varrho(t), \varrho(0)] = 0",
            lhs=propagated(comm(rho, RHO_0), "commutator_at_t", "[rho(t), rho(0)] with the "
                           "propagated rho(t)"), rhs=0, samplers=EXAMPLE,
            notes="H is constant, so dW = Tr[rho dH] = 0 and all of dU is heat in the conventional "
                  "sense; rho(t) stays diagonal in the product basis, so in the entropy-based sense "
                  "too.")
PAPER.claim("example.local_energy_special_states", eq="text (example)",
            title=r"the local energy is stationary on the special states "
                  r"$\pi_A\otimes\pi_B + c\,\sigma_z\otimes\sigma_z$",
            statement=r"\varrho = \pi_A\otimes\pi_B + c\,\sigma_z\otimes\sigma_z \Rightarrow "
                      r"dU_\otimes = 0", lhs=Dt(U_loc), rhs=0, samplers=EXAMPLE, dynamics=GKLS)
PAPER.claim("example.total_energy_special_states", eq="text (example)",
            title=r"while the total energy changes: $dU/dt = -4gc\lambda = "
                  r"\lambda\,\Delta U_\chi(\infty)$",
            statement=r"dU = \mathrm{Tr}[d\varrho\,H] = -4gc\lambda\ \text{at}\ "
                      r"\varrho = \pi_A\otimes\pi_B + c\,\sigma_z\otimes\sigma_z",
            lhs=Dt(U), rhs=-4 * g * c * LAMBDA, samplers=EXAMPLE, dynamics=GKLS)
PAPER.claim("example.local_energy_generic_states", eq="text (example)",
            title=r"control: on generic states the example does not conserve the local energy",
            statement=r"dU_\otimes \ne 0 \text{ for generic } \varrho", lhs=Dt(U_loc), rhs=0,
            samplers=EXAMPLE_GENERIC, dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="The example satisfies (A3) but not (A4): local-energy conservation needs the "
                   "special initial states, as the paper says.")

# ============================================================================ figure


def _curves(smp, times):
    """U_A(t), U_B(t), Delta U_chi(t) on rho(t) propagated with the full GKLS generator (float64
    is plenty for a plot; the claims above check the same quantities at 30 and 50 digits), and
    the printed (17), for the fixed sampler ``smp``."""
    s = smp.build((), "float64", smp.name)
    ev = Evaluator(s)
    gen, r0 = _full_generator(ev), ev.matrix(ev(rho))
    du0 = ev(DU_chi)
    lam, gc = float(np.real(ev(LAMBDA))), float(np.real(ev(g * c)))
    out = {"U_A": [], "U_B": [], "DU_chi": [],
           "(17)": [4 * gc * (np.exp(-lam * x) - 1) for x in times]}
    for x in times:
        at = Evaluator(dataclasses.replace(
            s, bindings={**s.bindings, rho: numeric.propagate(gen, r0, x)}, memo={}))
        out["U_A"].append(float(np.real(at(U_A))))
        out["U_B"].append(float(np.real(at(U_B))))
        out["DU_chi"].append(float(np.real(at(DU_chi) - du0)))
    return out, lam


def draw_energies(path):
    """Delta U_chi(t) (top) and U_A(t), U_B(t) (bottom) for parameter sets P1 (g c > 0) and P2
    (g c < 0); legends below the axes."""
    times = [k / 100 for k in range(121)]
    fig, axes = figures.figure(2, 2, width=10, height=6.6)
    for col, smp, label in ((0, EXAMPLE[1], r"P1: $gc > 0$ ($c = 1/60$)"),
                            (1, EXAMPLE[2], r"P2: $gc < 0$ ($c = -1/60$)")):
        cur, lam = _curves(smp, times)
        top, bottom = axes[0][col], axes[1][col]
        top.plot(times, cur["DU_chi"], color="C0", label=r"$\Delta U_\chi(t)$, propagated GKLS (1)")
        top.plot(times[::6], cur["(17)"][::6], "o", color="C3", mfc="none",
                 label=r"$4gc(e^{-\lambda t}-1)$, eq. (17)")
        top.axhline(0, color="0.7", lw=0.5)
        top.set_title(f"{label}, $\\lambda = {lam:.3f}\\,\\epsilon/\\hbar$", fontsize=10)
        top.set_ylabel(r"$\Delta U_\chi$  [$\epsilon$]")
        top.set_xlabel(r"time $t$  [$\hbar/\epsilon$]")
        bottom.plot(times, cur["U_A"], color="C1", label=r"$U_A(t)$")
        bottom.plot(times, cur["U_B"], color="C2", label=r"$U_B(t)$")
        bottom.set_xlabel(r"time $t$  [$\hbar/\epsilon$]")
        bottom.set_ylabel(r"local energy  [$\epsilon$]")
        both = cur["U_A"] + cur["U_B"]
        span = max(both) - min(both)
        bottom.set_ylim(min(both) - 0.2 * span - 0.05, max(both) + 0.2 * span + 0.05)
    for row in (0, 1):
        axes[row][1].legend(*axes[row][0].get_legend_handles_labels(), fontsize=8,
                            loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0)
    fig.suptitle(r"Two-qubit example: $\omega_A = 1.2\,\epsilon$, $\omega_B = 0.7\,\epsilon$, "
                 r"$\beta_A = 0.4/\epsilon$, $\beta_B = 1.8/\epsilon$, $g = 0.25\,\epsilon$; "
                 r"$\epsilon$ the energy unit", fontsize=10)
    fig.tight_layout()
    figures.save(fig, path)


PAPER.figure("energies", "Delta U_chi(t) (propagated full GKLS equation, line; eq. (17), circles), "
              "U_A(t) and U_B(t) for parameter set P1 (g c > 0: energy released) and P2 "
              "(g c < 0: energy absorbed); the local energies stay constant. Energies in a unit "
              "epsilon (that of omega, g and 1/beta), times in hbar/epsilon.", draw_energies)

# ============================================================================ Appendix A: the chain (A1)

dU_loc = Dt(U_loc)
L_prod_A, L_prod_B = Dissipator(rho_A * rho_B, "A"), Dissipator(rho_B * rho_A, "B")
comm_term = -I * Tr(comm(Hh_A + Hh_B, V) * chi)
A1_LINES = {
    2: Tr((-I * comm(Hh_A, rho_A) - I * ptr(comm(V, chi), "B") + Dissipator(rho_A, "A")) * Hh_A)
    + Tr((-I * comm(Hh_B, rho_B) - I * ptr(comm(V, chi), "A") + Dissipator(rho_B, "B")) * Hh_B),
    3: Tr((-I * ptr(comm(V, chi), "B") + Dissipator(rho_A, "A")) * Hh_A)
    + Tr((-I * ptr(comm(V, chi), "A") + Dissipator(rho_B, "B")) * Hh_B),
    4: -I * Tr(comm(Hh_A, V) * chi) - I * Tr(comm(Hh_B, V) * chi)
    + Tr(Dissipator(rho_A, "A") * Hh_A) + Tr(Dissipator(rho_B, "B") * Hh_B),
    5: comm_term + Tr(L_prod_A * H_A) + Tr(L_prod_B * H_B)
    + Tr(Dissipator(rho_A, "A") * ptr(V * rho_B, "B"))
    + Tr(Dissipator(rho_B, "B") * ptr(V * rho_A, "A")),
    6: comm_term + Tr(L_prod_A * H_A) + Tr(L_prod_B * H_B)
    + Tr(Dissipator(rho_A, "A") * V * rho_B) + Tr(Dissipator(rho_B, "B") * V * rho_A),
    7: comm_term + Tr(L_prod_A * H_A) + Tr(L_prod_B * H_B) + Tr(L_prod_A * V) + Tr(L_prod_B * V),
    8: comm_term + Tr(L_prod_A * (H_A + V)) + Tr(L_prod_B * (H_B + V)),
}
A1_TEXT = {
    2: (r"\mathrm{Tr}_A[(-i[\hat H_A,\varrho_A] - i\mathrm{Tr}_B[V,\chi] + \mathcal{L}_A[\varrho_A])"
        r"\hat H_A] + (A\leftrightarrow B)", "substitute (4)"),
    3: (r"\mathrm{Tr}_A[(-i\mathrm{Tr}_B[V,\chi] + \mathcal{L}_A[\varrho_A])\hat H_A] + "
        r"(A\leftrightarrow B)", r"drop $\mathrm{Tr}[[\hat H, \varrho]\hat H] = 0$ (the '(4)' "
        "over this '=' is a mislabel: (4) is used in the line before)"),
    4: (r"-i\mathrm{Tr}[[\hat H_A,V]\chi] - i\mathrm{Tr}[[\hat H_B,V]\chi] + "
        r"\mathrm{Tr}_A[\mathcal{L}_A[\varrho_A]\hat H_A] + \mathrm{Tr}_B[\mathcal{L}_B[\varrho_B]\hat H_B]",
        "cyclicity (an extra closing bracket is printed)"),
    5: (r"\dots + \mathrm{Tr}_A[\mathcal{L}_A[\varrho_A]\mathrm{Tr}_B[V\varrho_B]] + "
        r"\mathrm{Tr}_B[\mathcal{L}_B[\varrho_B]\mathrm{Tr}_A[V\varrho_A]]",
        r"insert (5); $\mathrm{Tr}[\mathcal{L}_A[\varrho_A]] = 0$ removes the $\alpha$ terms"),
    6: (r"\dots + \mathrm{Tr}[\mathcal{L}_A[\varrho_A]V\varrho_B] + "
        r"\mathrm{Tr}[\mathcal{L}_B[\varrho_B]V\varrho_A]", "partial traces as full traces"),
    7: (r"\dots + \mathrm{Tr}[\mathcal{L}_A[\varrho_A\otimes\varrho_B]V] + "
        r"\mathrm{Tr}[\mathcal{L}_B[\varrho_A\otimes\varrho_B]V]",
        r"$\mathcal{L}_A[\varrho_A]\varrho_B = \mathcal{L}_A[\varrho_A\otimes\varrho_B]$"),
    8: (r"-i\mathrm{Tr}[[\hat H_A+\hat H_B,V]\chi] + \mathrm{Tr}[\mathcal{L}_A[\varrho_A\otimes"
        r"\varrho_B](H_A+V)] + \mathrm{Tr}[\mathcal{L}_B[\varrho_A\otimes\varrho_B](H_B+V)]",
        "collect terms"),
}
PAPER.claim("A1.line1", eq="A1",
            title=r"(A1) line 1: $dU_A + dU_B = \mathrm{Tr}[d\varrho_A\hat H_A] + "
                  r"\mathrm{Tr}[d\varrho_B\hat H_B]$",
            statement=r"dU_\otimes = dU_A + dU_B = \mathrm{Tr}[d\varrho_A\hat H_A] + "
                      r"\mathrm{Tr}[d\varrho_B\hat H_B]",
            lhs=Dt(U_A) + Dt(U_B), rhs=Tr(Dt(rho_A) * Hh_A) + Tr(Dt(rho_B) * Hh_B),
            samplers=GENERAL, dynamics=GKLS,
            notes="True for the sum only; see the control eq9.termwise.")
for k in (2, 3, 4):
    PAPER.claim(f"A1.line{k}", eq="A1", title=f"(A1) line {k}: {A1_TEXT[k][1]}",
                statement=r"dU_\otimes = " + A1_TEXT[k][0], lhs=dU_loc, rhs=A1_LINES[k],
                samplers=GENERAL, dynamics=GKLS)
PAPER.claim("A1.line5_printed", eq="A1",
            title=r"(A1) line 5 as printed: last term "
                  r"$\mathrm{Tr}_A[\mathcal{L}_B[\varrho_B]\,\mathrm{Tr}_A[V\varrho_A]]$",
            statement=r"dU_\otimes = -i\mathrm{Tr}[[\hat H_A+\hat H_B,V]\chi] + \dots + "
                      r"\mathrm{Tr}_A[\mathcal{L}_B[\varrho_B]\,\mathrm{Tr}_A[V\varrho_A]]",
            lhs=dU_loc, rhs=A1_LINES[5] - Tr(Dissipator(rho_B, "B") * ptr(V * rho_A, "A"))
            + ptr(Dissipator(rho_B, "B") * ptr(V * rho_A, "A"), "A"),
            samplers=GENERAL, dynamics=GKLS, expected=FAILS, search=False,
            reason="L_B[rho_B] and Tr_A[V rho_A] both act on B, so the printed outer Tr_A does not "
                   "produce a number: evaluated literally (the operator on B is extended by I_A "
                   "and traced over A) the term is d_A L_B[rho_B] Tr_A[V rho_A], an operator on B, "
                   "and the line is not equal to the number dU_loc. The subscript is a typo for "
                   "Tr_B (the next line has the correct Tr[L_B[rho_B] V rho_A]).")
PAPER.claim("A1.line5", eq="A1", title=f"(A1) line 5 with $\\mathrm{{Tr}}_B$ in the last term: "
                                       f"{A1_TEXT[5][1]}",
            statement=r"dU_\otimes = " + A1_TEXT[5][0], lhs=dU_loc, rhs=A1_LINES[5],
            samplers=GENERAL, dynamics=GKLS, role="corrected", corrects="A1.line5_printed")
for k in (6, 7, 8):
    PAPER.claim(f"A1.line{k}", eq="A1", title=f"(A1) line {k}: {A1_TEXT[k][1]}",
                statement=r"dU_\otimes = " + A1_TEXT[k][0], lhs=dU_loc, rhs=A1_LINES[k],
                samplers=GENERAL, dynamics=GKLS,
                notes="" if k < 8 else "Lines 9, 10 and 11 of (A1) repeat line 8 character for "
                "character (a duplication in typesetting); they state nothing beyond line 8.")
PAPER.claim("A1.local_dissipator", eq="A1",
            title=r"$\mathcal{L}_A$ acts on the A factor of a product",
            statement=r"\mathcal{L}_A[\varrho_A\otimes\varrho_B] = \mathcal{L}_A[\varrho_A]\otimes\varrho_B",
            lhs=L_prod_A, rhs=Dissipator(rho_A, "A") * rho_B, samplers=GENERAL)
PAPER.claim("A1.unital_A", eq="text after (A1)", title=r"$\mathcal{L}^\#_A[\mathbb{I}_A] = 0$",
            statement=r"\mathcal{L}^\#_A[\mathbb{I}_A] = 0", lhs=DissipatorAdj(1, "A"), rhs=0,
            samplers=GENERAL)
PAPER.claim("A1.unital_B", eq="text after (A1)", title=r"$\mathcal{L}^\#_B[\mathbb{I}_B] = 0$",
            statement=r"\mathcal{L}^\#_B[\mathbb{I}_B] = 0", lhs=DissipatorAdj(1, "B"), rhs=0,
            samplers=GENERAL)
PAPER.claim("A1.adjoint_A_of_H_B", eq="text after (A1)",
            title=r"$\mathcal{L}^\#_A[\mathbb{I}\otimes H_B] = 0$",
            statement=r"\mathcal{L}^\#_A[\mathbb{I}\otimes H_B] = 0 \iff "
                      r"\mathcal{L}^\#_A[H_A + H_B] = \mathcal{L}^\#_A[H_A]",
            lhs=DissipatorAdj(H_A + H_B, "A"), rhs=DissipatorAdj(H_A, "A"), samplers=GENERAL,
            notes="Written through linearity because the evaluator applies L_A only to operators "
                  "that act on A.")
PAPER.claim("A1.adjoint_B_of_H_A", eq="text after (A1)",
            title=r"$\mathcal{L}^\#_B[H_A\otimes\mathbb{I}] = 0$",
            statement=r"\mathcal{L}^\#_B[H_A\otimes\mathbb{I}] = 0 \iff "
                      r"\mathcal{L}^\#_B[H_A + H_B] = \mathcal{L}^\#_B[H_B]",
            lhs=DissipatorAdj(H_A + H_B, "B"), rhs=DissipatorAdj(H_B, "B"), samplers=GENERAL)
PAPER.claim("A2.dU_loc", eq="A2", title="final form of the local-energy change",
            statement=r"dU_\otimes = -i\mathrm{Tr}[[\hat H_A+\hat H_B,V]\chi] + "
                      r"\mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho_A\otimes\varrho_B]",
            lhs=dU_loc, rhs=comm_term + Tr(A4_LHS * rho_A * rho_B), samplers=GENERAL,
            dynamics=GKLS,
            notes="At a product state (chi = 0) this reads dU_loc = Tr[(L#_A[H] + L#_B[H]) "
                  "rho_A rho_B]; product states span all operators, so dU_loc = 0 for every state "
                  "forces L#_A[H] + L#_B[H] = 0: condition (A4) is necessary, not only sufficient, "
                  "for universal local-energy conservation.")

# ============================================================================ Errata

PAPER.erratum("c_range_factor", kind="factor", impact="result", where="text before (16)",
              printed=r"c\in[-e^{-\beta_A\omega_A-\beta_B\omega_B},\ \min\{e^{-\beta_A\omega_A+"
                      r"\beta_B\omega_B}, e^{\beta_A\omega_A-\beta_B\omega_B}\}]",
              corrected=r"c\in[-e^{-\beta_A\omega_A-\beta_B\omega_B},\ \min\{e^{-\beta_A\omega_A+"
                        r"\beta_B\omega_B}, e^{\beta_A\omega_A-\beta_B\omega_B}\}]/(Z_A Z_B)",
              evidence="rho(0) = pi_A pi_B + c sz sz has the eigenvalues e^{-+a-+b}/(Z_A Z_B) +- c; "
                       "at the printed ends (P1: c = -0.176, 0.458) it has a negative eigenvalue, "
                       "the interval is too wide by Z_A Z_B >= 4",
              claims=["text.c_range_lower_printed", "text.c_range_upper_printed"])
PAPER.erratum("pi_A_temperature", kind="symbol", impact="cosmetic", where="text before (14)",
              printed=r"\pi_A \equiv e^{-\beta_B H_A}/Z_A",
              corrected=r"\pi_A \equiv e^{-\beta_A H_A}/Z_A",
              evidence="with (13) at beta_A, L_A[e^{-beta_B H_A}] != 0 when beta_A != beta_B; "
                       "eq. (14) prints beta_A",
              claims=["text.pi_A_printed"])
PAPER.erratum("eq14_condition", kind="overstatement", impact="cosmetic", where="text before (14)",
              printed=r"[H_A + H_B, V] = 0 \Rightarrow \pi_A\otimes\pi_B \text{ is the unique "
                      r"steady state of (1)}",
              corrected=r"[H_A, V] = [H_B, V] = 0 \Rightarrow \pi_A\otimes\pi_B \text{ is the "
                        r"unique steady state of (1)}",
              evidence="resonant H_A, H_B (equal gaps) and a flip-flop coupling: [H_A + H_B, V] = 0 "
                       "but -i[V, pi_A pi_B] != 0 for beta_A != beta_B; the example (V = g sz sz) "
                       "meets the corrected condition",
              claims=["eq14.steady_state_printed"])
PAPER.erratum("only_chi_evolves", kind="overstatement", impact="cosmetic",
              where="text after (14)",
              printed=r"\varrho(0) = \pi_A\otimes\pi_B + \chi(0) \Rightarrow \varrho(t) = "
                      r"\pi_A\otimes\pi_B + \chi(t)",
              corrected=r"\chi(0) \text{ diagonal in the product eigenbasis} \Rightarrow "
                        r"\varrho(t) = \pi_A\otimes\pi_B + \chi(t)",
              evidence="d rho_A/dt = -i Tr_B[V, chi(0)] != 0 for a coherent chi(0) (4 g c_x sy for "
                       "chi(0) = c_x sx sz in the example); the example's chi(0) = c sz sz is "
                       "diagonal",
              claims=["text.only_chi_evolves_printed"])
PAPER.erratum("cond_ii_factor_i", kind="factor", impact="cosmetic",
              where="text after condition (ii)",
              printed=r"\mathrm{Tr}[-i([H,\varrho] + \mathcal{L}_A[\varrho] + "
                      r"\mathcal{L}_B[\varrho])H]",
              corrected=r"\mathrm{Tr}[(-i[H,\varrho] + \mathcal{L}_A[\varrho] + "
                        r"\mathcal{L}_B[\varrho])H]",
              evidence="as printed the middle expression is -i dU, not dU (Tr[[H, rho] H] = 0): "
                       "the -i belongs to the commutator only",
              claims=["text.cond_ii_dU_printed"])
PAPER.erratum("A1_line5_subscript", kind="symbol", impact="cosmetic", where="(A1), line 5",
              printed=r"\mathrm{Tr}_A[\mathcal{L}_B[\varrho_B]\,\mathrm{Tr}_A[V\varrho_A]]",
              corrected=r"\mathrm{Tr}_B[\mathcal{L}_B[\varrho_B]\,\mathrm{Tr}_A[V\varrho_A]]",
              evidence="both factors act on B: the printed outer Tr_A leaves an operator on B "
                       "(d_A times the term), not a number; line 6 has the right term",
              claims=["A1.line5_printed"])
