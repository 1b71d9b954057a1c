"""Pyhäranta, Alipour, Rezakhani, Ala-Nissila,
"Correlation-enabled energy exchange in quantum systems without external driving" (2021).
Claims in equation order: the GKLS model (1)-(6), the energy split (7)-(11), the conditions
for local energy conservation and the theorem (text and Appendix A, (A1)-(A4)), the
thermalizing example (12)-(17) and the remark.

Hand-written evaluators are used only for what the claim language cannot say: propagating
the full GKLS equation (``exp(L t)`` at the working precision, :func:`numeric.propagate`),
its exact long-time limit (the unique steady state, :func:`numeric.steady_state`) and the
positivity interval of c (:func:`numeric.positivity.psd_interval`).  Quantities read off a
propagated state (U_A, U_B, chi, Delta U_chi) are expressions of the language evaluated on it.
"""
import dataclasses

import mpmath as mp
import numpy as np
import sympy
from sympy import Abs, I, Rational, Symbol, exp

from corrcheck import numeric
from corrcheck.numeric.positivity import psd_interval
from corrcheck.numeric.states import ginibre, hermitian_from_ginibre
from corrcheck.symbolic.expr import Dissipator, DissipatorAdj, Dt, Expm, Mat, Op, Tr, comm, ptr

from corrcheck import figures
from corrcheck.claim import FAILS, UNDECIDED, Paper
from corrcheck.setups import Bipartite
from corrcheck.evaluate import Evaluator
from corrcheck.samplers import (Recipe, density, derived, fixed, hermitian, operator, positive, real,
                       sampler, uniform, unitary)

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
                "e^{beta omega} > e^{-beta omega}. Random samplers: Hilbert-Schmidt states, GUE "
                "Hamiltonians, Ginibre jump operators with rates exp(N(0,1)/2), dimensions 2x2 "
                "and 2x3.",
)

# ------------------------------------------------------------------ symbols

AB = Bipartite.named("A", "B", H_int="V")
rho, rho_A, rho_B, H_A, H_B, V = AB.rho, AB.rho_a, AB.rho_b, AB.H_a, AB.H_b, AB.H_int
H = AB.H
chi = AB.chi
X = Op("X", ("A", "B"), "operator")       # a test operator for the adjoint (11)
O_A, O_B = Op("O_A", ("A",), "hermitian"), Op("O_B", ("B",), "hermitian")
alpha_A = Symbol("alpha_A", real=True)
alpha_B = 1 - alpha_A
beta_A, beta_B = Symbol("beta_A", real=True), Symbol("beta_B", real=True)
omega_A, omega_B = Symbol("omega_A", real=True), Symbol("omega_B", real=True)
g, c, t, u = (Symbol(n, real=True) for n in ("g", "c", "t", "u"))

GKLS = {rho: -I * comm(H, rho) + Dissipator(rho, "A") + Dissipator(rho, "B")}


def effective(v_op):
    """(H^_A, H^_B, V^) of eqs. (5)-(6) for the interaction ``v_op`` and the state rho."""
    e = Tr(rho_A * rho_B * v_op)
    ha = H_A + ptr(v_op * rho_B, "B") - alpha_A * e
    hb = H_B + ptr(v_op * rho_A, "A") - alpha_B * e
    vh = v_op - ptr(v_op * rho_A, "A") - ptr(v_op * rho_B, "B") + e
    return ha, hb, vh


# ------------------------------------------------------------------ recipes

def _no_exact(kind, what):
    if kind == "exact":
        raise NotImplementedError(f"{what} has no generic exact form")


def _num(x, kind):
    return mp.mpmathify(x) if kind == "mp" else float(x)


def _exp(x, kind):
    return sympy.exp(x) if kind == "exact" else mp.exp(x) if kind == "mp" else np.exp(x)


def _const(m, kind):
    """An exact numeric SymPy matrix in the sample's kind."""
    m = sympy.Matrix(m)
    if kind == "exact":
        return np.array(m.tolist(), dtype=object)
    if kind == "float64":
        return np.array(m.evalf(), dtype=complex)
    return numeric.to_array(m)


def _zeros(n, kind):
    return np.zeros((n, n), dtype=complex) if kind == "float64" else \
        np.full((n, n), mp.mpf(0), dtype=object)


def _diag(vals, kind):
    out = _zeros(len(vals), kind)
    for i, v in enumerate(vals):
        out[i, i] = v
    return out


def _rotate(w, m):
    return w @ m @ w.conj().T


def _ket_bra(w, m, n):
    """w |m><n| w^dag."""
    return np.outer(w[:, m], w[:, n].conj())


def _bounded(theta, kind):
    """tanh of each parameter: bounded recipes keep a counterexample search among matrices of
    moderate size (the comparison scale of a claim with rhs = 0 is 1, not the size of its terms)."""
    return [mp.tanh(mp.mpmathify(x)) if kind == "mp" else float(np.tanh(x)) for x in theta]


def _recipe(nparams, build, text):
    """A :class:`Recipe` of ``nparams(n)`` Gaussians built by ``build(theta, n, kind, env)``."""
    return Recipe(nparams, lambda theta, n, kind, env, name: build(list(theta), n, kind, env), text)


def _energies(degenerate=False, resonant=False):
    """Diagonal energies E_0 = 2 tanh(theta_0) < E_1 < ... with gaps 1.3 + tanh(theta_i)
    (nondegenerate), or with E_1 = E_0 (``degenerate``), or with E^B_1 - E^B_0 = E^A_1 - E^A_0
    (``resonant``)."""
    def build(theta, n, kind, env):
        _no_exact(kind, "a random spectrum")
        th = _bounded(theta, kind)
        gaps = [Rational(3, 10) + (1 + x) if kind == "exact" else 0.3 + (1 + x) for x in th]
        e = [2 * th[0]]
        for i in range(1, n):
            e.append(e[-1] + gaps[i])
        if degenerate:
            e[1] = e[0]
        if resonant:
            ea = env["E_A"]
            e[1] = e[0] + (ea[1, 1] - ea[0, 0])
            for i in range(2, n):
                e[i] = e[i - 1] + gaps[i]
        return _diag(e, kind)
    text = ("energies with E_1 = E_0" if degenerate else "energies resonant with A "
            "(E_1 - E_0 as for A)" if resonant else "nondegenerate energies, gaps in (0.3, 2.3)")
    return _recipe(lambda n: n, build, text)


def _spectral(u_name, e_name):
    """H = U diag(E) U^dag from the auxiliary unitary and energies."""
    def fn(env, kind):
        _no_exact(kind, "a rotated Hamiltonian")
        return _rotate(env[u_name], env[e_name])
    return derived(fn, f"{u_name} {e_name} {u_name}^dag")


def _diagonal_v(tie=False):
    """V diagonal in the product eigenbasis U_A (x) U_B; ``tie``: v_i1 = v_i0 (keeps B's
    degenerate pair degenerate)."""
    def build(theta, n, kind, env):
        _no_exact(kind, "a rotated interaction")
        db = env["U_B"].shape[0]
        v = [2 * x for x in _bounded(theta, kind)]
        if tie:
            v = [v[i - 1] if i % db == 1 else v[i] for i in range(n)]
        return _rotate(np.kron(env["U_A"], env["U_B"]), _diag(v, kind))
    return _recipe(lambda n: n, build, "random, diagonal in the eigenbasis of H_A and H_B"
                   + (" with v_i1 = v_i0" if tie else ""))


def _flip_flop_v():
    """Diagonal part plus f |0_A 1_B><1_A 0_B| + h.c. in the eigenbasis: commutes with H_A + H_B
    when B is resonant with A, but not with H_A or H_B separately."""
    def build(theta, n, kind, env):
        _no_exact(kind, "a rotated interaction")
        db = env["U_B"].shape[0]
        th = _bounded(theta, kind)
        d = _diag([2 * x for x in th[:n]], kind)
        f = complex(th[n], th[n + 1]) if kind == "float64" else mp.mpc(th[n], th[n + 1])
        d[1, db] += f
        d[db, 1] += f.conjugate()
        return _rotate(np.kron(env["U_A"], env["U_B"]), d)
    return _recipe(lambda n: n + 2, build, "diagonal in the eigenbasis plus a resonant flip-flop "
                   "f |0_A 1_B><1_A 0_B| + h.c.")


def _block_hermitian(theta, n, kind):
    """Random Hermitian n x n with no coupling between level 0 and the others."""
    w = hermitian_from_ginibre(ginibre(_bounded(theta, kind), n, n, kind))
    for i in range(1, n):
        w[0, i] = w[i, 0] = 0 * w[0, 0]
    return w


def _block_local():
    """H_B = U_B W U_B^dag with W block diagonal (blocks {0}, {1, 2})."""
    def build(theta, n, kind, env):
        _no_exact(kind, "a rotated Hamiltonian")
        return _rotate(env["U_B"], _block_hermitian(theta, n, kind))
    return _recipe(lambda n: 2 * n * n, build, "U_B W U_B^dag, W random Hermitian block diagonal "
                   "(blocks {0}, {1,2})")


def _block_v():
    """V = sum_k P_k (x) U_B W_k U_B^dag: P_k the eigenprojectors of H_A, W_k random Hermitian
    block diagonal (blocks {0}, {1, 2})."""
    def build(theta, n, kind, env):
        _no_exact(kind, "a rotated interaction")
        ua, ub = env["U_A"], env["U_B"]
        da, db = ua.shape[0], ub.shape[0]
        out = 0
        for k in range(da):
            w = _block_hermitian(theta[2 * db * db * k:2 * db * db * (k + 1)], db, kind)
            out = out + np.kron(_ket_bra(ua, k, k), _rotate(ub, w))
        return out
    # two 3 x 3 Ginibre blocks: used for d_A = 2, d_B = 3 only
    return _recipe(lambda n: 36, build, "sum_k P_k (x) W_k, P_k the eigenprojectors of H_A, W_k "
                   "random Hermitian block diagonal (blocks {0}, {1,2}) in U_B's basis")


def _couplings():
    """Symmetric positive base rates K_mn = exp((tanh theta_mn + tanh theta_nm)/2)."""
    def build(theta, n, kind, env):
        _no_exact(kind, "base rates")
        th = _bounded(theta, kind)
        k = _zeros(n, kind)
        for i in range(n):
            for j in range(n):
                k[i, j] = _exp((th[i * n + j] + th[j * n + i]) / 2, kind)
        return k
    return _recipe(lambda n: n * n, build, "symmetric base rates in (1/e, e)")


def _thermal_jumps(party, n):
    """Eq. (12)-(13): jumps |m><n| in the eigenbasis U_X with detailed-balance rates
    gamma_mn = K_mn exp(-beta_X (E_m - E_n)/2)."""
    out = []
    for m in range(n):
        for k in range(n):
            if m == k:
                continue
            out.append((derived(_eigen_jump(party, m, k), f"|{m}><{k}| in the eigenbasis"),
                        derived(_thermal_rate(party, m, k), f"K exp(-beta (E_{m} - E_{k})/2)")))
    return out


def _eigen_jump(party, m, k):
    def fn(env, kind):
        _no_exact(kind, "a rotated jump")
        return _ket_bra(env[f"U_{party}"], m, k)
    return fn


