"""V. Vedral, "Entanglement production in non-equilibrium thermodynamics", arXiv:0706.3183.
Claims in the order of the paper: entropy production (1)-(3) with the Kraus form of one time
step, entanglement production (4) and the conjecture |sigma_E| <= sigma, the higher-Hilbert-space
inequalities from strong subadditivity, the example (5) (decay and dephasing of one qubit of
a|00> + b|11>) with its printed solution, and the dephasing collision model.

Hand-written evaluators are used only where the claim language cannot say it: the relative
entropy of entanglement (a minimisation over separable states, :func:`numeric.entanglement.ree`,
certified by a convexity lower bound) and its rate (envelope theorem,
:func:`numeric.entanglement.ree_rate`), the propagation of (5) (``exp(L t)`` at the working
precision, :func:`numeric.propagate`), a k -> infinity limit (SymPy) and an asymptotic decay
rate (the printed formula differentiated by SymPy, evaluated with extra digits).
"""
import mpmath as mp
import sympy
from sympy import Abs, I, Rational, Symbol, conjugate, exp, log, sqrt

from corrcheck import numeric
from corrcheck.numeric.entanglement import ree, ree_rate
from corrcheck.symbolic.expr import (Dag, Dissipator, Dt, Entropy, Expm, Logm, Mat, Op, RelEntropy, Tr,
                           comm, mutual_information, ptr)

from corrcheck.claim import FAILS, Paper, Precondition
from corrcheck.evaluate import Operator
from corrcheck.setups import (bell, bounded_hermitian, collision_model, density, draw, exact_gibbs,
                              fixed, gkls, hermitian, ketbra, kron, local_hamiltonian, operator,
                              pauli, printed, pure, special, thermal_gkls, uniform, unitary, werner,
                              x_matrix)

PAPER = Paper(
    "vedral",
    title="Entanglement production in non-equilibrium thermodynamics",
    reference="V. Vedral, \"Entanglement production in non-equilibrium thermodynamics\", "
              "arXiv:0706.3183 (2007)",
    conventions="hbar = 1, natural log (nats); parties in kron order (A (x) B (x) E); a product of "
                "operators on different parties is their tensor product, a scalar added to an "
                "operator is that multiple of the identity. GKLS: d rho/dt = -i[H, rho] + sum_k "
                "g_k (L_k rho L_k^dag - {L_k^dag L_k, rho}/2). Basis: sigma_z = diag(1, -1) = "
                "|0><0| - |1><1|. Eq. (5) acts on qubit A (the first). Its printed stationary "
                "population a_inf = gamma/(gamma + kappa) of |00> requires sigma_- = |0><1| "
                "(gamma-jumps take |1> to |0>) and sigma_+ = |1><0|, i.e. sigma_+- = (sigma_x -+ "
                "i sigma_y)/2, the reverse of the textbook (sigma_x +- i sigma_y)/2; the module "
                "uses the convention the printed solution requires and decides the textbook one "
                "separately (text.sigma_pm_textbook). E_R is the relative entropy of "
                "entanglement, min over separable (= PPT for two qubits) sigma of S(rho||sigma), "
                "from numeric.entanglement.ree with a certified lower bound. Random samplers: "
                "Hilbert-Schmidt states, GUE Hamiltonians (rescaled to norm < 2 where Gibbs "
                "states are formed), Haar unitaries, Ginibre jump operators; rates, times and "
                "inverse temperatures in bounded ranges. Exact identities are decided on their "
                "samples at two precisions (an exact identity's residual must shrink by 20 orders) "
                "without a counterexample search; inequalities and statements that hold only on a "
                "family are also searched.",
)

# ============================================================================ symbols, E_R

t = Symbol("t", positive=True)
beta = Symbol("beta", positive=True)
a2 = Symbol("a2", positive=True)           # a^2 in a|00> + b|11>, b^2 = 1 - a^2
gamma, kappa, eta = (Symbol(n, positive=True) for n in ("gamma", "kappa", "eta"))
omega = Symbol("omega", real=True)
dt = Symbol("dt", positive=True)           # the time step Delta t of the Kraus form
eps = Symbol("eps", real=True)
k_steps = Symbol("k", positive=True, integer=True)

PAULI_X, PAULI_Y, PAULI_Z = pauli("x"), pauli("y"), pauli("z")
LOWER = ketbra(0, 1)                       # sigma_- = |0><1| (required by the printed a_inf)
RAISE = ketbra(1, 0)                       # sigma_+ = |1><0|
BELL = bell("phi+")


def ree_of(expr, label):
    """Hand-written evaluator: E_R of the two-qubit state ``expr``."""
    def f(ev):
        v = ev(expr)
        res = ree(v.m if isinstance(v, Operator) else v)
        ev.record(f"{ev.sample.id}: E_R[{label}] ({res.method}), certified gap", res.gap)
        return res.value
    f.__name__ = f"ree[{label}]"
    f.__doc__ = (f"E_R({label}): min over PPT sigma of S(rho||sigma) (numeric.entanglement.ree, "
                 f"certified lower bound)")
    return f


def ree_drop(before, after, factor=1):
    """Hand-written evaluator: factor (E_R(before) - E_R(after))."""
    first, second = ree_of(before, "before"), ree_of(after, "after")

    def f(ev):
        return factor * (first(ev) - second(ev))
    f.__name__ = "entanglement_drop"
    f.__doc__ = (f"{'' if factor == 1 else f'{factor} '}(E_R(initial) - E_R(final)) "
                 f"(numeric.entanglement.ree, certified)")
    return f


def ree_rate_of(expr, label, absolute=False):
    """Hand-written evaluator: sigma_E = d/dt E_R(expr) along the claim's dynamics."""
    def f(ev):
        rate = ree_rate(ev(expr).m, ev(Dt(expr)).m)
        ev.record(f"{ev.sample.id}: sigma_E", rate)
        return abs(rate) if absolute else rate
    f.__name__ = f"{'abs_' if absolute else ''}sigma_E[{label}]"
    bars = "|" if absolute else ""
    f.__doc__ = (f"{bars}sigma_E{bars} = {bars}d/dt E_R({label}){bars} by the envelope theorem, "
                 f"Tr[rho_dot (ln rho - ln sigma*)] (numeric.entanglement.ree_rate)")
    return f


# ============================================================================ entropy production

S = "S"
rho = Op("rho", (S,), "state")
H = Op("H", (S,), "hermitian")
rho2 = Op("rho2", (S,), "state")


QUBIT_H = sympy.diag(Rational(1, 2), -Rational(1, 2))
QUBIT_STATE = sympy.Matrix([[Rational(7, 20), Rational(1, 5) - Rational(3, 20) * I],
                            [Rational(1, 5) + Rational(3, 20) * I, Rational(13, 20)]])
AT_EQUILIBRIUM = "rho = rho_T: the equality case"

# a state, a Hamiltonian (norm < 2 where Gibbs states are formed) and an inverse temperature
STATE_H_BETA = draw({rho: density(), H: bounded_hermitian(2), beta: uniform(0.1, 2)},
                    text="state, Hamiltonian and inverse temperature")
GIBBS = tuple(STATE_H_BETA.sampler(f"gibbs-d{d}", d) for d in (2, 3, 4)) + (
    STATE_H_BETA.given({rho: fixed([["0.75", "0.25"], ["0.25", "0.25"]], state_dims=(2,)),
                        H: fixed(PAULI_Z), beta: fixed("0.5")}).sampler(
        "gibbs-qubit-fixed", 2, "rho = [[3/4, 1/4], [1/4, 1/4]], H = sigma_z, beta = 1/2"),
    STATE_H_BETA.given({rho: special(exact_gibbs(PAULI_Z, Rational(1, 2)), AT_EQUILIBRIUM,
                                     state_dims=(2,)), H: fixed(PAULI_Z), beta: fixed("0.5")}).sampler(
        "gibbs-qubit-equilibrium", 2, "rho = rho_T: H = sigma_z, beta = 1/2"))

# the thermalising generators: detailed balance in the eigenbasis of H, fixed point rho_T
THERMALISING = draw({H: bounded_hermitian(2), beta: uniform(0.1, 2), rho: density()},
                    text="Hamiltonian, inverse temperature and state") + thermal_gkls(
    S, H, beta, coupling=uniform(0.2, 3), dephasing=uniform(0, 1), state=rho)
GKLS = THERMALISING.dynamics
QUBIT_THERMAL = {H: fixed(QUBIT_H), beta: fixed("0.7"), "c_01": fixed("1.3"), "g_0": fixed("0.2"),
                 "g_1": fixed("0.4")}
THERMAL = tuple(THERMALISING.sampler(f"thermal-d{d}", d) for d in (2, 3, 4)) + (
    THERMALISING.given({**QUBIT_THERMAL, rho: fixed(QUBIT_STATE, state_dims=(2,))}).sampler(
        "thermal-qubit-fixed", 2),
    THERMALISING.given({**QUBIT_THERMAL, rho: special(exact_gibbs(QUBIT_H, Rational(7, 10)),
                                                      AT_EQUILIBRIUM, state_dims=(2,))}).sampler(
        "thermal-qubit-at-equilibrium", 2))

rho_T = PAPER.define(
    "eq1.rho_T", eq="text before (1)", title="the thermal state the bath drives the system to",
    statement=r"\rho_T = e^{-\beta H}/\mathrm{Tr}\,e^{-\beta H}",
    expr=Expm(-beta * H) / Tr(Expm(-beta * H)))
PAPER.claim(
    "eq1.external_two_forms", search=False, eq="text before (1)",
    title="the external entropy change: heat given to the bath over T equals Tr[(rho_T - rho) ln rho_T]",
    statement=r"-\sum_k r_k(\mathrm{Tr}[\rho_T H] - \langle r_k|H|r_k\rangle)/T = "
              r"\mathrm{Tr}[(\rho_T - \rho)\ln\rho_T]",
    lhs=-beta * (Tr(rho_T * H) - Tr(rho * H)), rhs=Tr((rho_T - rho) * Logm(rho_T)),
    samplers=GIBBS,
    notes="Read with rho = sum_k r_k |r_k><r_k|, sum_k r_k = 1, so sum_k r_k <r_k|H|r_k> = "
          "Tr[rho H]; 1/T = beta; rho_T = exp(-beta H)/Tr exp(-beta H).")
