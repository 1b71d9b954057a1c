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

import numeric
from symbolic.expr import (Dag, Dissipator, Dt, Entropy, Expm, Logm, Mat, Op, RelEntropy, Tr,
                           anticomm, comm, mutual_information, ptr)

from .claim import FAILS, UNDECIDED, Paper, Precondition
from .common import EXAMPLE2_H, EQ13_STATE, Bipartite, closed_samplers, special_closed
from .evaluate import Evaluator
from .samplers import (Sample, density, derived, fixed, hermitian, positive, real, sampler,
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

UNITARY = closed_samplers(SB, scalars={alpha_S: real(scale=2)}) + (
    special_closed(SB, scalars={alpha_S: fixed("-0.5")}),)
SCHROEDINGER = SB.schroedinger
CLOSED = "SB closed, H_tot time-independent (eqs. 1-2)"

H_tot = PAPER.define("eq1.H_tot", eq="1", title="total Hamiltonian",
                     statement=r"H_{\mathrm{tot}} = H_S + H_B + H_{\mathrm{int}}", expr=SB.H)
PAPER.define("eq2.schroedinger", eq="2", title="unitary dynamics of SB",
             statement=r"d\rho_{SB} = -i[H_{\mathrm{tot}}, \rho_{SB}]\,d\tau",
             expr=SCHROEDINGER[rho],
             notes="Every claim on a closed system uses this flow for Dt (dynamics={rho: -i[H, rho]}).")
PAPER.claim("text.U_tot_constant", eq="text after (1)", title="total internal energy is conserved",
            statement=r"d\,\mathrm{Tr}[\rho_{SB} H_{\mathrm{tot}}] = 0",
            lhs=Dt(Tr(rho * H_tot)), rhs=0, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED])
PAPER.define("eq3.heat", eq="3", title="heat", statement=r"d\mathbb{Q} = \mathrm{Tr}[d\rho\, H]")
PAPER.define("eq4.work", eq="4", title="work", statement=r"d\mathbb{W} = \mathrm{Tr}[\rho\, dH]")

chi = PAPER.define("eq8.chi", eq="8", title="correlation matrix",
                   statement=r"\rho_{SB} = \rho_S\otimes\rho_B + \chi", expr=SB.chi)
Hp_S = PAPER.define("eq11.Hp_S", eq="11", title="modified Hamiltonian of S",
                    statement=r"H'_S = H_S + \mathrm{Tr}_B[\rho_B H_{\mathrm{int}}]",
                    expr=H_S + ptr(rho_B * H_int, "B"))
Hp_B = PAPER.define("eq11.Hp_B", eq="11", title="modified Hamiltonian of B",
                    statement=r"H'_B = H_B + \mathrm{Tr}_S[\rho_S H_{\mathrm{int}}]",
                    expr=H_B + ptr(rho_S * H_int, "S"))
Hp_int = PAPER.define("eq13.Hp_int", eq="13", title="modified interaction",
                      statement=r"H'_{\mathrm{int}} = H_{\mathrm{int}} - \mathrm{Tr}_S[\rho_S H_{\mathrm{int}}]"
                                r" - \mathrm{Tr}_B[\rho_B H_{\mathrm{int}}]",
                      expr=H_int - ptr(rho_S * H_int, "S") - ptr(rho_B * H_int, "B"))
E_int = Tr(rho_S * rho_B * H_int)
H_eff_S = PAPER.define("eq15.H_eff_S", eq="15", title="effective Hamiltonian of S",
                       statement=r"H_S^{(\mathrm{eff})} = H'_S - \alpha_S\,\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]",
                       expr=Hp_S - alpha_S * E_int)
H_eff_B = PAPER.define("eq16.H_eff_B", eq="16", title="effective Hamiltonian of B",
                       statement=r"H_B^{(\mathrm{eff})} = H'_B - \alpha_B\,\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]",
                       expr=Hp_B - alpha_B * E_int)
H_eff_int = PAPER.define("eq17.H_eff_int", eq="17", title="effective interaction",
                         statement=r"H_{\mathrm{int}}^{(\mathrm{eff})} = H_{\mathrm{tot}} - H_S^{(\mathrm{eff})} - H_B^{(\mathrm{eff})}",
                         expr=H_tot - H_eff_S - H_eff_B)
U_S = PAPER.define("eq19.U_S", eq="19", title="internal energy of S",
                   statement=r"\mathbb{U}_S = \mathrm{Tr}[\rho_S H_S^{(\mathrm{eff})}]",
                   expr=Tr(rho_S * H_eff_S))
