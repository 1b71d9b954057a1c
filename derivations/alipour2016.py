"""Alipour, Benatti, Bakhshinezhad, Afsary, Marcantoni, Rezakhani,
"Correlations in quantum thermodynamics: Heat, work, and entropy production",
Sci. Rep. 6, 35568 (2016).  Claims in equation order.
"""
from sympy import I, Symbol

from symbolic.expr import Dt, Tr, comm, ptr

from .claim import Paper
from .common import Bipartite, closed_samplers, special_closed
from .samplers import fixed, real

PAPER = Paper(
    "alipour2016",
    title="Correlations in quantum thermodynamics: Heat, work, and entropy production",
    reference="S. Alipour et al., Sci. Rep. 6, 35568 (2016)",
    conventions="hbar = 1, natural log, S (x) B, d rho_SB = -i[H_tot, rho_SB] dtau (eq. 2); "
                "dQ = Tr[d rho H], dW = Tr[rho dH] (eqs. 3-4); differentials are written as "
                "rates d/dtau along the exact unitary flow.",
)

SB = Bipartite.named("S", "B", H_int="H_int")
rho, rho_S, rho_B, H_S, H_B, H_int = SB.rho, SB.rho_a, SB.rho_b, SB.H_a, SB.H_b, SB.H_int
H_tot = SB.H
alpha_S = Symbol("alpha_S", real=True)
alpha_B = 1 - alpha_S

UNITARY = closed_samplers(SB, scalars={alpha_S: real(scale=2)}) + (
    special_closed(SB, scalars={alpha_S: fixed("-0.5")}),)
SCHROEDINGER = SB.schroedinger

chi = PAPER.define("eq8.chi", eq="8", title="correlation matrix",
                   statement=r"\rho_{SB} = \rho_S\otimes\rho_B + \chi", expr=SB.chi)

PAPER.claim("text.tr_chi_HS", eq="text after (21)",
            title="correlations carry no local energy of S",
            statement=r"\mathrm{Tr}[\chi H_S] = 0", lhs=Tr(chi * H_S), rhs=0, samplers=UNITARY)
PAPER.claim("text.tr_chi_HB", eq="text after (21)",
            title="correlations carry no local energy of B",
            statement=r"\mathrm{Tr}[\chi H_B] = 0", lhs=Tr(chi * H_B), rhs=0, samplers=UNITARY)

Hp_S = ptr(rho_B * H_int, "B")
Hp_B = ptr(rho_S * H_int, "S")
E_int = Tr(rho_S * rho_B * H_int)
H_eff_S = PAPER.define("eq15.H_eff_S", eq="15", title="effective Hamiltonian of S",
                       statement=r"H_S^{(\mathrm{eff})} = H'_S - \alpha_S\,\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]",
                       expr=H_S + Hp_S - alpha_S * E_int)
H_eff_B = PAPER.define("eq16.H_eff_B", eq="16", title="effective Hamiltonian of B",
                       statement=r"H_B^{(\mathrm{eff})} = H'_B - \alpha_B\,\mathrm{Tr}[\rho_S\otimes\rho_B H_{\mathrm{int}}]",
                       expr=H_B + Hp_B - alpha_B * E_int)
H_eff_int = PAPER.define("eq17.H_eff_int", eq="17", title="effective interaction",
                         statement=r"H_{\mathrm{int}}^{(\mathrm{eff})} = H_{\mathrm{tot}} - H_S^{(\mathrm{eff})} - H_B^{(\mathrm{eff})}",
                         expr=H_tot - H_eff_S - H_eff_B)
U_chi = PAPER.define("eq20.U_chi", eq="20", title="binding energy",
                     statement=r"\mathbb{U}_\chi = \mathrm{Tr}[\chi H_{\mathrm{int}}^{(\mathrm{eff})}]",
                     expr=Tr(chi * H_eff_int))
dQ_S = Tr(Dt(rho_S) * H_eff_S)
dQ_B = Tr(Dt(rho_B) * H_eff_B)

PAPER.claim("eq26.heat_balance", eq="26", title="heat balance: binding energy is heat",
            statement=r"d\mathbb{Q}_S + d\mathbb{Q}_B = -d\mathbb{U}_\chi",
            lhs=dQ_S + dQ_B, rhs=-Dt(U_chi), samplers=UNITARY, dynamics=SCHROEDINGER,
            assumptions=["SB closed, H_tot time-independent (eq. 2)",
                         "dQ_{S,B} = Tr[d rho_{S,B} H^(eff)_{S,B}] (eqs. 3, 15-16), any real alpha_S"])