def _thermal_rate(party, m, k):
    def fn(env, kind):
        _no_exact(kind, "a thermal rate")
        e = env[f"E_{party}"]
        return env[f"K_{party}"][m, k] * _exp(-env[f"beta_{party}"] * (e[m, m] - e[k, k]) / 2, kind)
    return fn


def _dephasing(party, blocks=None):
    """A jump diagonal in U_X's eigenbasis (random complex entries; ``blocks`` ties levels)."""
    def build(theta, n, kind, env):
        _no_exact(kind, "a rotated jump")
        th = _bounded(theta, kind)
        z = [complex(th[i], th[n + i]) if kind == "float64" else mp.mpc(th[i], th[n + i])
             for i in range(n)]
        if blocks:
            z = [z[blocks[i]] for i in range(n)]
        return _rotate(env[f"U_{party}"], _diag(z, kind))
    return _recipe(lambda n: 2 * n, build, "diagonal in the eigenbasis (dephasing)"
                   + (" constant on the blocks" if blocks else ""))


def _block_jump():
    """A random jump inside B's degenerate pair {0, 1}: U_B (M (+) 0) U_B^dag."""
    def build(theta, n, kind, env):
        _no_exact(kind, "a rotated jump")
        m = _zeros(n, kind)
        g2 = ginibre(_bounded(theta, kind), 2, 2, kind)
        m[:2, :2] = g2
        return _rotate(env["U_B"], m)
    return _recipe(lambda n: 8, build, "random operator inside the degenerate pair {0, 1}")


def _gibbs_pair(env, kind):
    return np.kron(numeric.gibbs(env["H_A"], env["beta_A"]), numeric.gibbs(env["H_B"], env["beta_B"]))


def _traceless(m):
    n = m.shape[0]
    return m - sum(m[i, i] for i in range(n)) / n * (m * 0 + np.eye(n))


def _correlated_state(classical):
    """pi_A (x) pi_B + eps X_A (x) Y_B with traceless X_A, Y_B (zero marginals), or with X_A, Y_B
    diagonal in the eigenbases (``classical``); eps = lambda_min(pi_A pi_B) / (2 |X| |Y|)."""
    def fn(env, kind):
        _no_exact(kind, "a correlated state")
        pi = _gibbs_pair(env, kind)
        xa, yb = _traceless(env["X_A"]), _traceless(env["Y_B"])
        if classical:
            ua, ub = env["U_A"], env["U_B"]
            xa = _traceless(_diag([(ua.conj().T @ xa @ ua)[i, i].real for i in range(ua.shape[0])],
                                  kind))
            yb = _traceless(_diag([(ub.conj().T @ yb @ ub)[i, i].real for i in range(ub.shape[0])],
                                  kind))
            xa, yb = _rotate(ua, xa), _rotate(ub, yb)
        eps = numeric.eigvalsh(pi)[0] / (2 * numeric.operator_norm(xa) * numeric.operator_norm(yb))
        return pi + eps * np.kron(xa, yb)
    return derived(fn, "pi_A (x) pi_B + eps X_A (x) Y_B, X_A, Y_B traceless"
                   + (" and diagonal in the eigenbases" if classical else ""))


# ------------------------------------------------------------------ fixed matrices

SZ = sympy.diag(1, -1)
SX = sympy.Matrix([[0, 1], [1, 0]])
SY = sympy.Matrix([[0, -I], [I, 0]])
ID2 = sympy.eye(2)
LOWER = sympy.Matrix([[0, 0], [1, 0]])   # L_10 = |1><0| (decay: |0> is the upper level)
RAISE = sympy.Matrix([[0, 1], [0, 0]])   # L_01 = |0><1|
SZSZ = sympy.kronecker_product(SZ, SZ)
FLIP_FLOP = (sympy.kronecker_product(SX, SX) + sympy.kronecker_product(SY, SY)) / 2


def _state(rows):
    """G G^dag / Tr[G G^dag] for an integer matrix G (a fixed full-rank state with coherences)."""
    gm = sympy.Matrix(rows)
    r = (gm * gm.H).expand()
    return (r / r.trace()).expand()


STATE_2x2 = _state([[2, 1 + I, 0, 1], [1, 1, I, 0], [0, -I, 1, 1], [1, 0, 1 - I, 3]])
STATE_2x3 = _state([[2, 1, 0, I, 0, 1], [0, 1, 1, 0, -I, 0], [1, 0, 2, 1, 0, I],
                    [0, I, 0, 1, 1, 0], [1, 0, -1, 0, 2, 1], [0, 1, 0, I, 0, 1]])


def _fx(m):
    return fixed(sympy.Matrix(m))


# ------------------------------------------------------------------ samplers: general GKLS

def _gkls_random(da, db):
    bind = {rho: density(), H_A: hermitian(), H_B: hermitian(), V: hermitian(), X: operator(),
            alpha_A: real(scale=2)}
    return sampler(f"gkls-{da}x{db}", ("A", "B"), (da, db), bind,
                   dissipators={p: [(operator(), positive()), (operator(), positive())]
                                for p in ("A", "B")},
                   description="random state, Hamiltonians and two random jump operators per party")


GKLS_FIXED = sampler(
    "gkls-fixed-2x2", ("A", "B"), (2, 2),
    {rho: fixed(STATE_2x2, state_dims=(2, 2)), H_A: _fx(SZ), H_B: _fx((SX + SZ) / 2),
     V: _fx(sympy.kronecker_product(SX, SX) + sympy.kronecker_product(SY, SZ) / 2),
     X: _fx([[1, 2 * I, 0, 1], [0, -1, 1, 0], [I, 0, 2, -I], [1, 1, 0, 0]]),
     alpha_A: fixed("0.3")},
    dissipators={"A": [(_fx(LOWER), fixed(2)), (_fx(RAISE), fixed(Rational(1, 2)))],
                 "B": [(_fx(SZ), fixed(Rational(1, 3))),
                       (_fx([[0, 1], [0, Rational(1, 2)]]), fixed(1))]},
    random=False, description="fixed full-rank state G G^dag/Tr (G integer), H_A = sz, "
    "H_B = (sx + sz)/2, V = sx sx + sy sz/2; jumps |1><0| (rate 2), |0><1| (1/2) on A, "
    "sz (1/3), [[0,1],[0,1/2]] (1) on B")
GENERAL = (_gkls_random(2, 2), _gkls_random(2, 3), GKLS_FIXED)

# ------------------------------------------------------------------ eqs. (1)-(3)

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
PAPER.define("eq3.chi", eq="3", title="correlation operator",
             statement=r"\varrho = \varrho_A\otimes\varrho_B + \chi", expr=chi)
PAPER.claim("eq3.ptr_A_chi", eq="3", title="chi has vanishing partial trace over A",
            statement=r"\mathrm{Tr}_A[\chi] = 0", lhs=ptr(chi, "A"), rhs=0, samplers=GENERAL)
PAPER.claim("eq3.ptr_B_chi", eq="3", title="chi has vanishing partial trace over B",
            statement=r"\mathrm{Tr}_B[\chi] = 0", lhs=ptr(chi, "B"), rhs=0, samplers=GENERAL)

# ------------------------------------------------------------------ eqs. (4)-(6)

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
PAPER.define("eq5.H_hat_A", eq="5", title="effective local Hamiltonian of A",
             statement=r"\hat H_A = H_A + \mathrm{Tr}_B[V\varrho_B] - \alpha_A\,"
                       r"\mathrm{Tr}[V\varrho_A\otimes\varrho_B]\,\mathbb{I}", expr=Hh_A,
             notes="Printed with the OCR-garbled subscript `Tr_{B,A}[V_{Q_{B,A}}]`, read as "
                   "Tr_B[V rho_B] (for A) and Tr_A[V rho_A] (for B).")
PAPER.define("eq5.H_hat_B", eq="5", title="effective local Hamiltonian of B",
             statement=r"\hat H_B = H_B + \mathrm{Tr}_A[V\varrho_A] - \alpha_B\,"
                       r"\mathrm{Tr}[V\varrho_A\otimes\varrho_B]\,\mathbb{I},\ \alpha_A+\alpha_B=1",
             expr=Hh_B)
PAPER.define("eq6.V_hat", eq="6", title="effective interaction",
             statement=r"\hat V = V - \mathrm{Tr}_A[V\varrho_A] - \mathrm{Tr}_B[V\varrho_B] + "
                       r"\mathrm{Tr}[V\varrho_A\otimes\varrho_B]\,\mathbb{I}", expr=Vh)
PAPER.claim("eq6.H_split", eq="6", title="H is the sum of the effective Hamiltonians",
            trivial="the mean-field terms added to H_A, H_B are subtracted from V by (7)",
            statement=r"H = \hat H_A + \hat H_B + \hat V", lhs=Hh_A + Hh_B + Vh, rhs=H,
            samplers=GENERAL, assumptions=["alpha_A + alpha_B = 1"])

# ------------------------------------------------------------------ eqs. (7)-(10): energy split

U = Tr(rho * H)
U_loc = PAPER.define("eq7.U_loc", eq="7", title="local energy",
                     statement=r"U_\otimes \equiv \mathrm{Tr}[\varrho_A\otimes\varrho_B H]",
                     expr=Tr(rho_A * rho_B * H))
U_A, U_B = Tr(rho_A * Hh_A), Tr(rho_B * Hh_B)
PAPER.claim("eq7.U_loc_split", eq="7", title="local energy is U_A + U_B",
            statement=r"\mathrm{Tr}[\varrho_A\otimes\varrho_B H] = \mathrm{Tr}[\varrho_A\hat H_A] + "
                      r"\mathrm{Tr}[\varrho_B\hat H_B]",
            lhs=U_loc, rhs=U_A + U_B, samplers=GENERAL, assumptions=["alpha_A + alpha_B = 1"])
U_chi = PAPER.define("eq8.U_chi", eq="8", title="correlation energy",
                     statement=r"U_\chi = U - U_\otimes", expr=U - U_loc)
PAPER.claim("eq8.U_chi_H", eq="8", title="correlation energy is Tr[chi H]",
            trivial="linearity of the trace and the definition of chi",
            statement=r"U - U_\otimes = \mathrm{Tr}[(\varrho - \varrho_A\otimes\varrho_B)H] = "
                      r"\mathrm{Tr}[\chi H]", lhs=U_chi, rhs=Tr(chi * H), samplers=GENERAL)
PAPER.claim("eq8.U_chi_V", eq="8", title="correlation energy is Tr[chi V]",
            statement=r"\mathrm{Tr}[\chi H] = \mathrm{Tr}[\chi V]", lhs=Tr(chi * H),
            rhs=Tr(chi * V), samplers=GENERAL,
            assumptions=["vanishing partial traces of chi (3)"])
PAPER.claim("fig1.rho_V_hat", eq="Fig. 1 caption", title="Tr[rho V^] = Tr[chi V^]",
            statement=r"\mathrm{Tr}[\varrho\hat V] = \mathrm{Tr}[\chi\hat V]",
            lhs=Tr(rho * Vh), rhs=Tr(chi * Vh), samplers=GENERAL,
            notes="Tr[rho_A rho_B V^] = E - E - E + E = 0 with E = Tr[V rho_A rho_B].")