PAPER.claim(
    "eq1.total_entropy_change", search=False, eq="1",
    title="internal plus external entropy change is the relative entropy to the Gibbs state",
    statement=r"\Delta S_{int} + \Delta S_{ext} = S(\rho_T) - S(\rho) + "
              r"\mathrm{Tr}[(\rho_T - \rho)\ln\rho_T] = S(\rho\|\rho_T)",
    lhs=Entropy(rho_T) - Entropy(rho) + Tr((rho_T - rho) * Logm(rho_T)),
    rhs=RelEntropy(rho, rho_T), samplers=GIBBS)
PAPER.claim(
    "eq1.second_law", eq="text after (1)", kind="geq",
    title="the total entropy change is never negative",
    statement=r"\Delta S_t = S(\rho\|\rho_T) \ge 0", lhs=RelEntropy(rho, rho_T), rhs=0,
    samplers=GIBBS, notes="Equality at rho = rho_T (gibbs-qubit-equilibrium).")

sigma = PAPER.define(
    "eq2.sigma", eq="2", title="entropy production",
    statement=r"\sigma = -\frac{d}{dt}\Delta S_t = -\mathrm{Tr}[\dot\rho(\ln\rho - \ln\rho_T)]",
    expr=-Tr(Dt(rho) * (Logm(rho) - Logm(rho_T))))
PAPER.claim(
    "eq2.sigma_is_minus_rate", search=False, eq="2",
    title="minus the rate of the relative entropy to rho_T is -Tr[rho_dot (ln rho - ln rho_T)]",
    statement=r"-\frac{d}{dt}S(\rho\|\rho_T) = -\mathrm{Tr}[\dot\rho(\ln\rho - \ln\rho_T)]",
    lhs=-Dt(RelEntropy(rho, rho_T)), rhs=sigma, samplers=THERMAL, dynamics=GKLS,
    notes="Holds for any trace-preserving flow (Tr rho_dot = 0) with rho_T constant.")

G1, G2 = Op("Gamma_1", (S,), "operator"), Op("Gamma_2", (S,), "operator")
H_tilde = H - I / 2 * (Dag(G1) * G1 + Dag(G2) * G2)
KRAUS = (1 - I * H_tilde * dt, sqrt(dt) * G1, sqrt(dt) * G2)


GAMMAS = draw({H: hermitian(), rho: density(), G1: operator(), G2: operator(),
              dt: uniform(0.01, 0.5)}, text="H, rho, Gamma_1, Gamma_2 (Ginibre) and the step dt") \
    + gkls(S, [(G1, printed(1)), (G2, printed(1))], state=rho, H=H,
    text="(3): jumps Gamma_1, Gamma_2 at rate 1 (the printed unit coefficients)")
KRAUS_SAMPLERS = (GAMMAS.sampler("gammas-d2", 2), GAMMAS.sampler("gammas-d3", 3),
                  GAMMAS.given({H: fixed(QUBIT_H), rho: fixed(QUBIT_STATE, state_dims=(2,)),
                                G1: fixed(LOWER * Rational(7, 10)), G2: fixed(RAISE * Rational(2, 5)),
                                dt: fixed("0.1")}).sampler(
                      "gammas-qubit-fixed", 2, "H = sigma_z/2, Gamma_1 = 0.7 sigma_-, Gamma_2 = "
                                               "0.4 sigma_+, dt = 0.1"))

PAPER.claim(
    "eq3.master_equation", search=False, eq="3",
    title="the printed master equation is the GKLS generator with jumps Gamma_k at unit rates",
    statement=r"\frac1i[H,\rho] - \frac12\sum_k\{\Gamma_k^\dagger\Gamma_k\rho + "
              r"\rho\Gamma_k^\dagger\Gamma_k - 2\Gamma_k\rho\Gamma_k^\dagger\} = "
              r"-i[H,\rho] + \sum_k\big(\Gamma_k\rho\Gamma_k^\dagger - \tfrac12\{\Gamma_k^\dagger"
              r"\Gamma_k,\rho\}\big)",
    lhs=comm(H, rho) / I - Rational(1, 2) * sum(
        (Dag(g) * g * rho + rho * Dag(g) * g - 2 * g * rho * Dag(g) for g in (G1, G2)), 0),
    rhs=-I * comm(H, rho) + Dissipator(rho, S), samplers=KRAUS_SAMPLERS,
    notes="Ties the printed (3) to the dissipator of the claim language (the GKLS convention of "
          "every other claim).")
PAPER.claim(
    "eq3.kraus_step", search=False, eq="text after (3)",
    title="one Kraus step reproduces the generator to first order; the remainder is "
          "dt^2 H~ rho H~^dag",
    statement=r"\sum_{k=0}^n W_k\rho W_k^\dagger = \rho + \Delta t\,\dot\rho + "
              r"\Delta t^2\,\tilde H\rho\tilde H^\dagger,\quad W_0 = 1 - i\tilde H\Delta t,\ "
              r"W_k = \sqrt{\Delta t}\,\Gamma_k,\ \tilde H = H - \tfrac{i}{2}\sum_k"
              r"\Gamma_k^\dagger\Gamma_k",
    lhs=sum((w * rho * Dag(w) for w in KRAUS), 0),
    rhs=rho + dt * Dt(rho) + dt ** 2 * H_tilde * rho * Dag(H_tilde),
    samplers=KRAUS_SAMPLERS, dynamics=GKLS,
    notes="The printed rho(t + Delta t) ~ sum_k W_k rho(t) W_k^dag made exact: the step agrees "
          "with rho + Delta t rho_dot up to the stated O(Delta t^2) term.")
PAPER.claim(
    "eq3.kraus_completeness_printed", eq="text after (3)", expected=FAILS,
    title="the Kraus operators fulfil the completeness relation (as printed: exactly)",
    statement=r"\sum_{k=0}^n W_k^\dagger W_k = 1",
    lhs=sum((Dag(w) * w for w in KRAUS), 0), rhs=1, samplers=KRAUS_SAMPLERS,
    reason="sum_k W_k^dag W_k = 1 + i dt (H~^dag - H~) + dt sum_k Gamma_k^dag Gamma_k + "
           "dt^2 H~^dag H~ = 1 + dt^2 H~^dag H~: the first-order terms cancel exactly, the "
           "second-order one remains (largest entry 3.1e-3 at dt = 0.1 on the fixed qubit). "
           "The relation holds to first order in Delta t only, so one step is trace preserving "
           "only to first order.")
PAPER.claim(
    "eq3.kraus_completeness", search=False, eq="text after (3)", role="corrected",
    corrects="eq3.kraus_completeness_printed",
    title="completeness to first order in Delta t, with remainder dt^2 H~^dag H~",
    statement=r"\sum_{k=0}^n W_k^\dagger W_k = 1 + \Delta t^2\,\tilde H^\dagger\tilde H",
    lhs=sum((Dag(w) * w for w in KRAUS), 0), rhs=1 + dt ** 2 * Dag(H_tilde) * H_tilde,
    samplers=KRAUS_SAMPLERS)
PAPER.claim(
    "text.fixed_point", search=False, eq="text after (3)", role="control",
    title="the thermalising generators fix rho_T (the assumption behind sigma >= 0)",
    statement=r"-i[H, \rho_T] + \mathcal{L}[\rho_T] = 0",
    lhs=-I * comm(H, rho_T) + Dissipator(rho_T, S), rhs=0, samplers=THERMAL,
    notes="Checks the samplers: detailed-balance rates between eigenvectors of H and dephasing "
          "in its eigenbasis annihilate exp(-beta H)/Z.")
PAPER.claim(
    "eq3.sigma_nonnegative", eq="text after (3)", kind="geq",
    title="entropy production is non-negative when the dynamics fixes rho_T",
    statement=r"\sigma = -\mathrm{Tr}[\dot\rho(\ln\rho - \ln\rho_T)] \ge 0",
    lhs=sigma, rhs=0, samplers=THERMAL, dynamics=GKLS,
    assumptions=["the GKLS generator fixes rho_T = exp(-beta H)/Z (text.fixed_point)"],
    notes="Spohn's inequality (relative entropy to the fixed point decreases under exp(L t)). "
          "Equality at rho = rho_T (thermal-qubit-at-equilibrium).")

L_any = Op("L_any", (S,), "operator")
PUMP_UP = draw({H: fixed(PAULI_Z), beta: fixed("1.2"), L_any: fixed(LOWER)}) + gkls(
    S, [(fixed(LOWER), fixed("0.8"))])
NOT_FIXED = (
    (draw({H: bounded_hermitian(2), beta: uniform(0.1, 2), rho: density(), L_any: operator()})
     + gkls(S, [(L_any, uniform(0.2, 3))])).sampler(
        "generic-d2", 2, "random GKLS generator (one Ginibre jump) that does not fix rho_T"),
    (PUMP_UP + draw({rho: fixed(sympy.diag(Rational(3, 10), Rational(7, 10)), state_dims=(2,))})
     ).sampler("pump-up-qubit-away", 2, "H = sigma_z, beta = 1.2, one jump |0><1| (to the upper level) at "
                                 "rate 0.8, rho = diag(0.3, 0.7) (more excited than rho_T)"),
    (PUMP_UP + draw({rho: fixed(sympy.diag(Rational(1, 20), Rational(19, 20)), state_dims=(2,))})
     ).sampler("pump-up-qubit-towards", 2, "the same generator at rho = diag(0.05, 0.95) (less excited "
                                    "than rho_T)"),
)
PAPER.claim(
    "text.sigma_needs_fixed_point", eq="text after (3)", kind="geq", role="control",
    expected=FAILS,
    title="without rho_T as fixed point sigma can be negative",
    statement=r"-\mathrm{Tr}[\dot\rho(\ln\rho - \ln\rho_T)] \ge 0 \text{ for any GKLS generator}",
    lhs=sigma, rhs=0, samplers=NOT_FIXED, dynamics=GKLS,
    reason="'sigma >= 0 holds in general' needs the generator to fix rho_T: a jump |0><1| at "
           "rate 0.8 that pumps the qubit of H = sigma_z (beta = 1.2, rho_T = diag(0.083, 0.917)) "
           "upwards gives sigma = -0.87 at rho = diag(0.3, 0.7): the relative entropy to rho_T "
           "grows (at rho = diag(0.05, 0.95), on the other side of rho_T, sigma = +0.41).")
