"""alipour2016: the modelling choices behind the claims, checked on their own.

* Example II is checked on one bath mode truncated to 12 Fock levels; the truncation is
  converged far below the 50-digit tolerance (compare with more levels).
* The tuned samplers really sit at an instant where the rates they tune vanish.
* The figure is deterministic.
"""
import hashlib

import mpmath as mp
import numpy as np

from corrcheck import numeric
from corrcheck.derivations import alipour2016 as A
from corrcheck.evaluate import Evaluator
from corrcheck.setups import fixed


def _max_abs(m):
    return max(abs(x) for x in np.asarray(m).flat)


def _low_block(m, k):
    return np.asarray(m.tolist())[:k, :k]


def test_mode_truncation_is_converged():
    """The exact reduced states and the low Fock block of rho_B of the 12-level model of Example II
    agree with a 20-level model, and its bath entropy rate at lambda = 10^-3 with a 16-level one, to
    better than 1e-45 lambda^2 (the weak-coupling limits use smaller lambda, where the truncation
    error is smaller still)."""
    with numeric.precision(50):
        small, large = (Evaluator(A.mode_sampler(n).build((), "mp"), A.SCHROEDINGER)
                        for n in (12, 20))
        assert _max_abs(small(A.rho_S).m - large(A.rho_S).m) < mp.mpf("1e-45")
        bs, bl = (_low_block(ev(A.rho_B).m, A.K_LOW) for ev in (small, large))
        assert _max_abs(bs - bl) < mp.mpf("1e-45")
    with numeric.precision(90):   # the Gibbs tail exp(-10 k) must survive in log rho_B
        lam = mp.mpf("1e-3")
        weak = {A.lam: fixed(str(lam))}
        rates = [Evaluator(A.mode_model(n).given(weak).sampler(f"mode-{n}", (2, n)).build((), "mp"),
                           A.SCHROEDINGER)(A.Dt(A.S_B)) for n in (12, 16)]
        assert abs(rates[0]) > mp.mpf("1e-3") * lam ** 2      # the rate is O(lambda^2), not zero
        assert abs(rates[0] - rates[1]) < mp.mpf("1e-45") * lam ** 2


def test_tuned_samplers_zero_the_rates():
    """H_S (and H_int) of the tuned samplers make dU_chi (and dS_chi) vanish at 50 digits."""
    with numeric.precision(50):
        for samplers, rates in ((A.ZERO_DU_CHI, (A.Dt(A.U_chi),)),
                                (A.ZERO_DU_DS_CHI, (A.Dt(A.U_chi), A.Dt(A.S_chi))),
                                (A.ZERO_DU_CHI_DRIVEN, (A.Dt(A.U_chi),))):
            dyn = A.DRIVEN_DYNAMICS if samplers is A.ZERO_DU_CHI_DRIVEN else A.SCHROEDINGER
            for smp in samplers:
                ev = Evaluator(smp.draw(3), dyn)
                for rate in rates:
                    assert abs(ev(rate)) < mp.mpf("1e-44"), (smp.name, rate)
                assert abs(ev(A.Dt(A.S_S))) > mp.mpf("1e-6")


def test_printed_sigma_pm_makes_relaxation_four_times_faster():
    """The misprint eq56.solves_51_printed is a factor 4 in the dissipator, nothing else."""
    with numeric.precision(30):
        ev = Evaluator(A.THERMAL[1].draw(), A.MASTER)
        printed = ev(A.rhs51(A.rho56, A.SP_PRINTED, A.SM_PRINTED) + A.I * A.comm(A.H_lamb, A.rho56))
        standard = ev(A.rhs51(A.rho56, A.SP, A.SM) + A.I * A.comm(A.H_lamb, A.rho56))
        assert _max_abs(printed.m - 4 * standard.m) < mp.mpf("1e-25")


def test_figure_is_deterministic(tmp_path):
    digests = []
    for name in ("a.png", "b.png"):
        A._draw_thermalizing_temperatures(tmp_path / name)
        digests.append(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert digests[0] == digests[1]


def test_eq45_window_is_the_evolved_sample_and_the_screen_agrees():
    """(45): the state at time s from one diagonalisation of H_tot (_flow_45) is the setup's
    evolved state rebuilt at tau = s, and the float64 screen of the premise gives dU_S, dU_B
    of the working precision to float64 accuracy."""
    import contextvars
    for smp in A.EQ45:
        with numeric.precision(30):
            ev = Evaluator(smp.draw(), A.SCHROEDINGER)
            s = ev.sample.bindings[A.tau] * mp.mpf("0.37")
            at = A._flow_45(ev)(s)
            rebuilt = A.rebuilt(ev, A.EQ45, {A.tau: s}).bindings[A.rho]
            assert _max_abs(at.sample.bindings[A.rho] - rebuilt) < mp.mpf("1e-27")
            screen = contextvars.Context().run(A._screen_45, ev, [s])[0]
            exact = [mp.re(at(r)) for r in (A.Dt(A.U_S), A.Dt(A.U_B))]
            assert all(abs(x - y) < 1e-12 for x, y in zip(screen, exact))
            assert isinstance(screen[0], float)