PAPER.claim("fig1.chi_V_hat", eq="Fig. 1 caption", title="Tr[chi V^] = Tr[chi V]",
            statement=r"\mathrm{Tr}[\chi\hat V] = \mathrm{Tr}[\chi V]",
            lhs=Tr(chi * Vh), rhs=Tr(chi * V), samplers=GENERAL)
PAPER.claim("text.dU_split", eq="text before (9)", title="dU = Tr[d rho H] = dU_loc + dU_chi",
            trivial="the product rule with H constant, and U = U_loc + U_chi by definition",
            statement=r"dU = \mathrm{Tr}[d\varrho\, H] = dU_\otimes + dU_\chi",
            lhs=Tr(Dt(rho) * H), rhs=Dt(U_loc) + Dt(U_chi), samplers=GENERAL, dynamics=GKLS,
            assumptions=["H time-independent"])
PAPER.claim("eq9.dU_loc", eq="9", title="change of the local energy",
            statement=r"dU_\otimes = \mathrm{Tr}[d(\varrho_A\otimes\varrho_B)H] = "
                      r"\mathrm{Tr}[d\varrho_A\hat H_A] + \mathrm{Tr}[d\varrho_B\hat H_B]",
            lhs=Dt(U_loc), rhs=Tr(Dt(rho_A) * Hh_A) + Tr(Dt(rho_B) * Hh_B), samplers=GENERAL,
            dynamics=GKLS, assumptions=["H time-independent", "alpha_A + alpha_B = 1"])
PAPER.claim("eq9.termwise", eq="9", title="control: dU_A alone is not Tr[d rho_A H^_A]",
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

# ------------------------------------------------------------------ eq. (11) and the text after it

PAPER.define("eq11.adjoint", eq="11", title="Hilbert-Schmidt adjoint of the dissipators",
             statement=r"\mathcal{L}^\#[\circ] = \sum_\mu L_\mu^\dagger\circ L_\mu - "
                       r"\tfrac12\{\circ, L_\mu^\dagger L_\mu\}",
             notes="Declared as `DissipatorAdj(X, party)`; the claims below check that it is the "
                   "adjoint. The printed sum lacks brackets around both terms (typography).")
PAPER.claim("eq11.adjoint_A", eq="11", title="L#_A is the Hilbert-Schmidt adjoint of L_A",
            statement=r"\mathrm{Tr}[X\,\mathcal{L}_A[\varrho]] = \mathrm{Tr}[\mathcal{L}^\#_A[X]\varrho]",
            lhs=Tr(X * Dissipator(rho, "A")), rhs=Tr(DissipatorAdj(X, "A") * rho),
            samplers=GENERAL, notes="X is a random non-Hermitian operator on A (x) B.")
PAPER.claim("eq11.adjoint_B", eq="11", title="L#_B is the Hilbert-Schmidt adjoint of L_B",
            statement=r"\mathrm{Tr}[X\,\mathcal{L}_B[\varrho]] = \mathrm{Tr}[\mathcal{L}^\#_B[X]\varrho]",
            lhs=Tr(X * Dissipator(rho, "B")), rhs=Tr(DissipatorAdj(X, "B") * rho),
            samplers=GENERAL)
PAPER.claim("text.cyclic_A", eq="text before (11)", title="Tr[H^_A [V, chi]] = Tr[[H^_A, V] chi]",
            statement=r"\mathrm{Tr}[\hat H_A[V,\chi]] = \mathrm{Tr}[[\hat H_A, V]\chi]",
            lhs=Tr(Hh_A * comm(V, chi)), rhs=Tr(comm(Hh_A, V) * chi), samplers=GENERAL)
PAPER.claim("text.local_adjoint_A", eq="text before (11)",
            title="Tr_A[H^_A L_A[rho_A]] = Tr_A[L#_A[H^_A] rho_A]",
            statement=r"\mathrm{Tr}_A[\hat H_A\mathcal{L}_A[\varrho_A]] = "
                      r"\mathrm{Tr}_A[\mathcal{L}^\#_A[\hat H_A]\varrho_A]",
            lhs=Tr(Hh_A * Dissipator(rho_A, "A")), rhs=Tr(DissipatorAdj(Hh_A, "A") * rho_A),
            samplers=GENERAL)

# ------------------------------------------------------------------ condition (i) and (ii) in the text

V_prod = O_A * O_B
Hp_A, Hp_B, _ = effective(V_prod)


def _product_random(da, db):
    return sampler(f"product-V-{da}x{db}", ("A", "B"), (da, db),
                   {rho: density(), H_A: hermitian(), H_B: hermitian(), O_A: hermitian(),
                    O_B: hermitian(), alpha_A: real(scale=2)},
                   description="random state and Hamiltonians, V = O_A (x) O_B")


PRODUCT_V = (_product_random(2, 2), _product_random(2, 3), sampler(
    "product-V-fixed-2x2", ("A", "B"), (2, 2),
    {rho: fixed(STATE_2x2, state_dims=(2, 2)), H_A: _fx(SZ), H_B: _fx(SX), O_A: _fx(SX),
     O_B: _fx(SY), alpha_A: fixed("0.5")}, random=False,
    description="fixed state, H_A = sz, H_B = sx, V = sx (x) sy"))
PAPER.claim("text.cond_i_product", eq="text, condition (i)",
            title="for V = O_A (x) O_B condition (i) does not depend on the state",
            statement=r"V = O_A\otimes O_B:\ [\hat H_A + \hat H_B, V] = [H_A + H_B, V]",
            lhs=comm(Hp_A + Hp_B, V_prod), rhs=comm(H_A + H_B, V_prod), samplers=PRODUCT_V,
            notes="Tr_B[V rho_B] = Tr[O_B rho_B] O_A commutes with O_A (and likewise for B), so "
                  "the state-dependent parts of H^_A + H^_B drop out of the commutator; with "
                  "[H_A + H_B, O_A (x) O_B] = 0 condition (i) holds for every state, as printed.")

FLIP_FLOP_FIXED = {H_A: _fx(SZ), H_B: _fx(SZ), V: _fx(FLIP_FLOP), alpha_A: fixed("0.5")}
FLIP_FLOP_STATES = (
    sampler("flip-flop-random-state", ("A", "B"), (2, 2), {rho: density(), **FLIP_FLOP_FIXED},
            description="random state; H_A = H_B = sz, V = (sx sx + sy sy)/2"),
    sampler("flip-flop-fixed", ("A", "B"), (2, 2),
            {rho: fixed(STATE_2x2, state_dims=(2, 2)), **FLIP_FLOP_FIXED}, random=False,
            description="fixed state; H_A = H_B = sz, V = (sx sx + sy sy)/2"))
PAPER.claim("text.cond_i_premise_flip_flop", eq="text, condition (i)",
            expected=UNDECIDED,
            reason="(H_A + H_B) V and V (H_A + H_B) both vanish (V acts on the zero-energy "
                   "subspace of sigma_z + sigma_z): the samples cannot tell the "
                   "commutator from the anticommutator",
            title="control: the resonant flip-flop V commutes with H_A + H_B",
            statement=r"[H_A + H_B, V] = 0 \text{ for } H_A = H_B = \sigma_z,\ "
                      r"V = (\sigma_x\sigma_x + \sigma_y\sigma_y)/2",
            lhs=comm(H_A + H_B, V), rhs=0, samplers=FLIP_FLOP_STATES, role="control")
PAPER.claim("text.cond_i_non_product", eq="text, condition (i)",
            title="control: for a non-product V, [H_A + H_B, V] = 0 does not give condition (i)",
            statement=r"[\hat H_A + \hat H_B, V] = 0 \text{ for every state}",
            lhs=comm(Hh_A + Hh_B, V), rhs=0, samplers=FLIP_FLOP_STATES, expected=FAILS, search=False,
            role="control",
            reason="With V = (sx sx + sy sy)/2, Tr_B[V rho_B] = <s_-> s_+ + <s_+> s_- does not "
                   "commute with V when rho_B has coherences: the product form O_A (x) O_B of "
                   "the printed example is what makes condition (i) state independent.")

PAPER.claim("text.cond_ii_dU_printed", eq="text, condition (ii)",
            title="Tr[(L#_A[H] + L#_B[H]) rho] = Tr[-i([H, rho] + L_A[rho] + L_B[rho]) H] as printed",
            statement=r"\mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho] = "
                      r"\mathrm{Tr}[-i([H,\varrho] + \mathcal{L}_A[\varrho] + \mathcal{L}_B[\varrho])H]",
            lhs=Tr((DissipatorAdj(H, "A") + DissipatorAdj(H, "B")) * rho),
            rhs=Tr(-I * (comm(H, rho) + Dissipator(rho, "A") + Dissipator(rho, "B")) * H),
            samplers=GENERAL, expected=FAILS, search=False,
            reason="The printed factor -i multiplies the dissipators too: the right side equals "
                   "-i Tr[(L_A[rho] + L_B[rho]) H] = -i times the left side (Tr[[H, rho] H] = 0), so "
                   "the two differ whenever the left side is nonzero. Corrected: the generator of "
                   "(1), -i[H, rho] + L_A[rho] + L_B[rho], inside the trace.")
PAPER.claim("text.cond_ii_dU", eq="text, condition (ii)",
            title="dU = Tr[(L#_A[H] + L#_B[H]) rho] (so condition (ii) gives dU = 0)",
            statement=r"\mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho] = "
                      r"\mathrm{Tr}[(-i[H,\varrho] + \mathcal{L}_A[\varrho] + \mathcal{L}_B[\varrho])H]"
                      r" = \mathrm{Tr}[d\varrho\,H] = dU",
            lhs=Tr((DissipatorAdj(H, "A") + DissipatorAdj(H, "B")) * rho), rhs=Dt(U),
            samplers=GENERAL, dynamics=GKLS, role="corrected", corrects="text.cond_ii_dU_printed")

# ------------------------------------------------------------------ Appendix A: the chain (A1)

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
        r"(A\leftrightarrow B)", "drop Tr[[H^, rho] H^] = 0 (the '(4)' over this '=' is a "
        "mislabel: (4) is used in the line before)"),
    4: (r"-i\mathrm{Tr}[[\hat H_A,V]\chi] - i\mathrm{Tr}[[\hat H_B,V]\chi] + "
        r"\mathrm{Tr}_A[\mathcal{L}_A[\varrho_A]\hat H_A] + \mathrm{Tr}_B[\mathcal{L}_B[\varrho_B]\hat H_B]",
        "cyclicity (an extra closing bracket is printed)"),
    5: (r"\dots + \mathrm{Tr}_A[\mathcal{L}_A[\varrho_A]\mathrm{Tr}_B[V\varrho_B]] + "
        r"\mathrm{Tr}_B[\mathcal{L}_B[\varrho_B]\mathrm{Tr}_A[V\varrho_A]]",
        "insert (5); Tr[L_A[rho_A]] = 0 removes the alpha terms"),
    6: (r"\dots + \mathrm{Tr}[\mathcal{L}_A[\varrho_A]V\varrho_B] + "
        r"\mathrm{Tr}[\mathcal{L}_B[\varrho_B]V\varrho_A]", "partial traces as full traces"),
    7: (r"\dots + \mathrm{Tr}[\mathcal{L}_A[\varrho_A\otimes\varrho_B]V] + "
        r"\mathrm{Tr}[\mathcal{L}_B[\varrho_A\otimes\varrho_B]V]", "L_A[rho_A] rho_B = L_A[rho_A rho_B]"),
    8: (r"-i\mathrm{Tr}[[\hat H_A+\hat H_B,V]\chi] + \mathrm{Tr}[\mathcal{L}_A[\varrho_A\otimes"
        r"\varrho_B](H_A+V)] + \mathrm{Tr}[\mathcal{L}_B[\varrho_A\otimes\varrho_B](H_B+V)]",
        "collect terms"),
}
PAPER.claim("A1.line1", eq="A1", title="(A1) line 1: dU_A + dU_B = Tr[d rho_A H^_A] + Tr[d rho_B H^_B]",
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
            title="(A1) line 5 as printed: last term Tr_A[L_B[rho_B] Tr_A[V rho_A]]",
            statement=r"dU_\otimes = -i\mathrm{Tr}[[\hat H_A+\hat H_B,V]\chi] + \dots + "
                      r"\mathrm{Tr}_A[\mathcal{L}_B[\varrho_B]\,\mathrm{Tr}_A[V\varrho_A]]",
            lhs=dU_loc, rhs=A1_LINES[5] - Tr(Dissipator(rho_B, "B") * ptr(V * rho_A, "A"))
            + ptr(Dissipator(rho_B, "B") * ptr(V * rho_A, "A"), "A"),
            samplers=GENERAL, dynamics=GKLS, expected=FAILS, search=False,
            reason="L_B[rho_B] and Tr_A[V rho_A] both act on B, so the printed outer Tr_A does not "
                   "produce a number: evaluated literally (the operator on B is extended by I_A "
                   "and traced over A) the term is d_A L_B[rho_B] Tr_A[V rho_A], an operator on B, "
                   "and the line is not equal to the number dU_loc. The subscript is a typo for Tr_B (the "
                   "next line has the correct Tr[L_B[rho_B] V rho_A]).")
