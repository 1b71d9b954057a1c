"""The vedral module beyond its registry cases: the diagnosis of the printed solution of (5),
the samplers it relies on, the conjecture's counterexample (scaling and a search), the decay
prefactor and the explicit collision states."""
import mpmath as mp
import numpy as np
import pytest
import sympy
from sympy import I, Rational

from corrcheck import numeric
from corrcheck.derivations import vedral as V
from corrcheck.evaluate import Evaluator
from corrcheck.numeric.entanglement import ree, ree_rate
from corrcheck.setups import fixed, kron
from corrcheck.symbolic.expr import Dag, Dt, Mat, comm, ptr


def evaluator(smp, seed=0, dynamics=None):
    return Evaluator(smp.draw(seed), dynamics)


def mat(ev, expr):
    return ev.lift(ev(expr), tuple(range(len(ev.sample.parties))))


# ---------------------------------------------------------------- the printed solution of (5)

def test_printed_solution_is_the_effective_two_level_solution_with_dephasing_eta_over_8():
    """The printed rho(t) solves (5) when sigma_+- and sigma_z act on the effective qubit
    span{|00>, |11>} and the dephasing term is -eta/8 [sz, [sz, rho]]: the two departures from
    (5) that the reason of example.solution_printed names."""
    eff_z = Mat(sympy.diag(1, 0, 0, -1), (V.A, V.B), "Z_eff")
    eff_m = Mat(sympy.Matrix(4, 4, lambda i, j: 1 if (i, j) == (0, 3) else 0), (V.A, V.B), "m")
    eff_p = Mat(sympy.Matrix(4, 4, lambda i, j: 1 if (i, j) == (3, 0) else 0), (V.A, V.B), "p")
    x = V.RHO_PRINTED
    rhs = (V.omega / (2 * I) * comm(eff_z, x)
           + V.gamma / 2 * (comm(eff_m * x, eff_p) + comm(eff_m, x * eff_p))
           + V.kappa / 2 * (comm(eff_p * x, eff_m) + comm(eff_p, x * eff_m))
           - V.eta / 8 * comm(eff_z, comm(eff_z, x)))
    with numeric.precision(30):
        for smp in V.EXAMPLE:
            ev = evaluator(smp, dynamics=V.ALONG_T)
            diff = mat(ev, Dt(x)) - mat(ev, rhs)
            assert max(abs(v) for v in diff.flat) < mp.mpf(10) ** -25
            # with the printed -eta/2 the coherence is off
            wrong = rhs + 3 * V.eta / 8 * comm(eff_z, comm(eff_z, x))
            assert max(abs(v) for v in (mat(ev, Dt(x)) - mat(ev, wrong)).flat) > 1e-3


def test_propagated_populations_leak_to_01_and_10():
    with numeric.precision(30):
        ev = evaluator(V.EXAMPLE[1])
        out = V.propagated(ev).m
        assert mp.re(out[1, 1]) > mp.mpf("0.05") and mp.re(out[2, 2]) > mp.mpf("0.1")
        assert abs(mp.re(out[1, 1] + out[3, 3]) - (1 - ev(V.a2))) < mp.mpf(10) ** -25  # B kept


def test_textbook_convention_relaxes_to_kappa_over_gamma_plus_kappa():
    """With sigma_+ = |0><1| (textbook) the stationary population of |0> is kappa/(gamma+kappa)."""
    with numeric.precision(30):
        ev = evaluator(V.EXAMPLE[1])
        g, k = ev(V.gamma), ev(V.kappa)
        rho_a = Mat(sympy.diag(V.kappa / (V.gamma + V.kappa), V.gamma / (V.gamma + V.kappa)),
                    (V.A,), "textbook_inf")
        res = mat(ev, V.rhs5(rho_a, V.SM_TEXTBOOK, V.SP_TEXTBOOK))
        assert max(abs(v) for v in res.flat) < mp.mpf(10) ** -25 and g != k


# ---------------------------------------------------------------- samplers

@pytest.mark.parametrize("smp", V.THERMAL[:3], ids=lambda s: s.name)
def test_thermalising_rates_obey_detailed_balance(smp):
    with numeric.precision(30):
        s = smp.draw(1)
        w, v = numeric.linalg.eigh(s[V.H])
        b = s[V.beta]
        rates = {}
        for jump, rate in s.dissipators[V.S]:
            inner = v.conj().T @ jump @ v  # |e_m><e_n| has a single entry 1 at (m, n)
            m, n = max(np.ndindex(inner.shape), key=lambda ij: abs(inner[ij]))
            rates[(m, n)] = rate
        assert len(rates) == len(w) ** 2
        for (m, n), r in rates.items():
            if m != n:
                assert abs(r / rates[(n, m)] - mp.exp(-b * (w[m] - w[n]))) < mp.mpf(10) ** -25