NEARBY = draw({rho: density(), rho2: density(),
               eps: special(0, "the derivative is taken at eps = 0")})
PAPER.claim(
    "text.reversible_second_order", search=False, eq="text after (3)",
    title="the relative entropy to a nearby state vanishes to first order",
    statement=r"\frac{d}{d\epsilon}S(\rho + \epsilon(\rho' - \rho)\|\rho)\Big|_{\epsilon=0} = 0",
    lhs=Dt(RelEntropy(rho + eps * (rho2 - rho), rho)), rhs=0,
    samplers=(NEARBY.sampler("nearby-d3", 3),
              NEARBY.given({rho: fixed(QUBIT_STATE, state_dims=(2,)),
                            rho2: fixed(sympy.eye(2) / 2, state_dims=(2,))}).sampler(
                  "nearby-qubit-fixed", 2, "rho = QUBIT_STATE, rho' = I/2")),
    dynamics={eps: 1},
    notes="'S(rho + delta rho || rho) ~ 0 up to the second order' (reversible processes): the "
          "first derivative along any trace-preserving direction vanishes at eps = 0.")

# ============================================================================ entanglement production

A, B, E = "A", "B", "E"
rho_ab = Op("rho", (A, B), "state")
sig_ab = Op("sigma", (A, B), "state")
rho2_ab = Op("rho2", (A, B), "state")
H1 = Op("H_1", (A, B), "hermitian")
CURVES = {rho_ab: rho2_ab - rho_ab, sig_ab: -I * comm(H1, sig_ab)}


CURVE = draw({rho_ab: density(), sig_ab: density(), rho2_ab: density(), H1: bounded_hermitian(2)},
             text="rho(t) moving towards a state rho2, sigma(t) under a Hamiltonian H_1")
CURVE_SAMPLERS = (CURVE.sampler("curves-2x2", (2, 2)), CURVE.sampler("curves-2x3", (2, 3)),
                  CURVE.given({rho_ab: fixed(werner(Rational(4, 5)), state_dims=(2, 2)),
                               sig_ab: fixed(werner(Rational(1, 3)), state_dims=(2, 2)),
                               rho2_ab: fixed(sympy.eye(4) / 4, state_dims=(2, 2)),
                               H1: fixed(kron(PAULI_Z, PAULI_X))}).sampler(
                      "curves-werner-fixed", (2, 2), "rho = Werner(4/5) moving towards I/4, sigma = "
                      "Werner(1/3) (its closest separable state) turned by H_1 = sigma_z (x) sigma_x"))
PAPER.claim(
    "eq4.rewrite_printed", eq="4", expected=FAILS,
    title="the rate of S(rho || rho_sep) rewritten (as printed)",
    statement=r"\frac{d}{dt}S(\rho\|\rho_{sep}) = \mathrm{Tr}\{\dot\rho\ln\rho - "
              r"e^{\ln\rho - \ln\rho_{sep}}\dot\rho_{sep}\}",
    lhs=Dt(RelEntropy(rho_ab, sig_ab)),
    rhs=Tr(Dt(rho_ab) * Logm(rho_ab) - Expm(Logm(rho_ab) - Logm(sig_ab)) * Dt(sig_ab)),
    samplers=CURVE_SAMPLERS, dynamics=CURVES,
    reason="d/dt S(rho||s) = Tr[rho_dot ln rho] - Tr[rho_dot ln s] - Tr[rho Dlog_s[s_dot]]: the "
           "printed form drops -Tr[rho_dot ln s] and replaces Tr[rho Dlog_s[s_dot]] by "
           "Tr[e^{ln rho - ln s} s_dot], equal only when rho, s and s_dot commute. It fails on "
           "random curves and on the fixed Werner sample, where s is the closest separable state "
           "of rho and everything commutes: there the dropped term -Tr[rho_dot ln s] is the "
           "whole difference.")
PAPER.claim(
    "eq4.rewrite", search=False, eq="4", role="corrected", corrects="eq4.rewrite_printed",
    title="the rate of S(rho || rho_sep), with the Frechet derivative of the logarithm",
    statement=r"\frac{d}{dt}S(\rho\|\rho_{sep}) = \mathrm{Tr}[\dot\rho(\ln\rho - \ln\rho_{sep})] - "
              r"\mathrm{Tr}\big[\rho\,\tfrac{d}{dt}\ln\rho_{sep}\big]",
    lhs=Dt(RelEntropy(rho_ab, sig_ab)),
    rhs=Tr(Dt(rho_ab) * (Logm(rho_ab) - Logm(sig_ab))) - Tr(rho_ab * Dt(Logm(sig_ab))),
    samplers=CURVE_SAMPLERS, dynamics=CURVES,
    notes="When rho_sep(t) is the closest separable state the last term vanishes (first-order "
          "optimality), so sigma_E = Tr[rho_dot (ln rho - ln rho_sep)] "
          "(numeric.entanglement.ree_rate).")
PAPER.claim(
    "text.thermal_separable_equality", search=False, eq="text after (4)",
    title="if rho_sep = rho_T at all times, sigma_E + sigma = 0",
    statement=r"\rho_{sep}(t) = \rho_T \Rightarrow \sigma_E + \sigma = "
              r"\frac{d}{dt}S(\rho\|\rho_T) + \sigma = 0",
    lhs=Dt(RelEntropy(rho, rho_T)) + sigma, rhs=0, samplers=THERMAL, dynamics=GKLS)


# H = XX + YY/2 + ZZ/4 (Bell eigenbasis, singlet lowest), beta = 2, rho = rho_T + (|Phi-><Phi-| -
# |Psi-><Psi-|)/100; rates c_mn chosen distinct, no dephasing
BD_H = kron(PAULI_X, PAULI_X) + kron(PAULI_Y, PAULI_Y) / 2 + kron(PAULI_Z, PAULI_Z) / 4
BD_BETA = Rational(2)
BD_STATE = exact_gibbs(BD_H, BD_BETA) + (bell("phi-") - bell("psi-")) / 100
RATES_4 = {"c_01": fixed("1.2"), "c_02": fixed("0.8"), "c_03": fixed("1.5"), "c_12": fixed("0.6"),
           "c_13": fixed("1.1"), "c_23": fixed("0.9"), **{f"g_{n}": fixed(0) for n in range(4)}}
CONJECTURE_RANDOM = THERMALISING.sampler("thermal-2qubits", 4)
CONJECTURE_BD = THERMALISING.given({H: fixed(BD_H), beta: fixed(BD_BETA), **RATES_4,
                                   rho: fixed(BD_STATE, state_dims=(4,))}).sampler(
    "bell-diagonal-near-entangled-gibbs", 4)
PAPER.claim(
    "text.conjecture_printed", eq="text after (4)", kind="leq", expected=FAILS,
    title="conjecture: without driving, |sigma_E| <= sigma",
    statement=r"|\sigma_E| \le \sigma",
    lhs=ree_rate_of(rho, "rho", absolute=True), rhs=sigma, dynamics=GKLS,
    samplers=(CONJECTURE_RANDOM, CONJECTURE_BD),
    assumptions=["no driving: time-independent H, thermalising GKLS generator (detailed "
                 "balance, fixed point rho_T); party S = two qubits A (x) B"],
    reason="False near any entangled Gibbs state: for rho = rho_T + eps D, sigma is second order "
           "in eps while sigma_E = Tr[rho_dot (ln rho - ln sigma*)] is first order, because "
           "ln rho_T - ln sigma*(rho_T) != 0 when rho_T is entangled. Fixed sample: H = XX + "
           "YY/2 + ZZ/4 (Bell eigenbasis, singlet lowest), beta = 2 (singlet weight 0.944), "
           "rho = rho_T + (|Phi-><Phi-| - |Psi-><Psi-|)/100, which commutes with H, so the "
           "evolution is purely dissipative (no Hamiltonian part, no driving), detailed-balance "
           "rates with c_mn between 0.6 and 1.5 and no dephasing: |sigma_E| = 0.154 > "
           "sigma = 0.0124. The random two-qubit thermalising samples satisfy the inequality.")

LOCAL_H = kron(PAULI_Z, sympy.eye(2)) + kron(sympy.eye(2), PAULI_Z) * Rational(3, 5)
SEPARABLE_GIBBS = draw({rho: density(), beta: uniform(0.1, 2),
                        H: local_hamiltonian((2, 2), bounded_hermitian(2))},
                       text="two-qubit state, non-interacting H (separable Gibbs state)")
PAPER.claim(
    "text.conjecture_integrated", eq="text after (4)", kind="leq", role="corrected",
    corrects="text.conjecture_printed",
    title="what holds for a separable rho_T: the entanglement left is at most the entropy still "
          "to be produced",
    statement=r"\rho_T\ \text{separable}:\ E_R(\rho(t)) \le S(\rho(t)\|\rho_T) = "
              r"\int_t^\infty\sigma\,dt'",
    lhs=ree_of(rho, "rho"), rhs=RelEntropy(rho, rho_T),
    samplers=(
        SEPARABLE_GIBBS.sampler("separable-gibbs-2qubits", 4),
        SEPARABLE_GIBBS.given({rho: fixed(BD_STATE, state_dims=(4,)), beta: fixed("0.8"),
                               H: fixed(LOCAL_H)}).sampler(
            "separable-gibbs-fixed", 4, "rho = the Bell-diagonal state of text.conjecture_printed, "
                                        "H = sigma_z (x) 1 + 3/5 1 (x) sigma_z, beta = 0.8"),
        SEPARABLE_GIBBS.given({rho: fixed(werner(Rational(4, 5)), state_dims=(4,)), beta: fixed(2),
                               H: fixed(-log(3) / 2 * bell("psi-"))}).sampler(
            "werner-to-its-closest-separable", 4, "rho = Werner(4/5); H = -(ln 3)/2 |Psi-><Psi-|, "
            "beta = 2: rho_T = Werner(1/3), the closest separable state of rho (equality)")),
    notes="rho_T is one of the separable states in the minimum defining E_R; integrating sigma "
          "from t to infinity gives S(rho(t)||rho_T) when rho(t) -> rho_T.")
