"""Alipour, Benatti, Bakhshinezhad, Afsary, Marcantoni, Rezakhani,
"Correlations in quantum thermodynamics: Heat, work, and entropy production",
Sci. Rep. 6, 35568 (2016).  Claims in equation order, eqs. (1)-(116) and the unnumbered
claims of the text.

Sections: first law (1)-(29), second law (30)-(48), Example I (thermalizing qubit,
(49)-(76)), Example II (dephasing qubit, (77)-(116)), figure.
"""
import math

import mpmath as mp
import numpy as np
import sympy
from sympy import I, Rational, Symbol, coth, exp, log, sqrt, tanh

from corrcheck import numeric
from corrcheck.symbolic.expr import (Dag, Dissipator, Dt, Entropy, Expm, Logm, Mat, Op, RelEntropy, Tr,
                           anticomm, comm, mutual_information, ptr)

from corrcheck.claim import FAILS, UNDECIDED, Paper, Precondition
from corrcheck.derivations.alipour2024 import EQ13_STATE, EXAMPLE2_H, special_closed
from corrcheck.setups import (Bipartite, closed, closed_form, draw, evolved_state,
                              gibbs_preserving_gkls, gibbs_state, kron, pauli, printed,
                              product_state, special, thermal_gkls)
from corrcheck.evaluate import Evaluator
from corrcheck.samplers import (Sample, density, derived, fixed, hermitian, positive, real, sampler,
                       uniform)

PAPER = Paper(
    "alipour2016",
    title="Correlations in quantum thermodynamics: Heat, work, and entropy production",
    reference="S. Alipour et al., Sci. Rep. 6, 35568 (2016)",
    conventions="hbar = k_B = 1, natural log, S (x) B, d rho_SB = -i[H_tot, rho_SB] dtau (eq. 2); "
                "dQ = Tr[d rho H], dW = Tr[rho dH] (eqs. 3-4); differentials are written as "
                "rates d/dtau along the exact flow (unitary for SB, GKLS or the printed solutions "
                "for the examples), never finite differences. alpha_B = 1 - alpha_S, alpha_S any "
                "real number (random samples draw both signs; fixed samples pin alpha_S = -0.5). "
                "Basis: sigma_z = diag(1, -1) and sigma_z|l> = (-1)^l |l> (eq. 82), so |0> is the "
                "first basis vector and, for H_S = w0 sigma_z / 2 with w0 > 0, the EXCITED state: "
                "rho_00 = (1 + z)/2 is the excited population, the Gibbs state of eq. (57) has "
                "z = -tanh(beta w0/2), and in eqs. (56)-(57) the upper-left entry decays towards "
                "the smaller thermal population. sigma_+ must then raise |1> -> |0>: the corrected "
                "eq. (51) uses sigma_+- = (sigma_x +- i sigma_y)/2 = |0><1|, |1><0| (the printed "
                "definition after eq. (50) lacks the 1/2; see eq56.solves_51_printed). Example II "
                "is checked on one bosonic mode truncated to N Fock levels (a|n> = sqrt(n)|n-1>); "
                "the paper's vectors use its own notation (77): a(g) = sum_k g_k^* a_k, and "
                "'components' of f_tau, g_tau are the coefficients g_k^* of a_k.",
)

# ============================================================================ first law

SB = Bipartite.named("S", "B", H_int="H_int")
rho, rho_S, rho_B, H_S, H_B, H_int = SB.rho, SB.rho_a, SB.rho_b, SB.H_a, SB.H_b, SB.H_int
alpha_S = Symbol("alpha_S", real=True)
alpha_B = 1 - alpha_S

UNITARY = (closed(SB) + draw({alpha_S: real(scale=2)})).samplers("hs") + (
    special_closed(SB, scalars={alpha_S: fixed("-0.5")}),)
SCHROEDINGER = SB.schroedinger
CLOSED = "SB closed, H_tot time-independent (eqs. 1-2)"
NO_SEARCH = ("An exact identity checked on every sample at two precisions; no counterexample "
             "search (it would only repeat the samples).")

# The quantities of eqs. (8)-(20), registered below in equation order.
H_tot = SB.H
chi = SB.chi
Hp_S = H_S + ptr(rho_B * H_int, "B")
Hp_B = H_B + ptr(rho_S * H_int, "S")
Hp_int = H_int - ptr(rho_S * H_int, "S") - ptr(rho_B * H_int, "B")
E_int = Tr(rho_S * rho_B * H_int)
H_eff_S = Hp_S - alpha_S * E_int
H_eff_B = Hp_B - alpha_B * E_int
H_eff_int = H_tot - H_eff_S - H_eff_B
U_S = Tr(rho_S * H_eff_S)
U_B = Tr(rho_B * H_eff_B)
U_chi = Tr(chi * H_eff_int)
U_tot = Tr(rho * H_tot)
dQ_S = Tr(Dt(rho_S) * H_eff_S)
dQ_B = Tr(Dt(rho_B) * H_eff_B)
dW_S = Tr(rho_S * Dt(H_eff_S))
dW_B = Tr(rho_B * Dt(H_eff_B))

PAPER.define("eq1.H_tot", eq="1", title="total Hamiltonian",
             statement=r"H_{\mathrm{tot}} = H_S + H_B + H_{\mathrm{int}}", expr=H_tot)
PAPER.define("eq2.schroedinger", eq="2", title="unitary dynamics of SB",
             statement=r"d\rho_{SB} = -i[H_{\mathrm{tot}}, \rho_{SB}]\,d\tau",
             expr=SCHROEDINGER[rho],
             notes="Every claim on a closed system uses this flow for Dt (dynamics={rho: -i[H, rho]}).")
PAPER.claim("text.U_tot_constant", eq="text after (1)", title="total internal energy is conserved",
            statement=r"d\,\mathrm{Tr}[\rho_{SB} H_{\mathrm{tot}}] = 0",
            lhs=Dt(U_tot), rhs=0, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED])
PAPER.define("eq3.heat", eq="3", title="heat", statement=r"d\mathbb{Q} = \mathrm{Tr}[d\rho\, H]")
PAPER.define("eq4.work", eq="4", title="work", statement=r"d\mathbb{W} = \mathrm{Tr}[\rho\, dH]")
PAPER.claim("eq5.first_law_S", eq="5", title="first law dU = dQ + dW (for S, effective Hamiltonian)",
            trivial="the product rule for U_S = Tr[rho_S H_S^eff]: (5) names its two terms heat "
                    "and work",
            statement=r"d\mathbb{U}_S = \mathrm{Tr}[d\rho_S H^{(\mathrm{eff})}_S] + \mathrm{Tr}[\rho_S\, dH^{(\mathrm{eff})}_S]",
            lhs=Dt(U_S), rhs=dQ_S + dW_S, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED, "U, Q, W of eqs. (3)-(5) with H = H_S^(eff)(tau) of eq. (15)"])