U_B = PAPER.define("eq19.U_B", eq="19", title="internal energy of B",
                   statement=r"\mathbb{U}_B = \mathrm{Tr}[\rho_B H_B^{(\mathrm{eff})}]",
                   expr=Tr(rho_B * H_eff_B))
U_chi = PAPER.define("eq20.U_chi", eq="20", title="binding energy",
                     statement=r"\mathbb{U}_\chi = \mathrm{Tr}[\chi H_{\mathrm{int}}^{(\mathrm{eff})}]",
                     expr=Tr(chi * H_eff_int))
U_tot = Tr(rho * H_tot)
dQ_S = Tr(Dt(rho_S) * H_eff_S)
dQ_B = Tr(Dt(rho_B) * H_eff_B)
dW_S = Tr(rho_S * Dt(H_eff_S))
dW_B = Tr(rho_B * Dt(H_eff_B))

PAPER.claim("eq5.first_law_S", eq="5", title="first law dU = dQ + dW (for S, effective Hamiltonian)",
            statement=r"d\mathbb{U}_S = \mathrm{Tr}[d\rho_S H^{(\mathrm{eff})}_S] + \mathrm{Tr}[\rho_S\, dH^{(\mathrm{eff})}_S]",
            lhs=Dt(U_S), rhs=dQ_S + dW_S, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED, "U, Q, W of eqs. (3)-(5) with H = H_S^(eff)(tau)"])