LOCAL_THERMALISING = draw({H: local_hamiltonian((2, 2), bounded_hermitian(2)), beta: uniform(0.1, 2),
                           rho: density()}, text="non-interacting H, inverse temperature and state") \
    + thermal_gkls(S, H, beta, coupling=uniform(0.2, 3), dephasing=uniform(0, 1), state=rho)
LOCAL_VALUES = {H: fixed(LOCAL_H), beta: fixed("0.7"), **RATES_4}
PAPER.claim(
    "text.conjecture_separable_gibbs", eq="text after (4)", kind="leq", role="control",
    title="|sigma_E| <= sigma survives when the Gibbs state is separable (evidence, not proof)",
    statement=r"\rho_T\ \text{separable}:\ |\sigma_E| \le \sigma",
    lhs=ree_rate_of(rho, "rho", absolute=True), rhs=sigma, dynamics=GKLS,
    samplers=(LOCAL_THERMALISING.sampler("thermal-2qubits-local-h", 4),
              LOCAL_THERMALISING.given({**LOCAL_VALUES, rho: fixed(
                  Rational(9, 10) * BELL + sympy.eye(4) / 40, state_dims=(4,))}).sampler(
                  "local-h-bell-decay", 4),
              LOCAL_THERMALISING.given({**LOCAL_VALUES, rho: special(
                  exact_gibbs(LOCAL_H, Rational(7, 10)), AT_EQUILIBRIUM, state_dims=(4,))}).sampler(
                  "local-h-at-equilibrium", 4)),
    assumptions=["non-interacting H = H_A (x) 1 + 1 (x) H_B (separable rho_T), global "
                 "detailed-balance jumps between its product eigenstates"],
    notes="Outside the registry: 1200 random draws (random starts and starts 10% and 50% of the "
          "way from rho_T) and six (1+1) evolution-strategy runs of 250 steps minimising "
          "sigma/|sigma_E| found no violation (smallest ratio 1.13); with entangled Gibbs "
          "states 112 of 135 draws started 1% from rho_T violate the conjecture "
          "(text.conjecture_printed).")

# ============================================================================ higher Hilbert space

rho_AB = Op("rho_AB", (A, B), "state")
rho_E = Op("rho_E", (E,), "state")
U = Op("U", (A, B, E), "operator")
U_BE = Op("U_BE", (B, E), "operator")
FIN = U * rho_AB * rho_E * Dag(U)          # rho_A'B'E'
S_AB, S_E = Entropy(rho_AB), Entropy(rho_E)
S_ABf, S_Ef = Entropy(ptr(FIN, E)), Entropy(ptr(ptr(FIN, A), B))
S_Af, S_Bf = Entropy(ptr(ptr(FIN, B), E)), Entropy(ptr(ptr(FIN, A), E))
S_AEf, S_BEf = Entropy(ptr(FIN, B)), Entropy(ptr(FIN, A))
dS_AB, dS_E = S_ABf - S_AB, S_Ef - S_E

MIXED_BELL = Rational(9, 10) * BELL + sympy.eye(4) / 40
ENV_MIXED = sympy.diag(Rational(7, 10), Rational(3, 10))
PARTIAL_SWAP = sympy.Matrix([[1, 0, 0, 0], [0, Rational(3, 5), Rational(4, 5) * I, 0],
                             [0, Rational(4, 5) * I, Rational(3, 5), 0], [0, 0, 0, 1]])
DISENTANGLE = kron(sympy.Matrix([[1, 1], [1, -1]]) / sqrt(2), sympy.eye(2)) * sympy.Matrix(
    [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]])  # (Hadamard (x) 1) CNOT


PRODUCT_ABE = draw({rho_AB: density(), rho_E: density(), U: unitary()},
                   text="rho_AB (x) rho_E, Haar unitary on ABE")
MIXED_START = {rho_AB: fixed(MIXED_BELL, state_dims=(2, 2)), rho_E: fixed(ENV_MIXED, state_dims=(2,))}
MIXED_TEXT = "rho_AB = 0.9 Bell + 0.1 I/4, rho_E = diag(0.7, 0.3), "
TRIPARTITE = tuple(PRODUCT_ABE.sampler(f"tripartite-2x2x{d}", (2, 2, d)) for d in (2, 3)) + (
    PRODUCT_ABE.given({**MIXED_START, U: fixed(kron(sympy.eye(2), PARTIAL_SWAP))}).sampler(
        "tripartite-fixed", (2, 2, 2), MIXED_TEXT + "U = 1_A (x) partial swap of B and E "
                                                    "(amplitudes 3/5, 4i/5)"),
    PRODUCT_ABE.given({**MIXED_START, U: special(sympy.eye(8), "no interaction: the equality "
                                                               "case")}).sampler(
        "tripartite-no-interaction", (2, 2, 2), MIXED_TEXT + "U = 1 (equality case)"))

PAPER.claim("hilbert.unitary_invariance", search=False, eq="higher Hilbert space",
            title="the unitary preserves the entropy of system and environment",
            statement=r"S(\rho_S\rho_E) = S(\rho_{S'E'})", lhs=Entropy(rho_AB * rho_E),
            rhs=Entropy(FIN), samplers=TRIPARTITE, notes="S = AB throughout this section.")
PAPER.claim("hilbert.subadditivity", eq="higher Hilbert space", kind="leq",
            title="subadditivity after the interaction",
            statement=r"S(\rho_{S'E'}) \le S(\rho_{S'}) + S(\rho_{E'})", lhs=Entropy(FIN),
            rhs=S_ABf + S_Ef, samplers=TRIPARTITE)
PAPER.claim("hilbert.entropy_increase", eq="higher Hilbert space", kind="leq",
            title="neglecting correlations, the entropy of system plus environment increases",
            statement=r"S(\rho_S) + S(\rho_E) \le S(\rho'_S) + S(\rho'_E)", lhs=S_AB + S_E,
            rhs=S_ABf + S_Ef, samplers=TRIPARTITE)
PAPER.claim(
    "hilbert.total_change_printed", eq="higher Hilbert space", expected=FAILS,
    title="the total entropy change (as printed)",
    statement=r"\Delta S_t = \Delta S_S + \Delta S_E = S(\rho'_S) - S(\rho_S) + S(\rho'_E) + S(\rho_E)",
    lhs=dS_AB + dS_E, rhs=S_ABf - S_AB + S_Ef + S_E, samplers=TRIPARTITE,
    reason="Sign misprint: Delta S_E = S(rho'_E) - S(rho_E), so the printed sum exceeds "
           "Delta S_S + Delta S_E by 2 S(rho_E) (1.22 for rho_E = diag(0.7, 0.3)); the two agree "
           "only for a pure environment, and the printed '>= 0' is then trivially true.")
PAPER.claim(
    "hilbert.total_change", eq="higher Hilbert space", kind="geq", role="corrected",
    corrects="hilbert.total_change_printed",
    title="the total entropy change is non-negative (the second law from subadditivity)",
    statement=r"\Delta S_t = S(\rho'_S) - S(\rho_S) + S(\rho'_E) - S(\rho_E) \ge 0",
    lhs=dS_AB + dS_E, rhs=0, samplers=TRIPARTITE)
PAPER.claim(
    "hilbert.relative_entropy_is_mutual_information", search=False, eq="higher Hilbert space",
    title="the relative entropy of rho_AB to rho_A rho_B is the mutual information",
    statement=r"S(\rho_{AB}\|\rho_A\rho_B) = S(\rho_A) + S(\rho_B) - S(\rho_{AB})",
    lhs=RelEntropy(rho_AB, ptr(rho_AB, B) * ptr(rho_AB, A)),
    rhs=mutual_information(rho_AB, A, B), samplers=TRIPARTITE)
PAPER.claim("hilbert.strong_subadditivity", eq="higher Hilbert space", kind="leq",
            title="strong subadditivity of the final state",
            statement=r"S_{A'B'E'} + S_{B'} \le S_{A'B'} + S_{B'E'}", lhs=Entropy(FIN) + S_Bf,
            rhs=S_ABf + S_BEf, samplers=TRIPARTITE)
PAPER.claim("hilbert.ssa_bound_B", eq="higher Hilbert space", kind="geq",
            title="the entropy increase bounds the mutual information of B' and E'",
            statement=r"\Delta S_{AB} + \Delta S_E \ge S_{B'} + S_{E'} - S_{B'E'} = I(B':E')",
            lhs=dS_AB + dS_E, rhs=S_Bf + S_Ef - S_BEf, samplers=TRIPARTITE,
            assumptions=["uncorrelated start rho_AB (x) rho_E", "unitary on ABE"],
            notes="Uses S_A'B'E' = S_AB + S_E (unitarity, product start) in SSA.")
PAPER.claim("hilbert.ssa_bound_A", eq="higher Hilbert space", kind="geq",
            title="... and of A' and E' ('either of the subsystems')",
            statement=r"\Delta S_{AB} + \Delta S_E \ge I(A':E')",
            lhs=dS_AB + dS_E, rhs=S_Af + S_Ef - S_AEf, samplers=TRIPARTITE,
            assumptions=["uncorrelated start rho_AB (x) rho_E", "unitary on ABE"])

FIN_BE = U_BE * rho_AB * rho_E * Dag(U_BE)
PURE_AB = draw({rho_AB: pure(), rho_E: density(), U: unitary()},
               text="pure rho_AB, rho_E, Haar unitary on ABE")
ENV_ON_B = draw({rho_AB: pure(), rho_E: density(), U_BE: unitary()},
                text="pure rho_AB, rho_E, Haar unitary on BE")