PAPER.claim("A1.line5", eq="A1", title=f"(A1) line 5 with Tr_B in the last term: {A1_TEXT[5][1]}",
            statement=r"dU_\otimes = " + A1_TEXT[5][0], lhs=dU_loc, rhs=A1_LINES[5],
            samplers=GENERAL, dynamics=GKLS, role="corrected", corrects="A1.line5_printed")
for k in (6, 7, 8):
    PAPER.claim(f"A1.line{k}", eq="A1", title=f"(A1) line {k}: {A1_TEXT[k][1]}",
                statement=r"dU_\otimes = " + A1_TEXT[k][0], lhs=dU_loc, rhs=A1_LINES[k],
                samplers=GENERAL, dynamics=GKLS,
                notes="" if k < 8 else "Lines 9, 10 and 11 of (A1) repeat line 8 character for "
                "character (a duplication in typesetting); they state nothing beyond line 8.")
PAPER.claim("A1.local_dissipator", eq="A1", title="L_A acts on the A factor of a product",
            statement=r"\mathcal{L}_A[\varrho_A\otimes\varrho_B] = \mathcal{L}_A[\varrho_A]\otimes\varrho_B",
            lhs=L_prod_A, rhs=Dissipator(rho_A, "A") * rho_B, samplers=GENERAL)
PAPER.claim("A1.unital_A", eq="text after (A1)", title="L#_A[I_A] = 0",
            statement=r"\mathcal{L}^\#_A[\mathbb{I}_A] = 0", lhs=DissipatorAdj(1, "A"), rhs=0,
            samplers=GENERAL)
PAPER.claim("A1.unital_B", eq="text after (A1)", title="L#_B[I_B] = 0",
            statement=r"\mathcal{L}^\#_B[\mathbb{I}_B] = 0", lhs=DissipatorAdj(1, "B"), rhs=0,
            samplers=GENERAL)
PAPER.claim("A1.adjoint_A_of_H_B", eq="text after (A1)", title="L#_A[I (x) H_B] = 0",
            statement=r"\mathcal{L}^\#_A[\mathbb{I}\otimes H_B] = 0 \iff "
                      r"\mathcal{L}^\#_A[H_A + H_B] = \mathcal{L}^\#_A[H_A]",
            lhs=DissipatorAdj(H_A + H_B, "A"), rhs=DissipatorAdj(H_A, "A"), samplers=GENERAL,
            notes="Written through linearity because the evaluator applies L_A only to operators "
                  "that act on A.")
PAPER.claim("A1.adjoint_B_of_H_A", eq="text after (A1)", title="L#_B[H_A (x) I] = 0",
            statement=r"\mathcal{L}^\#_B[H_A\otimes\mathbb{I}] = 0 \iff "
                      r"\mathcal{L}^\#_B[H_A + H_B] = \mathcal{L}^\#_B[H_B]",
            lhs=DissipatorAdj(H_A + H_B, "B"), rhs=DissipatorAdj(H_B, "B"), samplers=GENERAL)
A2_RHS = comm_term + Tr((DissipatorAdj(H, "A") + DissipatorAdj(H, "B")) * rho_A * rho_B)
PAPER.claim("A2.dU_loc", eq="A2", title="final form of the local-energy change",
            statement=r"dU_\otimes = -i\mathrm{Tr}[[\hat H_A+\hat H_B,V]\chi] + "
                      r"\mathrm{Tr}[(\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H])\varrho_A\otimes\varrho_B]",
            lhs=dU_loc, rhs=A2_RHS, samplers=GENERAL, dynamics=GKLS,
            notes="At a product state (chi = 0) this reads dU_loc = Tr[(L#_A[H] + L#_B[H]) "
                  "rho_A rho_B]; product states span all operators, so dU_loc = 0 for every state "
                  "forces L#_A[H] + L#_B[H] = 0: condition (A4) is necessary, not only sufficient, "
                  "for universal local-energy conservation.")

# ------------------------------------------------------------------ the printed example (samplers)

a_, b_ = beta_A * omega_A, beta_B * omega_B
Z_A, Z_B = exp(-a_) + exp(a_), exp(-b_) + exp(b_)
GAMMA_A = {"01": exp(-a_), "10": exp(a_)}      # printed rates of L_01 = |0><1|, L_10 = |1><0|
GAMMA_B = {"01": exp(-b_), "10": exp(b_)}
LAMBDA = GAMMA_A["01"] + GAMMA_A["10"] + GAMMA_B["01"] + GAMMA_B["10"]   # printed after (16)
PI_A_M = sympy.diag(exp(-a_), exp(a_)) / Z_A   # e^{-beta_A H_A}/Z_A for H_A = omega_A sigma_z
PI_B_M = sympy.diag(exp(-b_), exp(b_)) / Z_B
PI_AB = Mat(sympy.kronecker_product(PI_A_M, PI_B_M), ("A", "B"), "pi_A pi_B")
SZSZ_M = Mat(SZSZ, ("A", "B"), "sz sz")
RHO_T = Mat(sympy.kronecker_product(PI_A_M, PI_B_M) + exp(-LAMBDA * t) * c * SZSZ, ("A", "B"),
            "rho(t)")


def _scalar_env(env, kind, expr):
    """Value of a scalar SymPy expression in the example's parameters."""
    subs = {s: env[s.name] for s in expr.free_symbols}
    if kind == "exact":
        return expr.xreplace(subs)
    f = sympy.lambdify(sorted(subs, key=str), expr, modules="mpmath" if kind == "mp" else "numpy")
    return f(*[subs[s] for s in sorted(subs, key=str)])


def _scaled(m, coeff):
    """derived: coeff (a scalar expression of the parameters) times the exact matrix m."""
    return derived(lambda env, kind: _const(m, kind) * _scalar_env(env, kind, coeff),
                   f"{coeff} x {sympy.sstr(m.tolist())}")


def _pi_pair(env, kind):
    a, b = env["beta_A"] * env["omega_A"], env["beta_B"] * env["omega_B"]
    pa = [_exp(-a, kind), _exp(a, kind)]
    pb = [_exp(-b, kind), _exp(b, kind)]
    z = (pa[0] + pa[1]) * (pb[0] + pb[1])
    if kind == "exact":
        return np.array(sympy.diag(*[x * y / z for x in pa for y in pb]).tolist(), dtype=object)
    return _diag([x * y / z for x in pa for y in pb], kind)


def _c_admissible(env, kind):
    """c = lo + (hi - lo) u inside the exact range [lo, hi] from positivity (a, b >= 0):
    lo = -e^{-a-b}/(Z_A Z_B), hi = min(e^{a-b}, e^{b-a})/(Z_A Z_B); a generic symbol exactly."""
    if kind == "exact":
        return sympy.Symbol("c", real=True)
    a, b = env["beta_A"] * env["omega_A"], env["beta_B"] * env["omega_B"]
    z = (_exp(a, kind) + _exp(-a, kind)) * (_exp(b, kind) + _exp(-b, kind))
    lo, hi = -_exp(-a - b, kind) / z, min(_exp(a - b, kind), _exp(b - a, kind)) / z
    return lo + (hi - lo) * env["u"]


def _example_state(which):
    """pi_A pi_B + c sz sz (the paper's rho(0)), or pi_A pi_B + c_x sx sz with
    c_x = (u - 1/2) lambda_min(pi_A pi_B) (a correlated state with coherences)."""
    def fn(env, kind):
        pi = _pi_pair(env, kind)
        if which == "paper":
            return pi + _const(SZSZ, kind) * env["c"]
        _no_exact(kind, "the coherent state")
        cx = (env["u"] - Rational(1, 2) if kind == "exact" else env["u"] - 0.5) * min(
            pi[i, i].real for i in range(4))
        return pi + _const(sympy.kronecker_product(SX, SZ), kind) * cx
    return derived(fn, "pi_A (x) pi_B + c sz (x) sz (the printed rho(0))" if which == "paper" else
                   "pi_A (x) pi_B + c_x sx (x) sz, c_x = (u - 1/2) lambda_min(pi_A pi_B)")


def _rate(expr):
    return derived(lambda env, kind: _scalar_env(env, kind, expr), f"{expr} (as printed)")


EXAMPLE_JUMPS = {"A": [(_fx(LOWER), _rate(GAMMA_A["10"])), (_fx(RAISE), _rate(GAMMA_A["01"]))],
                 "B": [(_fx(LOWER), _rate(GAMMA_B["10"])), (_fx(RAISE), _rate(GAMMA_B["01"]))]}
EXAMPLE_OPS = {H_A: _scaled(SZ, omega_A), H_B: _scaled(SZ, omega_B), V: _scaled(SZSZ, g)}
PARAMETER_SETS = {
    # name: (omega_A, omega_B, beta_A, beta_B, g, c, t, u, alpha_A)
    "P1": ("1", "1/2", "1/2", "2", "1/4", "1/50", "3/10", "1/10", "1/2"),
    "P2": ("1", "1/2", "1/2", "2", "1/4", "-1/50", "3/10", "1/10", "1/2"),
    "P3": ("2", "3/4", "1/5", "1", "-3/5", "3/100", "1/10", "9/10", "0"),
}
PARAMETERS = (omega_A, omega_B, beta_A, beta_B, g, c, t, u, alpha_A)


