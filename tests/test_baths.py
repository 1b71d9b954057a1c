"""corrcheck.baths: Drude-Lorentz baths, HEOM (QuTiP), the weak-coupling GKLS cross-check, heat and
entropy production; and (slow) the sensitivity of holdsworth2022's HEOM claims to the unprinted
bath parameters.  Skipped without the optional extra corrcheck[heom]."""
import math

import numpy as np
import pytest

from corrcheck import baths

qt = pytest.importorskip("qutip", minversion="5")

H1 = qt.Qobj(np.diag([-0.5, 0.5]))          # a qubit, |0> the ground state
DIMS = [[2, 2], [2, 2]]


def _two_qubits(omega=0.1):
    h = np.diag([-0.5, 0.5])
    local = np.kron(h, np.eye(2)) + np.kron(np.eye(2), h)
    v = np.zeros((4, 4), dtype=complex)
    v[1, 2] = v[2, 1] = omega
    sx = np.array([[0, 1], [1, 0]], dtype=complex)
    qa, qb = (qt.Qobj(m, dims=DIMS) for m in (np.kron(sx, np.eye(2)), np.kron(np.eye(2), sx)))
    return qt.Qobj(local, dims=DIMS), qt.Qobj(v, dims=DIMS), qa, qb


def _pair_baths(kappa, gamma=2.0, temps=(2.0, 1.0)):
    _, _, qa, qb = _two_qubits()
    return [baths.DrudeLorentz.ohmic(qa, kappa, gamma, temps[0], "A"),
            baths.DrudeLorentz.ohmic(qb, kappa, gamma, temps[1], "B")]


def _correlated_start():
    """A correlated two-qubit state with Gibbs-like marginals (X form)."""
    m = np.diag([0.45, 0.2, 0.25, 0.1]).astype(complex)
    m[1, 2], m[2, 1] = 0.15j, -0.15j
    return qt.Qobj(m, dims=DIMS)


def _gibbs_excited(T):
    return 1 / (1 + math.exp(1 / T))


# ------------------------------------------------------------------ equilibrium


@pytest.mark.parametrize("T", [1.0, 2.0])
def test_one_qubit_steady_state_is_gibbs(T):
    """The HEOM steady state of a qubit with one bath is its Gibbs state up to the O(lam)
    mean-force correction, which vanishes linearly as lam -> 0."""
    dev = []
    for lam in (1e-3, 1e-4):
        h = baths.HEOM(H1, [baths.DrudeLorentz(qt.sigmax(), lam, 2.0, T)], Nk=2, depth=3)
        rho = h.steady().rho.full()
        dev.append(abs(rho[1, 1].real - _gibbs_excited(T)))
        assert abs(rho[0, 1]) < 1e-12                       # no coherence (parity symmetry)
    assert dev[0] < 0.2 * 1e-3
    assert dev[1] < dev[0] / 5                               # linear in lam


def test_gkls_steady_state_is_gibbs():
    """Detailed balance of the GKLS rates S(w)/S(-w) = e^{w/T}: the Gibbs state is stationary."""
    g = baths.GKLS(H1, [baths.DrudeLorentz(qt.sigmax(), 0.01, 2.0, 1.5)])
    assert abs(g.steady().full()[1, 1].real - _gibbs_excited(1.5)) < 1e-10


def test_matsubara_needs_more_terms_than_pade():
    """Without a terminator two Matsubara terms miss the Gibbs state at T = 1, two Pade terms do
    not: why the module defaults to Pade."""
    bath = baths.DrudeLorentz(qt.sigmax(), 1e-3, 2.0, 1.0)
    pade = baths.HEOM(H1, [bath], Nk=2, depth=2).steady().rho.full()[1, 1].real
    mats = baths.HEOM(H1, [bath], Nk=2, depth=2, pade=False).steady().rho.full()[1, 1].real
    assert abs(pade - _gibbs_excited(1.0)) < 2e-4 < 1e-2 < abs(mats - _gibbs_excited(1.0))


# ------------------------------------------------------------------ dynamics


def test_heom_agrees_with_gkls_at_weak_coupling():
    """One qubit: populations and heat of HEOM and the GKLS model over three relaxation times
    differ by O(kappa) (the coherences' phases differ by the Lamb shift, absent in GKLS)."""
    start = qt.Qobj(np.array([[0.2, 0.3], [0.3, 0.8]]))
    err = []
    for kappa in (1e-2, 1e-3):
        bath = [baths.DrudeLorentz.ohmic(qt.sigmax(), kappa, 2.0, 1.0)]
        times = np.linspace(0, 3 / kappa, 61)
        a = baths.HEOM(H1, bath, Nk=2, depth=3).evolve(start, times)
        b = baths.GKLS(H1, bath).evolve(start, times)
        scale = np.abs(b.heat).max()
        err.append(max(np.abs(a.rho[:, 1, 1] - b.rho[:, 1, 1]).max(),
                       np.abs(a.heat - b.heat).max() / scale))
    assert err[1] < 0.01 and err[1] < err[0] / 5