BELL_START = {rho_AB: fixed(BELL, state_dims=(2, 2)), rho_E: fixed(ENV_MIXED, state_dims=(2,))}
PAPER.claim(
    "hilbert.entanglement_bound_printed", eq="higher Hilbert space", kind="geq", expected=FAILS,
    title="conjecture: the entropy increase bounds the entanglement lost",
    statement=r"\Delta S_{AB} + \Delta S_E \ge \Delta E_{AB} = E_R(\rho_{AB}) - E_R(\rho_{A'B'})",
    lhs=dS_AB + dS_E, rhs=ree_drop(rho_AB, ptr(FIN, E)),
    samplers=(PURE_AB.sampler("tripartite-pure-ab", (2, 2, 3)),
              PURE_AB.given({rho_AB: fixed(BELL, state_dims=(2, 2)),
                             rho_E: fixed(sympy.diag(1, 0), state_dims=(2,)),
                             U: fixed(kron(DISENTANGLE, sympy.eye(2)))}).sampler(
                  "disentangling-unitary", (2, 2, 2), "Bell state, pure environment, U = (Hadamard "
                                                      "(x) 1) CNOT on AB alone")),
    reason="Stated as a conjecture. For a general U_ABE it is false: (Hadamard (x) 1) CNOT acting "
           "on AB alone maps the Bell state to |00> without any entropy change (Delta S = 0) "
           "while E_R drops by ln 2. Such a unitary drives AB rather than coupling it to the "
           "environment.")
PAPER.claim(
    "hilbert.entanglement_bound", eq="higher Hilbert space", kind="geq", role="corrected",
    corrects="hilbert.entanglement_bound_printed",
    title="with the environment acting on B only, the entropy increase bounds the entanglement lost",
    statement=r"U = 1_A\otimes U_{BE}:\ \Delta S_{AB} + \Delta S_E \ge E_R(\rho_{AB}) - "
              r"E_R(\rho_{A'B'})",
    lhs=Entropy(ptr(FIN_BE, E)) - S_AB + Entropy(ptr(ptr(FIN_BE, A), B)) - S_E,
    rhs=ree_drop(rho_AB, ptr(FIN_BE, E)),
    samplers=(ENV_ON_B.sampler("environment-on-b", (2, 2, 3)),
              ENV_ON_B.given({**BELL_START, U_BE: fixed(PARTIAL_SWAP)}).sampler(
                  "environment-on-b-fixed", (2, 2, 2), "Bell state, rho_E = diag(0.7, 0.3), partial "
                                                       "swap of B and E"),
              ENV_ON_B.given({**BELL_START, U_BE: special(sympy.eye(4), "U_BE = 1: the equality "
                                                                        "case")}).sampler(
                  "environment-on-b-idle", (2, 2, 2), "the same with U_BE = 1 (equality case)")),
    notes="Evidence, not proof: it holds on these samples and in a search outside the registry "
          "(600 random draws of pure and mixed rho_AB, mixed rho_E and Haar U_BE, and 12 "
          "Powell minimisations of the margin over all three: smallest margin 4e-11, at the "
          "trivial points U_BE ~ 1 or separable rho_AB).")

# ============================================================================ the example (5)

b2 = 1 - a2
ab = sqrt(a2 * b2)
delta = exp(-(gamma + kappa) * t)
delta_p = gamma * (1 - delta) / (kappa + gamma)
a_t = delta * a2 + delta_p
a_inf = gamma / (gamma + kappa)
mu = exp(-I * omega * t - (gamma + kappa + eta) * t / 2)
mu_true = exp(-I * omega * t - (gamma + kappa) * t / 2 - 2 * eta * t)
SZ, SM, SP = (Mat(m, (A,), n) for m, n in ((PAULI_Z, "sigma_z"), (LOWER, "sigma_-"),
                                           (RAISE, "sigma_+")))
SM_TEXTBOOK, SP_TEXTBOOK = Mat(RAISE, (A,), "sigma_-(textbook)"), Mat(LOWER, (A,), "sigma_+(textbook)")


def rhs5(x, sm=SM, sp=SP):
    """The right-hand side of (5) as printed, acting on qubit A of x."""
    return (omega / (2 * I) * comm(SZ, x)
            + gamma / 2 * (comm(sm * x, sp) + comm(sm, x * sp))
            + kappa / 2 * (comm(sp * x, sm) + comm(sp, x * sm))
            - eta / 2 * comm(SZ, comm(SZ, x)))


TRUE_POPS = (a2 * (delta + delta_p), b2 * delta_p, a2 * (1 - delta - delta_p), b2 * (1 - delta_p))
PSI0_MATRIX = x_matrix((a2, 0, 0, b2), ab)
PSI0 = Mat(PSI0_MATRIX, (A, B), "psi0")
RHO_PRINTED = Mat(x_matrix((a_t, 0, 0, 1 - a_t), mu * ab), (A, B), "rho_printed")
RHO_LITERAL = Mat(x_matrix((a_t, 0, 0, 1 - a_t), mu * ab, hermitian=False), (A, B), "rho_literal")
RHO_SEP = Mat(sympy.diag(a_t, 0, 0, 1 - a_t), (A, B), "rho_sep")
RHO_INF_PRINTED = Mat(sympy.diag(a_inf, 0, 0, 1 - a_inf), (A, B), "rho_inf_printed")
RHO_TRUE = Mat(x_matrix(TRUE_POPS, mu_true * ab), (A, B), "rho_true")
RHO_TRUE_DIAG = Mat(sympy.diag(*TRUE_POPS), (A, B), "diag_rho_true")
RHO_INF = Mat(sympy.diag(a_inf * a2, a_inf * b2, (1 - a_inf) * a2, (1 - a_inf) * b2), (A, B), "rho_inf")
RHO_A_INF = Mat(sympy.diag(a_inf, 1 - a_inf), (A,), "rho_A_inf")
ALONG_T = {t: 1}

SCHMIDT_STATE = draw({a2: uniform(0.02, 0.98)}, parties=(A, B), text="a|00> + b|11>")
SCHMIDT = (SCHMIDT_STATE.sampler("schmidt", (2, 2), printed_dims=True),
           SCHMIDT_STATE.given({a2: fixed("0.8")}).sampler("schmidt-fixed", (2, 2), printed_dims=True),
           SCHMIDT_STATE.given({a2: special(Rational(1, 2), "a = b: the Bell state")}).sampler(
               "bell-fixed", (2, 2), printed_dims=True))
PAPER.claim(
    "example.ree_initial", eq="examples",
    title="the relative entropy of entanglement of a|00> + b|11>",
    statement=r"E_R(a|00\rangle + b|11\rangle) = -a^2\ln a^2 - b^2\ln b^2",
    lhs=ree_of(PSI0, "a|00> + b|11>"), rhs=-a2 * log(a2) - b2 * log(b2), samplers=SCHMIDT)


# t, a^2, the rates and omega of (5); the generator of (5) on qubit A (the GKLS form, eq5.gkls_form)
EXAMPLE_SCALARS = {t: uniform(0.05, 4), a2: uniform(0.05, 0.95), gamma: uniform(0.05, 3),
                   kappa: uniform(0.05, 2), eta: uniform(0.02, 2), omega: uniform(-3, 3)}
EQ5 = gkls(A, [(printed(LOWER), gamma), (printed(RAISE), kappa), (printed(PAULI_Z), eta)],
           text="eq. (5) on qubit A")
EXAMPLE_SETUP = draw(EXAMPLE_SCALARS, parties=(A, B), text="initial a|00> + b|11>, t, a^2, rates "
                                                           "and omega") + EQ5
EXAMPLE_STATE_SETUP = draw({**EXAMPLE_SCALARS, rho_ab: density()}, text="t, a^2, rates, omega "
                                                                         "and a state rho") + EQ5
FIXED_VALUES = {t: fixed("1.3"), a2: fixed("0.8"), gamma: fixed("0.5"), kappa: fixed("0.2"),
                eta: fixed("0.3"), omega: fixed("0.7")}
FIXED_STATE = fixed([["0.4", 0, 0, "0.3"], [0, "0.1", 0, 0], [0, 0, "0.1", 0], ["0.3", 0, 0, "0.4"]],
                    state_dims=(2, 2))
LATE_VALUES = {**FIXED_VALUES, t: fixed("60")}
EXAMPLE = (EXAMPLE_SETUP.sampler("example", (2, 2), printed_dims=True),
           EXAMPLE_SETUP.given(FIXED_VALUES).sampler("example-fixed", (2, 2), printed_dims=True))
EXAMPLE_STATE = (EXAMPLE_STATE_SETUP.sampler("example-state", (2, 2), printed_dims=True),
                 EXAMPLE_STATE_SETUP.given({**FIXED_VALUES, rho_ab: FIXED_STATE}).sampler(
                     "example-state-fixed", (2, 2), printed_dims=True))

PAPER.claim(
    "eq5.gkls_form", search=False, eq="5",
    title="(5) is the GKLS generator with H = omega sigma_z / 2 and jumps sigma_- (gamma), "
          "sigma_+ (kappa), sigma_z (eta) on qubit A",
    statement=r"\frac{\omega}{2i}[\sigma_z,\rho] + \frac\gamma2([\sigma_-\rho,\sigma_+] + "
              r"[\sigma_-,\rho\sigma_+]) + \frac\kappa2([\sigma_+\rho,\sigma_-] + [\sigma_+,\rho"
              r"\sigma_-]) - \frac\eta2[\sigma_z,[\sigma_z,\rho]] = -i[\tfrac\omega2\sigma_z,\rho] "
              r"+ \mathcal{L}_A[\rho]",
    lhs=rhs5(rho_ab), rhs=-I * comm(omega / 2 * SZ, rho_ab) + Dissipator(rho_ab, A),
    samplers=EXAMPLE_STATE,
    notes="Read as printed ('sigma_z^+-' is sigma_+- and sigma_z), all acting on qubit A, the one "
          "coupled to the environment. The last term is eta (sigma_z rho sigma_z - rho): "
          "dephasing that damps the coherences of A at the rate 2 eta.")