def example(name, params=None, state="paper"):
    """The two-qubit example: H_A = omega_A sz, H_B = omega_B sz, V = g sz sz, jumps and rates as
    printed; scalars uniform (exact proofs see generic symbols) or a fixed parameter set;
    ``state``: "paper" (pi_A pi_B + c sz sz), "coherent", "random" or a fixed matrix."""
    if params is None:
        bind = {omega_A: uniform(0.2, 2), omega_B: uniform(0.2, 2), beta_A: uniform(0.1, 2),
                beta_B: uniform(0.1, 2), g: uniform(-1, 1), u: uniform(0.05, 0.95),
                c: derived(_c_admissible, "c = lo + (hi - lo) u in the exact admissible range"),
                t: uniform(0.05, 1.5), alpha_A: uniform(-1, 2)}
    else:
        bind = {s: fixed(sympy.Rational(v)) for s, v in zip(PARAMETERS, PARAMETER_SETS[params])}
    bind.update(EXAMPLE_OPS)
    if state in ("paper", "coherent"):
        bind[rho] = _example_state(state)
    elif state == "random":
        bind[rho] = density()
    elif state is not None:
        bind[rho] = fixed(state, state_dims=(2, 2))
    what = "uniform parameters" if params is None else "parameter set " + params + " (" + ", ".join(
        f"{s} = {v}" for s, v in zip(PARAMETERS, PARAMETER_SETS[params])) + ")"
    return sampler(name, ("A", "B"), (2, 2), bind, dissipators=EXAMPLE_JUMPS,
                   random=params is None,
                   description=f"the printed two-qubit example, {what}; state: "
                               f"{state if isinstance(state, str) else 'fixed full-rank state'}")


EXAMPLE = (example("example-2x2"), example("example-P1", "P1"), example("example-P2", "P2"),
           example("example-P3", "P3"))
EXAMPLE_FIXED = EXAMPLE[1:]

# ------------------------------------------------------------------ constructed generators

RATE, ALPHA = uniform(0.2, 2), uniform(-1, 2)  # bounded, so searches stay at moderate sizes

U_Aop, U_Bop = Op("U_A", ("A",), "operator"), Op("U_B", ("B",), "operator")
E_Aop, E_Bop = Op("E_A", ("A",), "hermitian"), Op("E_B", ("B",), "hermitian")
K_Aop, K_Bop = Op("K_A", ("A",), "hermitian"), Op("K_B", ("B",), "hermitian")
X_Aop, Y_Bop = Op("X_A", ("A",), "hermitian"), Op("Y_B", ("B",), "hermitian")


def _both(db):
    """(A3) and (A4) hold for every state: H_A, H_B, V diagonal in one product basis (B's
    pair {0, 1} degenerate for d_B = 3), jumps diagonal in it (dephasing) or, for d_B = 3,
    inside B's degenerate pair, where they move population without moving energy."""
    deg = db == 3
    bind = {U_Aop: unitary(), U_Bop: unitary(), E_Aop: _energies(), E_Bop: _energies(degenerate=deg),
            H_A: _spectral("U_A", "E_A"), H_B: _spectral("U_B", "E_B"), V: _diagonal_v(tie=deg),
            rho: density(), alpha_A: ALPHA}
    jumps_b = [(_dephasing("B"), RATE), (_block_jump() if deg else _dephasing("B"), RATE)]
    return sampler(f"A3-and-A4-2x{db}", ("A", "B"), (2, db), bind,
                   dissipators={"A": [(_dephasing("A"), RATE), (_dephasing("A"), RATE)],
                                "B": jumps_b},
                   description="random state; H_A, H_B, V diagonal in a random product basis"
                               + (" with B's levels 0, 1 degenerate" if deg else "")
                               + "; dephasing jumps" + (" and a jump inside B's degenerate pair"
                                                        if deg else ""))


V_BOTH_FIXED = sympy.diag(1, 1, Rational(-1, 2), Rational(3, 10), Rational(3, 10), 2)
BOTH = (_both(2), _both(3), sampler(
    "A3-and-A4-fixed-2x3", ("A", "B"), (2, 3),
    {rho: fixed(STATE_2x3, state_dims=(2, 3)), H_A: _fx(SZ),
     H_B: _fx(sympy.diag(Rational(1, 2), Rational(1, 2), -1)), V: _fx(V_BOTH_FIXED),
     alpha_A: fixed("0.25")},
    dissipators={"A": [(_fx(SZ), fixed(1)), (_fx(sympy.diag(1, I)), fixed(Rational(1, 2)))],
                 "B": [(_fx(sympy.diag(1, -1, 2)), fixed(Rational(1, 3))),
                       (_fx([[0, 1, 0], [0, 0, 0], [0, 0, 0]]), fixed(2)),
                       (_fx([[0, 0, 0], [1, 0, 0], [0, 0, 0]]), fixed(Rational(1, 2)))]},
    random=False, description="fixed state; H_A = sz, H_B = diag(1/2, 1/2, -1), V = diag(1, 1, "
    "-1/2, 3/10, 3/10, 2); jumps sz (1), diag(1, i) (1/2) on A; diag(1, -1, 2) (1/3), |0><1| (2), "
    "|1><0| (1/2) on B"))


def _a3_only(db):
    bind = {U_Aop: unitary(), U_Bop: unitary(), E_Aop: _energies(), E_Bop: _energies(),
            H_A: _spectral("U_A", "E_A"), H_B: _spectral("U_B", "E_B"), V: _diagonal_v(),
            rho: density(), alpha_A: ALPHA}
    return sampler(f"A3-only-2x{db}", ("A", "B"), (2, db), bind,
                   dissipators={p: [(operator(), RATE), (operator(), RATE)]
                                for p in ("A", "B")},
                   description="random state; H_A, H_B, V diagonal in a random product basis "
                               "((A3) holds); random jump operators ((A4) fails)")


A3_ONLY = (_a3_only(2), _a3_only(3), example("example-P1-fixed-state", "P1", STATE_2x2))

W0 = sympy.diag(1, SZ)
W1 = sympy.diag(Rational(-1, 2), SX)
A4_ONLY = (
    sampler("A4-only-2x3", ("A", "B"), (2, 3),
            {U_Aop: unitary(), U_Bop: unitary(), E_Aop: _energies(), H_A: _spectral("U_A", "E_A"),
             H_B: _block_local(), V: _block_v(), rho: density(), alpha_A: ALPHA},
            dissipators={"A": [(_dephasing("A"), RATE), (_dephasing("A"), RATE)],
                         "B": [(_dephasing("B", blocks=(0, 1, 1)), RATE),
                               (_dephasing("B", blocks=(0, 1, 1)), RATE)]},
            description="random state; V = sum_k P_k (x) W_k (P_k eigenprojectors of H_A), H_B "
                        "and W_k block diagonal ({0}, {1,2}); dephasing jumps of A and block "
                        "dephasing of B ((A4) holds, (A3) fails)"),
    sampler("A4-only-fixed-2x3", ("A", "B"), (2, 3),
            {rho: fixed(STATE_2x3, state_dims=(2, 3)), H_A: _fx(SZ),
             H_B: _fx(sympy.diag(1, sympy.Matrix([[0, Rational(1, 2)], [Rational(1, 2), 1]]))),
             V: _fx(sympy.kronecker_product(sympy.diag(1, 0), W0)
                    + sympy.kronecker_product(sympy.diag(0, 1), W1)),
             alpha_A: fixed("0.25")},
            dissipators={"A": [(_fx(SZ), fixed(1)), (_fx(sympy.diag(2, 1 + I)), fixed(Rational(1, 3)))],
                         "B": [(_fx(sympy.diag(1, 0, 0)), fixed(1)),
                               (_fx(sympy.diag(0, 1 + I, 1 + I)), fixed(Rational(1, 2)))]},
            random=False, description="fixed state; H_A = sz, H_B = 1 (+) [[0, 1/2], [1/2, 1]], "
            "V = |0><0| (x) (1 (+) sz) + |1><1| (x) (-1/2 (+) sx); jumps sz (1), diag(2, 1+i) (1/3) "
            "on A; diag(1, 0, 0) (1), diag(0, 1+i, 1+i) (1/2) on B"))

# ------------------------------------------------------------------ conditions (A3), (A4) and the theorem

A3_LHS = comm(Hh_A + Hh_B, V)
A4_LHS = DissipatorAdj(H, "A") + DissipatorAdj(H, "B")
PAPER.claim("A3.constructed", eq="A3", title="the constructed generators satisfy (A3) for every state",
            statement=r"[\hat H_A + \hat H_B, V] = 0", lhs=A3_LHS, rhs=0, samplers=BOTH,
            role="control", notes="Checks the construction used for the theorem.")
PAPER.claim("A4.constructed", eq="A4", title="the constructed generators satisfy (A4)",
            expected=UNDECIDED,
            reason="L#_A[H] and L#_B[H] vanish separately on every sample (jumps commute with H):"
                   " the cancellation between A and B that (A4) allows is never tested",
            statement=r"\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H] = 0", lhs=A4_LHS, rhs=0,
            samplers=BOTH, role="control")
PAPER.claim("theorem.local_energy", eq="theorem",
            title="under (A3) and (A4) the local energy is conserved for every state",
            statement=r"(A3),(A4) \Rightarrow dU_\otimes = 0", lhs=dU_loc, rhs=0, samplers=BOTH,
            dynamics=GKLS, assumptions=["(A3) and (A4) hold for every state (constructed)"])
PAPER.claim("theorem.total_energy", eq="theorem",
            title="under (A3) and (A4) the total energy is conserved",
            statement=r"(A3),(A4) \Rightarrow dU = 0", lhs=Dt(U), rhs=0, samplers=BOTH,
            dynamics=GKLS, assumptions=["(A3) and (A4) hold for every state (constructed)"])
PAPER.claim("theorem.correlation_energy", eq="theorem",
            title="under (A3) and (A4) no correlation energy is exchanged either",
            statement=r"(A3),(A4) \Rightarrow dU_\chi = 0", lhs=Dt(U_chi), rhs=0, samplers=BOTH,
            dynamics=GKLS, assumptions=["(A3) and (A4) hold for every state (constructed)"])
PAPER.claim("theorem.correlations_move", eq="theorem",
            title="control: the constructed dynamics does change the correlations",
            statement=r"d\chi \ne 0", lhs=Dt(chi), rhs=0, samplers=BOTH, dynamics=GKLS,
            expected=FAILS, search=False, role="control",
            reason="The constructed generators dephase (and, for d_B = 3, move population inside "
                   "B's degenerate pair), so chi changes while U_loc, U_chi and U stay constant: "
                   "the theorem's conclusion is not vacuous.")
PAPER.claim("theorem.A3_only_conditions", eq="theorem",
            title="control: the (A3)-only examples satisfy (A3)",
            statement=r"[\hat H_A + \hat H_B, V] = 0", lhs=A3_LHS, rhs=0, samplers=A3_ONLY,
            role="control")