def test_bell_diagonal_sample_is_near_an_entangled_gibbs_state():
    with numeric.precision(30):
        ev = evaluator(V.CONJECTURE_BD)
        rho_t = mat(ev, V.rho_T)
        assert ree(rho_t).value > mp.mpf("0.4")  # singlet weight 0.944
        assert max(abs(v) for v in (mat(ev, V.rho) - rho_t).flat) <= mp.mpf("0.01") + 1e-25
        h = mat(ev, V.H)
        assert max(abs(v) for v in (h @ mat(ev, V.rho) - mat(ev, V.rho) @ h).flat) < 1e-25


# ---------------------------------------------------------------- the conjecture

def _bd_state(eps):
    gibbs = V.BD_STATE - (sympy.Matrix([1, 0, 0, -1]) * sympy.Matrix([1, 0, 0, -1]).T
                     - sympy.Matrix([0, 1, -1, 0]) * sympy.Matrix([0, 1, -1, 0]).T) / 200
    d = (sympy.Matrix([1, 0, 0, -1]) * sympy.Matrix([1, 0, 0, -1]).T
         - sympy.Matrix([0, 1, -1, 0]) * sympy.Matrix([0, 1, -1, 0]).T) / 2
    return gibbs + eps * d


@pytest.mark.parametrize("eps", [Rational(1, 100), Rational(1, 1000), Rational(1, 10000)])
def test_conjecture_counterexample_scaling(eps):
    """Near the entangled Gibbs state sigma ~ eps^2 while |sigma_E| ~ eps: |sigma_E|/sigma ~ 1/eps."""
    smp = V.THERMALISING.given({V.H: fixed(V.BD_H), V.beta: fixed(V.BD_BETA), **V.RATES_4,
                                V.rho: fixed(_bd_state(eps), state_dims=(4,))}).sampler("bd-scaling", 4)
    with numeric.precision(40):
        ev = evaluator(smp, dynamics=V.GKLS)
        rate = abs(ree_rate(mat(ev, V.rho), mat(ev, Dt(V.rho))))
        sig = mp.re(ev(V.sigma))
        ratio, e = rate / sig, mp.mpf(eps.p) / eps.q
        assert sig > 0 and mp.mpf("0.05") / e < ratio < 20 / e


@pytest.mark.slow
def test_conjecture_search_beyond_the_example():
    """Random thermalising two-qubit generators started near their Gibbs states: wherever the Gibbs
    state is entangled, |sigma_E| > sigma for a small enough displacement."""
    violations, entangled_gibbs = 0, 0
    with numeric.precision(30):
        for seed in range(40):
            s = V.THERMALISING.sampler("near-gibbs", 4).draw(seed)
            ev = Evaluator(s, V.GKLS)
            rho_t = mat(ev, V.rho_T)
            if ree(rho_t).value == 0:
                continue
            entangled_gibbs += 1
            near = rho_t + mp.mpf("1e-3") * (numeric.to_array(numeric.maximally_mixed(4)) - rho_t)
            s2 = V.THERMALISING.sampler("near-gibbs", 4).build(s.theta, "mp")
            s2.bindings[V.rho] = near
            ev2 = Evaluator(s2, V.GKLS)
            if abs(ree_rate(near, mat(ev2, Dt(V.rho)))) > mp.re(ev2(V.sigma)):
                violations += 1
    assert violations == entangled_gibbs


# ---------------------------------------------------------------- decay and collision model

def test_decay_prefactor():
    """F e^{2 (gamma + kappa) t} -> (gamma + kappa)(a^2 - a_inf)^2 / (a_inf (1 - a_inf))."""
    with numeric.precision(30):
        ev = evaluator(V.BLOCK[1])
        V.asymptotic_rate(ev)
        got = next(v for k, v in ev.recorded.items() if "F exp" in k)
        g, k, x = ev(V.gamma), ev(V.kappa), ev(V.a2)
        ai = g / (g + k)
        assert abs(got - (g + k) * (x - ai) ** 2 / (ai * (1 - ai))) < mp.mpf(10) ** -25


@pytest.mark.parametrize("which", ["pure", "dephased", "diagonal"])
def test_collision_states(which):
    """The pure environment purifies AB; units dephased in the eigenbasis of the collision are
    left unchanged; units dephased in the computational basis are not."""
    state = {"pure": V.Psi, "dephased": V.Psi_deph, "diagonal": V.Psi_diag}[which]
    with numeric.precision(30):
        ev = evaluator(V.COLLISION[1])
        m = mat(ev, state)
        assert abs(np.trace(m) - 1) < 1e-25
        env = ev.lift(ev(ptr(ptr(state, V.A), V.B)), (2,))
        if which == "pure":
            assert abs(numeric.entropy(m)) < 1e-25
            return
        unit = {"dephased": V.UNIT_DEPHASED, "diagonal": V.UNIT_DIAGONAL}[which]
        start = ev.lift(ev(Mat(kron(*[unit] * V.K_STEPS), (V.E,), "env0")), (2,))
        change = max(abs(v) for v in (env - start).flat)
        assert (change < 1e-25) if which == "dephased" else (change > 1e-3)