PAPER.claim("eq6.reduced_S", eq="6", title="reduced dynamics of S",
            statement=r"\dot\rho_S = -i[H_S, \rho_S] - i\,\mathrm{Tr}_B[H_{\mathrm{int}}, \rho_{SB}]",
            lhs=Dt(rho_S), rhs=-I * comm(H_S, rho_S) - I * ptr(comm(H_int, rho), "B"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq7.reduced_B", eq="7", title="reduced dynamics of B",
            statement=r"\dot\rho_B = -i[H_B, \rho_B] - i\,\mathrm{Tr}_S[H_{\mathrm{int}}, \rho_{SB}]",
            lhs=Dt(rho_B), rhs=-I * comm(H_B, rho_B) - I * ptr(comm(H_int, rho), "S"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.define("eq8.chi", eq="8", title="correlation matrix",
             statement=r"\rho_{SB} = \rho_S\otimes\rho_B + \chi", expr=chi)
PAPER.claim("eq9.chi_form_S", eq="9", title="reduced dynamics of S with chi",
            statement=r"\dot\rho_S = -i[H'_S, \rho_S] - i\,\mathrm{Tr}_B[H_{\mathrm{int}}, \chi]",
            lhs=Dt(rho_S), rhs=-I * comm(Hp_S, rho_S) - I * ptr(comm(H_int, chi), "B"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq10.chi_form_B", eq="10", title="reduced dynamics of B with chi",
            statement=r"\dot\rho_B = -i[H'_B, \rho_B] - i\,\mathrm{Tr}_S[H_{\mathrm{int}}, \chi]",
            lhs=Dt(rho_B), rhs=-I * comm(Hp_B, rho_B) - I * ptr(comm(H_int, chi), "S"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.define("eq11.Hp_S", eq="11", title="modified Hamiltonian of S",
             statement=r"H'_S = H_S + \mathrm{Tr}_B[\rho_B H_{\mathrm{int}}]", expr=Hp_S)
PAPER.define("eq11.Hp_B", eq="11", title="modified Hamiltonian of B",
             statement=r"H'_B = H_B + \mathrm{Tr}_S[\rho_S H_{\mathrm{int}}]", expr=Hp_B)
PAPER.claim("eq12.split", eq="12", title="H_tot = H'_S + H'_B + H'_int",
            trivial="the mean-field terms added to H'_S, H'_B by (11) are subtracted from H'_int "
                    "by (13)",
            statement=r"H_{\mathrm{tot}} = H'_S + H'_B + H'_{\mathrm{int}}",
            lhs=H_tot, rhs=Hp_S + Hp_B + Hp_int, samplers=UNITARY)
PAPER.define("eq13.Hp_int", eq="13", title="modified interaction",
             statement=r"H'_{\mathrm{int}} = H_{\mathrm{int}} - \mathrm{Tr}_S[\rho_S H_{\mathrm{int}}]"
                       r" - \mathrm{Tr}_B[\rho_B H_{\mathrm{int}}]", expr=Hp_int)
PAPER.claim("eq14.local_mean_S", eq="14", title="Tr_S[rho_S H'_int] is -E_int times the identity of B",
            statement=r"\mathrm{Tr}_S[\rho_S H'_{\mathrm{int}}] = -\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]\,\mathbb{1}_B",
            lhs=ptr(rho_S * Hp_int, "S"), rhs=-E_int, samplers=UNITARY,
            notes="Eq. (14) equates an operator on B, an operator on S and a number: it holds as "
                  "Tr_S[rho_S H'_int] = -E 1_B and Tr_B[rho_B H'_int] = -E 1_S with "
                  "E = Tr[rho_S (x) rho_B H_int], i.e. both sides are proportional to the "
                  "identity ('a nonzero scalar').")
PAPER.claim("eq14.local_mean_B", eq="14", title="Tr_B[rho_B H'_int] is -E_int times the identity of S",
            statement=r"\mathrm{Tr}_B[\rho_B H'_{\mathrm{int}}] = -\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]\,\mathbb{1}_S",
            lhs=ptr(rho_B * Hp_int, "B"), rhs=-E_int, samplers=UNITARY)
PAPER.define("eq15.H_eff_S", eq="15", title="effective Hamiltonian of S",
             statement=r"H_S^{(\mathrm{eff})} = H'_S - \alpha_S\,\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]",
             expr=H_eff_S)
PAPER.define("eq16.H_eff_B", eq="16", title="effective Hamiltonian of B",
             statement=r"H_B^{(\mathrm{eff})} = H'_B - \alpha_B\,\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]",
             expr=H_eff_B)
PAPER.define("eq17.H_eff_int", eq="17", title="effective interaction",
             statement=r"H_{\mathrm{int}}^{(\mathrm{eff})} = H_{\mathrm{tot}} - H_S^{(\mathrm{eff})} - H_B^{(\mathrm{eff})}",
             expr=H_eff_int)
PAPER.claim("text.eq9_eff_S", eq="text after (17)", title="eq. (9) with H_S^(eff) in place of H'_S",
            statement=r"\dot\rho_S = -i[H^{(\mathrm{eff})}_S, \rho_S] - i\,\mathrm{Tr}_B[H_{\mathrm{int}}, \chi]",
            lhs=Dt(rho_S), rhs=-I * comm(H_eff_S, rho_S) - I * ptr(comm(H_int, chi), "B"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("text.eq10_eff_B", eq="text after (17)", title="eq. (10) with H_B^(eff) in place of H'_B",
            statement=r"\dot\rho_B = -i[H^{(\mathrm{eff})}_B, \rho_B] - i\,\mathrm{Tr}_S[H_{\mathrm{int}}, \chi]",
            lhs=Dt(rho_B), rhs=-I * comm(H_eff_B, rho_B) - I * ptr(comm(H_int, chi), "S"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq18.inaccessible_S", eq="18", title="H_int^(eff) has zero local mean for S",
            statement=r"\mathrm{Tr}_S[\rho_S H^{(\mathrm{eff})}_{\mathrm{int}}] = 0",
            lhs=ptr(rho_S * H_eff_int, "S"), rhs=0, samplers=UNITARY)
PAPER.claim("eq18.inaccessible_B", eq="18", title="H_int^(eff) has zero local mean for B",
            statement=r"\mathrm{Tr}_B[\rho_B H^{(\mathrm{eff})}_{\mathrm{int}}] = 0",
            lhs=ptr(rho_B * H_eff_int, "B"), rhs=0, samplers=UNITARY)
PAPER.define("eq19.U_S", eq="19", title="internal energy of S",
             statement=r"\mathbb{U}_S = \mathrm{Tr}[\rho_S H_S^{(\mathrm{eff})}]", expr=U_S)
PAPER.define("eq19.U_B", eq="19", title="internal energy of B",
             statement=r"\mathbb{U}_B = \mathrm{Tr}[\rho_B H_B^{(\mathrm{eff})}]", expr=U_B)
PAPER.define("eq20.U_chi", eq="20", title="binding energy",
             statement=r"\mathbb{U}_\chi = \mathrm{Tr}[\chi H_{\mathrm{int}}^{(\mathrm{eff})}]", expr=U_chi)
PAPER.claim("eq21.energy_split", eq="21", title="U_tot = U_S + U_B + U_chi",
            statement=r"\mathbb{U}_{\mathrm{tot}} = \mathbb{U}_S + \mathbb{U}_B + \mathbb{U}_\chi",
            lhs=U_tot, rhs=U_S + U_B + U_chi, samplers=UNITARY)
PAPER.claim("text.tr_chi_HS", eq="text after (21)",
            title="correlations carry no local energy of S",
            statement=r"\mathrm{Tr}[\chi H_S] = 0", lhs=Tr(chi * H_S), rhs=0, samplers=UNITARY)
PAPER.claim("text.tr_chi_HB", eq="text after (21)",
            title="correlations carry no local energy of B",
            statement=r"\mathrm{Tr}[\chi H_B] = 0", lhs=Tr(chi * H_B), rhs=0, samplers=UNITARY)


# ---------------------------------------------------------------- uncorrelated starts

def _no_exact(kind, what):
    if kind == "exact":
        raise NotImplementedError(f"{what} has no generic exact form")


rho_S0 = Op("rho_S0", ("S",), "state")
rho_B0 = Op("rho_B0", ("B",), "state")
rho_SB0 = Op("rho_SB0", ("S", "B"), "state")      # the uncorrelated start rho_S0 (x) rho_B0
tau = Symbol("tau", nonnegative=True)
QUBIT_A = [["0.7", "0.2-0.15j"], ["0.2+0.15j", "0.3"]]
QUBIT_B = [["0.35", "-0.1+0.25j"], ["-0.1-0.25j", "0.65"]]
HAMILTONIANS = {H_S: hermitian(), H_B: hermitian(), H_int: hermitian()}
QUBITS_EX2 = {rho_S0: fixed(QUBIT_A, state_dims=(2,)), rho_B0: fixed(QUBIT_B, state_dims=(2,)),
              H_S: fixed(EXAMPLE2_H[0]), H_B: fixed(EXAMPLE2_H[1]), H_int: fixed(EXAMPLE2_H[2])}
QUBITS_TEXT = "qubit states QUBIT_A, QUBIT_B and the Hamiltonians of alipour2024 Example II"
START = draw({rho_S0: density(), rho_B0: density(), **HAMILTONIANS, alpha_S: real(scale=2)},
             text="product state")
PRODUCT_START = START + product_state(rho, rho_S0, rho_B0)
EVOLVED_START = START + draw({tau: positive(1)}) + product_state(rho_SB0, rho_S0, rho_B0) \
    + evolved_state(rho, rho_SB0, H_tot, tau)
PRODUCT = PRODUCT_START.samplers("prod") + (
    PRODUCT_START.given({**QUBITS_EX2, alpha_S: fixed("-0.5")}).sampler(
        "prod-fixed-2x2", (2, 2), QUBITS_TEXT),)
PAPER.claim("text.additive_if_uncorrelated", eq="text after (21)",
            title="binding energy vanishes for an uncorrelated state, whatever H_int",
            statement=r"\rho_{SB} = \rho_S\otimes\rho_B \Rightarrow \mathbb{U}_{\mathrm{tot}} = \mathbb{U}_S + \mathbb{U}_B",
            lhs=U_tot, rhs=U_S + U_B, samplers=PRODUCT, role="control", search=False,
            notes=NO_SEARCH + " The paper says U_tot ~ U_S + U_B 'only if H_int ~ 0 and rho ~ rho_S (x) rho_B'. "
                  "No small interaction is needed: chi = 0 alone gives U_chi = Tr[chi H^(eff)_int] "
                  "= 0 exactly, for any H_int (random H_int of norm ~1 here). H_int still enters "
                  "U_S and U_B through H'_S, H'_B.")
PAPER.claim("eq22.work_S", eq="22", title="work done on S",
            statement=r"d\mathbb{W}_S = \alpha_B\,\mathrm{Tr}[\rho_S\otimes d\rho_B H_{\mathrm{int}}]"
                      r" - \alpha_S\,\mathrm{Tr}[d\rho_S\otimes\rho_B H_{\mathrm{int}}]",
            lhs=dW_S, rhs=alpha_B * Tr(rho_S * Dt(rho_B) * H_int)
            - alpha_S * Tr(Dt(rho_S) * rho_B * H_int),
            samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED, "dW_S = Tr[rho_S dH_S^(eff)] (eqs. 4, 15)"])
PAPER.claim("eq22.work_antisymmetric", eq="22", title="work done on S is minus the work done on B",
            statement=r"d\mathbb{W}_S = -d\mathbb{W}_B", lhs=dW_S, rhs=-dW_B,
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq23.work_balance", eq="23", title="work balance (action-reaction)",
            statement=r"d\mathbb{W}_S + d\mathbb{W}_B = 0", lhs=dW_S + dW_B, rhs=0,
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("text.heat_alpha_free", eq="text before (24)",
            title="alpha_S does not enter the heat (Tr d rho_S = 0)",
            statement=r"\mathrm{Tr}[d\rho_S H^{(\mathrm{eff})}_S] = \mathrm{Tr}[d\rho_S H'_S]",
            lhs=dQ_S, rhs=Tr(Dt(rho_S) * Hp_S), samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED])
PAPER.claim("eq24.heat_S", eq="24", title="heat into S through correlations",
            statement=r"d\mathbb{Q}_S = -i\,\mathrm{Tr}[\chi[H^{(\mathrm{eff})}_S, H_{\mathrm{int}}]]\,d\tau",
            lhs=dQ_S, rhs=-I * Tr(chi * comm(H_eff_S, H_int)), samplers=UNITARY,
            dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq25.heat_B", eq="25", title="heat into B through correlations",
            statement=r"d\mathbb{Q}_B = -i\,\mathrm{Tr}[\chi[H^{(\mathrm{eff})}_B, H_{\mathrm{int}}]]\,d\tau",
            lhs=dQ_B, rhs=-I * Tr(chi * comm(H_eff_B, H_int)), samplers=UNITARY,
            dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq26.heat_balance", eq="26", title="heat balance: binding energy is heat",
            statement=r"d\mathbb{Q}_S + d\mathbb{Q}_B = -d\mathbb{U}_\chi",
            lhs=dQ_S + dQ_B, rhs=-Dt(U_chi), samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED,
                         "dQ_{S,B} = Tr[d rho_{S,B} H^(eff)_{S,B}] (eqs. 3, 15-16), any real alpha_S"])
PAPER.claim("text.dU_chi_is_dchi", eq="text after (26)", title="binding energy changes only with chi",
            statement=r"d\mathbb{U}_\chi = \mathrm{Tr}[d\chi\, H^{(\mathrm{eff})}_{\mathrm{int}}]",
            lhs=Dt(U_chi), rhs=Tr(Dt(chi) * H_eff_int), samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED])
PAPER.claim("text.chi_dH_eff_int", eq="text after (26)", title="correlations see no change of H_int^(eff)",
            statement=r"\mathrm{Tr}[\chi\, dH^{(\mathrm{eff})}_{\mathrm{int}}] = 0",
            lhs=Tr(chi * Dt(H_eff_int)), rhs=0, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED])

# ---------------------------------------------------------------- Remark 2: driven H_int(t)

H_int_dot = Op("H_int_dot", ("S", "B"), "hermitian")
DRIVEN_DYNAMICS = {rho: -I * comm(H_tot, rho), H_int: H_int_dot}
g_drive, nu_drive, t_drive = Symbol("g", real=True), Symbol("nu", real=True), Symbol("t_0", real=True)


XX, YY, ZZ = (kron(pauli(a), pauli(a)) for a in "xyz")
H_INT_DRIVEN = g_drive * (sympy.cos(nu_drive * t_drive) * XX + sympy.sin(nu_drive * t_drive) * YY) + ZZ / 2
DRIVE_EX2 = {rho: fixed(EQ13_STATE, state_dims=(2, 2)), H_S: fixed(EXAMPLE2_H[0]),
             H_B: fixed(EXAMPLE2_H[1]), g_drive: fixed("1.5"), nu_drive: fixed("2"),
             t_drive: fixed("0.3"),
             H_int: closed_form(H_INT_DRIVEN, "H_int(t_0) = g[cos(nu t_0) sx sx + sin(nu t_0) sy sy] "
                                              "+ sz sz/2"),
             H_int_dot: closed_form(sympy.diff(H_INT_DRIVEN, t_drive), "dH_int/dt(t_0)")}
DRIVE_TEXT = ("state (13) of alipour2024, H_S = sz, H_B = -sz/2, driven H_int(t) = g[cos(nu t) sx sx "
              "+ sin(nu t) sy sy] + sz sz/2 at t_0 = 0.3, g = 1.5, nu = 2")
# one instant of a driving: H_int and dH_int/dt independent (a generic instant of any smooth drive)
DRIVEN = draw({rho: density(), **HAMILTONIANS, H_int_dot: hermitian(), alpha_S: real(scale=2)},
              text="closed system with dH_int/dt").samplers("driven", ((2, 2), (2, 3))) + (
    draw({**DRIVE_EX2, alpha_S: fixed("-0.5")}).sampler("driven-fixed-2x2", (2, 2), DRIVE_TEXT),)
DRIVE = "H_int(tau) driven: dynamics {rho: -i[H_tot(tau), rho], H_int: dH_int/dtau} (Remark 2)"
dU_chi_driven = Tr(Dt(chi) * H_int)
PAPER.claim("eq27.energy_rates", eq="27", title="driven: dU_tot = dU_S + dU_B + dU_chi",
            statement=r"d\mathbb{U}_{\mathrm{tot}} = d\mathbb{U}_S + d\mathbb{U}_B + d\mathbb{U}_\chi",
            lhs=Dt(U_tot), rhs=Dt(U_S) + Dt(U_B) + Dt(U_chi), samplers=DRIVEN,
            dynamics=DRIVEN_DYNAMICS, assumptions=[DRIVE])
PAPER.claim("eq28.heat_balance_driven", eq="28", title="driven: heat balance with dQ_chi = Tr[d chi H_int]",
            statement=r"d\mathbb{Q}_S + d\mathbb{Q}_B = -\mathrm{Tr}[d\chi\, H_{\mathrm{int}}(\tau)]",
            lhs=dQ_S + dQ_B, rhs=-dU_chi_driven, samplers=DRIVEN, dynamics=DRIVEN_DYNAMICS,
            assumptions=[DRIVE])
PAPER.claim("eq29.work_balance_driven", eq="29", title="driven: total work is Tr[rho_S rho_B dH_int]",
            statement=r"d\mathbb{W}_S + d\mathbb{W}_B = \mathrm{Tr}[\rho_S\otimes\rho_B\, dH_{\mathrm{int}}]",
            lhs=dW_S + dW_B, rhs=Tr(rho_S * rho_B * H_int_dot), samplers=DRIVEN,
            dynamics=DRIVEN_DYNAMICS, assumptions=[DRIVE])
PAPER.claim("text.isolated_driven", eq="text after (29)", title="driven SB exchanges no heat",
            statement=r"\mathrm{Tr}[d\rho_{SB} H_{\mathrm{tot}}(\tau)] = 0",
            lhs=Tr(Dt(rho) * H_tot), rhs=0, samplers=DRIVEN, dynamics=DRIVEN_DYNAMICS,
            assumptions=[DRIVE])
PAPER.claim("text.heat_balance_needs_static_H", eq="26", role="control", expected=FAILS,
            title="eq. (26) with dU_chi fails once H_int is driven",
            statement=r"d\mathbb{Q}_S + d\mathbb{Q}_B = -d\mathbb{U}_\chi \text{ with } \dot H_{\mathrm{int}} \ne 0",
            lhs=dQ_S + dQ_B, rhs=-Dt(U_chi), samplers=DRIVEN, dynamics=DRIVEN_DYNAMICS,
            assumptions=[DRIVE], search=False,
            reason="dU_chi = Tr[d chi H^(eff)_int] + Tr[chi dH_int]: the second term is nonzero "
                   "under driving, which is why Remark 2 replaces dU_chi by dQ_chi = "
                   "Tr[d chi H_int] in eq. (28).")

# ============================================================================ second law

S_S, S_B, S_SB = Entropy(rho_S), Entropy(rho_B), Entropy(rho)
PAPER.define("eq30.entropy", eq="30", title="von Neumann entropy",
             statement=r"\mathbb{S} = -\mathrm{Tr}[\rho\log\rho]")
S_chi = PAPER.define("eq31.S_chi", eq="31", title="mutual information",
                     statement=r"\mathbb{S}_\chi = \mathbb{S}_S + \mathbb{S}_B - \mathbb{S}_{SB}",
                     expr=mutual_information(rho, "S", "B"))

PAPER.claim("eq31.subadditivity", eq="31", kind="geq", title="mutual information is nonnegative",
            statement=r"\mathbb{S}_\chi \ge 0", lhs=S_chi, rhs=0, samplers=UNITARY + (PRODUCT[-1],),
            assumptions=["subadditivity of the von Neumann entropy"],
            notes="Sample prod-fixed-2x2 (a product state) is the equality case.")
PAPER.claim("text.S_SB_constant", eq="text before (32)", title="entropy of SB is constant (static H)",
            statement=r"d\mathbb{S}_{SB} = 0", lhs=Dt(S_SB), rhs=0, samplers=UNITARY,
            dynamics=SCHROEDINGER, assumptions=[CLOSED], search=False, notes=NO_SEARCH)
PAPER.claim("text.S_SB_constant_driven", eq="text before (32)",
            title="entropy of SB is constant (driven H)",
            statement=r"d\mathbb{S}_{SB} = 0 \text{ with } \dot H_{\mathrm{int}} \ne 0", lhs=Dt(S_SB),
            rhs=0, samplers=DRIVEN, dynamics=DRIVEN_DYNAMICS, assumptions=[DRIVE], search=False,
            notes=NO_SEARCH)
PAPER.claim("eq32.entropy_rates", eq="32", title="local entropy rates sum to the rate of S_chi",
            statement=r"d\mathbb{S}_S + d\mathbb{S}_B = d\mathbb{S}_\chi", lhs=Dt(S_S) + Dt(S_B),
            rhs=Dt(S_chi), samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED],
            search=False, notes=NO_SEARCH)

EVOLVED = EVOLVED_START.samplers("prod-evolved") + (
    EVOLVED_START.given({**QUBITS_EX2, alpha_S: fixed("-0.5"), tau: fixed("0.7")}).sampler(
        "prod-evolved-fixed-2x2", (2, 2), QUBITS_TEXT + ", evolved for tau = 0.7"),)
dS_S_total = S_S - Entropy(rho_S0)
dS_B_total = S_B - Entropy(rho_B0)
PAPER.claim("eq33.entropy_sum", eq="33", title="Delta S_S + Delta S_B = S_chi(tau) from a product state",
            statement=r"\Delta\mathbb{S}_S + \Delta\mathbb{S}_B = \mathbb{S}_\chi(\tau)",
            lhs=dS_S_total + dS_B_total, rhs=S_chi, samplers=EVOLVED,
            assumptions=["rho_SB(0) = rho_S0 (x) rho_B0 (S_chi(0) = 0)",
                         "rho_SB(tau) = U rho_SB(0) U^dag, U = exp(-i H_tot tau)"],
            search=False, notes=NO_SEARCH)
UNCOUPLED = EVOLVED_START.given({
    **QUBITS_EX2, H_int: special(sympy.zeros(4, 4), "H_int = 0: the equality case"),
    alpha_S: fixed("-0.5"), tau: fixed("0.7")}).sampler(
    "prod-evolved-uncoupled-2x2", (2, 2), "the qubit states evolved for tau = 0.7 without "
                                          "interaction (H_int = 0): the equality case")
PAPER.claim("eq33.second_law", eq="33", kind="geq", title="entropy sum grows from an uncorrelated start",
            statement=r"\Delta\mathbb{S}_S + \Delta\mathbb{S}_B \ge 0", lhs=dS_S_total + dS_B_total,
            rhs=0, samplers=EVOLVED + (UNCOUPLED,),
            assumptions=["rho_SB(0) uncorrelated", "unitary evolution of SB"])


rho_0 = Op("rho_0", ("S", "B"), "state")
CORRELATED = draw({rho_0: density(), **HAMILTONIANS, tau: positive()}, text="correlated start, "
                  "evolved") + evolved_state(rho, rho_0, H_tot, tau)
# rho_0 = U(tau)^dag (rho_S0 (x) rho_B0) U(tau): correlated at 0, uncorrelated again at tau
BACKWARDS = draw({**QUBITS_EX2, tau: fixed("0.7")}) + product_state(rho, rho_S0, rho_B0) \
    + evolved_state(rho_0, rho, H_tot, -tau)


PAPER.claim("eq33.needs_uncorrelated_start", eq="33", kind="geq", role="control", expected=FAILS,
            title="with initial correlations the entropy sum can decrease",
            statement=r"\Delta\mathbb{S}_S + \Delta\mathbb{S}_B \ge 0 \text{ for correlated } \rho_{SB}(0)",
            lhs=Entropy(rho_S) + Entropy(rho_B) - Entropy(ptr(rho_0, "B")) - Entropy(ptr(rho_0, "S")),
            rhs=0, samplers=CORRELATED.samplers("corr-evolved", ((2, 2), (2, 3))) + (
                BACKWARDS.sampler("corr-backwards-2x2", (2, 2), "rho_0 = the product of the qubit "
                                  "states evolved backwards by tau = 0.7: correlated at 0, "
                                  "uncorrelated at tau"),),
            reason="Delta S_S + Delta S_B = S_chi(tau) - S_chi(0): a start correlated by evolving a "
                   "product state backwards returns to the product state at tau and loses all "
                   "its mutual information (sample corr-backwards-2x2).")

# ---------------------------------------------------------------- pseudo-temperatures (34)-(39)

T_S = Dt(U_S) / Dt(S_S)
T_B = Dt(U_B) / Dt(S_B)
T_chi = Dt(U_chi) / Dt(S_chi)
PAPER.define("eq34.pseudo_temperature", eq="34", title="pseudo-temperature",
             statement=r"1/T(\tau) := d\mathbb{S}/d\mathbb{U}",
             notes="T_S = dU_S/dS_S, T_B = dU_B/dS_B, T_chi = dU_chi/dS_chi (ratios of rates along "
                   "the flow; alpha_S-dependent through U_S, U_B).")
PAPER.claim("eq35.pseudo_temperatures", eq="35", title="dU_S/T_S + dU_B/T_B = dU_chi/T_chi",
            statement=r"\frac{d\mathbb{U}_S}{T_S} + \frac{d\mathbb{U}_B}{T_B} = \frac{d\mathbb{U}_\chi}{T_\chi}",
            lhs=Dt(U_S) / T_S + Dt(U_B) / T_B, rhs=Dt(U_chi) / T_chi, samplers=UNITARY,
            dynamics=SCHROEDINGER, assumptions=[CLOSED], search=False,
            notes="With the definitions (34) the quotients cancel identically (SymPy does so when "
                  "the claim is built), so (35) is eq. (32) rewritten, valid wherever dU_S, dU_B, "
                  "dU_chi are nonzero.")


def _real(x):
    return mp.re(x) if isinstance(x, (mp.mpf, mp.mpc)) else float(np.real(x))


def _tuned(target, condition, dynamics, extra=()):
    """Recipe target = target_0 + c K with the real c solving condition = 0 at this instant.

    The condition (a rate of the claim language, e.g. dU_chi) is affine in H_S and in H_int at
    fixed rho: d rho/dtau is linear in H_tot, dS_chi = -Tr[d rho_S log rho_S] - Tr[d rho_B log
    rho_B] depends on H_int only, and dU_chi = -(dQ_S + dQ_B) is affine in H_S."""
    base, direction = f"{target.name}0", f"K_{target.name.split('_')[1]}"

    def value(env, kind, h):
        bindings = {rho: env["rho"], H_S: env.get("H_S", env.get("H_S0")), H_B: env["H_B"],
                    H_int: env.get("H_int", env.get("H_int0")), alpha_S: env["alpha_S"]}
        bindings.update({sym: env[sym.name] for sym in extra})
        bindings[target] = h
        s = Sample("tuning", ("S", "B"), (env["H_S0"].shape[0], env["H_B"].shape[0]), bindings,
                   {}, kind)
        return _real(Evaluator(s, dynamics)(condition))

    def fn(env, kind):
        _no_exact(kind, "a tuned Hamiltonian")
        h0, k = env[base], env[direction]
        f0 = value(env, kind, h0)
        c = -f0 / (value(env, kind, h0 + k) - f0)
        return h0 + c * k
    return fn


H_S0, K_S = Op("H_S0", ("S",), "hermitian"), Op("K_S", ("S",), "hermitian")
H_int0, K_int = Op("H_int0", ("S", "B"), "hermitian"), Op("K_int", ("S", "B"), "hermitian")


def tuned_samplers(text, zero_dS_chi=False, driven=False, prefix="tuned"):
    """Closed systems tuned so that dU_chi = 0 at this instant (H_S = H_S0 + c K_S) and, with
    ``zero_dS_chi``, also dS_chi = 0 (first H_int = H_int0 + c' K_int): 2x2, 2x3 random and a
    fixed two-qubit system."""
    dyn = DRIVEN_DYNAMICS if driven else SCHROEDINGER
    extra = (H_int_dot,) if driven else ()
    tune_s = derived(_tuned(H_S, Dt(U_chi), dyn, extra), "H_S0 + c K_S with c fixed by dU_chi = 0")
    tune_i = derived(_tuned(H_int, Dt(S_chi), dyn, extra),
                     "H_int0 + c K_int with c fixed by dS_chi = 0")
    out = []
    for ds, db in ((2, 2), (2, 3)):
        bind = {rho: density(), H_S0: hermitian(), K_S: hermitian(), H_B: hermitian(),
                **{e: hermitian() for e in extra}, alpha_S: real(scale=2)}
        if zero_dS_chi:
            bind.update({H_int0: hermitian(), K_int: hermitian(), H_int: tune_i})
        else:
            bind[H_int] = hermitian()
        bind[H_S] = tune_s
        out.append(sampler(f"{prefix}-{ds}x{db}", ("S", "B"), (ds, db), bind,
                           description=f"random closed system, tuned so that {text}"))
    hs, hb, hi = EXAMPLE2_H
    bind = {rho: fixed(EQ13_STATE, state_dims=(2, 2)), H_S0: fixed(hs), K_S: fixed(pauli("x")),
            H_B: fixed(hb), alpha_S: fixed("-0.5")}
    if driven:
        bind.update({k: DRIVE_EX2[k] for k in (g_drive, nu_drive, t_drive, H_int, H_int_dot)})
    elif zero_dS_chi:
        bind.update({H_int0: fixed(hi), K_int: fixed(_kron_sym("y", "x")), H_int: tune_i})
    else:
        bind[H_int] = fixed(hi)
    bind[H_S] = tune_s
    out.append(sampler(f"{prefix}-fixed-2x2", ("S", "B"), (2, 2), bind, random=False,
                       description="state (13) of alipour2024, H_S0 = sz, K_S = sx, H_B = -sz/2"
                                   + (", driven H_int of driven-fixed-2x2" if driven else
                                      ", H_int0 = its Example II H_I, K_int = sy sx" if zero_dS_chi
                                      else ", H_int = its Example II H_I")
                                   + f"; tuned so that {text}"))
    return tuple(out)


def _kron_sym(a, b):
    return kron(pauli(a), pauli(b))


def _vanishes(expr, text):
    """Precondition: ``expr`` is zero at this instant (to 10^6 roundoff units)."""
    def test(ev):
        eps = numeric.eps() if ev.kind == "mp" else 2.0 ** -52
        return abs(ev(expr)) <= 1e6 * eps
    return Precondition(text, test)


def _nonzero(expr, text):
    def test(ev):
        eps = numeric.eps() if ev.kind == "mp" else 2.0 ** -52
        return abs(ev(expr)) > 1e12 * eps
    return Precondition(text, test)


ZERO_DU_CHI = tuned_samplers("dU_chi = 0", prefix="dUchi0")
ZERO_DU_DS_CHI = tuned_samplers("dU_chi = dS_chi = 0", zero_dS_chi=True, prefix="dUchi0-dSchi0")
ZERO_DU_CHI_DRIVEN = tuned_samplers("dU_chi = 0", driven=True, prefix="driven-dUchi0")
eq36_rhs = T_S * T_B / (T_S - T_B) * Dt(S_chi)
PAPER.claim("text.equal_pseudo_temperatures", eq="text after (35)",
            title="dU_chi = 0 and dS_chi = 0 (T_chi finite): T_S = T_B",
            statement=r"d\mathbb{U}_\chi = d\mathbb{S}_\chi = 0 \Rightarrow T_S = T_B", lhs=T_S, rhs=T_B,
            samplers=ZERO_DU_DS_CHI, dynamics=SCHROEDINGER,
            preconditions=[_vanishes(Dt(U_chi), "dU_chi = 0"), _vanishes(Dt(S_chi), "dS_chi = 0")],
            assumptions=[CLOSED, "an instant with dU_chi = dS_chi = 0 (H_S tuned, see samplers)"],
            search=False, notes=NO_SEARCH)
PAPER.claim("eq36.energy_flow", eq="36", title="dU_chi = 0, dS_chi != 0: dU_B = T_S T_B/(T_S - T_B) dS_chi",
            statement=r"d\mathbb{U}_B = \frac{T_S T_B}{T_S - T_B}\, d\mathbb{S}_\chi",
            lhs=Dt(U_B), rhs=eq36_rhs, samplers=ZERO_DU_CHI, dynamics=SCHROEDINGER,
            preconditions=[_vanishes(Dt(U_chi), "dU_chi = 0"), _nonzero(Dt(S_chi), "dS_chi != 0")],
            assumptions=[CLOSED, "an instant with dU_chi = 0 and dS_chi != 0 (T_chi = 0; H_S tuned)"],
            search=False, notes=NO_SEARCH)
PAPER.claim("eq36.needs_dU_chi_zero", eq="36", role="control", expected=FAILS,
            title="eq. (36) fails where dU_chi != 0",
            statement=r"d\mathbb{U}_B = \frac{T_S T_B}{T_S - T_B}\, d\mathbb{S}_\chi \text{ at a generic instant}",
            lhs=Dt(U_B), rhs=eq36_rhs, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False,
            reason="the general relation (eq36.general) has the extra term dU_chi / T_S.")
PAPER.claim("eq36.general", eq="36", role="control",
            title="(36) at any instant: dU_B = T_S T_B/(T_S - T_B) (dS_chi + dU_chi / T_S)",
            statement=r"d\mathbb{U}_B = \frac{T_S T_B}{T_S - T_B}\Big(d\mathbb{S}_\chi + \frac{d\mathbb{U}_\chi}{T_S}\Big)",
            lhs=Dt(U_B), rhs=T_S * T_B / (T_S - T_B) * (Dt(S_chi) + Dt(U_chi) / T_S),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED], search=False,
            notes="From (32), (34) and dU_S = -dU_B - dU_chi; reduces to (36) when dU_chi = 0.")
PAPER.claim("eq37.energy_flow_driven", eq="37", title="driven, dU_chi = 0: dU_B with the dU_tot / T_S term",
            statement=r"d\mathbb{U}_B = \frac{T_S T_B}{T_S - T_B}\Big[d\mathbb{S}_\chi - \frac{d\mathbb{U}_{\mathrm{tot}}}{T_S}\Big]",
            lhs=Dt(U_B), rhs=T_S * T_B / (T_S - T_B) * (Dt(S_chi) - Dt(U_tot) / T_S),
            samplers=ZERO_DU_CHI_DRIVEN, dynamics=DRIVEN_DYNAMICS,
            preconditions=[_vanishes(Dt(U_chi), "dU_chi = 0"), _nonzero(Dt(S_chi), "dS_chi != 0")],
            assumptions=[DRIVE, "an instant with dU_chi = 0, dS_chi != 0 (H_S tuned)"],
            search=False, notes=NO_SEARCH)
PAPER.claim("eq38.entropy_S", eq="38", title="dS_S = dQ_S/T_S + dW_S/T_S",
            trivial="dQ_S + dW_S = dU_S (5) and T_S = dU_S/dS_S (34): (38) rewrites the "
                    "definitions",
            statement=r"d\mathbb{S}_S = \frac{d\mathbb{Q}_S}{T_S} + \frac{d\mathbb{W}_S}{T_S}",
            lhs=Dt(S_S), rhs=(dQ_S + dW_S) / T_S, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)
PAPER.claim("eq38.entropy_B", eq="38", title="dS_B = dQ_B/T_B + dW_B/T_B",
            trivial="dQ_B + dW_B = dU_B (5) and T_B = dU_B/dS_B (34): (38) rewrites the "
                    "definitions",
            statement=r"d\mathbb{S}_B = \frac{d\mathbb{Q}_B}{T_B} + \frac{d\mathbb{W}_B}{T_B}",
            lhs=Dt(S_B), rhs=(dQ_B + dW_B) / T_B, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)
dSigma_S = Dt(S_S) - dQ_S / T_S
dSigma_B = Dt(S_B) - dQ_B / T_B
PAPER.claim("eq39.production_S", eq="39", title="dSigma~_S := dS_S - dQ_S/T_S = dW_S/T_S",
            trivial="the definition of dSigma~_S and (38)",
            statement=r"d\widetilde\Sigma_S = d\mathbb{S}_S - \frac{d\mathbb{Q}_S}{T_S} = \frac{d\mathbb{W}_S}{T_S}",
            lhs=dSigma_S, rhs=dW_S / T_S, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)
PAPER.claim("eq39.production_B", eq="39", title="dSigma~_B := dS_B - dQ_B/T_B = dW_B/T_B",
            trivial="the definition of dSigma~_B and (38)",
            statement=r"d\widetilde\Sigma_B = d\mathbb{S}_B - \frac{d\mathbb{Q}_B}{T_B} = \frac{d\mathbb{W}_B}{T_B}",
            lhs=dSigma_B, rhs=dW_B / T_B, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)

# ---------------------------------------------------------------- GKLS entropy production (40)-(43)

rho_L = Op("rho_S", ("S",), "state")  # the state of S alone under a GKLS generator
beta = Symbol("beta", positive=True)
beta_gen = Symbol("beta_gen", positive=True)
L_rho = -I * comm(H_S, rho_L) + Dissipator(rho_L, "S")
GKLS_DYNAMICS = {rho_L: L_rho}
gibbs_S = Expm(-beta * H_S) / Tr(Expm(-beta * H_S))


# detailed balance in the eigenbasis of H_S at inverse temperature b: jumps |e_j><e_k| at rates
# a_jk exp(-b (E_j - E_k)/2), dephasing |e_k><e_k| at rates d_k; the generator fixes exp(-b H_S)/Z
def _detailed_balance(b):
    return thermal_gkls("S", H_S, b, coupling=positive(), dephasing=positive(0.3), state=rho_L,
                        names=("a", "d"))


QUBIT_H = sympy.diag(Rational(1, 2), Rational(-1, 2))
QUBIT_RATES = {H_S: fixed(QUBIT_H), "a_01": fixed("0.8"), "d_0": fixed("0.3"), "d_1": fixed("0.45")}
RATES_TEXT = "H_S = sz/2, a_01 = 0.8, d = (0.3, 0.45); "
THERMALIZING = draw({H_S: hermitian(), rho_L: density(), beta: positive()}) + _detailed_balance(beta)
GKLS = tuple(THERMALIZING.sampler(f"gkls-{n}", n, "random H_S and state, detailed balance at beta")
             for n in (2, 3, 4)) + (
    THERMALIZING.given({**QUBIT_RATES, beta: fixed("1.2"), rho_L: fixed(QUBIT_A, state_dims=(2,))}
                       ).sampler("gkls-fixed-qubit", 2, RATES_TEXT + "beta = 1.2, rho_S = QUBIT_A"),)
GKLS_AT_GIBBS = ((draw({H_S: hermitian(), beta: fixed("1.2")}) + gibbs_state(rho_L, H_S, beta)
                  + _detailed_balance(beta)).given(QUBIT_RATES).sampler(
    "gkls-at-gibbs-fixed-qubit", 2, RATES_TEXT + "beta = 1.2, rho_S = the Gibbs state (equality "
                                                 "case)"),)
MISMATCHED = draw({H_S: hermitian(), rho_L: density(), beta: positive(), beta_gen: positive()}) \
    + _detailed_balance(beta_gen)
GKLS_MISMATCH = tuple(MISMATCHED.sampler(f"gkls-mismatch-{n}", n, "random H_S and state, detailed "
                                         "balance at beta_gen") for n in (2, 3, 4)) + (
    MISMATCHED.given({**QUBIT_RATES, beta_gen: fixed("2"), beta: fixed("0.2"),
                      rho_L: fixed([["0.3", "0"], ["0", "0.7"]], state_dims=(2,))}).sampler(
        "gkls-mismatch-fixed-qubit", 2, RATES_TEXT + "beta_gen = 2 (generator), beta = 0.2 "
                                                     "(formula), rho_S = diag(0.3, 0.7)"),)
# any generator that fixes the Gibbs state: neither detailed balance nor eigenbasis jumps
GIBBS_PRESERVING = tuple((draw({H_S: hermitian(), rho_L: density(), beta: positive()})
                          + gibbs_preserving_gkls("S", H_S, beta, state=rho_L)).sampler(
    f"gibbs-preserving-{n}", n, "random H_S, state and Gibbs-preserving generator") for n in (2, 3))
GKLS_ASSUME = ["rho_S(tau) obeys d rho_S/dtau = L[rho_S] = -i[H_S, rho_S] + D[rho_S] (GKLS)",
               "L fixes the Gibbs state exp(-beta H_S)/Z", "dQ_S = Tr[d rho_S H_S]"]
spohn = -Tr(L_rho * (Logm(rho_L) - Logm(gibbs_S)))

PAPER.define("eq40.entropy_production", eq="40", title="entropy production with the bath temperature",
             statement=r"d\Sigma_S := d\mathbb{S}_S - d\mathbb{Q}_S / T")
PAPER.claim("text.gibbs_fixed_point", eq="text before (41)", role="control",
            title="the sampled generators fix the Gibbs state",
            statement=r"\mathcal{L}[\rho^\beta_S] = 0",
            lhs=-I * comm(H_S, gibbs_S) + Dissipator(gibbs_S, "S"), rhs=0,
            samplers=GKLS + GIBBS_PRESERVING, search=False,
            notes="Checks the samplers used for (41)-(43): detailed balance in the eigenbasis of "
                  "H_S, and the general Gibbs-preserving generators of eq42.spohn.")
PAPER.claim("eq41.spohn_form", eq="41", title="dSigma_S = -Tr[L[rho_S](log rho_S - log rho_beta)]",
            statement=r"d\mathbb{S}_S - \beta\, d\mathbb{Q}_S = -\mathrm{Tr}[\mathcal{L}[\rho_S](\log\rho_S - \log\rho^\beta_S)]",
            lhs=Dt(Entropy(rho_L)) - beta * Tr(Dt(rho_L) * H_S), rhs=spohn, samplers=GKLS,
            dynamics=GKLS_DYNAMICS, assumptions=GKLS_ASSUME, search=False,
            notes="Holds for any trace-preserving L (it uses only Tr L[rho] = 0); the fixed point "
                  "matters for the sign, eq. (42).")
PAPER.claim("eq42.relative_entropy_rate", eq="42",
            title="dSigma_S = -d/ds D(E_s[rho_S] || rho_beta) at s = 0",
            statement=r"-\mathrm{Tr}[\mathcal{L}[\rho_S](\log\rho_S - \log\rho^\beta_S)] = -\frac{d}{ds}D(e^{s\mathcal{L}}[\rho_S]\|\rho^\beta_S)\big|_{s=0}",
            lhs=spohn, rhs=-Dt(RelEntropy(rho_L, gibbs_S)), samplers=GKLS, dynamics=GKLS_DYNAMICS,
            assumptions=GKLS_ASSUME, search=False, notes=NO_SEARCH)
PAPER.claim("eq42.spohn", eq="42", kind="geq", title="entropy production is nonnegative (Spohn)",
            statement=r"-\mathrm{Tr}[\mathcal{L}[\rho_S](\log\rho_S - \log\rho^\beta_S)] \ge 0",
            lhs=spohn, rhs=0, samplers=GKLS + GKLS_AT_GIBBS + GIBBS_PRESERVING,
            dynamics=GKLS_DYNAMICS, assumptions=GKLS_ASSUME,
            notes="Decided on detailed-balance generators with jumps in the eigenbasis of H_S and "
                  "on general Gibbs-preserving ones (-i[H_S, .] + g (Phi - id), Phi a random channel "
                  "composed with its Petz recovery map and a unitary commuting with H_S), as the "
                  "paper's claim covers any L with L[rho_beta] = 0. Sample gkls-at-gibbs-fixed-qubit "
                  "is the equality case.")
PAPER.claim("eq42.needs_gibbs_fixed_point", eq="42", kind="geq", role="control", expected=FAILS,
            title="Spohn's inequality fails when L does not fix the Gibbs state of the formula",
            statement=r"-\mathrm{Tr}[\mathcal{L}[\rho_S](\log\rho_S - \log\rho^\beta_S)] \ge 0 \text{ with } \mathcal{L}[\rho^{\beta'}_S] = 0,\ \beta' \ne \beta",
            lhs=spohn, rhs=0, samplers=GKLS_MISMATCH, dynamics=GKLS_DYNAMICS,
            assumptions=["generator in detailed balance at beta_gen; the formula uses beta"],
            reason="-dD(rho || rho_beta)/ds < 0 when the flow towards the fixed point rho_beta_gen "
                   "moves rho away from rho_beta: the fixed qubit has excited population 0.3 "
                   "between 0.119 (beta_gen = 2) and 0.450 (beta = 0.2); the counterexample "
                   "search over the random mismatched generators (dims 2, 3, 4) runs as well.")
PAPER.claim("eq43.relative_entropy_decrease", eq="43", title="dSigma_S = -dD(rho_S(tau) || rho_beta)",
            statement=r"d\mathbb{S}_S - \beta\,d\mathbb{Q}_S = -d D(\rho_S(\tau)\|\rho^\beta_S)",
            lhs=Dt(Entropy(rho_L)) - beta * Tr(Dt(rho_L) * H_S),
            rhs=-Dt(RelEntropy(rho_L, gibbs_S)), samplers=GKLS, dynamics=GKLS_DYNAMICS,
            assumptions=GKLS_ASSUME + ["H_S and L time-independent (Remark 5)"], search=False,
            notes=NO_SEARCH)

# ---------------------------------------------------------------- (44)-(48)

PAPER.claim("eq44.production_sum", eq="44", title="dSigma~_S + dSigma~_B = dW_S/T_S + dW_B/T_B",
            trivial="the sum of the two (39)",
            statement=r"d\widetilde\Sigma_S + d\widetilde\Sigma_B = \frac{d\mathbb{W}_S}{T_S} + \frac{d\mathbb{W}_B}{T_B}",
            lhs=dSigma_S + dSigma_B, rhs=dW_S / T_S + dW_B / T_B, samplers=UNITARY,
            dynamics=SCHROEDINGER, assumptions=[CLOSED], search=False, notes=NO_SEARCH)
PAPER.claim("text.production_opposite", eq="text after (44)",
            title="dU_chi = dS_chi = 0: dSigma~_S = -dSigma~_B",
            statement=r"d\widetilde\Sigma_S = -d\widetilde\Sigma_B",
            lhs=dSigma_S, rhs=-dSigma_B, samplers=ZERO_DU_DS_CHI, dynamics=SCHROEDINGER,
            preconditions=[_vanishes(Dt(U_chi), "dU_chi = 0"), _vanishes(Dt(S_chi), "dS_chi = 0")],
            assumptions=[CLOSED, "an instant with dU_chi = dS_chi = 0, so T_S = T_B"],
            search=False, notes=NO_SEARCH)
PAPER.claim("eq45.integrand", eq="45", title="integrand of (45): dW_S (1/T_S - 1/T_B)",
            statement=r"d\widetilde\Sigma_S + d\widetilde\Sigma_B = d\mathbb{W}_S\Big(\frac{1}{T_S} - \frac{1}{T_B}\Big)",
            lhs=dSigma_S + dSigma_B, rhs=dW_S * (1 / T_S - 1 / T_B), samplers=UNITARY,
            dynamics=SCHROEDINGER, assumptions=[CLOSED], search=False,
            notes="(45) is the time integral of this identity (with dW_B = -dW_S, eq. 23). The "
                  "integral itself, and with it the remark that it need not be nonnegative, is not "
                  "decided: 1/T = dS/dU has poles wherever dU_S or dU_B vanishes while dS does not, "
                  "which happens generically. E.g. QUBIT_A (x) QUBIT_B with the Hamiltonians of "
                  "prod-evolved-fixed-2x2 and alpha_S = 2: dU_S goes from 0.27 at tau = 0 to -2.29 "
                  "at tau = 0.02 while dS_S goes from 0 to 0.94, and dU_S changes sign three more "
                  "times before tau = 0.7.")
beta_dot = Symbol("beta_dot", real=True)
GIBBS_PATH_SETUP = draw({H_S: hermitian(), beta: positive(), beta_dot: real()},
                        text="Gibbs state exp(-beta H_S)/Z with beta changing in time")
GIBBS_PATH = tuple(GIBBS_PATH_SETUP.sampler(f"gibbs-path-{n}", n) for n in (2, 3, 4)) + (
    GIBBS_PATH_SETUP.given({H_S: fixed(QUBIT_H), beta: fixed("1.2"), beta_dot: fixed("-0.4")}).sampler(
        "gibbs-path-fixed-qubit", 2, "H_S = sz/2, beta = 1.2, dbeta/dtau = -0.4"),)
PAPER.claim("eq46.quasistatic", eq="46", title="quasistatic: dS = dQ/T along Gibbs states",
            statement=r"d\mathbb{S} = \frac{1}{T}\,d\mathbb{Q} \text{ for } \rho(\tau) = e^{-\beta(\tau) H}/Z",
            lhs=Dt(Entropy(gibbs_S)), rhs=beta * Tr(Dt(gibbs_S) * H_S), samplers=GIBBS_PATH,
            dynamics={beta: beta_dot}, search=False,
            assumptions=["quasistatic (reversible) transformation: the state is the Gibbs state of "
                         "the instantaneous temperature"],
            notes="The paper cites (46) from classical thermodynamics; its quantum version along a "
                  "path of Gibbs states is checked here.")
PAPER.define("eq47.classical_production", eq="47", title="entropy production (classical)",
             statement=r"d\mathbb{S} = \frac{1}{T}\,d\mathbb{Q} + d\Sigma")
PAPER.define("eq48.extended_temperature", eq="48", title="extended temperature and generalized production",
             statement=r"d\mathbb{S}(\tau) = \frac{1}{\mathcal{T}(\tau)}\,d\mathbb{Q}(\tau) + d\Sigma(\tau)",
             notes="Defines both the extended temperature and dSigma (Remark 6): the split of dS into "
                   "a part proportional to dQ and a remainder is a choice, made explicit in (64)-(65).")

# ============================================================================ Example I

w0 = Symbol("omega_0", positive=True)
Om = Symbol("Omega", real=True)
gam = Symbol("gamma", positive=True)
x0, y0, z0 = (Symbol(n, real=True) for n in ("x_0", "y_0", "z_0"))


def _pm(m, name):
    return Mat(sympy.Matrix(m), ("S",), name)


PX, PY, PZ = (_pm(pauli(a), f"sigma_{a}") for a in "xyz")
ID_S = _pm(sympy.eye(2), "1_S")
SP_PRINTED = _pm(pauli("x") + I * pauli("y"), "sigma_+")   # printed: sx + i sy
SM_PRINTED = _pm(pauli("x") - I * pauli("y"), "sigma_-")
SP = _pm((pauli("x") + I * pauli("y")) / 2, "sigma_+")      # |0><1|
SM = _pm((pauli("x") - I * pauli("y")) / 2, "sigma_-")      # |1><0|

PAPER.define("eq49.H_0", eq="49", title="qubit and bosonic modes",
             statement=r"H_0 = \tfrac12\omega_0\sigma_z + \sum_k \omega_k a_k^\dagger a_k")
PAPER.define("eq50.jaynes_cummings", eq="50", title="Jaynes-Cummings coupling",
             statement=r"H^{(\lambda)}_{\mathrm{int}} = \lambda\sum_k (f_k^*\sigma_+\otimes a_k + f_k\sigma_-\otimes a_k^\dagger),\quad \sigma_\pm = \sigma_x \pm i\sigma_y \text{ (as printed)}",
             notes="With sigma_z = diag(1, -1) the raising operator is |0><1| = (sigma_x + i "
                   "sigma_y)/2; the printed sigma_pm = sigma_x +- i sigma_y is twice that, which "
                   "makes the dissipator of (51) four times too strong for the solution (56).")
gt = gam * coth(beta * w0 / 2)
th = tanh(beta * w0 / 2)
nbar = 1 / (exp(beta * w0) - 1)
decay = exp(-gt * tau)
z_56 = z0 * decay + th * (decay - 1)
coh = (x0 - I * y0) * exp(-I * (w0 + Om) * tau - gt * tau / 2)
coh_c = (x0 + I * y0) * exp(I * (w0 + Om) * tau - gt * tau / 2)
rho56 = Mat(sympy.Matrix([[(1 + z_56) / 2, coh / 2], [coh_c / 2, (1 - z_56) / 2]]), ("S",), "rho_56")
H_qubit = _pm(w0 * pauli("z") / 2, "H_S")
H_lamb = _pm((w0 + Om) * pauli("z") / 2, "H_S+H_LS")


def rhs51(r, sp, sm):
    return (-I * comm(H_lamb, r) + gam / 2 * (nbar + 1) * (2 * sm * r * sp - anticomm(sp * sm, r))
            + gam / 2 * nbar * (2 * sp * r * sm - anticomm(sm * sp, r)))


PAPER.define("eq51.master_equation", eq="51", title="Markovian master equation of the qubit",
             statement=r"\dot\rho_S = -i[H_S + H_{LS}, \rho_S] + \tfrac{\gamma}{2}(\bar n + 1)(2\sigma_-\rho_S\sigma_+ - \{\sigma_+\sigma_-, \rho_S\}) + \tfrac{\gamma}{2}\bar n(2\sigma_+\rho_S\sigma_- - \{\sigma_-\sigma_+, \rho_S\})",
             notes="Derived in the weak-coupling, long-time, continuum limit of (49)-(50): that "
                   "derivation (and the O(lambda^3) corrections) is in the supplementary "
                   "information, not in the text; (51) is taken as the model for (56)-(65).")
PAPER.define("eq52.lamb_shift", eq="52", title="Lamb-shift Hamiltonian",
             statement=r"H_{LS} = 2\lambda^2\mathbb{P}\int_0^\infty d\omega \frac{|f(\omega)|^2}{\omega_0 - \omega}(2\bar n(\omega, \beta) + 1)\sigma_z",
             notes="Not checkable here: the spectral density f(omega) is not specified in Example I "
                   "and the principal-value integral comes from the bath calculation.")
PAPER.define("eq53.Omega", eq="53", title="Lamb shift frequency",
             statement=r"H_{LS} =: \tfrac12\Omega(\lambda^2, \omega_0, \beta)\sigma_z")
PAPER.define("eq54.planck", eq="54", title="Planck distribution",
             statement=r"\bar n(\omega_0, \beta) = (e^{\beta\omega_0} - 1)^{-1}", expr=nbar)
PAPER.define("eq55.emission_rate", eq="55", title="spontaneous emission rate",
             statement=r"\gamma = 2\pi\lambda^2|f(\omega_0)|^2")
PAPER.define("eq56.rho_56", eq="56", title="solution of (51) as printed",
             statement=r"\rho_S(\tau) = \tfrac12\begin{pmatrix}1 + z_0 e^{-\tilde\gamma\tau} + \tanh(\beta\omega_0/2)(e^{-\tilde\gamma\tau} - 1) & (x_0 - iy_0)e^{-i(\omega_0+\Omega)\tau - \tilde\gamma\tau/2}\\ \mathrm{c.c.} & 1 - \dots\end{pmatrix},\ \tilde\gamma = \gamma\coth(\beta\omega_0/2)",
             expr=rho56)


def _tau_inf(env, kind):
    """A time at which exp(-gamma~ tau / 2) = 10^-(dps + 12): the transient of (56) is below the
    working precision (kind float64: 10^-28)."""
    _no_exact(kind, "tau_inf")
    digits = (mp.mp.dps if kind == "mp" else 16) + 12
    g = env["gamma"] * (mp.coth(env["beta"] * env["omega_0"] / 2) if kind == "mp"
                        else 1 / math.tanh(env["beta"] * env["omega_0"] / 2))
    return 2 * digits * (mp.log(10) if kind == "mp" else math.log(10)) / g


# the printed solution (56): random gamma, beta, omega_0, Omega, tau and initial Bloch vector (each
# component in (-0.55, 0.55), so |r(0)| < 0.96), or the fixed qubit; "-inf": at tau_inf
QUBIT_56 = draw({w0: positive(), Om: real(0.3), gam: positive(0.5), beta: positive(),
                 x0: uniform(-0.55, 0.55), y0: uniform(-0.55, 0.55), z0: uniform(-0.55, 0.55),
                 tau: positive()}, parties=("S",), text="printed solution (56)")
QUBIT_56_VALUES = {w0: fixed("1.5"), Om: fixed("0.1"), gam: fixed("0.4"), beta: fixed("0.9"),
                   x0: fixed("0.3"), y0: fixed("-0.4"), z0: fixed("0.5"), tau: fixed("0.8")}
AT_TAU_INF = {tau: derived(_tau_inf, "tau_inf: exp(-gamma~ tau/2) = 10^-(dps+12)")}
W0_2 = {w0: fixed("2")}
QUBIT_TEXT = "Omega = 0.1, gamma = 0.4, beta = 0.9, r(0) = (0.3, -0.4, 0.5), "
THERMAL = (QUBIT_56.sampler("thermal-random", 2),
           QUBIT_56.given(QUBIT_56_VALUES).sampler("thermal-fixed", 2, "omega_0 = 1.5, " + QUBIT_TEXT
                                                   + "tau = 0.8"))
THERMAL_INF = (QUBIT_56.given(AT_TAU_INF).sampler("thermal-inf-random", 2),
               QUBIT_56.given({**QUBIT_56_VALUES, **AT_TAU_INF}).sampler(
                   "thermal-inf-fixed", 2, "omega_0 = 1.5, " + QUBIT_TEXT + "tau = tau_inf"))
MASTER = {tau: 1}
PAPER.claim("eq56.solves_51_printed", eq="56", expected=FAILS,
            title="(56) solves (51) with sigma_pm = sigma_x +- i sigma_y as printed",
            statement=r"\dot\rho_{56} = \mathcal{L}_{51}[\rho_{56}],\ \sigma_\pm = \sigma_x \pm i\sigma_y",
            lhs=Dt(rho56), rhs=rhs51(rho56, SP_PRINTED, SM_PRINTED), samplers=THERMAL,
            dynamics=MASTER, search=False,
            reason="with the printed sigma_pm = sigma_x +- i sigma_y = 2|0><1|, 2|1><0| the "
                   "dissipator of (51) is 4 times that of the standard operators: populations "
                   "relax at 4 gamma~ instead of gamma~ (sample thermal-fixed: d rho_00/dtau of (56) is "
                   "-0.2148, the printed (51) gives -0.8590 = 4 x (-0.2148)).")
PAPER.claim("eq56.solves_51", eq="56", role="corrected", corrects="eq56.solves_51_printed",
            title="(56) solves (51) with sigma_pm = (sigma_x +- i sigma_y)/2",
            statement=r"\dot\rho_{56} = \mathcal{L}_{51}[\rho_{56}],\ \sigma_+ = |0\rangle\langle 1| = (\sigma_x + i\sigma_y)/2",
            lhs=Dt(rho56), rhs=rhs51(rho56, SP, SM), samplers=THERMAL, dynamics=MASTER,
            search=False, notes="Corrected reading of the definition after (50): sigma_pm = "
                                "(sigma_x +- i sigma_y)/2. (56) itself is right.")
PAPER.claim("eq56.initial_state", eq="56", title="(56) starts at rho(0) = (1 + r(0).sigma)/2",
            statement=r"\rho_{56}(0) = \tfrac12(\mathbb 1 + x_0\sigma_x + y_0\sigma_y + z_0\sigma_z)",
            lhs=Mat(rho56.matrix.subs(tau, 0), ("S",), "rho_56(0)"),
            rhs=(ID_S + x0 * PX + y0 * PY + z0 * PZ) / 2, samplers=THERMAL, search=False)
gibbs_qubit = Expm(-beta * H_qubit) / Tr(Expm(-beta * H_qubit))
PAPER.claim("eq57.thermalizes", eq="57", title="the qubit thermalizes: rho(tau) -> exp(-beta w0 sz/2)/Z",
            statement=r"\lim_{\tau\to\infty}\rho_S(\tau) = e^{-\beta\omega_0\sigma_z/2}/Z_\beta",
            lhs=rho56, rhs=gibbs_qubit, samplers=THERMAL_INF, search=False,
            notes="Limit checked at tau_inf, where the transient exp(-gamma~ tau/2) of (56) is "
                  "10^-(dps+12), below the tolerance at both precisions. The Lamb shift Omega "
                  "only rotates the decaying coherences.")
x_t, y_t, z_t = Tr(rho56 * PX), Tr(rho56 * PY), Tr(rho56 * PZ)
r_t = sqrt(x_t ** 2 + y_t ** 2 + z_t ** 2)
L_r = log((1 + r_t) / (1 - r_t))
PAPER.claim("eq58.entropy_rate", eq="58", title="qubit entropy rate from the Bloch radius",
            statement=r"d\mathbb{S}_S = -\tfrac12\log\frac{1 + r_S}{1 - r_S}\,dr_S",
            lhs=Dt(Entropy(rho56)), rhs=-L_r * Dt(r_t) / 2, samplers=THERMAL, dynamics=MASTER,
            search=False, notes="r_S = |Tr[rho sigma]| of the state (56).")
dr59_printed = (gt * (x_t ** 2 + y_t ** 2) - 2 * gam * z_t - 2 * gt * z_t ** 2) / (2 * r_t)
dr59 = (-gt * (x_t ** 2 + y_t ** 2) - 2 * gam * z_t - 2 * gt * z_t ** 2) / (2 * r_t)
PAPER.claim("eq59.radius_rate_printed", eq="59", expected=FAILS,
            title="rate of the Bloch radius as printed",
            statement=r"dr_S = \frac{\tilde\gamma(x^2 + y^2) - 2\gamma z - 2\tilde\gamma z^2}{2\sqrt{x^2 + y^2 + z^2}}\,d\tau",
            lhs=Dt(r_t), rhs=dr59_printed, samplers=THERMAL, dynamics=MASTER, search=False,
            reason="the coherences decay, d(x^2 + y^2)/dtau = -gamma~ (x^2 + y^2), so the first "
                   "term has the wrong sign; the printed form is off by gamma~ (x^2 + y^2)/r "
                   "(sample thermal-fixed at tau = 0.8: dr/dtau = -0.17730 along (56), printed "
                   "+0.08005; the difference 0.2573 = 0.67997 x 0.14511 / 0.38340).")
PAPER.claim("eq59.radius_rate", eq="59", role="corrected", corrects="eq59.radius_rate_printed",
            title="rate of the Bloch radius, corrected sign",
            statement=r"dr_S = \frac{-\tilde\gamma(x^2 + y^2) - 2\gamma z - 2\tilde\gamma z^2}{2\sqrt{x^2 + y^2 + z^2}}\,d\tau",
            lhs=Dt(r_t), rhs=dr59, samplers=THERMAL, dynamics=MASTER, search=False)
U_qubit = Tr(rho56 * H_qubit)
PAPER.claim("eq60.energy_rate", eq="60", title="energy rate of the thermalizing qubit",
            statement=r"d\mathbb{U}_S = -\frac{\omega_0}{2}\gamma e^{-\tilde\gamma\tau}(\coth(\beta\omega_0/2)z(0) + 1)\,d\tau",
            lhs=Dt(U_qubit), rhs=-w0 / 2 * gam * decay * (coth(beta * w0 / 2) * z0 + 1),
            samplers=THERMAL, dynamics=MASTER, search=False,
            assumptions=["U_S = Tr[rho_S H_S] (eq. 62, Markovian regime)"])
dS_58 = -L_r * Dt(r_t) / 2
PAPER.claim("eq61.pseudo_temperature_limit", eq="61", title="limit of the pseudo-temperature 1/T_S",
            statement=r"\lim_{\tau\to\infty}\frac{1}{T_S} = \beta\Big[1 - \frac{(x_0^2 + y_0^2)\coth(\beta\omega_0/2)}{2(z_0 + \tanh(\beta\omega_0/2))}\Big]",
            lhs=dS_58 / Dt(U_qubit),
            rhs=beta * (1 - (x0 ** 2 + y0 ** 2) * coth(beta * w0 / 2) / (2 * (z0 + th))),
            samplers=THERMAL_INF, dynamics=MASTER, search=False,
            notes="Evaluated at tau_inf through dS = -L(r) dr / 2 (eq. 58, checked above at finite "
                  "tau): dS and dU are of order exp(-gamma~ tau_inf), which the matrix logarithm "
                  "of the state resolves only absolutely, not relatively. 1/T_S -> beta only "
                  "without initial coherence (x_0 = y_0 = 0), as the text says.")


def _ladder(n, kind):
    """Truncated annihilation operator a|k> = sqrt(k)|k-1> on n Fock levels."""
    a = np.zeros((n, n), dtype=object if kind == "mp" else complex)
    for k in range(1, n):
        a[k - 1, k] = mp.sqrt(k) if kind == "mp" else math.sqrt(k)
    if kind == "mp":
        a = np.vectorize(lambda x: mp.mpf(x) if not isinstance(x, (mp.mpf, mp.mpc)) else x,
                         otypes=[object])(a)
    return a


def _cast(m, kind):
    return m if kind == "mp" else m.astype(complex)


w_b, lam = Symbol("omega", positive=True), Symbol("lambda", positive=True)
f_re, f_im = Symbol("f_re", real=True), Symbol("f_im", real=True)


def _f(env):
    return env["f_re"] + 1j * env["f_im"] if not isinstance(env["f_re"], mp.mpf) else \
        mp.mpc(env["f_re"], env["f_im"])


def _mode(n, what):
    """Derived operators of one truncated mode coupled to the qubit (names in the bindings)."""
    def fn(env, kind):
        _no_exact(kind, what)
        a = _ladder(n, kind)
        ad = a.conj().T
        sz = _cast(numeric.to_array(pauli("z")), kind)
        one = np.eye(2, dtype=object) if kind == "mp" else np.eye(2, dtype=complex)
        if kind == "mp":
            one = np.vectorize(mp.mpf, otypes=[object])(one)
        f = _f(env)
        if what == "H_S":
            return env["omega_0"] * sz / 2
        if what == "H_B":
            return env["omega"] * (ad @ a)
        if what == "X":
            return np.conj(f) * a + f * ad if kind != "mp" else f.conjugate() * a + f * ad
        if what == "H_JC":   # lambda (f^* sigma_+ (x) a + f sigma_- (x) a^dag), sigma_+ = |0><1|
            sp = np.zeros((2, 2), dtype=a.dtype)
            sp[0, 1] = 1
            sm = sp.T.copy()
            fc = f.conjugate() if kind == "mp" else np.conj(f)
            return env["lambda"] * (fc * numeric.kron(sp, a) + f * numeric.kron(sm, ad))
        if what == "H_dephasing":   # lambda sigma_z (x) (a(f) + a^dag(f))
            return env["lambda"] * numeric.kron(sz, env["X_B"])
        if what == "gibbs":
            return numeric.gibbs(env["H_B"], env["beta"])
        raise ValueError(what)
    return fn


# one bosonic mode truncated to N levels coupled to the qubit, random or at these values
MODE_PARAMS = {w0: positive(), w_b: positive(), lam: positive(0.3), f_re: real(), f_im: real(),
               beta: positive()}
MODE_VALUES = {w0: fixed("1.5"), w_b: fixed("1.2"), lam: fixed("0.3"), f_re: fixed("0.6"),
               f_im: fixed("0.8"), beta: fixed("0.9"), rho_S0: fixed(QUBIT_A, state_dims=(2,))}
MODE_TEXT = "omega_0 = 1.5, omega = 1.2, lambda = 0.3, f = 0.6 + 0.8i, beta = 0.9, rho_S0 = QUBIT_A"
JC_LEVELS = 4
JC = draw({**MODE_PARAMS, rho_S0: density(), alpha_S: real(scale=2),
           H_S: derived(_mode(JC_LEVELS, "H_S"), "omega_0 sz / 2"),
           H_B: derived(_mode(JC_LEVELS, "H_B"), "omega a^dag a"),
           H_int: derived(_mode(JC_LEVELS, "H_JC"), "lambda (f^* sigma_+ a + f sigma_- a^dag)")},
          text=f"qubit and one mode truncated to {JC_LEVELS} levels, bath in equilibrium") \
    + gibbs_state(rho_B0, H_B, beta) + product_state(rho, rho_S0, rho_B0)
JC_SAMPLERS = (JC.sampler(f"jc-random-2x{JC_LEVELS}", (2, JC_LEVELS)),
               JC.given({**MODE_VALUES, alpha_S: fixed("-0.5")}).sampler(
                   f"jc-fixed-2x{JC_LEVELS}", (2, JC_LEVELS), f"qubit and one mode truncated to "
                   f"{JC_LEVELS} levels: {MODE_TEXT}, alpha_S = -0.5"))


PAPER.claim("eq62.effective_is_bare", eq="62", title="bath in equilibrium: H_S^(eff) = H_S",
            statement=r"\rho_B = \rho_B^\beta \Rightarrow H_S^{(\mathrm{eff})} = H_S,\ \mathbb{U}_S = \mathrm{Tr}[\rho_S H_S]",
            lhs=H_eff_S, rhs=H_S, samplers=JC_SAMPLERS, search=False,
            assumptions=["rho_SB = rho_S (x) rho_B^beta (Markovian regime)",
                         "Jaynes-Cummings coupling (50); one mode, truncated (exact: rho_B^beta is "
                         "diagonal in the Fock basis and a has no diagonal)"],
            notes="Tr_B[rho_B^beta a] = 0 kills both Tr_B[rho_B H_int] and E_int.")
PAPER.claim("eq63.heat_rate", eq="63", title="heat flux of the thermalizing qubit",
            statement=r"d\mathbb{Q}_S = \mathrm{Tr}[d\rho_S H_S] = \frac{\omega_0}{2}dz",
            lhs=Tr(Dt(rho56) * H_qubit), rhs=w0 / 2 * Dt(z_t), samplers=THERMAL, dynamics=MASTER,
            search=False)
inv_ext_T = -(z_t / r_t) * L_r / w0
PAPER.define("eq64.extended_temperature", eq="64", title="extended temperature of the qubit",
             statement=r"\frac{1}{\mathcal{T}_S} = -\frac{1}{\omega_0}\frac{z}{r_S}\log\frac{1 + r_S}{1 - r_S}",
             expr=inv_ext_T,
             notes="The identification of (48): dS = -L dr/2 with r dr = x dx + y dy + z dz and "
                   "dQ = w0 dz/2; the z dz part is dQ / T_ext, the rest is dSigma (eq. 65).")
dSigma_65 = Dt(Entropy(rho56)) - Tr(Dt(rho56) * H_qubit) * inv_ext_T
PAPER.claim("eq65.production_printed", eq="65", expected=FAILS,
            title="generalized entropy production of the qubit as printed",
            statement=r"d\Sigma_S = -\frac12\frac{dr_S}{r_S}\log\frac{1 + r_S}{1 - r_S}",
            lhs=dSigma_65, rhs=-Dt(r_t) / r_t * L_r / 2, samplers=THERMAL, dynamics=MASTER,
            search=False,
            reason="with (58), (63) and (64), dS - dQ/T_ext = -L (r dr - z dz) / (2r) = -L (x dx + "
                   "y dy) / (2r): the printed -L dr / (2r) differs by L (dr - r dr + z dz)/(2r); "
                   "it is nonzero even without coherence, where dS = dQ / T_ext exactly "
                   "(sample thermal-fixed: dS - dQ/T_ext = 0.05199, printed 0.18685).")
PAPER.claim("eq65.production", eq="65", role="corrected", corrects="eq65.production_printed",
            title="generalized entropy production of the qubit: the coherence part of dS",
            statement=r"d\Sigma_S = -\frac{x\,dx + y\,dy}{2 r_S}\log\frac{1 + r_S}{1 - r_S}",
            lhs=dSigma_65, rhs=-(x_t * Dt(x_t) + y_t * Dt(y_t)) / (2 * r_t) * L_r, samplers=THERMAL,
            dynamics=MASTER, search=False,
            notes="Vanishes without coherence (x = y = 0): then the qubit exchanges entropy only "
                  "as heat at T_ext.")
PAPER.claim("text.extended_temperature_limit", eq="text after (65)",
            title="the extended temperature tends to the bath temperature",
            statement=r"\lim_{\tau\to\infty}\mathcal{T}_S(\tau) = T",
            lhs=inv_ext_T, rhs=beta, samplers=THERMAL_INF, search=False,
            notes="At tau_inf (transient below the working precision); the Gibbs Bloch vector is "
                  "(0, 0, -tanh(beta w0 / 2)).")
NOT_IN_TEXT = ("needs the O(lambda^3) bath calculation of the supplementary information (the "
               "state of the infinite bath is not in the text)")
for eq, name, title, statement in (
        ("66", "bath_heat", "bath heat flux at long times", r"d\mathbb{Q}_B = 4\omega_0\gamma([(\bar n+1)\rho_{00} - \bar n\rho_{11}] - |\rho_{10}|^2)d\tau"),
        ("67", "bath_energy", "bath energy flux at long times", r"d\mathbb{U}_B = 4\gamma\omega_0[(\bar n+1)\rho_{00} - \bar n\rho_{11}]d\tau"),
        ("68", "bath_entropy", "bath entropy flux at long times", r"d\mathbb{S}_B = 4\beta\gamma\omega_0[(\bar n+1)\rho_{00} - \bar n\rho_{11} - |\rho_{10}|^2]d\tau")):
    PAPER.claim(f"eq{eq}.{name}", eq=eq, title=title, statement=statement, expected=UNDECIDED,
                reason=NOT_IN_TEXT + "; its consequences (69)-(71) are checked for consistency.")

p00, q10 = Symbol("rho_00", positive=True), Symbol("q_10", nonnegative=True)   # q = |rho_10|^2
p11 = 1 - p00
dQB66 = 4 * w0 * gam * (((nbar + 1) * p00 - nbar * p11) - q10)
dUB67 = 4 * gam * w0 * ((nbar + 1) * p00 - nbar * p11)
dSB68 = 4 * beta * gam * w0 * ((nbar + 1) * p00 - nbar * p11 - q10)


def _coherence_bound(env, kind):
    _no_exact(kind, "|rho_10|^2")
    return env["s"] * env["rho_00"] * (1 - env["rho_00"])


s_frac = Symbol("s", positive=True)
BATH_SCALARS = (
    sampler("bath-random", ("S",), (2,), {w0: positive(), gam: positive(0.5), beta: positive(),
                                          p00: uniform(0, 1), s_frac: uniform(0, 1),
                                          q10: derived(_coherence_bound, "s rho_00 rho_11")},
            description="random rates, populations and |rho_10|^2 <= rho_00 rho_11"),
    sampler("bath-fixed", ("S",), (2,), {w0: fixed("1.5"), gam: fixed("0.4"), beta: fixed("0.9"),
                                         p00: fixed("0.7"), q10: fixed("0.0625")}, random=False,
            description="omega_0 = 1.5, gamma = 0.4, beta = 0.9, rho_00 = 0.7, |rho_10|^2 = 1/16"))
CONSISTENCY = ["(66)-(68) as printed (not derivable from the text)"]
PAPER.claim("eq69.bath_pseudo_temperature", eq="69", title="limit of T_B from (67) and (68)",
            statement=r"\lim T_B = \frac{1}{\beta}\Big[1 + \frac{|\rho_{10}|^2}{\bar n(\rho_{00} - \rho_{11}) + \rho_{00} - |\rho_{10}|^2}\Big]",
            lhs=dUB67 / dSB68, rhs=(1 + q10 / (nbar * (p00 - p11) + p00 - q10)) / beta,
            samplers=BATH_SCALARS, assumptions=CONSISTENCY,
            notes="Consistency of (69) with (67)-(68) and T_B = dU_B/dS_B (34).")
PAPER.claim("eq70.bath_entropy_is_heat", eq="70", title="dS_B = beta dQ_B from (66) and (68)",
            statement=r"d\mathbb{S}_B = \beta\,d\mathbb{Q}_B", lhs=dSB68, rhs=beta * dQB66,
            samplers=BATH_SCALARS, assumptions=CONSISTENCY)
PAPER.claim("eq71.bath_no_production", eq="71", title="no internal entropy production in the bath",
            statement=r"d\Sigma_B = d\mathbb{S}_B - d\mathbb{Q}_B / T = 0", lhs=dSB68 - beta * dQB66,
            rhs=0, samplers=BATH_SCALARS, assumptions=CONSISTENCY + ["T_ext,B = T (from (70))"])

xs, ys, Us = Symbol("x", real=True), Symbol("y", real=True), Symbol("U", real=True)
R72 = sqrt(xs ** 2 + ys ** 2 + Us ** 2)
rho72 = Mat((sympy.eye(2) + xs * pauli("x") + ys * pauli("y") + Us * pauli("z")) / 2,
            ("S",), "rho(x, y, U)")
BLOCH = (sampler("bloch-random", ("S",), (2,), {xs: uniform(-0.55, 0.55), ys: uniform(-0.55, 0.55),
                                                Us: uniform(-0.55, 0.55)},
                 description="Bloch vector (x, y, U) with |r| < 0.96"),
         sampler("bloch-fixed", ("S",), (2,), {xs: fixed("0.3"), ys: fixed("-0.4"), Us: fixed("0.5")},
                 random=False, description="(x, y, U) = (0.3, -0.4, 0.5)"))
PAPER.claim("eq72.partial_derivative", eq="72", title="(dS/dU) at fixed x, y (omega_0/2 = 1, z = U)",
            statement=r"\Big(\frac{\partial\mathbb{S}}{\partial\mathbb{U}}\Big)_{x,y} = -\frac12\frac{\mathbb{U}}{\sqrt{x^2+y^2+\mathbb{U}^2}}\log\frac{1+\sqrt{x^2+y^2+\mathbb{U}^2}}{1-\sqrt{x^2+y^2+\mathbb{U}^2}}",
            lhs=Dt(Entropy(rho72)), rhs=-Us / R72 * log((1 + R72) / (1 - R72)) / 2, samplers=BLOCH,
            dynamics={Us: 1}, search=False, notes="d/dU along x, y fixed: dynamics {U: 1}.")
THERMAL_W2 = (QUBIT_56.given(W0_2).sampler("thermal-w2-random", 2),
              QUBIT_56.given({**QUBIT_56_VALUES, **W0_2}).sampler(
                  "thermal-w2-fixed", 2, "omega_0 = 2, " + QUBIT_TEXT + "tau = 0.8"))
THERMAL_W2_INF = (QUBIT_56.given({**W0_2, **AT_TAU_INF}).sampler("thermal-w2-inf-random", 2),
                  QUBIT_56.given({**QUBIT_56_VALUES, **W0_2, **AT_TAU_INF}).sampler(
                      "thermal-w2-inf-fixed", 2, "omega_0 = 2, " + QUBIT_TEXT + "tau = tau_inf"))
PAPER.claim("eq73.partial_derivative_limit", eq="73", title="(dS/dU)_{x,y} -> beta along (56)",
            statement=r"\lim_{\tau\to\infty}\Big(\frac{\partial\mathbb{S}}{\partial\mathbb{U}}\Big)_{x,y} = \beta",
            lhs=-z_t / r_t * L_r / 2, rhs=beta, samplers=THERMAL_W2_INF, search=False,
            assumptions=["omega_0 / 2 = 1, so U = z (Remark 7)"],
            notes="(72) at the Bloch vector of (56) at tau_inf.")
PAPER.define("eq74.inverse_pseudo_temperature", eq="74", title="1/T_S as a ratio of rates",
             statement=r"\frac{1}{T_S} = \frac{d\mathbb{S}/d\tau}{d\mathbb{U}/d\tau}")
U_w2 = Tr(rho56 * H_qubit)
dxdU, dydU = Dt(x_t) / Dt(U_w2), Dt(y_t) / Dt(U_w2)
PAPER.claim("eq75.total_derivative", eq="75", title="dS/dU along the trajectory (56)",
            statement=r"\frac{d\mathbb{S}}{d\mathbb{U}} = -\frac12\frac{\mathbb{U} + x\frac{dx}{d\mathbb{U}} + y\frac{dy}{d\mathbb{U}}}{\sqrt{x^2+y^2+\mathbb{U}^2}}\log\frac{1+\sqrt{x^2+y^2+\mathbb{U}^2}}{1-\sqrt{x^2+y^2+\mathbb{U}^2}}",
            lhs=Dt(Entropy(rho56)) / Dt(U_w2),
            rhs=-(U_w2 + x_t * dxdU + y_t * dydU) / r_t * L_r / 2, samplers=THERMAL_W2,
            dynamics=MASTER, search=False, assumptions=["omega_0 / 2 = 1 (U = z)"])
PAPER.claim("eq76.coherence_term", eq="76", title="x dx/dU + y dy/dU along (56)",
            statement=r"x\frac{dx}{d\mathbb{U}} + y\frac{dy}{d\mathbb{U}} = \frac{x^2(0) + y^2(0)}{2(z(0) + \tanh\beta)}",
            lhs=x_t * dxdU + y_t * dydU, rhs=(x0 ** 2 + y0 ** 2) / (2 * (z0 + tanh(beta))),
            samplers=THERMAL_W2, dynamics=MASTER, search=False,
            assumptions=["omega_0 / 2 = 1, hence tanh(beta omega_0 / 2) = tanh(beta)"],
            notes="Printed for tau -> infinity; it holds at every tau (checked at finite random tau): "
                  "x^2 + y^2 and dz both decay as exp(-gamma~ tau).")

# ============================================================================ Example II

a_op = Op("a", ("B",), "operator")
X_B = Op("X_B", ("B",), "hermitian")
U_0 = Op("U_0", ("S", "B"), "operator")
f_c = f_re + I * f_im
f_conj = f_re - I * f_im
f_abs2 = f_re ** 2 + f_im ** 2
P00 = _pm(sympy.Matrix([[1, 0], [0, 0]]), "|0><0|")
P11 = _pm(sympy.Matrix([[0, 0], [0, 1]]), "|1><1|")
E01 = _pm(sympy.Matrix([[0, 1], [0, 0]]), "|0><1|")
E10 = _pm(sympy.Matrix([[0, 0], [1, 0]]), "|1><0|")
sz0 = Tr(rho_S0 * PZ)


def _free_unitary(env, kind):
    _no_exact(kind, "exp(-i H_0 tau)")
    hs, hb = env["H_S"], env["H_B"]
    dims = [hs.shape[0], hb.shape[0]]
    h0 = numeric.embed(hs, dims, [0]) + numeric.embed(hb, dims, [1])
    return numeric.UnitaryFlow(h0).unitary(env["tau"])


# the dephasing model of Example II, H = w0 sz/2 + w a^dag a + lambda sz (x) (a(f) + a^dag(f)),
# with ONE mode truncated to n levels, started in rho_S0 (x) rho_B^beta and evolved exactly for
# tau: sigma_z is conserved and the truncated model keeps the parity symmetry a -> -a, which is
# all that (92)-(99) and (105)-(107) use
DEPH_LEVELS = 4
DEPHASING_MODEL = draw({**MODE_PARAMS, tau: positive(), rho_S0: density(), alpha_S: real(scale=2),
                        a_op: derived(lambda env, kind: (_no_exact(kind, "a"), _ladder(DEPH_LEVELS, kind))[1],
                                      f"a truncated to {DEPH_LEVELS} levels"),
                        X_B: derived(_mode(DEPH_LEVELS, "X"), "a(f) + a^dag(f) = f^* a + f a^dag"),
                        H_S: derived(_mode(DEPH_LEVELS, "H_S"), "omega_0 sz / 2"),
                        H_B: derived(_mode(DEPH_LEVELS, "H_B"), "omega a^dag a"),
                        H_int: derived(_mode(DEPH_LEVELS, "H_dephasing"), "lambda sz (x) X_B")},
                       text=f"dephasing qubit, one mode truncated to {DEPH_LEVELS} levels") \
    + gibbs_state(rho_B0, H_B, beta) + product_state(rho_SB0, rho_S0, rho_B0) \
    + evolved_state(rho, rho_SB0, H_tot, tau) + draw({U_0: derived(_free_unitary, "exp(-i H_0 tau)")})
DEPH_DIMS = (2, DEPH_LEVELS)
DEPHASING = (DEPHASING_MODEL.sampler(f"dephasing-random-2x{DEPH_LEVELS}", DEPH_DIMS),
             DEPHASING_MODEL.given({**MODE_VALUES, tau: fixed("1.3"), alpha_S: fixed("-0.5")}).sampler(
                 f"dephasing-fixed-2x{DEPH_LEVELS}", DEPH_DIMS, f"dephasing qubit, one mode truncated "
                 f"to {DEPH_LEVELS} levels: {MODE_TEXT}, tau = 1.3, alpha_S = -0.5"))
# alpha_S = 1, the value the paper sets for (105)-(107)
ALPHA_1 = {alpha_S: printed("1")}
DEPHASING_A1 = (DEPHASING_MODEL.given(ALPHA_1).sampler(f"dephasing-alpha1-random-2x{DEPH_LEVELS}",
                                                       DEPH_DIMS),
                DEPHASING_MODEL.given({**MODE_VALUES, tau: fixed("1.3"), **ALPHA_1}).sampler(
                    f"dephasing-alpha1-fixed-2x{DEPH_LEVELS}", DEPH_DIMS, f"dephasing qubit, one "
                    f"mode truncated to {DEPH_LEVELS} levels: {MODE_TEXT}, tau = 1.3, alpha_S = 1"))
DEPH = ["dephasing model of Example II with one bath mode (sums over k have one term)",
        "rho_SB(0) = rho_S(0) (x) rho_B^beta, exact evolution of the (truncated) model"]
PAPER.define("eq77.smeared_annihilation", eq="77", title="smeared annihilation operator",
             statement=r"a(f) = \sum_k f_k^* a_k")
PAPER.define("eq78.ccr", eq="78", title="canonical commutation relations",
             statement=r"[a(f), a^\dagger(g)] = \langle f|g\rangle",
             notes="Standard; exact only in infinite dimensions. The claims below that rely on it are "
                   "checked where the truncation error is far below the working precision.")
PAPER.claim("eq79.interaction_picture", eq="79", title="interaction-picture coupling",
            statement=r"U_0^\dagger H_{\mathrm{int}} U_0 = \lambda\sigma_z\otimes(a(f_\tau) + a^\dagger(f_\tau)),\ a(f_\tau) = \sum_k f_k^* e^{-i\omega_k\tau} a_k",
            lhs=Dag(U_0) * H_int * U_0,
            rhs=lam * PZ * (f_conj * exp(-I * w_b * tau) * a_op + f_c * exp(I * w_b * tau) * Dag(a_op)),
            samplers=DEPHASING, search=False, assumptions=DEPH[:1],
            notes="Read with the paper's notation (77): the 'components' f_k^* e^{-i w_k tau} of "
                  "f_tau are the coefficients of a_k. Exact in any truncation (U_0 is diagonal in "
                  "the Fock basis).")

# ---------------------------------------------------------------- one mode, many levels: (80)-(93)

N_MODE = 12
K_LOW = 4
V_0, V_1, V_free = (Op(n, ("B",), "operator") for n in ("V_0", "V_1", "V_free"))
rho_beta = Op("rho_beta", ("B",), "state")
D_0p, D_0c, W_int = (Op(n, ("B",), "operator") for n in ("D_0p", "D_0c", "W"))
rho_S_tau = Op("rho_S_tau", ("S",), "state")
rho_B_tau = Op("rho_B_tau", ("B",), "state")


def _expi(x, kind):
    return mp.expj(x) if kind == "mp" else complex(np.exp(1j * float(x)))


def _mode_data(env, kind):
    """Exact evolution of the dephasing model with one mode on n levels, sector by sector
    (sigma_z = (-1)^l is conserved): V_l = exp(-i (H_B + (-1)^l lambda X) tau) on the bath.
    Also the displacements of (86) with the printed and the corrected g_tau, and the
    interaction-picture factor of (80). Computed once per sample."""
    _no_exact(kind, "the truncated-mode evolution")
    key = ("_mode", kind)
    if key in env:
        return env[key]
    a = env["a"]
    n = a.shape[0]
    ad = a.conj().T
    hb, x = env["omega"] * (ad @ a), env["X_B"]
    lam_, w, t = env["lambda"], env["omega"], env["tau"]
    f = _f(env)
    fc = f.conjugate() if kind == "mp" else np.conj(f)
    one = (mp.mpc(0, 1) if kind == "mp" else 1j)
    sign = np.array([[(-1) ** (i + j) for j in range(n)] for i in range(n)])

    def unitary(h, s):
        return numeric.UnitaryFlow(h).unitary(s)

    def displacement(c):   # D(c) = exp(c a^dag - c^* a) = exp(-i h), h = i (c a^dag - c^* a)
        cc = c.conjugate() if kind == "mp" else np.conj(c)
        return unitary(one * (c * ad - cc * a), 1)

    def diag(values):
        out = np.zeros((n, n), dtype=a.dtype)
        for k, v in enumerate(values):
            out[k, k] = v
        return out

    boltzmann = [mp.exp(-env["beta"] * w * k) if kind == "mp" else math.exp(-env["beta"] * w * k)
                 for k in range(n)]
    v0 = unitary(hb + lam_ * x, t)
    g_printed = f * (_expi(w * t, kind) - 1) / w       # (85): g_k^* = f_k^* (e^{-i w t} - 1)/w
    g_corrected = f * (_expi(-w * t, kind) - 1) / w
    c_int = fc * (1 - _expi(-w * t, kind)) / (one * w)  # int_0^tau a(f_s) ds = c_int a
    cc_int = c_int.conjugate() if kind == "mp" else np.conj(c_int)
    out = {"V_0": v0, "V_1": sign * v0,   # parity (-1)^(a^dag a) maps X to -X
           "V_free": diag([_expi(-w * k * t, kind) for k in range(n)]),
           "p_beta": [b / sum(boltzmann) for b in boltzmann],
           "D_0p": displacement(lam_ * g_printed), "D_0c": displacement(lam_ * g_corrected),
           "W": unitary(lam_ * (c_int * a + cc_int * ad), 1)}
    out["rho_beta"] = diag(out["p_beta"])
    env[key] = out
    return out


def _mode_op(name):
    return derived(lambda env, kind: _mode_data(env, kind)[name], {
        "V_0": "exp(-i (H_B + lambda X) tau)", "V_1": "exp(-i (H_B - lambda X) tau)",
        "V_free": "exp(-i H_B tau)", "rho_beta": "exp(-beta H_B)/Z",
        "D_0p": "D_0(g_tau) with g_tau as printed in (85)",
        "D_0c": "D_0(g_tau) with the corrected g_tau",
        "W": "exp(-i lambda int_0^tau (a(f_s) + a^dag(f_s)) ds)"}[name])


def _reduced(which):
    """The exact reduced states (rho_beta is diagonal, so Tr[V_l rho_beta V_m^dag] is a sum)."""
    def fn(env, kind):
        d = _mode_data(env, kind)
        v, p = (d["V_0"], d["V_1"]), np.array(d["p_beta"], dtype=d["V_0"].dtype)
        r0 = env["rho_S0"]
        if which == "B":
            return sum(r0[l, l] * ((v[l] * p[None, :]) @ v[l].conj().T) for l in (0, 1))
        out = np.empty((2, 2), dtype=r0.dtype)
        for l in (0, 1):
            for m in (0, 1):
                phase = _expi(-env["omega_0"] * ((-1) ** l - (-1) ** m) * env["tau"] / 2, kind)
                out[l, m] = r0[l, m] * phase * np.sum(v[l] * p[None, :] * v[m].conj())
        return out
    return derived(fn, "exact reduced state of S" if which == "S" else "exact reduced state of B")


def mode_sampler(n=N_MODE):
    """The dephasing model with one mode on n Fock levels at fixed printed-style parameters."""
    return sampler(
        f"mode-{n}", ("S", "B"), (2, n),
        {w0: fixed("1.5"), w_b: fixed("2"), lam: fixed("0.01"), f_re: fixed("0.6"),
         f_im: fixed("0.8"), beta: fixed("5"), tau: fixed("1.3"),
         rho_S0: fixed(QUBIT_A, state_dims=(2,)),
         a_op: derived(lambda env, kind: (_no_exact(kind, "a"), _ladder(n, kind))[1],
                       f"a truncated to {n} levels"),
         X_B: derived(_mode(n, "X"), "a(f) + a^dag(f)"),
         V_0: _mode_op("V_0"), V_1: _mode_op("V_1"), V_free: _mode_op("V_free"),
         rho_beta: _mode_op("rho_beta"), D_0p: _mode_op("D_0p"), D_0c: _mode_op("D_0c"),
         W_int: _mode_op("W"), rho_S_tau: _reduced("S"), rho_B_tau: _reduced("B")},
        random=False,
        description=f"one mode on {n} Fock levels: omega_0 = 1.5, omega = 2, lambda = 0.01, "
                    "f = 0.6 + 0.8i, beta = 5, tau = 1.3, rho_S0 = QUBIT_A; truncation errors of "
                    "the compared quantities ~ exp(-beta omega N) and (2 lambda |f| / omega)^(2N)/N!, "
                    "below 10^-47 for N = 12 (tests/derivations/test_alipour2016.py compares with "
                    "more levels)")


MODE = mode_sampler()
MODE_ASSUME = [f"one bath mode (sums over k have one term), truncated to {N_MODE} Fock levels; "
               f"operators are compared on the lowest {K_LOW} levels, where the truncation error "
               "is below 1e-47"]
P_low = Mat(sympy.diag(*([1] * K_LOW + [0] * (N_MODE - K_LOW))), ("B",), "P_4")
P_two = Mat(sympy.diag(*([1] * 2 + [0] * (N_MODE - 2))), ("B",), "P_2")
P_vac = Mat(sympy.diag(*([1] + [0] * (N_MODE - 1))), ("B",), "|0><0|_B")
phi80 = f_abs2 / w_b ** 2 * (w_b * tau - sympy.sin(w_b * tau))
vacuum_amplitude = Tr(P_vac * Dag(V_free) * V_0)
PAPER.claim("eq80.phase_printed", eq="80", expected=FAILS,
            title="time-ordered exponential: pure phase exp(-i lambda^2 phi) as printed",
            statement=r"\widetilde U_\lambda(\tau) = e^{-i\lambda^2\varphi(\tau)}e^{-i\lambda\sigma_z\otimes\int_0^\tau ds\,(a(f_s) + a^\dagger(f_s))}",
            lhs=vacuum_amplitude, rhs=exp(-I * lam ** 2 * phi80) * Tr(P_vac * W_int),
            samplers=(MODE,), search=False, assumptions=MODE_ASSUME,
            reason="the second-order Magnus term is -(1/2) int int [H~(s1), H~(s2)] = +i lambda^2 "
                   "phi (with (79), [X(s1), X(s2)] = -2i sum |f_k|^2 sin w_k(s1 - s2)): the phase "
                   "is exp(+i lambda^2 phi). Compared on the vacuum amplitude <0|U~|0> of the "
                   "sigma_z = +1 sector (sample mode-12: Im <0|U~|0> = +5.21e-5, the printed phase "
                   "gives -5.21e-5); the global phase does not affect (81) and below.")
PAPER.claim("eq80.phase", eq="80", role="corrected", corrects="eq80.phase_printed",
            title="time-ordered exponential: pure phase exp(+i lambda^2 phi)",
            statement=r"\widetilde U_\lambda(\tau) = e^{+i\lambda^2\varphi(\tau)}e^{-i\lambda\sigma_z\otimes\int_0^\tau ds\,(a(f_s) + a^\dagger(f_s))},\ \varphi = \sum_k\frac{|f_k|^2}{\omega_k^2}(\omega_k\tau - \sin\omega_k\tau)",
            lhs=vacuum_amplitude, rhs=exp(I * lam ** 2 * phi80) * Tr(P_vac * W_int),
            samplers=(MODE,), search=False, assumptions=MODE_ASSUME)
PAPER.define("eq81.evolution", eq="81", title="evolution of SB",
              statement=r"\rho_{SB}(\tau) = U_0\widetilde U_\lambda\rho_{SB}(0)\widetilde U_\lambda^\dagger U_0^\dagger")
PAPER.define("eq82.initial_qubit", eq="82", title="initial qubit state and basis",
             statement=r"\rho_S(0) = \sum_{\ell\ell'}\rho_{\ell\ell'}|\ell\rangle\langle\ell'|,\ \sigma_z|\ell\rangle = (-1)^\ell|\ell\rangle",
             notes="|0> has sigma_z = +1: the same convention as Example I (see the conventions).")
PAPER.define("eq83.bath_gibbs", eq="83", title="thermal bath state",
             statement=r"\rho_B^\beta = e^{-\beta\sum_k\omega_k a_k^\dagger a_k}/Z_\beta")
block_exact = P_low * V_0 * rho_beta * Dag(V_1) * P_low
PAPER.claim("eq84.state_printed", eq="84", expected=FAILS,
            title="bath block of rho_SB(tau) with the printed g_tau of (85)",
            statement=r"\langle 0|\rho_{SB}(\tau)|1\rangle \propto D_0(g_\tau)\rho_B^\beta D_1^\dagger(g_\tau),\ g_k^*(\tau) = f_k^*(e^{-i\omega_k\tau} - 1)/\omega_k",
            lhs=block_exact, rhs=P_low * D_0p * rho_beta * D_0p * P_low,
            samplers=(MODE,), search=False, assumptions=MODE_ASSUME,
            reason="with (77), a^dag(g_tau) = sum_k g_k a_k^dag = sum_k f_k (e^{+i w_k tau} - 1)/w_k "
                   "a_k^dag, but the Schroedinger state is displaced by lambda f_k (e^{-i w_k tau} - "
                   "1)/w_k (coherent amplitude under w a^dag a + lambda (f^* a + f a^dag), the sigma_z = +1 "
                   "sector): the "
                   "printed g_tau evolves backwards in time. (Reading the 'components' g_k^* as "
                   "the entries of g instead would make (85) right for real f_k, but then (79) "
                   "fails for any f: in one notation (79) and (85) cannot both hold.) "
                   "Block <0|rho|1> compared on the lowest "
                   "4 Fock levels (D_1 = D_0^dag); sample mode-12: largest entry difference 5.2e-3, "
                   "of the order of lambda |g_tau| = 9.6e-3.")
PAPER.claim("eq84.state", eq="84", role="corrected", corrects="eq84.state_printed",
            title="bath block of rho_SB(tau) with g_k^*(tau) = f_k^*(e^{+i w_k tau} - 1)/w_k",
            statement=r"\langle 0|\rho_{SB}(\tau)|1\rangle \propto D_0(g_\tau)\rho_B^\beta D_1^\dagger(g_\tau),\ g_k^*(\tau) = f_k^*(e^{+i\omega_k\tau} - 1)/\omega_k",
            lhs=block_exact, rhs=P_low * D_0c * rho_beta * D_0c * P_low,
            samplers=(MODE,), search=False, assumptions=MODE_ASSUME,
            notes="Equivalently (85) with the sign of w_k tau reversed. The reduced quantities "
                  "(89), (91), (93) depend on |g_k| or Re g_k only and are unaffected; the "
                  "correlations sigma_z (x) (f a^dag - f^* a) behind (97) are not.")
PAPER.define("eq85.g_tau", eq="85", title="displacement vector (as printed)",
             statement=r"g_k^*(\tau) = f_k^*(e^{-i\omega_k\tau} - 1)/\omega_k",
             notes="Misprinted: see eq84.state_printed; the corrected vector has e^{+i w_k tau}.")
PAPER.define("eq86.displacement", eq="86", title="displacement operators",
             statement=r"D_\ell(g_\tau) = e^{(-1)^\ell\lambda[a^\dagger(g_\tau) - a(g_\tau)]}")
g85 = f_c * (exp(I * w_b * tau) - 1) / w_b      # g_k as printed (conjugate of the printed g_k^*)
g85c = f_c * (exp(-I * w_b * tau) - 1) / w_b    # corrected
PAPER.claim("eq87.displaced_annihilation", eq="87", title="D_0 a D_0^dag = a - lambda g",
            statement=r"D_\ell(g_\tau)\,a_k D_\ell^\dagger(g_\tau) = a_k - (-1)^\ell\lambda g_k(\tau)",
            lhs=P_two * D_0p * a_op * Dag(D_0p) * P_two, rhs=P_two * (a_op - lam * g85) * P_two,
            samplers=(MODE,), search=False, assumptions=MODE_ASSUME,
            notes="l = 0 (l = 1 is the same with D_1 = D_0^dag), compared on the lowest 2 levels "
                  "(an operator identity with no thermal weight: the truncation error on 4 levels "
                  "is 1e-37). Holds for any g_tau, so also with the printed one.")
PAPER.define("eq88.A_k", eq="88", title="shifted annihilation operators",
             statement=r"A_k(\ell, \lambda, \tau) := a_k - (-1)^\ell\lambda g_k(\tau)")
Gamma_mode = f_abs2 / w_b ** 2 * coth(beta * w_b / 2) * sympy.sin(w_b * tau / 2) ** 2
rho89 = (P00 * Tr(rho_S0 * P00) + P11 * Tr(rho_S0 * P11)
         + exp(-8 * lam ** 2 * Gamma_mode) * (E10 * Tr(rho_S0 * E01) * exp(I * w0 * tau)
                                               + E01 * Tr(rho_S0 * E10) * exp(-I * w0 * tau)))
PAPER.claim("eq89.qubit_state", eq="89", title="reduced state of the dephasing qubit",
            statement=r"\rho_S(\tau) = \rho_{00}|0\rangle\langle 0| + \rho_{11}|1\rangle\langle 1| + e^{-8\lambda^2\Gamma(\tau)}(\rho_{10}e^{i\omega_0\tau}|1\rangle\langle 0| + \rho_{01}e^{-i\omega_0\tau}|0\rangle\langle 1|)",
            lhs=rho_S_tau, rhs=rho89, samplers=(MODE,), search=False, assumptions=MODE_ASSUME,
            notes="Left: the exact reduced state of the truncated model; right: (89) with (91).")
ZB = Tr(Expm(-beta * w_b * Dag(a_op) * a_op))


def _rho90(g):
    return sum(p * Expm(-beta * w_b * Dag(a_op - s * lam * g) * (a_op - s * lam * g))
               for p, s in ((Tr(rho_S0 * P00), 1), (Tr(rho_S0 * P11), -1))) / ZB


PAPER.claim("eq90.bath_state_printed", eq="90", expected=FAILS,
            title="reduced bath state with the printed g_tau",
            statement=r"\rho_B(\tau) = \sum_\ell\frac{\rho_{\ell\ell}}{Z_\beta}e^{-\beta\sum_k\omega_k A_k^\dagger A_k},\ A_k = a_k - (-1)^\ell\lambda g_k \text{ (85 as printed)}",
            lhs=P_low * rho_B_tau * P_low, rhs=P_low * _rho90(g85) * P_low, samplers=(MODE,),
            search=False, assumptions=MODE_ASSUME,
            reason="the same g_tau misprint as (84)-(85): the displaced thermal states are centred "
                   "at the complex conjugate amplitude (sample mode-12: largest entry difference "
                   "2.1e-3 on the lowest 4 levels).")
PAPER.claim("eq90.bath_state", eq="90", role="corrected", corrects="eq90.bath_state_printed",
            title="reduced bath state with the corrected g_tau",
            statement=r"\rho_B(\tau) = \sum_\ell\frac{\rho_{\ell\ell}}{Z_\beta}e^{-\beta\sum_k\omega_k A_k^\dagger A_k},\ g_k^*(\tau) = f_k^*(e^{+i\omega_k\tau} - 1)/\omega_k",
            lhs=P_low * rho_B_tau * P_low, rhs=P_low * _rho90(g85c) * P_low, samplers=(MODE,),
            search=False, assumptions=MODE_ASSUME)
PAPER.claim("text.decoherence_factor", eq="text after (90)", title="Tr[D_1 rho_beta D_0^dag] = exp(-8 lambda^2 Gamma)",
            statement=r"\mathrm{Tr}[D_\ell(g_\tau)\rho_B^\beta D_{\ell'}^\dagger(g_\tau)] = e^{-8\lambda^2\Gamma(\tau)},\ \ell\ne\ell'",
            lhs=Tr(Dag(D_0p) * rho_beta * Dag(D_0p)), rhs=exp(-8 * lam ** 2 * Gamma_mode),
            samplers=(MODE,), search=False, assumptions=MODE_ASSUME,
            notes="l = 1, l' = 0 (D_1 = D_0^dag). Depends on |g_tau| only: printed and corrected "
                  "g_tau agree here.")
PAPER.define("eq91.Gamma", eq="91", title="decoherence function",
             statement=r"\Gamma(\tau) = \sum_k\frac{|f_k|^2}{\omega_k^2}\coth(\beta\omega_k/2)\sin^2(\omega_k\tau/2)",
             expr=Gamma_mode)

# ---------------------------------------------------------------- effective Hamiltonians, heat, work (92)-(107)

Delta = PAPER.define("eq93.Delta", eq="93", title="Delta(tau) from the bath's mean coupling",
                     statement=r"\Delta(\tau) = -\frac{1}{4\lambda\langle\sigma_z\rangle_S}\mathrm{Tr}[\rho_B(\tau)(a(f) + a^\dagger(f))]",
                     expr=-Tr(rho_B * X_B) / (4 * lam * sz0),
                     notes="First equality of (93), used as the definition of Delta in the "
                           "structural claims (92)-(99); its closed form is eq93.Delta_closed_form.")
Delta_mode = f_abs2 / w_b * sympy.sin(w_b * tau / 2) ** 2
PAPER.claim("eq93.Delta_closed_form", eq="93", title="Delta(tau) = sum |f_k|^2/w_k sin^2(w_k tau/2)",
            statement=r"-\frac{\mathrm{Tr}[\rho_B(\tau)(a(f) + a^\dagger(f))]}{4\lambda\langle\sigma_z\rangle_S} = \sum_k\frac{|f_k|^2}{\omega_k}\sin^2(\omega_k\tau/2)",
            lhs=-Tr(rho_B_tau * X_B) / (4 * lam * sz0), rhs=Delta_mode, samplers=(MODE,),
            search=False, assumptions=MODE_ASSUME)
STRUCT = DEPH + ["parity: the bath state and H_B are invariant under a -> -a (so <X>_B in the "
                 "sector sigma_z = -1 is minus that in sigma_z = +1)"]
PAPER.claim("eq92.H_eff_S", eq="92", title="effective qubit Hamiltonian",
            statement=r"H_S^{(\mathrm{eff})} = \Big(\frac{\omega_0}{2} - 4\lambda^2\langle\sigma_z\rangle_S\Delta\Big)\sigma_z + 4\lambda^2\alpha_S\langle\sigma_z\rangle_S^2\Delta",
            lhs=H_eff_S, rhs=(w0 / 2 - 4 * lam ** 2 * sz0 * Delta) * PZ
            + 4 * lam ** 2 * alpha_S * sz0 ** 2 * Delta, samplers=DEPHASING, search=False,
            assumptions=DEPH)
PAPER.claim("eq94.H_eff_B", eq="94", title="effective bath Hamiltonian",
            statement=r"H_B^{(\mathrm{eff})} = \sum_k\omega_k a_k^\dagger a_k + \lambda\langle\sigma_z\rangle_S(a(f) + a^\dagger(f)) + 4\lambda^2\alpha_B\langle\sigma_z\rangle_S^2\Delta",
            lhs=H_eff_B, rhs=H_B + lam * sz0 * X_B + 4 * lam ** 2 * alpha_B * sz0 ** 2 * Delta,
            samplers=DEPHASING, search=False, assumptions=DEPH)
PAPER.claim("eq95.work_B", eq="95", title="work on the bath",
            statement=r"d\mathbb{W}_B = 4\lambda^2\alpha_B\langle\sigma_z\rangle_S^2\,d\Delta",
            lhs=dW_B, rhs=4 * lam ** 2 * alpha_B * sz0 ** 2 * Dt(Delta), samplers=DEPHASING,
            dynamics=SCHROEDINGER, search=False, assumptions=DEPH)
PAPER.claim("eq95.work_S", eq="95", title="work on the qubit is minus the work on the bath",
            statement=r"d\mathbb{W}_S = -d\mathbb{W}_B", lhs=dW_S, rhs=-dW_B, samplers=DEPHASING,
            dynamics=SCHROEDINGER, search=False, assumptions=DEPH)
PAPER.claim("text.commutator_S", eq="text after (95)", title="[H_S^(eff), H_int] = 0",
            statement=r"[H_S^{(\mathrm{eff})}, H_{\mathrm{int}}] = 0", lhs=comm(H_eff_S, H_int), rhs=0,
            samplers=DEPHASING, search=False, assumptions=DEPH)
PAPER.claim("text.commutator_B", eq="text after (95)",
            title="[H_B^(eff), H_int] = lambda sz (x) sum w_k (f_k a_k^dag - f_k^* a_k)",
            statement=r"[H_B^{(\mathrm{eff})}, H_{\mathrm{int}}] = \lambda\sigma_z\otimes\sum_k\omega_k(f_k a_k^\dagger - f_k^* a_k)",
            lhs=comm(H_eff_B, H_int), rhs=lam * PZ * w_b * (f_c * Dag(a_op) - f_conj * a_op),
            samplers=DEPHASING, search=False, assumptions=DEPH)
PAPER.claim("eq96.heat_S", eq="96", title="no heat into the dephasing qubit",
            statement=r"d\mathbb{Q}_S = 0", lhs=dQ_S, rhs=0, samplers=DEPHASING,
            dynamics=SCHROEDINGER, search=False, assumptions=DEPH)
PAPER.claim("eq97.heat_B", eq="97", title="heat into the bath",
            statement=r"d\mathbb{Q}_B = 4\lambda^2(1 - \langle\sigma_z\rangle_S^2)\,d\Delta",
            lhs=dQ_B, rhs=4 * lam ** 2 * (1 - sz0 ** 2) * Dt(Delta), samplers=DEPHASING,
            dynamics=SCHROEDINGER, search=False, assumptions=STRUCT)
PAPER.claim("eq98.binding_energy", eq="98", title="binding energy of the dephasing model",
            statement=r"\mathbb{U}_\chi = -4\lambda^2(1 - \langle\sigma_z\rangle_S^2)\Delta",
            lhs=U_chi, rhs=-4 * lam ** 2 * (1 - sz0 ** 2) * Delta, samplers=DEPHASING,
            search=False, assumptions=STRUCT)
PAPER.claim("text.heat_is_binding", eq="text after (98)", title="dQ_B = -dU_chi",
            statement=r"d\mathbb{Q}_B = -d\mathbb{U}_\chi", lhs=dQ_B, rhs=-Dt(U_chi),
            samplers=DEPHASING, dynamics=SCHROEDINGER, search=False, assumptions=DEPH)
PAPER.claim("text.populations_conserved", eq="text after (98)", title="the populations of the qubit do not change",
            statement=r"\rho_{00}(\tau) = \rho_{00}", lhs=Tr(rho_S * P00), rhs=Tr(rho_S0 * P00),
            samplers=DEPHASING, search=False, assumptions=DEPH)
PAPER.claim("eq99.energy_B", eq="99", title="bath energy rate depends on alpha_S",
            statement=r"d\mathbb{U}_B = 4\lambda^2(1 - \alpha_S\langle\sigma_z\rangle_S^2)\,d\Delta",
            lhs=Dt(U_B), rhs=4 * lam ** 2 * (1 - alpha_S * sz0 ** 2) * Dt(Delta),
            samplers=DEPHASING, dynamics=SCHROEDINGER, search=False, assumptions=STRUCT)
PAPER.claim("eq100.entropy_rate", eq="100", title="dS = -Tr[d rho log rho] (Tr d rho = 0)",
            statement=r"d\mathbb{S}_B = -\mathrm{Tr}[d\rho_B\log\rho_B]",
            lhs=Dt(S_B), rhs=-Tr(Dt(rho_B) * Logm(rho_B)), samplers=UNITARY,
            dynamics=SCHROEDINGER, search=False, notes=NO_SEARCH + " A general identity, checked "
            "on random closed systems.")


def _bath_entropy_rate(b, lam_value, kind):
    """dS_B/dtau = -Tr[d rho_B log rho_B] of the one-mode model at coupling ``lam_value``
    (exact truncated evolution, sector by sector; b: the sample's bindings by name)."""
    n = b["a"].shape[0]
    a = _ladder(n, kind)                                # rebuilt at the working precision
    ad = a.conj().T
    f = mp.mpc(b["f_re"], b["f_im"])
    hb, x = b["omega"] * (ad @ a), f.conjugate() * a + f * ad
    boltzmann = [mp.exp(-b["beta"] * b["omega"] * k) for k in range(n)]
    p = np.array([w / sum(boltzmann) for w in boltzmann], dtype=object)
    sign = np.array([[(-1) ** (i + j) for j in range(n)] for i in range(n)])
    h0 = hb + lam_value * x
    v0 = numeric.UnitaryFlow(h0).unitary(b["tau"])
    block = (v0 * p[None, :]) @ v0.conj().T          # sector sigma_z = +1
    rate = -1j * (h0 @ block - block @ h0)
    r00, r11 = b["rho_S0"][0, 0], b["rho_S0"][1, 1]    # sector -1 is its parity image
    rho_b, drho_b = (r00 + r11 * sign) * block, (r00 + r11 * sign) * rate
    return -numeric.linalg.trace_product(drho_b, numeric.logm_psd(rho_b))


def bath_entropy_lambda2(ev):
    """lim (dS_B/dtau)/lambda^2 as lambda -> 0, extrapolated from five exact rates (Neville).

    Nodes lambda = 10^-7 2^-j, j = 0..4, extrapolated in x = lambda^2; each rate is computed
    exactly in the truncated one-mode model with 30 guard digits. The expansion parameter is lambda^2 |f|^2 / (omega^2 e^{-beta omega})
    ~ 6e3 lambda^2 (the bath is nearly pure), so the extrapolation error is ~ prod(6e3 x_j)
    ~ 1e-50"""
    if ev.kind != "mp":
        raise NotImplementedError("high precision only")
    from corrcheck.numeric.extrapolation import extrapolate_to_zero, geometric_nodes
    b = {s.name: v for s, v in ev.sample.bindings.items()}
    with mp.workdps(max(mp.mp.dps + 30, 70)):   # the Gibbs tail e^{-110} needs > 55 digits in log
        lams = geometric_nodes(mp.mpf("1e-7"), 2, 5)
        values = [_bath_entropy_rate(b, l, "mp") / l ** 2 for l in lams]
        limit = extrapolate_to_zero([l ** 2 for l in lams], values)
    ev.record("dS_B/lambda^2 at lambda = 1e-7", values[0])
    return +mp.re(limit)


PAPER.claim("eq101.bath_entropy", eq="101", title="bath entropy rate to O(lambda^2)",
            statement=r"d\mathbb{S}_B = 4\beta\lambda^2(1 - \langle\sigma_z\rangle_S^2)\,d\Delta + O(\lambda^3)",
            lhs=bath_entropy_lambda2, rhs=4 * beta * (1 - sz0 ** 2) * Dt(Delta_mode),
            samplers=(MODE,), dynamics={tau: 1}, assumptions=MODE_ASSUME,
            notes="Checked as the limit lim_{lambda->0} (dS_B/dtau)/lambda^2 = 4 beta (1 - <sz>^2) "
                  "dDelta/dtau (a hand-written evaluator: exact rates at five small lambda, "
                  "extrapolated to 0). The remainder is O(lambda^4): S_B is even in lambda (parity).")
sz_, dD = Symbol("s_z", real=True), Symbol("dDelta", real=True)
dQB97 = 4 * lam ** 2 * (1 - sz_ ** 2) * dD
dUB99 = 4 * lam ** 2 * (1 - alpha_S * sz_ ** 2) * dD
dSB101 = 4 * beta * lam ** 2 * (1 - sz_ ** 2) * dD
RATES = (sampler("rates-random", ("S",), (2,), {sz_: uniform(-1, 1), alpha_S: real(scale=2),
                                                beta: positive(), lam: positive(0.3), dD: real()},
                 description="random <sigma_z>, alpha_S, beta, lambda, dDelta"),
         sampler("rates-fixed", ("S",), (2,), {sz_: fixed("0.4"), alpha_S: fixed("-0.5"),
                                               beta: fixed("0.9"), lam: fixed("0.3"),
                                               dD: fixed("0.25")}, random=False,
                 description="<sigma_z> = 0.4, alpha_S = -0.5, beta = 0.9, lambda = 0.3, dDelta = 0.25"))
RATES_ASSUME = ["the rates (97), (99), (101) as printed (each checked above)"]
PAPER.claim("eq102.bath_pseudo_temperature", eq="102", title="T_B = dU_B/dS_B from (99) and (101)",
            statement=r"T_B = \frac{1 - \alpha_S\langle\sigma_z\rangle_S^2}{1 - \langle\sigma_z\rangle_S^2}T",
            lhs=dUB99 / dSB101, rhs=(1 - alpha_S * sz_ ** 2) / ((1 - sz_ ** 2) * beta),
            samplers=RATES, assumptions=RATES_ASSUME,
            notes="Independent of tau (to O(lambda^2)), so also its tau -> infinity limit.")
PAPER.claim("text.alpha_one_bath_temperature", eq="text after (102)", title="alpha_S = 1 gives T_B = T",
            trivial="alpha_S = 1 substituted in (102)",
            statement=r"\alpha_S = 1 \Rightarrow T_B = T", lhs=dUB99.subs(alpha_S, 1) / dSB101,
            rhs=1 / beta, samplers=RATES, assumptions=RATES_ASSUME)
PAPER.claim("eq103.bath_entropy_is_heat", eq="103", title="dS_B = beta dQ_B from (97) and (101)",
            statement=r"d\mathbb{S}_B = \beta\,d\mathbb{Q}_B", lhs=dSB101, rhs=beta * dQB97,
            samplers=RATES, assumptions=RATES_ASSUME)
PAPER.claim("eq104.bath_no_production", eq="104", title="no internal entropy production in the bath",
            statement=r"d\Sigma_B = d\mathbb{S}_B - d\mathbb{Q}_B / T = 0", lhs=dSB101 - beta * dQB97,
            rhs=0, samplers=RATES, assumptions=RATES_ASSUME + ["T_ext,B = T (eq. 103)"])
A1 = STRUCT + ["alpha_S = 1"]
PAPER.claim("eq105.no_work_on_S", eq="105", title="alpha_S = 1: no work on the qubit",
            statement=r"d\mathbb{W}_S = 0 \ (\alpha_S = 1;\ d\mathbb{Q}_S = 0 \text{ by (96)})",
            lhs=dW_S, rhs=0, samplers=DEPHASING_A1, dynamics=SCHROEDINGER, search=False,
            assumptions=A1)
PAPER.claim("eq106.no_energy_change", eq="106", title="alpha_S = 1: the qubit's energy is constant",
            statement=r"d\mathbb{U}_S = 0", lhs=Dt(U_S), rhs=0, samplers=DEPHASING_A1,
            dynamics=SCHROEDINGER, search=False, assumptions=A1)
PAPER.claim("eq107.zero_pseudo_temperature", eq="107", title="alpha_S = 1: T_S = dU_S/dS_S = 0",
            statement=r"T_S = \frac{d\mathbb{U}_S}{d\mathbb{S}_S} = 0", lhs=Dt(U_S) / Dt(S_S), rhs=0,
            samplers=DEPHASING_A1, dynamics=SCHROEDINGER, search=False, assumptions=A1,
            preconditions=[_nonzero(Dt(S_S), "dS_S != 0 (initial coherence)")])

# ---------------------------------------------------------------- entropy of the qubit (108)-(114)

Gs, Gd = Symbol("Gamma", nonnegative=True), Symbol("Gamma_dot", nonnegative=True)
th_ph = Symbol("theta", real=True)
coh_abs = s_frac * sqrt(p00 * (1 - p00))          # |rho_01|, below sqrt(rho_00 rho_11)
rho89_G = Mat(sympy.Matrix([
    [p00, coh_abs * exp(-I * th_ph) * exp(-8 * lam ** 2 * Gs) * exp(-I * w0 * tau)],
    [coh_abs * exp(I * th_ph) * exp(-8 * lam ** 2 * Gs) * exp(I * w0 * tau), 1 - p00]]),
    ("S",), "rho_89")
GAMMA_FLOW = {tau: 1, Gs: Gd}
DECOHERENCE = (
    sampler("decoherence-random", ("S",), (2,),
            {p00: uniform(0.05, 0.95), s_frac: uniform(0.05, 0.95), th_ph: real(), lam: positive(0.3),
             w0: positive(), tau: positive(), Gs: positive(), Gd: positive()},
            description="(89) for any Gamma(tau) >= 0 with dGamma/dtau >= 0: random populations, "
                        "coherence, lambda, omega_0, tau, Gamma, dGamma/dtau"),
    sampler("decoherence-fixed", ("S",), (2,),
            {p00: fixed("0.7"), s_frac: fixed("0.5"), th_ph: fixed("0.6"), lam: fixed("0.3"),
             w0: fixed("1.5"), tau: fixed("1.3"), Gs: fixed("0.8"), Gd: fixed("0.35")},
            random=False, description="rho_00 = 0.7, |rho_01| = 0.5 sqrt(0.21), arg rho_10 = 0.6, "
                                      "lambda = 0.3, omega_0 = 1.5, tau = 1.3, Gamma = 0.8, "
                                      "dGamma/dtau = 0.35"))
INCOHERENT = sampler(
    "decoherence-incoherent", ("S",), (2,),
    {p00: fixed("0.7"), s_frac: fixed("0"), th_ph: fixed("0.6"), lam: fixed("0.3"), w0: fixed("1.5"),
     tau: fixed("1.3"), Gs: fixed("0.8"), Gd: fixed("0.35")}, random=False,
    description="as decoherence-fixed without coherence (rho_01 = 0): the equality case")
DEC = ["rho_S(tau) of (89), with Gamma(tau) any nonnegative function (dGamma/dtau >= 0, eq. 113)"]
r108 = sqrt(1 - 4 * (p00 * (1 - p00) - exp(-16 * lam ** 2 * Gs) * coh_abs ** 2))
L108 = log((1 + r108) / (1 - r108))
PAPER.claim("eq108.bloch_radius", eq="108", title="Bloch radius of the dephasing qubit",
            statement=r"r_S = \sqrt{1 - 4(\rho_{00}\rho_{11} - e^{-16\lambda^2\Gamma}|\rho_{01}|^2)}",
            lhs=sqrt(2 * Tr(rho89_G * rho89_G) - 1), rhs=r108, samplers=DECOHERENCE, search=False,
            assumptions=DEC, notes="r_S = sqrt(2 Tr rho^2 - 1): the eigenvalues are (1 +- r_S)/2.")
PAPER.claim("eq109.entropy_rate_radius", eq="109", title="dS_S = -(1/2) log((1+r)/(1-r)) dr",
            statement=r"d\mathbb{S}_S = -\frac12\log\frac{1 + r_S}{1 - r_S}\,dr_S",
            lhs=Dt(Entropy(rho89_G)), rhs=-L108 * Dt(r108) / 2, samplers=DECOHERENCE,
            dynamics=GAMMA_FLOW, search=False, assumptions=DEC)
b110 = 16 * coh_abs ** 2 / r108 * exp(-16 * lam ** 2 * Gs) * L108
PAPER.define("eq110.b", eq="110", title="entropy-rate coefficient b",
             statement=r"b = \frac{16|\rho_{01}|^2}{r_S}e^{-16\lambda^2\Gamma}\log\frac{1 + r_S}{1 - r_S}",
             expr=b110)
PAPER.claim("eq109.entropy_rate_gamma", eq="109", title="dS_S = lambda^2 b dGamma",
            statement=r"d\mathbb{S}_S = \lambda^2 b\,d\Gamma", lhs=Dt(Entropy(rho89_G)),
            rhs=lam ** 2 * b110 * Gd, samplers=DECOHERENCE, dynamics=GAMMA_FLOW, search=False,
            assumptions=DEC)
PAPER.claim("eq110.b_nonnegative", eq="110", kind="geq", title="b is nonnegative",
            statement=r"b \ge 0", lhs=b110, rhs=0, samplers=DECOHERENCE + (INCOHERENT,),
            assumptions=DEC)
b111 = 16 * coh_abs ** 2 / r108.subs(lam, 0) * log((1 + r108.subs(lam, 0)) / (1 - r108.subs(lam, 0)))
PAPER.claim("eq111.b_weak_coupling", eq="111", title="b has a time-independent limit as lambda -> 0",
            trivial="SymPy takes the lambda -> 0 limit of (110) when the claim is built; "
                    "comparing it with (111) is algebra",
            statement=r"b^{(0)} = \frac{16|\rho_{01}|^2}{r_S^{(0)}(0)}\log\frac{1 + r_S^{(0)}(0)}{1 - r_S^{(0)}(0)}",
            lhs=sympy.limit(b110, lam, 0), rhs=b111, samplers=DECOHERENCE, search=False,
            assumptions=DEC, notes="Left: SymPy's limit of (110); r_S^(0)(0) is the Bloch radius of "
                                   "rho_S(0).")

# ---------------------------------------------------------------- Ohmic bath: (112)-(116)

eps_ = Symbol("epsilon", positive=True)
Delta112 = tau ** 2 / (2 * eps_ * (eps_ ** 2 + tau ** 2))


def _quad(ev, key, integrand):
    """int_0^inf integrand(w) dw by tanh-sinh quadrature with 10 guard digits, cached on the
    sample so that claims sharing it integrate once."""
    if ev.kind != "mp":
        raise NotImplementedError("high precision only")
    memo_key = ("quad", key, mp.mp.prec)
    if memo_key not in ev.sample.memo:
        b = {s.name: v for s, v in ev.sample.bindings.items()}
        with mp.workdps(mp.mp.dps + 10):
            value = mp.quad(lambda w: integrand(w, b), [0, mp.inf])
        ev.sample.memo[memo_key] = +value
    return ev.sample.memo[memo_key]


def delta_integral(ev):
    """int_0^inf sin^2(w tau/2) e^{-epsilon w} dw by mpmath quadrature."""
    return _quad(ev, "Delta", lambda w, b: mp.sin(w * b["tau"] / 2) ** 2 * mp.exp(-b["epsilon"] * w))


def gamma_rate_integral(ev):
    """dGamma/dtau = (1/2) int_0^inf coth(beta w/2) sin(w tau) e^{-epsilon w} dw by quadrature.

    Eq. (113) differentiated under the integral sign."""
    return _quad(ev, "dGamma", lambda w, b: mp.coth(b["beta"] * w / 2) * mp.sin(w * b["tau"])
                 * mp.exp(-b["epsilon"] * w) / 2)


def gamma_rate_digamma(ev):
    """dGamma/dtau = Im psi((epsilon + i tau)/beta)/beta - tau/(2(epsilon^2 + tau^2)) (digamma).

    From coth = 1 + 2 sum_n e^{-n beta w} and sum_n y/((n + x)^2 + y^2) = Im psi(x + i y)."""
    b = {s.name: v for s, v in ev.sample.bindings.items()}
    e, t, be = b["epsilon"], b["tau"], b["beta"]
    return mp.im(mp.digamma(mp.mpc(e, t) / be)) / be - t / (2 * (e ** 2 + t ** 2))


OHMIC = (sampler("ohmic-random", ("S",), (2,), {eps_: uniform(1, 2), tau: uniform(0.1, 1.5),
                                                beta: positive()},
                 description="regularized Ohmic bath: epsilon in (1, 2), tau in (0.1, 1.5) (where "
                             "tanh-sinh quadrature of the oscillatory integrand converges), beta"),
         sampler("ohmic-fixed", ("S",), (2,), {eps_: fixed("1.4"), tau: fixed("0.7"), beta: fixed("1.3")},
                 random=False, description="epsilon = 1.4, tau = 0.7, beta = 1.3"))
OHMIC_START = sampler("ohmic-start", ("S",), (2,), {eps_: fixed("1.4"), tau: special(0, "tau = 0: "
                                                    "the equality case"), beta: fixed("1.3")},
                      random=False, description="epsilon = 1.4, tau = 0, beta = 1.3")
OHMIC_ASSUME = ["infinite bath with |f_k|^2 -> omega e^{-epsilon omega} d omega (f_k ~ sqrt(omega) "
                "e^{-omega epsilon/2}), sums (91), (93) replaced by integrals"]
PAPER.claim("eq112.Delta_integral", eq="112", title="Delta(tau) for the regularized Ohmic bath",
            statement=r"\Delta(\tau) = \int_0^\infty d\omega\,\sin^2(\omega\tau/2)e^{-\epsilon\omega} = \frac{\tau^2}{2\epsilon(\epsilon^2 + \tau^2)}",
            lhs=delta_integral, rhs=Delta112, samplers=OHMIC, assumptions=OHMIC_ASSUME)
PAPER.claim("eq112.Delta_rate", eq="text after (113)", title="dDelta/dtau = epsilon tau/(tau^2 + epsilon^2)^2",
            trivial="SymPy takes the tau-derivative of (112) when the claim is built; comparing "
                    "it with the printed rate is algebra",
            statement=r"\frac{d\Delta}{d\tau} = \frac{\epsilon\tau}{(\tau^2 + \epsilon^2)^2}",
            lhs=sympy.diff(Delta112, tau), rhs=eps_ * tau / (tau ** 2 + eps_ ** 2) ** 2,
            samplers=OHMIC, assumptions=OHMIC_ASSUME,
            notes="The tau-derivative of the closed form (112), taken by SymPy.")
PAPER.define("eq113.Gamma_integral", eq="113", title="Gamma(tau) for the regularized Ohmic bath",
             statement=r"\Gamma(\tau) = \int_0^\infty \frac{d\omega}{\omega}\coth(\beta\omega/2)\sin^2(\omega\tau/2)e^{-\epsilon\omega}")
PAPER.claim("eq113.Gamma_rate_nonnegative", eq="text after (113)", kind="geq",
            title="dGamma/dtau >= 0", statement=r"\frac{d\Gamma}{d\tau} \ge 0",
            lhs=gamma_rate_integral, rhs=0, samplers=OHMIC + (OHMIC_START,), assumptions=OHMIC_ASSUME,
            notes="Integral evaluated by quadrature; ohmic-start (tau = 0) is the equality case. It holds for every tau >= 0: coth = 1 + 2 "
                  "sum_n e^{-n beta w} makes dGamma/dtau = tau/(2(eps^2 + tau^2)) + sum_n "
                  "tau/((eps + n beta)^2 + tau^2).")
PAPER.claim("eq113.Gamma_rate_closed_form", eq="text after (113)", role="control",
            title="dGamma/dtau in closed form (digamma)",
            statement=r"\frac{d\Gamma}{d\tau} = \frac{1}{\beta}\mathrm{Im}\,\psi\Big(\frac{\epsilon + i\tau}{\beta}\Big) - \frac{\tau}{2(\epsilon^2 + \tau^2)}",
            lhs=gamma_rate_integral, rhs=gamma_rate_digamma, samplers=OHMIC,
            assumptions=OHMIC_ASSUME, notes="Derived here (not in the paper) for the Markovian "
                                            "limit below; checked against the quadrature.")
PAPER.claim("eq114.entropy_production", eq="114", kind="geq",
            title="dSigma_S = dS_S >= 0 for the dephasing qubit",
            statement=r"d\Sigma_S = d\mathbb{S}_S \ge 0", lhs=Dt(Entropy(rho89_G)), rhs=0,
            samplers=DECOHERENCE + (INCOHERENT,), dynamics=GAMMA_FLOW, assumptions=DEC + ["dQ_S = 0 (eq. 96)"])


def markov_rate(ev):
    """dGamma/dtau from the digamma form at tau = 10^(dps + 12), where the remainder O(1/tau) is
    below the working precision."""
    b = {s.name: v for s, v in ev.sample.bindings.items()}
    e, be = b["epsilon"], b["beta"]
    t = mp.mpf(10) ** (mp.mp.dps + 12)
    return mp.im(mp.digamma(mp.mpc(e, t) / be)) / be - t / (2 * (e ** 2 + t ** 2))


PAPER.claim("text.markov_gamma", eq="text before (115)", title="Markovian regime: Gamma(tau) ~ pi tau/(2 beta)",
            statement=r"\lim_{\tau\to\infty}\frac{d\Gamma}{d\tau} = \frac{\pi}{2\beta}",
            lhs=markov_rate, rhs=sympy.pi / (2 * beta), samplers=OHMIC, assumptions=OHMIC_ASSUME,
            notes="The slope of Gamma for beta << tau; it does not depend on epsilon. Gamma itself "
                  "grows as pi tau/(2 beta) + O(log tau).")
gamma115 = 4 * sympy.pi * lam ** 2 / beta
rho115 = (P00 * p00 + P11 * (1 - p00)
          + exp(-gamma115 * tau) * (E10 * coh_abs * exp(I * th_ph) * exp(I * w0 * tau)
                                    + E01 * coh_abs * exp(-I * th_ph) * exp(-I * w0 * tau)))
MARKOV = (sampler("markov-random", ("S",), (2,),
                  {p00: uniform(0.05, 0.95), s_frac: uniform(0.05, 0.95), th_ph: real(),
                   lam: positive(0.3), w0: positive(), tau: positive(), beta: positive()},
                  description="random qubit, lambda, omega_0, tau, beta"),
          sampler("markov-fixed", ("S",), (2,),
                  {p00: fixed("0.7"), s_frac: fixed("0.5"), th_ph: fixed("0.6"), lam: fixed("0.3"),
                   w0: fixed("1.5"), tau: fixed("1.3"), beta: fixed("0.9")}, random=False,
                  description="rho_00 = 0.7, |rho_01| = 0.5 sqrt(0.21), arg rho_10 = 0.6, lambda = "
                              "0.3, omega_0 = 1.5, tau = 1.3, beta = 0.9"))
PAPER.claim("eq115.markov_state", eq="115", title="(89) with Gamma = pi tau/(2 beta): gamma = 4 pi lambda^2/beta",
            statement=r"\rho_S(\tau) = \rho_{00}|0\rangle\langle 0| + \rho_{11}|1\rangle\langle 1| + e^{-\gamma\tau}(\rho_{10}e^{i\omega_0\tau}|1\rangle\langle 0| + \rho_{01}e^{-i\omega_0\tau}|0\rangle\langle 1|),\ \gamma = 4\pi\lambda^2/\beta",
            lhs=rho115, rhs=rho89_G.xreplace({Gs: sympy.pi * tau / (2 * beta)}), samplers=MARKOV,
            search=False)
PAPER.claim("eq116.markov_master_equation", eq="116", title="(115) solves the dephasing Lindblad equation",
            statement=r"\dot\rho_S = -i\Big[\frac{\omega_0}{2}\sigma_z, \rho_S\Big] + \frac{\gamma}{2}(\sigma_z\rho_S\sigma_z - \rho_S)",
            lhs=Dt(rho115), rhs=-I * comm(H_qubit, rho115) + gamma115 / 2 * (PZ * rho115 * PZ - rho115),
            samplers=MARKOV, dynamics={tau: 1}, search=False)
# (1/tau) int_0^tau e^{-(gamma + i w0) s} ds, the time average of the coherence of (115)
coherence_avg = (1 - exp(-(gamma115 + I * w0) * tau)) / ((gamma115 + I * w0) * tau)


def _tau_huge(env, kind):
    _no_exact(kind, "tau_big")
    return mp.mpf(10) ** (mp.mp.dps + 12) if kind == "mp" else 1e28


MARKOV_LATE = tuple(sampler(s.name + "-late", s.parties, s.dims,
                            {**dict(s.bind), tau: derived(_tau_huge, "tau = 10^(dps + 12)")},
                            random=s.random, description=s.description + "; tau = 10^(dps+12)")
                    for s in MARKOV)
PAPER.claim("text.time_average", eq="text after (116)", title="time average tends to the dephased state",
            statement=r"\lim_{\tau\to\infty}\frac1\tau\int_0^\tau ds\,\rho_S(s) = \rho_{00}|0\rangle\langle 0| + \rho_{11}|1\rangle\langle 1|",
            lhs=P00 * p00 + P11 * (1 - p00) + coherence_avg * E10 * coh_abs * exp(I * th_ph)
            + sympy.conjugate(coherence_avg) * E01 * coh_abs * exp(-I * th_ph),
            rhs=P00 * p00 + P11 * (1 - p00), samplers=MARKOV_LATE, search=False,
            notes="The time average of (115) in closed form, evaluated at tau = "
                  "10^(dps+12), where its coherences (bounded by 2/(gamma tau)) are below the "
                  "working precision. For rho_10 = 0 the state does not move; the text adds that "
                  "then S_B is constant 'because of (110)', but (110) concerns S_S: by (101) "
                  "dS_B = 4 beta lambda^2 (1 - <sz>^2) dDelta, which vanishes in this regime "
                  "because dDelta/dtau = eps tau/(tau^2 + eps^2)^2 -> 0, for any initial state.")

# ============================================================================ figure


def _draw_thermalizing_temperatures(path):
    """1/T_S (34) and 1/T_ext (64) of the thermalizing qubit (56) against tau, for an incoherent
    and a coherent start, with the limits (61) and beta."""
    from corrcheck.figures import figure, save
    w, g, b = 1.5, 0.4, 0.9
    gt_, th_ = g / math.tanh(b * w / 2), math.tanh(b * w / 2)
    taus = np.linspace(0.05, 12, 400)
    fig, axes = figure(width=6.4, height=4.2)
    ax = axes[0][0]
    for (x_0, y_0, z_0), color, label in (((0.0, 0.0, 0.5), "tab:blue", "incoherent start (0, 0, 0.5)"),
                                          ((0.3, -0.4, 0.5), "tab:red", "coherent start (0.3, -0.4, 0.5)")):
        e = np.exp(-gt_ * taus)
        c2 = (x_0 ** 2 + y_0 ** 2) * e                  # x^2 + y^2
        z = z_0 * e + th_ * (e - 1)
        dz = -g * e * (z_0 / th_ + 1)
        r = np.sqrt(c2 + z ** 2)
        dr = (-gt_ * c2 / 2 + z * dz) / r                 # corrected (59)
        big_l = np.log((1 + r) / (1 - r))
        inv_t = (-big_l * dr / 2) / (w / 2 * dz)        # (58) / (60)
        inv_ext = -z / r * big_l / w                    # (64)
        limit = b * (1 - (x_0 ** 2 + y_0 ** 2) / th_ / (2 * (z_0 + th_)))  # (61)
        ax.plot(taus, inv_t, color=color, label=f"1/T_S, {label}")
        ax.plot(taus, inv_ext, color=color, ls="--", lw=1,
                label="1/T_ext (64), coherent start" if x_0 else None)
        ax.axhline(limit, color=color, ls=":", lw=1)
    ax.axhline(b, color="k", lw=0.6)
    ax.set_xlabel("tau")
    ax.set_ylabel("inverse temperature")
    ax.set_ylim(-1.5, 1.4)
    ax.axhline(0, color="0.7", lw=0.5)
    ax.set_title("thermalizing qubit (56): omega_0 = 1.5, gamma = 0.4, beta = 0.9", fontsize=10)
    ax.text(12, b + 0.02, "beta", ha="right", va="bottom", fontsize=8)
    ax.legend(fontsize=8, loc="lower right")
    save(fig, path)


PAPER.figure("thermalizing-temperatures",
             "Inverse pseudo-temperature 1/T_S = dS_S/dU_S of the thermalizing qubit (56) (solid) and "
             "inverse extended temperature (64) (dashed) against tau; z(0) = 0.5 is a population "
             "inversion, hence the negative values at first. Without initial coherence 1/T_S = "
             "1/T_ext and both tend to beta; with coherence 1/T_S tends to the limit (61) (dotted), "
             "below beta, while 1/T_ext still tends to beta.",
             _draw_thermalizing_temperatures)