PAPER.claim("theorem.A3_only_A4_fails", eq="theorem",
            title="control: the (A3)-only examples violate (A4)",
            statement=r"\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H] \ne 0", lhs=A4_LHS, rhs=0,
            samplers=A3_ONLY, expected=FAILS, search=False, role="control",
            reason="Random jump operators (and the printed thermalizing jumps of the example) do "
                   "not annihilate H under the adjoint.")
PAPER.claim("theorem.A3_only_local_energy", eq="theorem",
            title="control: (A3) alone does not conserve the local energy",
            statement=r"(A3) \not\Rightarrow dU_\otimes = 0", lhs=dU_loc, rhs=0, samplers=A3_ONLY,
            dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="By (A2), dU_loc = Tr[(L#_A[H] + L#_B[H]) rho_A rho_B] when (A3) holds; it is "
                   "nonzero for these generators, including the paper's own example on a generic "
                   "state.")
PAPER.claim("theorem.A3_only_total_energy", eq="theorem",
            title="control: (A3) alone does not conserve the total energy",
            statement=r"(A3) \not\Rightarrow dU = 0", lhs=Dt(U), rhs=0, samplers=A3_ONLY,
            dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="dU = Tr[(L#_A[H] + L#_B[H]) rho] is nonzero when (A4) fails.")
PAPER.claim("theorem.A4_only_conditions", eq="theorem",
            expected=UNDECIDED,
            reason="L#_A[H] and L#_B[H] vanish separately on every sample (jumps commute with H):"
                   " the cancellation between A and B that (A4) allows is never tested",
            title="control: the (A4)-only examples satisfy (A4)",
            statement=r"\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H] = 0", lhs=A4_LHS, rhs=0,
            samplers=A4_ONLY, role="control")
PAPER.claim("theorem.A4_only_A3_fails", eq="theorem",
            title="control: the (A4)-only examples violate (A3)",
            statement=r"[\hat H_A + \hat H_B, V] \ne 0", lhs=A3_LHS, rhs=0, samplers=A4_ONLY,
            expected=FAILS, search=False, role="control",
            reason="W_k do not commute with H_B + sum_j Tr[P_j rho_A] W_j inside the block {1, 2}.")
PAPER.claim("theorem.A4_only_local_energy", eq="theorem",
            title="control: (A4) alone does not conserve the local energy",
            statement=r"(A4) \not\Rightarrow dU_\otimes = 0", lhs=dU_loc, rhs=0, samplers=A4_ONLY,
            dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="By (A2), dU_loc = -i Tr[[H^_A + H^_B, V] chi] when (A4) holds; nonzero for "
                   "correlated states when (A3) fails.")
PAPER.claim("text.A4_total_energy", eq="text, condition (ii)",
            title="(A4) alone conserves the total energy",
            statement=r"\mathcal{L}^\#_A[H] + \mathcal{L}^\#_B[H] = 0 \Rightarrow dU = 0",
            lhs=Dt(U), rhs=0, samplers=A4_ONLY + BOTH[:1], dynamics=GKLS,
            notes="So of the two conditions only (A3) fails to be enough for dU = 0; for "
                  "dU_loc = 0 neither is enough alone (controls theorem.*_only_local_energy).")

rho_g, H_g = Op("rho_AB", ("AB",), "state"), Op("H_AB", ("AB",), "hermitian")
GLOBAL = (
    sampler("global-4", ("AB",), (4,), {rho_g: density(), H_g: hermitian()},
            dissipators={"AB": [(operator(), positive()), (operator(), positive())]},
            description="A (x) B as one 4-level party AB: random state, H and two global jumps"),
    sampler("global-6", ("AB",), (6,), {rho_g: density(), H_g: hermitian()},
            dissipators={"AB": [(operator(), positive()), (operator(), positive())]},
            description="A (x) B as one 6-level party AB (2 x 3): random state, H, global jumps"),
    sampler("global-fixed-4", ("AB",), (4,),
            {rho_g: fixed(STATE_2x2, state_dims=(4,)), H_g: _fx(
                sympy.kronecker_product(SZ, ID2) + sympy.kronecker_product(ID2, SZ) / 2 + FLIP_FLOP)},
            dissipators={"AB": [(_fx(sympy.kronecker_product(LOWER, LOWER)), fixed(1)),
                                (_fx(FLIP_FLOP + I * SZSZ), fixed(Rational(1, 2)))]},
            random=False, description="fixed state, H = sz (x) I + I (x) sz/2 + flip-flop; global "
            "jumps |1><0| (x) |1><0| (rate 1) and flip-flop + i sz sz (1/2)"))
PAPER.claim("text.global_environment", eq="text, condition (ii)",
            title="with a global dissipator too, dU = Tr[L#[H] rho]",
            statement=r"\dot\varrho = -i[H,\varrho] + \mathcal{L}[\varrho],\ \mathcal{L}\ "
                      r"\text{global} \Rightarrow dU = \mathrm{Tr}[\mathcal{L}^\#[H]\varrho]",
            lhs=Dt(Tr(rho_g * H_g)), rhs=Tr(DissipatorAdj(H_g, "AB") * rho_g), samplers=GLOBAL,
            dynamics={rho_g: -I * comm(H_g, rho_g) + Dissipator(rho_g, "AB")},
            notes="The text says the argument extends to an environment acting globally; here the "
                  "pair A (x) B is one party AB with jump operators on all of it, so L#[H] = 0 "
                  "again forces dU = 0.")

# ------------------------------------------------------------------ thermalizing dissipators (12)-(14)

def _thermal(db, v="diagonal", state=None):
    """Random thermalizing system: H_A, H_B with nondegenerate spectra in random bases, jumps
    |m><n| of (12) with detailed-balance rates (13); V diagonal in the product eigenbasis, or a
    resonant flip-flop (B's first gap equal to A's); optionally a correlated state."""
    bind = {beta_A: uniform(0.1, 2), beta_B: uniform(0.1, 2), U_Aop: unitary(), U_Bop: unitary(),
            E_Aop: _energies(), E_Bop: _energies(resonant=v == "flip-flop"),
            K_Aop: _couplings(), K_Bop: _couplings(),
            H_A: _spectral("U_A", "E_A"), H_B: _spectral("U_B", "E_B"),
            V: _flip_flop_v() if v == "flip-flop" else _diagonal_v()}
    if state:
        bind.update({X_Aop: hermitian(), Y_Bop: hermitian(),
                     rho: _correlated_state(classical=state == "classical")})
    name = f"thermal-{v}" + (f"-{state}-chi" if state else "") + f"-2x{db}"
    return sampler(name, ("A", "B"), (2, db), bind,
                   dissipators={"A": _thermal_jumps("A", 2), "B": _thermal_jumps("B", db)},
                   description="random thermalizing dissipators (12)-(13) in random eigenbases; "
                               + ("V diagonal in the product eigenbasis" if v == "diagonal" else
                                  "V with a resonant flip-flop ([H_A + H_B, V] = 0, "
                                  "[H_A, V] != 0)")
                               + ({"general": "; rho = pi_A pi_B + eps X_A (x) Y_B",
                                   "classical": "; rho = pi_A pi_B + eps X_A (x) Y_B with X_A, Y_B "
                                                "diagonal in the eigenbases"}.get(state, "")))


def _printed_thermal_jumps(beta_a, beta_b):
    """Jumps and rates of the printed example with omega = 1 (exact numbers)."""
    return {"A": [(_fx(LOWER), fixed(exp(beta_a))), (_fx(RAISE), fixed(exp(-beta_a)))],
            "B": [(_fx(LOWER), fixed(exp(beta_b))), (_fx(RAISE), fixed(exp(-beta_b)))]}


THERMAL = (_thermal(2), _thermal(3), EXAMPLE[0], EXAMPLE[1])
RESONANT = (_thermal(2, "flip-flop"), _thermal(3, "flip-flop"), sampler(
    "resonant-fixed-2x2", ("A", "B"), (2, 2),
    {beta_A: fixed(Rational(1, 2)), beta_B: fixed(2), H_A: _fx(SZ), H_B: _fx(SZ),
     V: _fx(FLIP_FLOP + SZSZ / 4)},
    dissipators=_printed_thermal_jumps(Rational(1, 2), 2), random=False,
    description="H_A = H_B = sz (resonant), V = (sx sx + sy sy)/2 + sz sz/4, beta_A = 1/2, "
                "beta_B = 2, printed thermalizing jumps and rates with omega = 1"))
GENERAL_CHI = (_thermal(2, state="general"), _thermal(3, state="general"),
               example("example-P1-coherent", "P1", "coherent"))
CLASSICAL_CHI = (_thermal(2, state="classical"), _thermal(3, state="classical"),
                 EXAMPLE[0], EXAMPLE[1])

pi_A = Expm(-beta_A * H_A) / Tr(Expm(-beta_A * H_A))
pi_B = Expm(-beta_B * H_B) / Tr(Expm(-beta_B * H_B))
PI = pi_A * pi_B


def generator(x):
    """The right side of (1) applied to x."""
    return -I * comm(H, x) + Dissipator(x, "A") + Dissipator(x, "B")


PAPER.define("eq12.thermal_dissipator", eq="12", title="thermalizing dissipators",
             statement=r"\mathcal{L}_{A,B}[\circ] = \sum_{m\ne n}\gamma_{mn}\left(L_{mn}\circ "
                       r"L_{mn}^\dagger - \tfrac12\{L_{mn}^\dagger L_{mn},\circ\}\right),\ "
                       r"L_{mn} = |m\rangle\langle n|",
             notes="|m>, |n> eigenvectors of the bare H_A (H_B). In the random thermal samplers "
                   "gamma_mn = K_mn exp(-beta (E_m - E_n)/2) with K symmetric, which is (13).")
PAPER.define("eq14.pi_A", eq="14", title="thermal state of A",
             statement=r"\pi_A = e^{-\beta_A H_A}/Z_A,\ Z_A = \mathrm{Tr}_A[e^{-\beta_A H_A}]", expr=pi_A,
             notes="The text before (14) prints pi_A = e^{-beta_B H_A}/Z_A; see text.pi_A_printed.")
PAPER.define("eq14.pi_B", eq="14", title="thermal state of B",
             statement=r"\pi_B = e^{-\beta_B H_B}/Z_B", expr=pi_B)
for party, gam, beta, om in (("A", GAMMA_A, beta_A, omega_A), ("B", GAMMA_B, beta_B, omega_B)):
    PAPER.claim(f"eq13.detailed_balance_{party}", eq="13",
                title=f"the printed rates of {party} satisfy detailed balance",
                trivial="the printed rates are exponentials whose ratio is the Boltzmann factor",
                statement=rf"\gamma^{party}_{{01}} = \gamma^{party}_{{10}}\,e^{{-\beta_{party}"
                          rf"(E_0 - E_1)}},\ E_{{0,1}} = \pm\omega_{party}",
                lhs=gam["01"], rhs=gam["10"] * exp(-beta * (om - (-om))), samplers=EXAMPLE,
                notes="Printed: gamma_01 = e^(-beta omega) for L_01 = |0><1| and gamma_10 = "
                      "e^(beta omega) for L_10 = |1><0|, with E_0 = +omega (sigma_z = diag(1, -1)).")