PAPER.claim("eq6.reduced_S", eq="6", title="reduced dynamics of S",
            statement=r"\dot\rho_S = -i[H_S, \rho_S] - i\,\mathrm{Tr}_B[H_{\mathrm{int}}, \rho_{SB}]",
            lhs=Dt(rho_S), rhs=-I * comm(H_S, rho_S) - I * ptr(comm(H_int, rho), "B"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq7.reduced_B", eq="7", title="reduced dynamics of B",
            statement=r"\dot\rho_B = -i[H_B, \rho_B] - i\,\mathrm{Tr}_S[H_{\mathrm{int}}, \rho_{SB}]",
            lhs=Dt(rho_B), rhs=-I * comm(H_B, rho_B) - I * ptr(comm(H_int, rho), "S"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq9.chi_form_S", eq="9", title="reduced dynamics of S with chi",
            statement=r"\dot\rho_S = -i[H'_S, \rho_S] - i\,\mathrm{Tr}_B[H_{\mathrm{int}}, \chi]",
            lhs=Dt(rho_S), rhs=-I * comm(Hp_S, rho_S) - I * ptr(comm(H_int, chi), "B"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq10.chi_form_B", eq="10", title="reduced dynamics of B with chi",
            statement=r"\dot\rho_B = -i[H'_B, \rho_B] - i\,\mathrm{Tr}_S[H_{\mathrm{int}}, \chi]",
            lhs=Dt(rho_B), rhs=-I * comm(Hp_B, rho_B) - I * ptr(comm(H_int, chi), "S"),
            samplers=UNITARY, dynamics=SCHROEDINGER, assumptions=[CLOSED])
PAPER.claim("eq12.split", eq="12", title="H_tot = H'_S + H'_B + H'_int",
            statement=r"H_{\mathrm{tot}} = H'_S + H'_B + H'_{\mathrm{int}}",
            lhs=H_tot, rhs=Hp_S + Hp_B + Hp_int, samplers=UNITARY)
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
PAPER.claim("eq21.energy_split", eq="21", title="U_tot = U_S + U_B + U_chi",
            statement=r"\mathbb{U}_{\mathrm{tot}} = \mathbb{U}_S + \mathbb{U}_B + \mathbb{U}_\chi",
            lhs=U_tot, rhs=U_S + U_B + U_chi, samplers=UNITARY)
PAPER.claim("text.tr_chi_HS", eq="text after (21)",
            title="correlations carry no local energy of S",
            statement=r"\mathrm{Tr}[\chi H_S] = 0", lhs=Tr(chi * H_S), rhs=0, samplers=UNITARY)
PAPER.claim("text.tr_chi_HB", eq="text after (21)",
            title="correlations carry no local energy of B",
            statement=r"\mathrm{Tr}[\chi H_B] = 0", lhs=Tr(chi * H_B), rhs=0, samplers=UNITARY)


# ---------------------------------------------------------------- derived bindings (helpers)

def _no_exact(kind, what):
    if kind == "exact":
        raise NotImplementedError(f"{what} has no generic exact form")


def _h_total(env, h_int="H_int"):
    """H_S (x) 1 + 1 (x) H_B + H_int as a matrix (from the bindings built so far)."""
    hs, hb = env["H_S"], env["H_B"]
    dims = [hs.shape[0], hb.shape[0]]
    return numeric.embed(hs, dims, [0]) + numeric.embed(hb, dims, [1]) + env[h_int]


def _product(env, kind):
    _no_exact(kind, "a product state")
    return numeric.kron(env["rho_S0"], env["rho_B0"])


def _evolved(start):
    """rho(tau) = U rho(0) U^dag, U = exp(-i H_tot tau), rho(0) = ``start(env, kind)``."""
    def fn(env, kind):
        _no_exact(kind, "an evolved state")
        return numeric.evolve(start(env, kind), _h_total(env), env["tau"])
    return fn


rho_S0 = Op("rho_S0", ("S",), "state")
rho_B0 = Op("rho_B0", ("B",), "state")
tau = Symbol("tau", nonnegative=True)
QUBIT_A = [["0.7", "0.2-0.15j"], ["0.2+0.15j", "0.3"]]
QUBIT_B = [["0.35", "-0.1+0.25j"], ["-0.1-0.25j", "0.65"]]


def _mp_matrix(rows):
    return sympy.Matrix([[sympy.sympify(x.replace("j", "*I"), rational=True) for x in r]
                         for r in rows])


def product_samplers(evolve_for=None, prefix="prod"):
    """Random product states rho_S0 (x) rho_B0 with random H_S, H_B, H_int (2x2, 2x3, 3x3) and
    a fixed two-qubit one; with ``evolve_for`` the state is evolved for a random time tau."""
    out = []
    start = _product
    build = derived(_evolved(start) if evolve_for else start,
                    "U(tau) rho_S0 (x) rho_B0 U(tau)^dag" if evolve_for else "rho_S0 (x) rho_B0")
    for ds, db in ((2, 2), (2, 3), (3, 3)):
        bind = {rho_S0: density(), rho_B0: density(), H_S: hermitian(), H_B: hermitian(),
                H_int: hermitian(), alpha_S: real(scale=2)}
        if evolve_for:
            bind[tau] = positive(evolve_for)
        bind[rho] = build
        out.append(sampler(f"{prefix}-{ds}x{db}", ("S", "B"), (ds, db), bind,
                           description="random product state" + (", evolved" if evolve_for else "")))
    hs, hb, hi = EXAMPLE2_H
    bind = {rho_S0: fixed(_mp_matrix(QUBIT_A), state_dims=(2,)),
            rho_B0: fixed(_mp_matrix(QUBIT_B), state_dims=(2,)),
            H_S: fixed(hs), H_B: fixed(hb), H_int: fixed(hi), alpha_S: fixed("-0.5")}
    if evolve_for:
        bind[tau] = fixed("0.7")
    bind[rho] = build
    out.append(sampler(f"{prefix}-fixed-2x2", ("S", "B"), (2, 2), bind, random=False,
                       description="printed qubit states rho_S0, rho_B0 and the Hamiltonians of "
                                   "alipour2024 Example II" + (", evolved for tau = 0.7"
                                                               if evolve_for else "")))
    return tuple(out)


PRODUCT = product_samplers()
PAPER.claim("text.additive_if_uncorrelated", eq="text after (21)",
            title="binding energy vanishes for an uncorrelated state, whatever H_int",
            statement=r"\rho_{SB} = \rho_S\otimes\rho_B \Rightarrow \mathbb{U}_{\mathrm{tot}} = \mathbb{U}_S + \mathbb{U}_B",
            lhs=U_tot, rhs=U_S + U_B, samplers=PRODUCT, role="control",
            notes="The paper says U_tot ~ U_S + U_B 'only if H_int ~ 0 and rho ~ rho_S (x) rho_B'. "
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


def _pauli_np(axis):
    return np.array(numeric.pauli(axis).tolist(), dtype=object)


def _drive(derivative):
    """H_int(t) = g [cos(nu t) sx sx + sin(nu t) sy sy] + sz sz / 2, or its t-derivative, at t_0."""
    def fn(env, kind):
        _no_exact(kind, "the driven interaction")
        g, nu, t = env["g"], env["nu"], env["t_0"]
        c, s = (mp.cos(nu * t), mp.sin(nu * t))
        xx = numeric.kron(_pauli_np("x"), _pauli_np("x"))
        yy = numeric.kron(_pauli_np("y"), _pauli_np("y"))
        zz = numeric.kron(_pauli_np("z"), _pauli_np("z"))
        out = g * nu * (-s * xx + c * yy) if derivative else g * (c * xx + s * yy) + zz / 2
        return out if kind == "mp" else out.astype(complex)
    return fn


def driven_samplers():
    """Closed systems at one instant of a driving: H_int and dH_int/dt independent random
    Hermitian operators (a generic instant of any smooth driving), plus a fixed two-qubit drive."""
    out = []
    for ds, db in ((2, 2), (2, 3), (3, 3)):
        bind = {rho: density(), H_S: hermitian(), H_B: hermitian(), H_int: hermitian(),
                H_int_dot: hermitian(), alpha_S: real(scale=2)}
        out.append(sampler(f"driven-{ds}x{db}", ("S", "B"), (ds, db), bind,
                           description="random closed system with dH_int/dt random"))
    hs, hb, _ = EXAMPLE2_H
    bind = {rho: fixed(EQ13_STATE, state_dims=(2, 2)), H_S: fixed(hs), H_B: fixed(hb),
            g_drive: fixed("1.5"), nu_drive: fixed("2"), t_drive: fixed("0.3"),
            H_int: derived(_drive(False), "H_int(t_0)"), H_int_dot: derived(_drive(True), "dH_int/dt(t_0)"),
            alpha_S: fixed("-0.5")}
    out.append(sampler("driven-fixed-2x2", ("S", "B"), (2, 2), bind, random=False,
                       description="state (13) of alipour2024, H_S = sz, H_B = -sz/2, driven "
                                   "H_int(t) = g[cos(nu t) sx sx + sin(nu t) sy sy] + sz sz/2 at "
                                   "t_0 = 0.3, g = 1.5, nu = 2"))
    return tuple(out)


DRIVEN = driven_samplers()
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
            assumptions=[DRIVE],
            reason="dU_chi = Tr[d chi H^(eff)_int] + Tr[chi dH_int]: the second term is nonzero "
                   "under driving, which is why Remark 2 replaces dU_chi by dQ_chi = "
                   "Tr[d chi H_int] in eq. (28).")

# ============================================================================ second law

S_S, S_B, S_SB = Entropy(rho_S), Entropy(rho_B), Entropy(rho)
S_chi = PAPER.define("eq31.S_chi", eq="31", title="mutual information",
                     statement=r"\mathbb{S}_\chi = \mathbb{S}_S + \mathbb{S}_B - \mathbb{S}_{SB}",
                     expr=mutual_information(rho, "S", "B"))
PAPER.define("eq30.entropy", eq="30", title="von Neumann entropy",
             statement=r"\mathbb{S} = -\mathrm{Tr}[\rho\log\rho]")
NO_SEARCH = ("An exact identity checked on every sample at two precisions; no counterexample "
             "search (it would only repeat the samples).")

PAPER.claim("eq31.subadditivity", eq="31", kind="geq", title="mutual information is nonnegative",
            statement=r"\mathbb{S}_\chi \ge 0", lhs=S_chi, rhs=0, samplers=UNITARY,
            assumptions=["subadditivity of the von Neumann entropy"])
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

EVOLVED = product_samplers(evolve_for=1, prefix="prod-evolved")
dS_S_total = S_S - Entropy(rho_S0)
dS_B_total = S_B - Entropy(rho_B0)
PAPER.claim("eq33.entropy_sum", eq="33", title="Delta S_S + Delta S_B = S_chi(tau) from a product state",
            statement=r"\Delta\mathbb{S}_S + \Delta\mathbb{S}_B = \mathbb{S}_\chi(\tau)",
            lhs=dS_S_total + dS_B_total, rhs=S_chi, samplers=EVOLVED,
            assumptions=["rho_SB(0) = rho_S0 (x) rho_B0 (S_chi(0) = 0)",
                         "rho_SB(tau) = U rho_SB(0) U^dag, U = exp(-i H_tot tau)"],
            search=False, notes=NO_SEARCH)
PAPER.claim("eq33.second_law", eq="33", kind="geq", title="entropy sum grows from an uncorrelated start",
            statement=r"\Delta\mathbb{S}_S + \Delta\mathbb{S}_B \ge 0", lhs=dS_S_total + dS_B_total,
            rhs=0, samplers=EVOLVED,
            assumptions=["rho_SB(0) uncorrelated", "unitary evolution of SB"])


def _backwards_product(env, kind):
    """rho(0) = U(tau)^dag (rho_S0 (x) rho_B0) U(tau): correlated, and uncorrelated again at tau."""
    _no_exact(kind, "an evolved state")
    return numeric.evolve(_product(env, kind), _h_total(env), -env["tau"])


rho_0 = Op("rho_0", ("S", "B"), "state")


def correlated_samplers():
    out = []
    for ds, db in ((2, 2), (2, 3)):
        bind = {rho_0: density(), H_S: hermitian(), H_B: hermitian(), H_int: hermitian(),
                tau: positive(), rho: derived(_evolved(lambda env, kind: env["rho_0"]),
                                              "U(tau) rho_0 U(tau)^dag")}
        out.append(sampler(f"corr-evolved-{ds}x{db}", ("S", "B"), (ds, db), bind,
                           description="random correlated start, evolved"))
    hs, hb, hi = EXAMPLE2_H
    bind = {rho_S0: fixed(_mp_matrix(QUBIT_A), state_dims=(2,)),
            rho_B0: fixed(_mp_matrix(QUBIT_B), state_dims=(2,)), H_S: fixed(hs), H_B: fixed(hb),
            H_int: fixed(hi), tau: fixed("0.7"),
            rho_0: derived(_backwards_product, "U(tau)^dag rho_S0 (x) rho_B0 U(tau)"),
            rho: derived(_product, "rho_S0 (x) rho_B0 = U(tau) rho_0 U(tau)^dag")}
    out.append(sampler("corr-backwards-2x2", ("S", "B"), (2, 2), bind, random=False,
                       description="rho_0 = the product of the printed qubit states evolved "
                                   "backwards by tau = 0.7: correlated at 0, uncorrelated at tau"))
    return tuple(out)


PAPER.claim("eq33.needs_uncorrelated_start", eq="33", kind="geq", role="control", expected=FAILS,
            title="with initial correlations the entropy sum can decrease",
            statement=r"\Delta\mathbb{S}_S + \Delta\mathbb{S}_B \ge 0 \text{ for correlated } \rho_{SB}(0)",
            lhs=Entropy(rho_S) + Entropy(rho_B) - Entropy(ptr(rho_0, "B")) - Entropy(ptr(rho_0, "S")),
            rhs=0, samplers=correlated_samplers(),
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
    bind = {rho: fixed(EQ13_STATE, state_dims=(2, 2)), H_S0: fixed(hs), K_S: fixed(_pauli_sym("x")),
            H_B: fixed(hb), alpha_S: fixed("-0.5")}
    if driven:
        bind.update({g_drive: fixed("1.5"), nu_drive: fixed("2"), t_drive: fixed("0.3"),
                     H_int: derived(_drive(False), "H_int(t_0)"),
                     H_int_dot: derived(_drive(True), "dH_int/dt(t_0)")})
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
    from .common import _kron
    return _kron(_pauli_sym(a), _pauli_sym(b))


def _pauli_sym(axis):
    from .common import _pauli
    return _pauli(axis)


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
            statement=r"d\mathbb{S}_S = \frac{d\mathbb{Q}_S}{T_S} + \frac{d\mathbb{W}_S}{T_S}",
            lhs=Dt(S_S), rhs=(dQ_S + dW_S) / T_S, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)
PAPER.claim("eq38.entropy_B", eq="38", title="dS_B = dQ_B/T_B + dW_B/T_B",
            statement=r"d\mathbb{S}_B = \frac{d\mathbb{Q}_B}{T_B} + \frac{d\mathbb{W}_B}{T_B}",
            lhs=Dt(S_B), rhs=(dQ_B + dW_B) / T_B, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)
dSigma_S = Dt(S_S) - dQ_S / T_S
dSigma_B = Dt(S_B) - dQ_B / T_B
PAPER.claim("eq39.production_S", eq="39", title="dSigma~_S := dS_S - dQ_S/T_S = dW_S/T_S",
            statement=r"d\widetilde\Sigma_S = d\mathbb{S}_S - \frac{d\mathbb{Q}_S}{T_S} = \frac{d\mathbb{W}_S}{T_S}",
            lhs=dSigma_S, rhs=dW_S / T_S, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)
PAPER.claim("eq39.production_B", eq="39", title="dSigma~_B := dS_B - dQ_B/T_B = dW_B/T_B",
            statement=r"d\widetilde\Sigma_B = d\mathbb{S}_B - \frac{d\mathbb{Q}_B}{T_B} = \frac{d\mathbb{W}_B}{T_B}",
            lhs=dSigma_B, rhs=dW_B / T_B, samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=[CLOSED], search=False, notes=NO_SEARCH)