PAPER.claim(
    "text.free_hamiltonian_printed", eq="text after (5)", expected=FAILS,
    title="the first term of (5) is the free evolution under H = omega sigma_z (as printed)",
    statement=r"\frac{\omega}{2i}[\sigma_z,\rho] = -i[\omega\sigma_z,\rho]",
    lhs=omega / (2 * I) * comm(SZ, rho_ab), rhs=-I * comm(omega * SZ, rho_ab),
    samplers=EXAMPLE_STATE,
    reason="(omega/2i)[sigma_z, rho] = -i[(omega/2) sigma_z, rho]: the first term is generated "
           "by omega sigma_z / 2 (level splitting omega, the phase e^{-i omega t} of mu(t)); "
           "H = omega sigma_z rotates twice as fast.")
PAPER.claim(
    "text.free_hamiltonian", search=False, eq="text after (5)", role="corrected",
    trivial="omega/(2i) [sigma_z, rho] rewritten as -i [omega sigma_z/2, rho]",
    corrects="text.free_hamiltonian_printed",
    title="the first term of (5) is the free evolution under H = omega sigma_z / 2",
    statement=r"\frac{\omega}{2i}[\sigma_z,\rho] = -i[\tfrac{\omega}{2}\sigma_z,\rho]",
    lhs=omega / (2 * I) * comm(SZ, rho_ab), rhs=-I * comm(omega / 2 * SZ, rho_ab),
    samplers=EXAMPLE_STATE)
PAPER.claim(
    "text.sigma_pm_textbook", eq="text after (5)", expected=FAILS,
    title="with the textbook sigma_+- = (sigma_x +- i sigma_y)/2 the qubit relaxes to "
          "diag(a_inf, 1 - a_inf), a_inf = gamma/(gamma + kappa)",
    statement=r"\sigma_+ = |0\rangle\langle 1|:\ \mathcal{L}_{(5)}[\mathrm{diag}(a_\infty, "
              r"1 - a_\infty)] = 0",
    lhs=rhs5(RHO_A_INF, SM_TEXTBOOK, SP_TEXTBOOK), rhs=0, samplers=EXAMPLE,
    reason="'sigma_+- are the usual Pauli matrices': with sigma_z = diag(1, -1) the textbook "
           "sigma_+ = |0><1| makes the kappa jumps feed |0> and the gamma jumps empty it, so the "
           "stationary population of |0> is kappa/(gamma + kappa), not the printed a_inf = "
           "gamma/(gamma + kappa). The printed a(t) = delta a^2 + delta' solves a_dot = "
           "gamma (1 - a) - kappa a, which needs sigma_- = |0><1| (gamma-jumps |1> -> |0>).")
PAPER.claim(
    "text.sigma_pm_required", search=False, eq="text after (5)", role="corrected",
    corrects="text.sigma_pm_textbook",
    title="with sigma_- = |0><1|, sigma_+ = |1><0| the qubit relaxes to diag(a_inf, 1 - a_inf)",
    statement=r"\sigma_- = |0\rangle\langle 1|:\ \mathcal{L}_{(5)}[\mathrm{diag}(a_\infty, "
              r"1 - a_\infty)] = 0",
    lhs=rhs5(RHO_A_INF), rhs=0, samplers=EXAMPLE,
    notes="The convention of every other claim on (5) in this module.")
PAPER.claim(
    "example.hermitian_printed", eq="solution of (5)", expected=FAILS,
    title="the printed rho(t), with mu(t) ab in both corners, is Hermitian",
    statement=r"\rho(t)^\dagger = \rho(t),\ \rho_{14} = \rho_{41} = \mu(t)ab",
    lhs=Dag(RHO_LITERAL), rhs=RHO_LITERAL, samplers=EXAMPLE,
    reason="mu(t) = exp(-i omega t - ...) is complex unless omega t = 0 mod pi, so the lower-left "
           "entry must be conj(mu(t)) ab. Every other claim reads the printed matrix that way.")
PAPER.claim(
    "example.hermitian", search=False, eq="solution of (5)", role="corrected",
    corrects="example.hermitian_printed",
    title="rho(t) with conj(mu(t)) ab in the lower-left corner is Hermitian",
    statement=r"\rho_{41} = \overline{\mu(t)}\,ab", lhs=Dag(RHO_PRINTED), rhs=RHO_PRINTED,
    samplers=EXAMPLE)
PAPER.claim(
    "example.solution_printed", eq="solution of (5)", expected=FAILS,
    title="the printed rho(t) solves (5)",
    statement=r"\dot\rho(t) = \mathcal{L}_{(5)}[\rho(t)],\ \rho(t) = \begin{pmatrix}a&0&0&\mu ab\\"
              r"0&0&0&0\\0&0&0&0\\\bar\mu ab&0&0&1-a\end{pmatrix},\ a = \delta a^2 + \delta',\ "
              r"\mu = e^{-i\omega t - (\gamma+\kappa+\eta)t/2}",
    lhs=Dt(RHO_PRINTED), rhs=rhs5(RHO_PRINTED), samplers=EXAMPLE, dynamics=ALONG_T,
    reason="Substituted into (5) acting on one qubit, the printed rho(t) fails entry by entry "
           "(fixed sample: residual 0.15 in the |10><10| entry): (i) the decay of qubit A moves "
           "population from |00>, |11> to |10>, |01> (the jumps map |00> -> |10> and |11> -> "
           "|01>) while the printed matrix keeps those entries 0, so its a(t) = delta a^2 + "
           "delta' treats {|00>, |11>} as one effective qubit; (ii) the coherence decays at "
           "(gamma + kappa)/2 + 2 eta, not (gamma + kappa + eta)/2 (-eta/2 [sz, [sz, .]] "
           "damps at 2 eta; the printed rate needs -eta/8 [sz, [sz, .]]). example.propagated "
           "records the propagated entries next to the printed ones.")
PAPER.claim(
    "example.solution", search=False, eq="solution of (5)", role="corrected",
    corrects="example.solution_printed",
    title="the solution of (5) when one qubit decays",
    statement=r"\rho(t) = \mathrm{X}\big(a^2(\delta + \delta'),\ b^2\delta',\ a^2(1 - \delta - "
              r"\delta'),\ b^2(1 - \delta');\ \rho_{14} = ab\,e^{-i\omega t - (\gamma+\kappa)t/2 - "
              r"2\eta t}\big)",
    lhs=Dt(RHO_TRUE), rhs=rhs5(RHO_TRUE), samplers=EXAMPLE, dynamics=ALONG_T,
    notes="Populations of |00>, |01>, |10>, |11> (A first): B keeps its populations a^2, b^2 and "
          "A relaxes as p_0(t) = p_0(0) delta + delta'. example.propagated checks the initial "
          "condition too.")


def generator(ev):
    """The GKLS generator (5) on AB from the sample's jumps on A and H = (omega/2) sigma_z."""
    key = ("vedral", "generator")
    if key not in ev.sample.memo:
        jumps = [(numeric.linalg.embed(j, [2, 2], [0]), g) for j, g in ev.sample.dissipators[A]]
        h = ev.lift(ev(omega / 2 * SZ), (0, 1))
        ev.sample.memo[key] = numeric.lindbladian(h, [j for j, _ in jumps], [g for _, g in jumps])
    return ev.sample.memo[key]


def _record_entries(ev, label, m):
    for (i, j), what in (((0, 0), "p00"), ((1, 1), "p01"), ((2, 2), "p10"), ((3, 3), "p11"),
                         ((0, 3), "|rho_14|")):
        ev.record(f"{ev.sample.id}: {label} {what}", abs(m[i, j]) if i != j else mp.re(m[i, i]))


def propagated(ev):
    """exp(L t)[|psi><psi|] for (5) at the sample's t (numeric.propagate); records its entries
    beside the printed ones"""
    out = numeric.propagate(generator(ev), ev.lift(ev(PSI0), (0, 1)), ev(t))
    _record_entries(ev, "exp(Lt) psi0:", out)
    _record_entries(ev, "printed rho(t):", ev.lift(ev(RHO_PRINTED), (0, 1)))
    return Operator(out, (0, 1))


def propagated_long(ev):
    """exp(L T)[|psi><psi|] for (5) at T = 300/(gamma + kappa) (populations settled to e^-300,
    coherence below e^-150)"""
    return Operator(numeric.propagate(generator(ev), ev.lift(ev(PSI0), (0, 1)),
                                      300 / (ev(gamma) + ev(kappa))), (0, 1))


PAPER.claim(
    "example.propagated", eq="solution of (5)", role="control",
    title="the corrected closed form is exp(L t) applied to a|00> + b|11>, entry by entry",
    statement=r"e^{\mathcal{L}t}[|\psi\rangle\langle\psi|] = \rho_{\rm corrected}(t)",
    lhs=propagated, rhs=RHO_TRUE, samplers=EXAMPLE,
    notes="The recorded values compare the propagated entries with the printed ones (printed "
          "p01 = p10 = 0, printed |rho_14| decaying at (gamma + kappa + eta)/2).")
PAPER.claim(
    "example.stationary_printed", eq="text after solution of (5)", expected=FAILS,
    title="the state reached as t -> infinity is diag(a_inf, 0, 0, 1 - a_inf)",
    statement=r"\lim_{t\to\infty}\rho(t) = \mathrm{diag}(a_\infty, 0, 0, 1 - a_\infty),\ "
              r"a_\infty = \gamma/(\gamma+\kappa)",
    lhs=propagated_long, rhs=RHO_INF_PRINTED, samplers=EXAMPLE,
    reason="Qubit B is untouched, so its populations a^2, b^2 are conserved and the limit is "
           "diag(a_inf, 1 - a_inf) (x) diag(a^2, b^2), with weight on |01> and |10> (on the "
           "fixed sample a_inf b^2 = 0.14 and (1 - a_inf) a^2 = 0.23); the printed limit is that "
           "of the effective two-level reading.")
PAPER.claim(
    "example.stationary", eq="text after solution of (5)", role="corrected",
    corrects="example.stationary_printed",
    title="the state reached as t -> infinity is diag(a_inf, 1 - a_inf) (x) diag(a^2, b^2)",
    statement=r"\lim_{t\to\infty}\rho(t) = \mathrm{diag}(a_\infty, 1-a_\infty)\otimes"
              r"\mathrm{diag}(a^2, b^2)",
    lhs=propagated_long, rhs=RHO_INF, samplers=EXAMPLE)