PAPER.claim("text.pi_A_printed", eq="text before (14)",
            title="pi_A = e^{-beta_B H_A}/Z_A (as printed) is the steady state of L_A",
            statement=r"\mathcal{L}_A[e^{-\beta_B H_A}/Z_A] = 0",
            lhs=Dissipator(Expm(-beta_B * H_A) / Tr(Expm(-beta_A * H_A)), "A"), rhs=0,
            samplers=THERMAL, expected=FAILS, search=False,
            reason="With detailed balance (13) at beta_A the fixed point of L_A is the Gibbs state "
                   "at beta_A; e^{-beta_B H_A} is not stationary when beta_A != beta_B (and "
                   "e^{-beta_B H_A}/Z_A with Z_A = Tr e^{-beta_A H_A} does not even have unit "
                   "trace). Misprint beta_B -> beta_A; eq. (14) itself prints beta_A.")
PAPER.claim("text.pi_A", eq="text before (14)",
            title="pi_A = e^{-beta_A H_A}/Z_A is the steady state of L_A",
            statement=r"\mathcal{L}_A[e^{-\beta_A H_A}/Z_A] = 0", lhs=Dissipator(pi_A, "A"), rhs=0,
            samplers=THERMAL, role="corrected", corrects="text.pi_A_printed",
            assumptions=["jumps |m><n| between eigenvectors of H_A, rates with detailed balance (13)"])
PAPER.claim("text.pi_B", eq="text before (14)",
            title="pi_B = e^{-beta_B H_B}/Z_B is the steady state of L_B",
            statement=r"\mathcal{L}_B[e^{-\beta_B H_B}/Z_B] = 0", lhs=Dissipator(pi_B, "B"), rhs=0,
            samplers=THERMAL)
PAPER.claim("eq14.premise_resonant", eq="14",
            title="control: the resonant flip-flop systems satisfy the printed premise [H_A + H_B, V] = 0",
            statement=r"[H_A + H_B, V] = 0", lhs=comm(H_A + H_B, V), rhs=0, samplers=RESONANT,
            role="control")
PAPER.claim("eq14.steady_state_printed", eq="14",
            title="[H_A + H_B, V] = 0 makes pi_A pi_B the steady state of (1) (as printed)",
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
            expected=UNDECIDED,
            reason="-i[H, pi_A (x) pi_B], L_A[pi_A (x) pi_B] and L_B[pi_A (x) pi_B] vanish "
                   "separately on every sample: the claim is three separate statements and tests "
                   "no cancellation",
            title="with [H_A, V] = [H_B, V] = 0, pi_A pi_B is a steady state of (1)",
            statement=r"[H_A,V] = [H_B,V] = 0 \Rightarrow -i[H,\pi_A\otimes\pi_B] + "
                      r"\mathcal{L}_A[\pi_A\otimes\pi_B] + \mathcal{L}_B[\pi_A\otimes\pi_B] = 0",
            lhs=generator(PI), rhs=0, samplers=THERMAL, role="corrected",
            corrects="eq14.steady_state_printed",
            notes="The printed example (V = g sz sz) satisfies the corrected condition.")


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


def _state_at(ev, when):
    """rho(t) = exp(L t)[rho(0)] at the sample's t (``when == "t"``), or the unique steady state
    (``when == "inf"``: the exact t -> infinity limit for a generator with a unique fixed point)."""
    key = ("pyharanta2022", "state", when)
    memo = ev.sample.memo
    if key not in memo:
        gen = _full_generator(ev)
        memo[key] = (numeric.propagate(gen, ev.matrix(ev(rho)), ev(t)) if when == "t"
                     else numeric.steady_state(gen))
    return memo[key]


def _evaluator_at(ev, when):
    """An evaluator on the same sample with rho bound to the propagated state."""
    key = ("pyharanta2022", "evaluator", when)
    memo = ev.sample.memo
    if key not in memo:
        s = ev.sample
        memo[key] = Evaluator(dataclasses.replace(
            s, id=f"{s.id}@{when}", bindings={**s.bindings, rho: _state_at(ev, when)}, memo={}))
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
            title="with [H_A, V] = [H_B, V] = 0, pi_A pi_B is the unique steady state of (1)",
            statement=r"\ker\mathcal{L} = \mathrm{span}\{\pi_A\otimes\pi_B\}", lhs=steady_state,
            rhs=PI, samplers=THERMAL, role="corrected", corrects="eq14.steady_state_printed",
            notes="The fixed point is computed from the bordered linear system L vec(rho) = 0, "
                  "Tr rho = 1, which is singular (and raises) when the fixed point is not unique.")
PAPER.claim("text.only_chi_evolves_printed", eq="text after (14)",
            title="from rho(0) = pi_A pi_B + chi(0) only the correlation part evolves (as printed)",
            statement=r"\varrho(0) = \pi_A\otimes\pi_B + \chi(0) \Rightarrow "
                      r"\tfrac{d}{dt}(\varrho_A\otimes\varrho_B) = 0",
            lhs=Dt(rho_A * rho_B), rhs=0, samplers=GENERAL_CHI, dynamics=GKLS, expected=FAILS, search=False,
            reason="pi_A pi_B being stationary gives rho(t) = pi_A pi_B + e^{Lt}[chi(0)], but "
                   "e^{Lt}[chi(0)] need not keep zero marginals: d rho_A/dt = -i Tr_B[V, chi(0)] at "
                   "t = 0, nonzero for chi(0) = c sx (x) sz in the printed example (4 g c sy) and "
                   "for generic correlated chi(0). The statement holds when chi(0) is diagonal in "
                   "the product eigenbasis (classical correlations), as in the example.")
PAPER.claim("text.only_chi_evolves", eq="text after (14)",
            title="for chi(0) diagonal in the product eigenbasis only the correlation part evolves",
            statement=r"\chi(0)\ \text{diagonal in the eigenbasis of } H_A, H_B \Rightarrow "
                      r"\tfrac{d}{dt}(\varrho_A\otimes\varrho_B) = 0",
            lhs=Dt(rho_A * rho_B), rhs=0, samplers=CLASSICAL_CHI, dynamics=GKLS,
            role="corrected", corrects="text.only_chi_evolves_printed",
            notes="Checked at every state of the invariant family pi_A pi_B + (diagonal chi with "
                  "zero marginals): on diagonal states the generator is the product of two "
                  "independent classical Markov chains whose marginals are stationary, so the "
                  "family is invariant and rho_A, rho_B stay at pi_A, pi_B for all t.")

# ------------------------------------------------------------------ the example: range of c

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


C_MIN_NOTE = ("min{e^{-a+b}, e^{a-b}} is checked as e^{-|a-b|} (equal; the evaluator has no Min).")
C_REASON = ("rho(0) = pi_A pi_B + c sz sz is diagonal with entries e^{-a-b}/Z + c, e^{-a+b}/Z - c, "
            "e^{a-b}/Z - c, e^{a+b}/Z + c (a = beta_A omega_A, b = beta_B omega_B >= 0, "
            "Z = Z_A Z_B = 4 cosh a cosh b), so it is positive exactly for "
            "-e^{-a-b}/Z <= c <= min{e^{-a+b}, e^{a-b}}/Z. The printed interval drops the factor "
            "1/(Z_A Z_B) <= 1/4: it is too wide by Z_A Z_B and its endpoints make rho(0) "
            "non-positive.")
PAPER.claim("text.c_range_lower_printed", eq="text before (16)",
            title="lower end of the admissible c as printed: -e^{-a-b}",
            statement=r"c_{\min} = -e^{-\beta_A\omega_A-\beta_B\omega_B}", lhs=c_lower,
            rhs=-exp(-a_ - b_), samplers=EXAMPLE, expected=FAILS, search=False, reason=C_REASON)
PAPER.claim("text.c_range_lower", eq="text before (16)",
            title="lower end of the admissible c: -e^{-a-b}/(Z_A Z_B)",
            statement=r"c_{\min} = -e^{-\beta_A\omega_A-\beta_B\omega_B}/(Z_A Z_B)", lhs=c_lower,
            rhs=-exp(-a_ - b_) / (Z_A * Z_B), samplers=EXAMPLE, role="corrected",
            corrects="text.c_range_lower_printed", assumptions=["omega_A, omega_B >= 0"])
PAPER.claim("text.c_range_upper_printed", eq="text before (16)",
            title="upper end of the admissible c as printed: min{e^{-a+b}, e^{a-b}}",
            statement=r"c_{\max} = \min\{e^{-\beta_A\omega_A+\beta_B\omega_B}, "
                      r"e^{\beta_A\omega_A-\beta_B\omega_B}\}", lhs=c_upper,
            rhs=exp(-Abs(a_ - b_)), samplers=EXAMPLE, expected=FAILS, search=False,
            reason=C_REASON, notes=C_MIN_NOTE)
PAPER.claim("text.c_range_upper", eq="text before (16)",
            title="upper end of the admissible c: min{e^{-a+b}, e^{a-b}}/(Z_A Z_B)",
            statement=r"c_{\max} = \min\{e^{-\beta_A\omega_A+\beta_B\omega_B}, "
                      r"e^{\beta_A\omega_A-\beta_B\omega_B}\}/(Z_A Z_B)", lhs=c_upper,
            rhs=exp(-Abs(a_ - b_)) / (Z_A * Z_B), samplers=EXAMPLE,
            role="corrected", corrects="text.c_range_upper_printed",
            assumptions=["omega_A, omega_B >= 0"], notes=C_MIN_NOTE)

# ------------------------------------------------------------------ the example: (16)

CHI0 = Mat(c * SZSZ, ("A", "B"), "chi(0)")
RHO_0 = Mat(sympy.kronecker_product(PI_A_M, PI_B_M) + c * SZSZ, ("A", "B"), "rho(0)")
PAPER.claim("eq16.eigen", eq="16", title="chi(0) = c sz sz is an eigenoperator of L_A + L_B with -lambda",
            statement=r"(\mathcal{L}_A + \mathcal{L}_B)[c\,\sigma_z\otimes\sigma_z] = "
                      r"-\lambda\,c\,\sigma_z\otimes\sigma_z,\ \lambda = \gamma^A_{01}+\gamma^A_{10}+"
                      r"\gamma^B_{01}+\gamma^B_{10}",
            lhs=Dissipator(CHI0, "A") + Dissipator(CHI0, "B"), rhs=-LAMBDA * CHI0, samplers=EXAMPLE,
            notes="With [H, sz sz] = 0 this gives e^{(L_A + L_B) t}[chi(0)] = e^{-lambda t} chi(0).")
PAPER.claim("eq16.solution", eq="16",
            title="rho(t) = pi_A pi_B + e^{-lambda t} chi(0) solves the full GKLS equation (1)",
            statement=r"\tfrac{d}{dt}\left(\pi_A\otimes\pi_B + e^{-\lambda t}\chi(0)\right) = "
                      r"-i[H,\varrho(t)] + \mathcal{L}_A[\varrho(t)] + \mathcal{L}_B[\varrho(t)]",
            lhs=Dt(RHO_T), rhs=generator(RHO_T), samplers=EXAMPLE, dynamics={t: 1},
            notes="rho(t) is written as an explicit matrix in t; with rho(t = 0) = rho(0) and "
                  "uniqueness of solutions this proves (16) (and pi_A pi_B stationary) exactly "
                  "for symbolic omega's, beta's, g and c.")