def test_two_qubits_heom_agrees_with_global_gkls():
    """Two coupled qubits with rates << 2 Omega: HEOM and the global secular GKLS model carry the
    same heat to a few per cent."""
    local, v, _, _ = _two_qubits()
    bs = _pair_baths(2.5e-4)
    times = np.linspace(0, 2400, 61)
    a = baths.HEOM(local + v, bs, Nk=2, depth=2).evolve(_correlated_start(), times)
    b = baths.GKLS(local + v, bs).evolve(_correlated_start(), times)
    assert np.abs(a.heat - b.heat).max() < 0.05 * np.abs(b.heat).max()


def test_heat_conserves_energy():
    """Q_A + Q_B = Delta[<H_S> + <Q_A X_A> + <Q_B X_B>] at every time (HEOM); = Delta<H_S>
    in the GKLS model."""
    local, v, _, _ = _two_qubits()
    bs = _pair_baths(0.01)
    times = np.linspace(0, 60, 301)
    a = baths.HEOM(local + v, bs, Nk=2, depth=2).evolve(_correlated_start(), times)
    energy = a.expect(local + v) + a.interaction.sum(axis=1)
    assert np.abs(energy - energy[0] - a.heat.sum(axis=1)).max() < 1e-10
    assert np.abs(a.heat).max() > 0.01                     # not trivially zero
    h = np.diag([-0.5, 0.5])
    parts = [qt.Qobj(np.kron(h, np.eye(2)), dims=DIMS), qt.Qobj(np.kron(np.eye(2), h), dims=DIMS)]
    b = baths.GKLS(local + v, bs, local=parts)
    g = b.evolve(_correlated_start(), times)
    e = g.expect(local + v)
    assert np.abs(e - e[0] - g.heat.sum(axis=1)).max() < 1e-10


def test_steady_currents_balance():
    """In the non-equilibrium steady state J_A = -J_B > 0: heat flows from hot A to cold B."""
    local, v, _, _ = _two_qubits()
    h = baths.HEOM(local + v, _pair_baths(0.01), Nk=2, depth=2)
    j, _ = h.currents(h.steady())
    assert j[0] > 1e-4 and abs(j[0] + j[1]) < 1e-10 * abs(j[0])


def test_propagation_matches_qutip_solver():
    """The exponentiated generator reproduces QuTiP's own HEOMSolver.run (ODE)."""
    local, v, _, _ = _two_qubits()
    h = baths.HEOM(local + v, _pair_baths(0.01), Nk=2, depth=2)
    times = np.linspace(0, 30, 31)
    a = h.evolve(_correlated_start(), times)
    h.solver.options = {"atol": 1e-11, "rtol": 1e-10, "progress_bar": False}
    b = h.solver.run(_correlated_start(), times)
    assert max(np.abs(a.rho[i] - b.states[i].full()).max() for i in range(len(times))) < 1e-7


def test_sparse_propagation_matches_dense(monkeypatch):
    """Above DENSE_MAX the generator is applied by expm_multiply: same trajectory."""
    local, v, _, _ = _two_qubits()
    h = baths.HEOM(local + v, _pair_baths(0.01), Nk=1, depth=2)
    times = np.linspace(0, 40, 81)
    a = h.evolve(_correlated_start(), times)
    monkeypatch.setattr(baths, "DENSE_MAX", 10)
    b = baths.HEOM(local + v, _pair_baths(0.01), Nk=1, depth=2).evolve(_correlated_start(), times)
    assert np.abs(a.rho - b.rho).max() < 1e-10 and np.abs(a.heat - b.heat).max() < 1e-10


def test_continuing_a_trajectory():
    """Evolving to t1 and continuing from its end state equals evolving to t2 at once; ``then``
    joins times and heat."""
    local, v, _, _ = _two_qubits()
    h = baths.HEOM(local + v, _pair_baths(0.01), Nk=2, depth=2)
    whole = h.evolve(_correlated_start(), np.linspace(0, 20, 41))
    first = h.evolve(_correlated_start(), np.linspace(0, 10, 21))
    joined = first.then(h.evolve(first.end, np.linspace(0, 10, 21)))
    assert joined.times[-1] == 20 and len(joined) == 42
    assert np.abs(joined.rho[-1] - whole.rho[-1]).max() < 1e-12
    assert np.abs(joined.heat[-1] - whole.heat[-1]).max() < 1e-12


# ------------------------------------------------------------------ thermodynamics


def test_entropy_production_nonnegative_from_product_start():
    """(C4): Sigma = Delta S - sum Q_k/T_k >= 0 when the baths start in equilibrium and
    uncorrelated with the system (all ADOs zero); Sigma_0 = Sigma + Delta I."""
    local, v, _, _ = _two_qubits()
    bs = _pair_baths(0.01)
    h = baths.HEOM(local + v, bs, Nk=2, depth=2)
    tr = h.evolve(_correlated_start(), np.linspace(0, 80, 161))
    sigma = baths.entropy_production(tr, [2.0, 1.0])
    sigma0 = baths.entropy_production(tr, [2.0, 1.0], parties=True)
    info = baths.mutual_information(tr)
    assert sigma[0] == 0 and sigma.min() > -1e-9 and sigma[-1] > 0.01
    assert np.abs(sigma0 - sigma - (info - info[0])).max() < 1e-12