PAPER.claim(
    "example.stationary_fixed_point", search=False, eq="text after solution of (5)", role="control",
    title="the corrected limit is a fixed point of (5) (not the only one: any rho_B works)",
    statement=r"\mathcal{L}_{(5)}[\mathrm{diag}(a_\infty, 1-a_\infty)\otimes\mathrm{diag}(a^2, b^2)] = 0",
    lhs=rhs5(RHO_INF), rhs=0, samplers=EXAMPLE)
PAPER.claim(
    "example.closest_separable", eq="text after solution of (5)",
    title="the closest separable state of the printed rho(t) deletes the off-diagonal elements",
    statement=r"E_R(\rho(t)) = S(\rho(t)\|\rho(t)|_{\mu = 0})",
    lhs=ree_of(RHO_PRINTED, "rho(t)"), rhs=RelEntropy(RHO_PRINTED, RHO_SEP), samplers=EXAMPLE,
    notes="True for every state supported on span{|00>, |11>} (minimiser diag(rho_00, 0, 0, "
          "rho_11)); the printed family is of that kind.")
PAPER.claim(
    "example.closest_separable_true", eq="text after solution of (5)", role="control",
    expected=FAILS,
    title="on the true solution of (5), deleting the off-diagonal elements does not give the "
          "closest separable state",
    statement=r"E_R(\rho_{\rm true}(t)) = S(\rho_{\rm true}(t)\|\mathrm{diag}\,\rho_{\rm true}(t))",
    lhs=ree_of(RHO_TRUE, "rho_true(t)"), rhs=RelEntropy(RHO_TRUE, RHO_TRUE_DIAG),
    samplers=EXAMPLE,
    reason="With |01>, |10> populated the minimiser keeps a (00,11) coherence (on the fixed "
           "sample E_R = 1.7e-4 but S(rho || diag rho) = 0.045), and after the sudden death of "
           "entanglement E_R = 0 while S(rho || diag rho) > 0. The paper's statement is decided "
           "on its own rho(t) (example.closest_separable).")

# the printed rho(t) lives on span{|00>, |11>} (party C): its logarithms exist there
C = "C"
RC = Mat(sympy.Matrix([[a_t, mu * ab], [conjugate(mu) * ab, 1 - a_t]]), (C,), "rho_C")
RC_SEP = Mat(sympy.diag(a_t, 1 - a_t), (C,), "rho_sep_C")
RC_INF = Mat(sympy.diag(a_inf, 1 - a_inf), (C,), "rho_inf_C")
SIGMA_C = -Tr(Dt(RC) * (Logm(RC) - Logm(RC_INF)))
SIGMA_E_C = Dt(RelEntropy(RC, RC_SEP))
DIFFERENCE = sympy.diff(a_t, t) * log((1 - a_t) * a_inf / (a_t * (1 - a_inf)))


BLOCK_SETUP = draw(EXAMPLE_SCALARS, parties=(C,), text="the printed rho(t) on span{|00>, |11>}: t, "
                                                       "a^2, rates and omega")
BLOCK = (BLOCK_SETUP.sampler("printed-block", 2),
         BLOCK_SETUP.given(FIXED_VALUES).sampler("printed-block-fixed", 2),
         BLOCK_SETUP.given({**FIXED_VALUES, a2: special(Rational(5, 7), "a^2 = a_inf: a(t) = a_inf "
                                                                       "for all t")}).sampler(
             "printed-block-a2-equals-a_inf", 2))
BLOCK_NOTE = ("Evaluated on the printed rho(t) restricted to its support span{|00>, |11>} "
              "(party C), where rho, rho_sep = diag(a, 1 - a) and the printed stationary state "
              "rho_inf = diag(a_inf, 1 - a_inf) are invertible; relative entropies equal the 4x4 "
              "ones. sigma is taken with respect to rho_inf.")

PAPER.claim(
    "example.sigma_minus_sigma_E", eq="text after solution of (5)",
    title="sigma - |sigma_E| = a_dot ln((1 - a) a_inf / (a (1 - a_inf)))",
    statement=r"\sigma - |\sigma_E| = \dot a\ln\frac{(1-a)a_\infty}{a(1-a_\infty)}",
    lhs=SIGMA_C - Abs(SIGMA_E_C), rhs=DIFFERENCE, samplers=BLOCK, dynamics=ALONG_T,
    notes=BLOCK_NOTE + " The formula is sigma + sigma_E; it equals sigma - |sigma_E| because "
                       "sigma_E <= 0 on this family. It contains no mu: the off-diagonal decay "
                       "drops out, as the text says.")
PAPER.claim(
    "example.difference_positive", eq="text after solution of (5)", kind="geq",
    title="the difference is positive",
    statement=r"\dot a\ln\frac{(1-a)a_\infty}{a(1-a_\infty)} \ge 0", lhs=DIFFERENCE, rhs=0,
    samplers=BLOCK,
    notes="a_dot = (gamma + kappa)(a_inf - a) and the logarithm have the same sign; zero when "
          "a^2 = a_inf.")
PAPER.claim(
    "example.conjecture", eq="text after solution of (5)", kind="leq",
    title="on the printed family |sigma_E| <= sigma ('thus supporting our conjecture')",
    statement=r"|\sigma_E| \le \sigma", lhs=Abs(SIGMA_E_C), rhs=SIGMA_C, samplers=BLOCK,
    dynamics=ALONG_T, notes=BLOCK_NOTE)
PAPER.claim(
    "example.conjecture_true_dynamics", eq="text after solution of (5)", kind="leq",
    role="control",
    title="|sigma_E| <= sigma also along the true solution of (5)",
    statement=r"\Big|\frac{d}{dt}E_R(\rho_{\rm true})\Big| \le -\mathrm{Tr}[\dot\rho_{\rm true}"
              r"(\ln\rho_{\rm true} - \ln\rho_\infty)]",
    lhs=ree_rate_of(RHO_TRUE, "rho_true(t)", absolute=True),
    rhs=-Tr(Dt(RHO_TRUE) * (Logm(RHO_TRUE) - Logm(RHO_INF))), dynamics=ALONG_T,
    samplers=EXAMPLE + (EXAMPLE_SETUP.given(LATE_VALUES).sampler("example-late", (2, 2),
                                                                 printed_dims=True),),
    notes="sigma with respect to the true limit diag(a_inf, 1 - a_inf) (x) diag(a^2, b^2), which "
          "the evolution fixes; sigma_E by the envelope theorem on the minimiser of "
          "numeric.entanglement.ree. At t = 60 (example-late) both sides are below 1e-30.")

DEATH_VALUES = {**FIXED_VALUES, t: fixed("3")}


def _separable(ev):
    return ree(ev(RHO_TRUE).m).value == 0


PAPER.claim(
    "example.sudden_death", eq="text after (4), on (5)",
    title="after the sudden death of entanglement sigma_E = 0 (on the true solution of (5))",
    statement=r"E_R(\rho_{\rm true}(t)) = 0 \Rightarrow \sigma_E = \frac{d}{dt}E_R = 0",
    lhs=ree_rate_of(RHO_TRUE, "rho_true(t)"), rhs=0, dynamics=ALONG_T,
    samplers=EXAMPLE + (EXAMPLE_SETUP.given(DEATH_VALUES).sampler("example-after-death", (2, 2),
                                                                  printed_dims=True),),
    preconditions=[Precondition("rho_true(t) is separable (E_R = 0: past the sudden death)",
                                _separable)],
    notes="The true solution of (5) loses its entanglement at a finite time once |01>, |10> are "
          "populated (on the fixed rates by t = 3: |rho_14|^2 = 5e-4 < rho_22 rho_33 = 0.025); "
          "sigma stays positive there (example.conjecture_true_dynamics). The printed rho(t), "
          "supported on span{|00>, |11>}, stays entangled while mu(t) != 0: it shows no sudden "
          "death.")

_F = sympy.lambdify((t, a2, gamma, kappa), DIFFERENCE, "mpmath")
_RATE = sympy.lambdify((t, a2, gamma, kappa), -sympy.diff(DIFFERENCE, t) / DIFFERENCE, "mpmath")


def asymptotic_rate(ev):
    """-d ln F/dt of the printed difference F at t = 150/(gamma + kappa) (SymPy derivative, 120
    extra digits): the t -> infinity decay rate up to O(e^-150)"""
    g, k, x = ev(gamma), ev(kappa), ev(a2)
    with mp.workdps(mp.mp.dps + 120):
        tt = 150 / (g + k)
        rate = _RATE(tt, x, g, k)
        prefactor = _F(tt, x, g, k) * mp.exp(2 * (g + k) * tt)
    ev.record(f"{ev.sample.id}: F exp(2 (gamma + kappa) t) at t = 150/(gamma + kappa)", +prefactor)
    return +rate


DECAY = BLOCK[:2]
PAPER.claim(
    "example.decay_rate_printed", eq="text after solution of (5)", kind="value", expected=FAILS,
    title="the difference decays at the rate e^{-(kappa + gamma) t}",
    statement=r"\lim_{t\to\infty} -\frac{d}{dt}\ln\Big(\dot a\ln\frac{(1-a)a_\infty}{a(1-a_\infty)}"
              r"\Big) = \kappa + \gamma",
    lhs=asymptotic_rate, rhs=gamma + kappa, samplers=DECAY,
    reason="a_dot = -(gamma + kappa)(a^2 - a_inf) delta and the logarithm is -(a - a_inf)/(a_inf "
           "(1 - a_inf)) + O(delta^2): both factors decay like delta = e^{-(gamma + kappa) t}, so "
           "F ~ (gamma + kappa)(a^2 - a_inf)^2 delta^2 / (a_inf (1 - a_inf)) decays at "
           "2 (gamma + kappa) (1.4 on the fixed sample, printed 0.7).")
PAPER.claim(
    "example.decay_rate", eq="text after solution of (5)", kind="value", role="corrected",
    corrects="example.decay_rate_printed",
    title="the difference decays at the rate e^{-2 (kappa + gamma) t}",
    statement=r"\lim_{t\to\infty} -\frac{d}{dt}\ln\Big(\dot a\ln\frac{(1-a)a_\infty}{a(1-a_\infty)}"
              r"\Big) = 2(\kappa + \gamma)",
    lhs=asymptotic_rate, rhs=2 * (gamma + kappa), samplers=DECAY,
    notes="For a^2 != a_inf (otherwise the difference vanishes identically); the recorded "
          "prefactor approaches (gamma + kappa)(a^2 - a_inf)^2 / (a_inf (1 - a_inf)).")