PAPER.claim("eq16.propagated", eq="16",
            title="chi(t) = e^{-lambda t} chi(0) by propagating the full GKLS equation",
            statement=r"\chi(t) = e^{(\mathcal{L}_A+\mathcal{L}_B)t}[\chi(0)] = e^{-\lambda t}\chi(0)",
            lhs=propagated(chi, "chi_at_t", "chi of rho(t) = exp(L t)[rho(0)] (full GKLS "
                           "generator, numeric.propagate at the working precision)"),
            rhs=exp(-LAMBDA * t) * chi, samplers=EXAMPLE,
            assumptions=["rho(0) = pi_A pi_B + c sz sz, c in the exact admissible range"])
PAPER.claim("text.chi_vanishes", eq="text after (16)", title="chi(infinity) = 0",
            statement=r"\chi(\infty) = 0",
            lhs=propagated(chi, "chi_at_infinity", "chi of the unique steady state of the full "
                           "GKLS generator (the exact t -> infinity limit)", when="inf"),
            rhs=0, samplers=EXAMPLE)
PAPER.claim("text.marginals_thermal", eq="text before (16)",
            title="the subsystems stay in thermal equilibrium: rho_A(t) rho_B(t) = pi_A pi_B",
            statement=r"\varrho_A(t)\otimes\varrho_B(t) = \pi_A\otimes\pi_B",
            lhs=propagated(rho_A * rho_B, "marginals_at_t", "rho_A(t) (x) rho_B(t) of the "
                           "propagated state"), rhs=PI_AB, samplers=EXAMPLE)
PAPER.claim("text.U_A_constant", eq="text after (16)", title="U_A stays constant",
            statement=r"U_A(t) = \mathrm{Tr}[\varrho_A(t)\hat H_A(t)] = U_A(0)",
            lhs=propagated(U_A, "U_A_at_t", "U_A = Tr[rho_A H^_A] on the propagated state"),
            rhs=U_A, samplers=EXAMPLE)
PAPER.claim("text.U_B_constant", eq="text after (16)", title="U_B stays constant",
            statement=r"U_B(t) = \mathrm{Tr}[\varrho_B(t)\hat H_B(t)] = U_B(0)",
            lhs=propagated(U_B, "U_B_at_t", "U_B = Tr[rho_B H^_B] on the propagated state"),
            rhs=U_B, samplers=EXAMPLE)

# ------------------------------------------------------------------ (15), (17) and the remark

DU_chi = PAPER.define("eq15.DU_chi", eq="15", title="exchanged correlation energy",
                      statement=r"\Delta U_\chi(t) = \mathrm{Tr}[V(\chi(t) - \chi(0))]",
                      expr=Tr(V * chi))
PAPER.claim("text.exchange_is_correlation", eq="text before (15)",
            title="the whole energy exchange is correlation energy: Delta U = Delta U_chi",
            statement=r"\Delta U(t) = \mathrm{Tr}[H(\varrho(t)-\varrho(0))] = "
                      r"\mathrm{Tr}[V(\chi(t)-\chi(0))]",
            lhs=propagated(U, "DU_at_t", "Tr[H rho(t)] - Tr[H rho(0)] on the propagated state",
                           change=True),
            rhs=propagated(DU_chi, "DU_chi_at_t", "Tr[V chi(t)] - Tr[V chi(0)] on the propagated "
                           "state", change=True), samplers=EXAMPLE)
DU_CHI_PRINTED = 4 * g * c * (exp(-LAMBDA * t) - 1)
PAPER.claim("eq17.exact", eq="17", title="Delta U_chi(t) = 4 g c (e^{-lambda t} - 1) from (16)",
            statement=r"\mathrm{Tr}[V(\chi(t)-\chi(0))] = 4gc(e^{-\lambda t} - 1)",
            lhs=Tr(V * (RHO_T - ptr(RHO_T, "B") * ptr(RHO_T, "A"))) - Tr(V * chi),
            rhs=DU_CHI_PRINTED, samplers=EXAMPLE)
PAPER.claim("eq17.propagated", eq="17",
            title="Delta U_chi(t) = 4 g c (e^{-lambda t} - 1) by propagating the full GKLS equation",
            statement=r"\Delta U_\chi(t) = 4gc(e^{-\lambda t} - 1)",
            lhs=propagated(DU_chi, "DU_chi_at_t", "Tr[V chi(t)] - Tr[V chi(0)] on the propagated "
                           "state", change=True), rhs=DU_CHI_PRINTED, samplers=EXAMPLE)
PAPER.claim("eq17.sign", eq="text after (17)", title="sign[Delta U_chi(t)] = -sign[g c]",
            statement=r"g c\,\Delta U_\chi(t) < 0 \ (t > 0)", kind="leq",
            lhs=propagated(g * c * DU_chi, "gc_DU_chi_at_t", "g c (Tr[V chi(t)] - Tr[V chi(0)]) on "
                           "the propagated state", change=True), rhs=0, samplers=EXAMPLE,
            notes="gc > 0 (P1): the system releases energy; gc < 0 (P2, P3): it absorbs energy.")
PAPER.claim("eq17.infinity", eq="text after (17)", title="Delta U_chi(infinity) = -4 g c",
            statement=r"\Delta U_\chi(\infty) = -4gc",
            lhs=propagated(DU_chi, "DU_chi_at_infinity", "Tr[V chi] on the unique steady state "
                           "minus Tr[V chi(0)]", when="inf", change=True), rhs=-4 * g * c,
            samplers=EXAMPLE)
PAPER.claim("remark.eigenvectors_constant", eq="Remark",
            title="the eigenvectors of rho(t) do not change (Delta U_chi is heat in both senses)",
            statement=r"[\varrho(t), \varrho(0)] = 0",
            lhs=propagated(comm(rho, RHO_0), "commutator_at_t", "[rho(t), rho(0)] with the "
                           "propagated rho(t)"), rhs=0, samplers=EXAMPLE,
            notes="H is constant, so dW = Tr[rho dH] = 0 and all of dU is heat in the conventional "
                  "sense; rho(t) stays diagonal in the product basis, so in the entropy-based sense "
                  "too.")
PAPER.claim("example.local_energy_special_states", eq="text (example)",
            title="the local energy is stationary on the special states pi_A pi_B + c sz sz",
            statement=r"\varrho = \pi_A\otimes\pi_B + c\,\sigma_z\otimes\sigma_z \Rightarrow "
                      r"dU_\otimes = 0", lhs=dU_loc, rhs=0, samplers=EXAMPLE, dynamics=GKLS)
PAPER.claim("example.total_energy_special_states", eq="text (example)",
            title="while the total energy changes: dU/dt = -4 g c lambda = lambda Delta U_chi(infinity)",
            statement=r"dU = \mathrm{Tr}[d\varrho\,H] = -4gc\lambda\ \text{at}\ "
                      r"\varrho = \pi_A\otimes\pi_B + c\,\sigma_z\otimes\sigma_z",
            lhs=Dt(U), rhs=-4 * g * c * LAMBDA, samplers=EXAMPLE, dynamics=GKLS)
EXAMPLE_GENERIC = (example("example-2x2-random-state", state="random"), A3_ONLY[2])
PAPER.claim("example.local_energy_generic_states", eq="text (example)",
            title="control: on generic states the example does not conserve the local energy",
            statement=r"dU_\otimes \ne 0 \text{ for generic } \varrho", lhs=dU_loc, rhs=0,
            samplers=EXAMPLE_GENERIC, dynamics=GKLS, expected=FAILS, search=False, role="control",
            reason="The example satisfies (A3) but not (A4): local-energy conservation needs the "
                   "special initial states, as the paper says.")

# ------------------------------------------------------------------ figure


def _curves(smp, times):
    """U_A(t), U_B(t), Delta U_chi(t) on rho(t) propagated with the full GKLS generator (float64
    is plenty for a plot; the claims above check the same quantities at 30 and 50 digits), and
    the printed (17), for the fixed sampler ``smp``."""
    s = smp.build((), "float64", smp.name)
    ev = Evaluator(s)
    gen, r0 = _full_generator(ev), ev.matrix(ev(rho))
    du0 = ev(DU_chi)
    lam, gc = float(np.real(ev(LAMBDA))), float(np.real(ev(g * c)))
    out = {"U_A": [], "U_B": [], "DU_chi": [], "(17)": [4 * gc * (np.exp(-lam * x) - 1) for x in times]}
    for x in times:
        at = Evaluator(dataclasses.replace(
            s, bindings={**s.bindings, rho: numeric.propagate(gen, r0, x)}, memo={}))
        out["U_A"].append(float(np.real(at(U_A))))
        out["U_B"].append(float(np.real(at(U_B))))
        out["DU_chi"].append(float(np.real(at(DU_chi) - du0)))
    return out, lam


def draw_energies(path):
    """Delta U_chi(t) (top) and U_A(t), U_B(t) (bottom) for parameter sets P1 (g c > 0) and P2
    (g c < 0)."""
    times = [k / 50 for k in range(51)]
    fig, axes = figures.figure(2, 2, width=10, height=6)
    for col, smp, label in ((0, EXAMPLE[1], "g c > 0 (P1: c = 1/50)"),
                            (1, EXAMPLE[2], "g c < 0 (P2: c = -1/50)")):
        cur, lam = _curves(smp, times)
        top, bottom = axes[0][col], axes[1][col]
        top.plot(times, cur["DU_chi"], color="C0", label=r"$\Delta U_\chi(t)$, propagated GKLS")
        top.plot(times[::5], cur["(17)"][::5], "o", color="C3", mfc="none",
                 label=r"$4gc(e^{-\lambda t}-1)$, eq. (17)")
        top.axhline(0, color="0.7", lw=0.5)
        top.set_title(f"{label}, $\\lambda$ = {lam:.3f}", fontsize=10)
        bottom.plot(times, cur["U_A"], color="C1", label=r"$U_A(t)$")
        bottom.plot(times, cur["U_B"], color="C2", label=r"$U_B(t)$")
        bottom.set_xlabel("t")
        span = max(cur["U_A"] + cur["U_B"]) - min(cur["U_A"] + cur["U_B"])
        bottom.set_ylim(min(cur["U_A"] + cur["U_B"]) - 0.2 * span - 0.05,
                        max(cur["U_A"] + cur["U_B"]) + 0.2 * span + 0.05)
    axes[0][0].set_ylabel(r"$\Delta U_\chi$")
    axes[1][0].set_ylabel("local energies")
    axes[0][0].legend(fontsize=8)
    axes[1][0].legend(fontsize=8)
    fig.suptitle(r"Two-qubit example: $\omega_A = 1$, $\omega_B = 1/2$, $\beta_A = 1/2$, "
                 r"$\beta_B = 2$, $g = 1/4$, $\alpha_A = 1/2$", fontsize=10)
    fig.tight_layout()
    figures.save(fig, path)


PAPER.figure("energies", "Delta U_chi(t) (propagated full GKLS equation, line; eq. (17), circles), "
              "U_A(t) and U_B(t) for parameter set P1 (g c > 0: energy released) and P2 "
              "(g c < 0: energy absorbed); the local energies stay constant.", draw_energies)