def test_mutual_information_and_reduced_states():
    bell = np.zeros((4, 4))
    bell[0, 0] = bell[0, 3] = bell[3, 0] = bell[3, 3] = 0.5
    tr = baths.Trajectory(np.array([0.0]), bell[None].astype(complex), np.zeros((1, 1)),
                          np.zeros((1, 1)), DIMS, ("A",))
    assert np.allclose(baths.reduced(tr.rho, (2, 2), 0)[0], np.eye(2) / 2)
    assert abs(baths.mutual_information(tr)[0] - 2 * math.log(2)) < 1e-12


# ------------------------------------------------------------------ bad input


def test_bad_input_gets_named_errors():
    local, v, qa, qb = _two_qubits()
    good = baths.DrudeLorentz(qa, 0.01, 1.0, 1.0, "A")
    with pytest.raises(baths.BathError, match="Hermitian"):
        baths.HEOM(local + 1j * v, [good])
    with pytest.raises(baths.BathError, match="positive"):
        baths.DrudeLorentz(qa, 0.01, 1.0, -1.0)
    with pytest.raises(baths.BathError, match="lam"):
        baths.DrudeLorentz(qa, -0.01, 1.0, 1.0)
    with pytest.raises(baths.BathError, match="distinct"):
        baths.HEOM(local, [good, baths.DrudeLorentz(qb, 0.01, 1.0, 1.0, "A")])
    with pytest.raises(baths.BathError, match="dims"):
        baths.HEOM(H1, [good])
    with pytest.raises(baths.BathError, match="commute"):
        sy = qt.Qobj(np.kron(np.array([[0, -1j], [1j, 0]]), np.eye(2)), dims=DIMS)
        baths.HEOM(local, [good, baths.DrudeLorentz(sy, 0.01, 1.0, 1.0, "B")])
    h = baths.HEOM(local, [good], Nk=1, depth=1)
    with pytest.raises(baths.BathError, match="uniformly"):
        h.evolve(_correlated_start(), [0, 1, 3])
    with pytest.raises(baths.BathError, match="unit trace"):
        h.evolve(2 * _correlated_start(), [0, 1])
    with pytest.raises(baths.BathError, match="depth"):
        baths.HEOM(local, [good], depth=0)
    with pytest.raises(baths.BathError, match="temperature"):
        baths.entropy_production(h.evolve(_correlated_start(), [0, 1]), [1.0, 2.0])


def test_available_reads_the_installed_version(monkeypatch):
    assert baths.available()
    monkeypatch.setattr(baths.metadata, "version", lambda name: "4.7.6")
    assert not baths.available()


# ------------------------------------------------------------------ holdsworth2022 (slow study)

SETTINGS = {
    "lam = kappa (reorganisation energy)": {"rule": "reorganisation"},
    "Nk = 3": {"nk": 3},
    "depth 3": {"depth": 3},
    "local weak-coupling GKLS": {"model": "gkls"},
}


def _outcomes(settings):
    """{claim id: {sample: passes}} for holdsworth2022's HEOM claims under ``settings``."""
    from corrcheck import numeric
    from corrcheck.derivations import holdsworth2022 as H
    from corrcheck.evaluate import Evaluator
    from corrcheck.registry import paper
    from corrcheck.verdict import compare, side
    saved = dict(H.HEOM_SETTINGS)
    H.HEOM_SETTINGS.update(settings)
    try:
        out = {}
        for c in paper("holdsworth2022").claims:
            if c.lhs is None or not any(s.name.startswith("heom") for s in c.samplers):
                continue
            for smp in c.samplers:
                with numeric.precision(30):
                    ev = Evaluator(smp.draw(None), c.dynamics)
                    cmp = compare(c, ev, side(c.lhs, ev), side(c.rhs, ev), 30)
                out.setdefault(c.id, {})[smp.name] = bool(cmp.violation <= cmp.tolerance)
        return out
    finally:
        H.HEOM_SETTINGS.clear()
        H.HEOM_SETTINGS.update(saved)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_holdsworth2022_heom_claims_are_robust(name):
    """Every decided HEOM claim has the same outcome on every sample with the other reading of
    kappa, a larger hierarchy, or the local GKLS model, except the cross-checks that the GKLS
    model cannot make (<V_AB>(tau) = 0 exactly there: no Lamb shift)."""
    base, other = _outcomes({}), _outcomes(SETTINGS[name])
    differ = {c for c in base if base[c] != other[c]}
    if name == "local weak-coupling GKLS":
        assert differ <= {"holdsworth2022.fig6.kappa_tuning_control"}
    elif name == "lam = kappa (reorganisation energy)":
        # the cutoff-0.5 samples are the controls' weak-bath points; with lam = kappa they are
        # 4x stronger baths, where Sigma_0 is monotone again
        assert differ <= {"holdsworth2022.fig5a.sigma0_monotone_control"}
    else:
        assert not differ