# ============================================================================ dephasing collision model

K_STEPS = 3
Psi = Op("Psi", (A, B, E), "state")          # AB and k pure environment qubits
Psi_mix = Op("Psi_mix", (A, B, E), "state")  # the same with maximally mixed environment qubits


# each environment qubit (|0> or I/2) is rotated by R, <0|R|0> = Tr[R]/2 = 1 - eta t/k, when AB
# is in |11>: after k collisions sum_ij c_i c_j |ii><jj| (x) (R^i e R^-j)^(x)k, c = (a, b)
COS_R = 1 - eta * t / K_STEPS
ROTATION = sympy.Matrix([[COS_R, -sqrt(1 - COS_R ** 2)], [sqrt(1 - COS_R ** 2), COS_R]])
CONTROLLED_R = kron(sympy.eye(4) - ketbra(3, 3, 4), sympy.eye(2)) + kron(ketbra(3, 3, 4), ROTATION)
COLLISION_SETUP = draw({a2: uniform(0.05, 0.95), eta: uniform(0.05, 2), t: uniform(0.05, 1.4),
                        k_steps: fixed(K_STEPS)},
                       text=f"a|00> + b|11> dephased by k = {K_STEPS} environment qubits (E is "
                            f"their {2 ** K_STEPS}-dimensional space)") + collision_model(
    Psi, PSI0_MATRIX, ketbra(0, 0), CONTROLLED_R, K_STEPS) + collision_model(
    Psi_mix, PSI0_MATRIX, sympy.eye(2) / 2, CONTROLLED_R, K_STEPS)
COLLISION = (COLLISION_SETUP.sampler("collision", (2, 2, 2 ** K_STEPS)),
             COLLISION_SETUP.given({a2: special("0.5", "a = b, the case the paper prints"),
                                    eta: fixed("1.5"), t: fixed("0.6")}).sampler(
                 "collision-fixed", (2, 2, 2 ** K_STEPS)))
RHO_AB_K = ptr(Psi, E)
OVERLAP = (1 - eta * t / k_steps) ** k_steps
DEPHASED = Mat(sympy.diag(a2, 0, 0, b2), (A, B), "dephased")

PAPER.claim(
    "collision.reduced_state", search=False, eq="dephasing (higher Hilbert space)",
    title="after k collisions the coherence of AB carries the factor (1 - eta t/k)^k",
    statement=r"\mathrm{Tr}_E|\Psi_k\rangle\langle\Psi_k| = a^2|00\rangle\langle00| + "
              r"b^2|11\rangle\langle11| + ab\,(1 - \eta t/k)^k(|00\rangle\langle11| + h.c.)",
    lhs=RHO_AB_K, rhs=Mat(x_matrix((a2, 0, 0, b2), ab * OVERLAP), (A, B), "rho_k"), samplers=COLLISION,
    notes=f"The state |0 0>|a_E a_F ... a_N> + |1 1>|b_E b_F ... b_N> (amplitudes a, b) is built "
          f"explicitly for k = {K_STEPS} environment qubits, <a|b> = 1 - eta t/k.")


def overlap_limit(ev):
    """lim_{k -> oo} (1 - x/k)^k by SymPy (exact), at x = eta t"""
    x = Symbol("x", positive=True)
    lim = sympy.limit((1 - x / k_steps) ** k_steps, k_steps, sympy.oo)
    ev.record("SymPy limit of (1 - x/k)^k", str(lim))
    return ev(lim.subs(x, eta * t))


PAPER.claim(
    "collision.overlap_limit", eq="dephasing (higher Hilbert space)", kind="value",
    title="(1 - eta t/k)^k -> exp(-eta t) as k -> infinity",
    statement=r"\lim_{k\to\infty}(1 - \eta t/k)^k = e^{-\eta t}", lhs=overlap_limit,
    rhs=exp(-eta * t), samplers=COLLISION)


def dephasing_generator(ev):
    """(5) with gamma = kappa = omega = 0: eta (sigma_z rho sigma_z - rho) on qubit A."""
    key = ("vedral", "dephasing")
    if key not in ev.sample.memo:
        z = ev.lift(ev(Mat(kron(PAULI_Z, sympy.eye(2)), (A, B))), (0, 1))
        ev.sample.memo[key] = numeric.lindbladian(0 * z, [z], [ev(eta)])
    return ev.sample.memo[key]


def dephasing_coherence(ev):
    """|<00| exp(L t)[|psi><psi|] |11>| / (ab) for (5) with gamma = kappa = 0 (numeric.propagate)"""
    r = numeric.propagate(dephasing_generator(ev), ev.lift(ev(PSI0), (0, 1)), ev(t))
    return abs(r[0, 3]) / ev(ab)


def dephasing_limit(ev):
    """exp(L T)[|psi><psi|] for (5) with gamma = kappa = 0 at T = 100/eta (coherence e^-200)"""
    r = numeric.propagate(dephasing_generator(ev), ev.lift(ev(PSI0), (0, 1)), 100 / ev(eta))
    return Operator(r, (0, 1))


PAPER.claim(
    "collision.final_state", eq="dephasing (higher Hilbert space)",
    title="the final state is the mixture a^2|00><00| + b^2|11><11|, as from the master equation",
    statement=r"\lim_{t\to\infty}\rho_{AB}(t) = a^2|00\rangle\langle00| + b^2|11\rangle\langle11|",
    lhs=dephasing_limit, rhs=DEPHASED, samplers=COLLISION,
    notes="Printed unnormalised for a = b (|00><00| + |11><11|); read as the normalised mixture. "
          "The collision model reaches it since exp(-eta t) -> 0 (collision.overlap_limit).")
PAPER.claim(
    "collision.equals_master_printed", eq="dephasing (higher Hilbert space)", expected=FAILS,
    title="the collision model with <a_E|b_E> = 1 - eta dt reproduces the dephasing of (5)",
    statement=r"\lim_{k\to\infty}(1 - \eta t/k)^k = |\rho_{00,11}(t)|/(ab)\ \text{under (5), }"
              r"\gamma = \kappa = 0",
    lhs=exp(-eta * t), rhs=dephasing_coherence, samplers=COLLISION,
    reason="'This way of treating the dephasing is equivalent to ... the Master equation': the "
           "final states agree, but with the same eta the rates do not: the collision model "
           "damps the coherence as e^{-eta t}, (5) as e^{-2 eta t} (-eta/2 [sz, [sz, rho]] = "
           "eta (sz rho sz - rho)) and the printed mu(t) as e^{-eta t/2}. Equivalence needs "
           "<a_E|b_E> = 1 - 2 eta dt.")
PAPER.claim(
    "collision.equals_master", eq="dephasing (higher Hilbert space)", role="corrected",
    corrects="collision.equals_master_printed",
    title="with <a_E|b_E> = 1 - 2 eta dt the collision model reproduces the dephasing of (5)",
    statement=r"\lim_{k\to\infty}(1 - 2\eta t/k)^k = e^{-2\eta t} = |\rho_{00,11}(t)|/(ab)",
    lhs=exp(-2 * eta * t), rhs=dephasing_coherence, samplers=COLLISION)

MI_ABE = Entropy(RHO_AB_K) + Entropy(ptr(ptr(Psi, A), B)) - Entropy(Psi)
PAPER.claim(
    "collision.mi_twice_entropy", search=False, eq="dephasing (higher Hilbert space)",
    title="with a pure total state, I(AB:E) is twice the entropy of AB",
    statement=r"I(AB:E) = 2S(\rho_{AB})", lhs=MI_ABE, rhs=2 * Entropy(RHO_AB_K),
    samplers=COLLISION)
PAPER.claim(
    "collision.mi_twice_entanglement_drop", eq="dephasing (higher Hilbert space)",
    title="... and twice the reduction of entanglement",
    statement=r"I(AB:E) = 2[E_R(\rho_{AB}(0)) - E_R(\rho_{AB}(t))]",
    lhs=MI_ABE, rhs=ree_drop(PSI0, RHO_AB_K, factor=2), samplers=COLLISION,
    notes="E_R(a|00> + b|11>) = H(a^2) and E_R(rho_AB(t)) = H(a^2) - S(rho_AB(t)): the "
          "reduction is S(rho_AB(t)) = I/2.")
PAPER.claim(
    "collision.closest_separable", eq="dephasing (higher Hilbert space)",
    title="the closest separable state is always the final state a^2|00><00| + b^2|11><11|",
    statement=r"E_R(\rho_{AB}(t)) = S(\rho_{AB}(t)\|a^2|00\rangle\langle00| + b^2|11\rangle\langle11|)",
    lhs=ree_of(RHO_AB_K, "rho_AB(t)"), rhs=RelEntropy(RHO_AB_K, DEPHASED), samplers=COLLISION)
PAPER.claim(
    "collision.mixed_environment", eq="dephasing (higher Hilbert space)",
    title="with completely mixed environment qubits the entropy increase equals the entanglement "
          "decrease",
    statement=r"\Delta S_{AB} + \Delta S_E = E_R(\rho_{AB}(0)) - E_R(\rho_{AB}(t))",
    lhs=Entropy(ptr(Psi_mix, E)) - Entropy(PSI0) + Entropy(ptr(ptr(Psi_mix, A), B))
    - Entropy(Mat(sympy.eye(2 ** K_STEPS) / 2 ** K_STEPS, (E,), "env0")),
    rhs=ree_drop(PSI0, ptr(Psi_mix, E)), samplers=COLLISION,
    notes="Modelled with each environment qubit in I/2 and the controlled rotation R applied to "
          "it when AB is in |11> (Tr[R]/2 = 1 - eta dt): the environment stays I/2^k "
          "(Delta S_E = 0) and Delta S_AB = S(rho_AB(t)) is the entanglement lost; with the "
          "pure environment the sum is twice that.")