def test_kraus_completeness_defect_is_second_order():
    """sum W^dag W - 1 scales as dt^2: halving dt quarters the defect."""
    smp = V.KRAUS_SAMPLERS[2]
    defects = []
    with numeric.precision(30):
        for step in (Rational(1, 10), Rational(1, 20)):
            s2 = smp.build((), "mp")
            s2.bindings[V.dt] = mp.mpf(step.p) / step.q
            ev = Evaluator(s2)
            d = mat(ev, sum((Dag(w) * w for w in V.KRAUS), 0)) - np.eye(2, dtype=object)
            defects.append(max(abs(v) for v in d.flat))
    assert abs(defects[0] / defects[1] - 4) < 1e-20


# ---------------------------------------------------------------- audits: premises realised

def test_bell_diagonal_family_keeps_rho_T_as_closest_separable_state():
    """Propagated by its own generator, the Bell-diagonal family stays entangled with rho_T as
    its closest separable state: the premise of text.thermal_separable_equality holds at all
    times, not only at the sampled instant."""
    with numeric.precision(30):
        ev = evaluator(V.SEP_IS_THERMAL[0], dynamics=V.GKLS)
        jumps = ev.sample.dissipators[V.S]
        sup = numeric.lindbladian(mat(ev, V.H), [j for j, _ in jumps], [g for _, g in jumps])
        gibbs = mat(ev, V.rho_T)
        for time in (mp.mpf("0.3"), mp.mpf("1.1")):
            later = numeric.propagate(sup, mat(ev, V.rho), time)
            res = ree(later)
            assert res.value > mp.mpf("1e-4")
            assert max(abs(x) for x in (res.sigma - gibbs).flat) < mp.mpf(10) ** -12


@pytest.mark.parametrize("eps", [Rational(1, 100), Rational(1, 1000)])
def test_thermal_partial_swap_breaks_the_integrated_conjecture(eps):
    """Within the paper's intent: an energy-conserving partial swap with a bath unit in the
    entangled Gibbs state loses entanglement at first order in the displacement eps and
    produces entropy at second order, so Delta E / Delta S grows like 1/eps."""
    with numeric.precision(30):
        gibbs = numeric.to_array(V.exact_gibbs(V.BD_H, V.BD_BETA))
        start = gibbs + numeric.to_array((V.bell("psi-") - V.bell("phi-")) * eps)
        u = numeric.to_array(V.PARTIAL_SWAP_AB_E)
        out = u @ numeric.kron(start, gibbs) @ u.conj().T
        ab, env = numeric.ptrace(out, [4, 4], [0]), numeric.ptrace(out, [4, 4], [1])
        d_s = (numeric.entropy(ab) - numeric.entropy(start) + numeric.entropy(env)
               - numeric.entropy(gibbs))
        d_e = ree(start).value - ree(ab).value
        e = mp.mpf(eps.p) / eps.q
        assert d_e > d_s > 0 and mp.mpf("0.1") / e < d_e / d_s < 10 / e


def test_coherences_alone_produce_entropy():
    """Thermal populations with coherences in the energy basis: the population bound of
    text.sigma_zero_only_at_equilibrium vanishes, sigma itself is positive."""
    smp = V.THERMALISING.given({**V.QUBIT_THERMAL, V.rho: fixed(
        V.exact_gibbs(V.QUBIT_H, Rational(7, 10)) + sympy.Matrix([[0, Rational(1, 10)],
                                                                   [Rational(1, 10), 0]]),
        state_dims=(2,))}).sampler("thermal-populations-coherent", 2)
    with numeric.precision(30):
        ev = evaluator(smp, dynamics=V.GKLS)
        assert abs(V.population_sigma(ev)) < 1e-25 and mp.re(ev(V.sigma)) > mp.mpf("1e-3")


def test_weak_coupling_gap_is_linear_in_J():
    """sigma does not depend on the strength J of the internal dynamics; sigma_E is affine in J
    with slope sigma_E^int."""
    with numeric.precision(30):
        smp, values = V.WEAK_COUPLING_SAMPLERS[0], []
        for j in (100, 200, 400):
            sample = smp.build(smp.draw(0).theta, "mp")
            sample.bindings[V.J] = mp.mpf(j)
            ev = Evaluator(sample, V.INTERNAL)
            rate = ree_rate(mat(ev, V.rho), mat(ev, Dt(V.rho)))
            values.append((mp.re(ev(V.sigma)), rate))
        assert abs(values[0][0] - values[2][0]) < 1e-25
        slope1 = (values[1][1] - values[0][1]) / 100
        slope2 = (values[2][1] - values[1][1]) / 200
        assert abs(slope1 - slope2) < 1e-20 and abs(slope1) > mp.mpf("1e-3")


def test_entanglement_dies_at_the_closed_form_time():
    """Just before t_d the solution of (5) is entangled, just after it is separable."""
    with numeric.precision(30):
        ev = evaluator(V.EXAMPLE[1], dynamics=V.ALONG_T)
        td = V.death_time_closed_form(ev)
        for shift, entangled in ((-mp.mpf("0.01"), True), (mp.mpf("0.01"), False)):
            s2 = V.EXAMPLE[1].build((), "mp")
            s2.bindings[V.t] = td + shift
            value = ree(mat(Evaluator(s2), V.RHO_TRUE)).value
            assert (value > 0) == entangled
