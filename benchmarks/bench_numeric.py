"""Time per correlation "check" for the kernel at high precision and float64, numpy and QuTiP.

A check is what a derivation step evaluates for a state rho of S (x) B and a Hamiltonian H:

    I(S:B) = S(rho_S) + S(rho_B) - S(rho)
    dI/dt  = i Tr[[H, chi] log(rho_S (x) rho_B)],   chi = rho - rho_S (x) rho_B,

with log(rho_S (x) rho_B) = log rho_S (x) I + I (x) log rho_B (only the marginals are
diagonalised).  Every backend computes the same two numbers for the same seeded state;
the script checks they agree before timing.  Times are CPU time of this process, with BLAS
on one thread: on a shared machine wall-clock time measures the neighbours.  The backends
are timed in interleaved rounds (best of each), so a ratio compares them under the same
load.  "unchecked" is the kernel check through the unchecked entries the engine's
evaluator uses (numeric._unchecked): the difference to "kernel dps50" is what checking the
arguments of every public call costs.

Targets (issue 14, part 4): kernel dps50 / QuTiP f64 at most 1 at n = 4 and at most 2 at
n = 16; n = 64 is reported without a target.  Run from the repository root:

    python benchmarks/bench_numeric.py
"""
import os
import sys
import time
import timeit
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy loads BLAS

import numpy as np  # noqa: E402
import qutip  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corrcheck import numeric as nm  # noqa: E402
from corrcheck.numeric.linalg import trace_product  # noqa: E402

SIZES = [(2, 2), (3, 3), (4, 4), (8, 8)]
TARGETS = {4: 1.0, 16: 2.0, 64: None}  # kernel(dps 50) / QuTiP (issue 14, part 4); None: reported


def kernel_check(rho, h, dims, kernel=nm):
    """The check on kernel arrays (object arrays at the working precision, or complex128);
    ``kernel`` the public functions (default) or the unchecked entries."""
    info = kernel.mutual_information(rho, dims)
    chi = kernel.correlation_matrix(rho, dims)
    rho_s, rho_b = kernel.marginals(rho, dims)
    log_product = (kernel.embed(kernel.logm_psd(rho_s), dims, [0])
                   + kernel.embed(kernel.logm_psd(rho_b), dims, [1]))
    return info, 1j * trace_product(kernel.commutator(h, chi), log_product)


class Unchecked:
    """The unchecked entries of the functions the check calls."""

    def __getattr__(self, name):
        return getattr(nm, name).unchecked


def _numpy_entropy(rho):
    w = np.linalg.eigvalsh(rho)
    w = w[w > 1e-15]
    return -np.sum(w * np.log(w))


def _numpy_logm(rho):
    w, v = np.linalg.eigh(rho)
    return (v * np.log(w)) @ v.conj().T


def numpy_check(rho, h, dims):
    """The check in plain numpy float64."""
    ds, db = dims
    t = rho.reshape(ds, db, ds, db)
    rho_s, rho_b = np.einsum("ijkj->ik", t), np.einsum("ijil->jl", t)
    info = _numpy_entropy(rho_s) + _numpy_entropy(rho_b) - _numpy_entropy(rho)
    chi = rho - np.kron(rho_s, rho_b)
    log_product = np.kron(_numpy_logm(rho_s), np.eye(db)) + np.kron(np.eye(ds), _numpy_logm(rho_b))
    c = h @ chi - chi @ h
    return info, 1j * np.sum(c * log_product.T)


def qutip_check(rho, h, dims):
    """The check with QuTiP objects (float64)."""
    info = qutip.entropy_mutual(rho, 0, 1)
    rho_s, rho_b = rho.ptrace(0), rho.ptrace(1)
    chi = rho - qutip.tensor(rho_s, rho_b)
    log_product = (qutip.tensor(rho_s.logm(), qutip.qeye(dims[1]))
                   + qutip.tensor(qutip.qeye(dims[0]), rho_b.logm()))
    return info, 1j * (h * chi - chi * h).__mul__(log_product).tr()


def best_times(calls, rounds=7):
    """{name: best mean CPU time per call} for ``calls`` ({name: no-argument callable}), timed
    in interleaved rounds (each round times every call once, ~0.2 s each)."""
    numbers = {}
    for name, fn in calls.items():
        numbers[name], _ = timeit.Timer(fn, timer=time.process_time).autorange()
    best = dict.fromkeys(calls, float("inf"))
    for _ in range(rounds):
        for name, fn in calls.items():
            t = timeit.Timer(fn, timer=time.process_time).timeit(numbers[name])
            best[name] = min(best[name], t / numbers[name])
    return best


def inputs(dims, dps, seed=1):
    """Seeded random state and Hamiltonian as object arrays at ``dps`` digits."""
    with nm.precision(dps):
        rho = nm.to_array(nm.random_density(dims, seed))
        h = nm.to_array(nm.random_hermitian(rho.shape[0], seed + 1))
    return rho, h


def complex_value(check):
    return np.array([complex(check[0]), complex(check[1])])


def run_size(dims):
    """Times (ms) per backend for one bipartition, after checking the backends agree."""
    n = dims[0] * dims[1]
    qdims = [list(dims), list(dims)]
    calls, values = {}, {}
    for dps in (30, 50):
        rho, h = inputs(dims, dps)
        with nm.precision(dps):
            values[f"kernel dps{dps}"] = complex_value(kernel_check(rho, h, dims))
        calls[f"kernel dps{dps}"] = in_precision(dps, kernel_check, rho, h, dims)
    calls["unchecked dps50"] = in_precision(50, kernel_check, rho, h, dims, Unchecked())
    rho, h = (a.astype(complex) for a in inputs(dims, 30))
    for name, fn, args in [("kernel f64", kernel_check, (rho, h, dims)),
                           ("numpy f64", numpy_check, (rho, h, dims)),
                           ("QuTiP f64", qutip_check, (qutip.Qobj(rho, dims=qdims),
                                                       qutip.Qobj(h, dims=qdims), dims))]:
        values[name] = complex_value(fn(*args))
        calls[name] = (lambda f, a: lambda: f(*a))(fn, args)
    ref = values["kernel dps50"]
    worst = max(np.abs(v - ref).max() for v in values.values())
    if worst > 1e-10:
        raise AssertionError(f"backends disagree at n = {n}: {values}")
    rounds = 3 if n > 16 else 7
    return n, {k: 1e3 * v for k, v in best_times(calls, rounds).items()}


def in_precision(dps, fn, *args):
    def call():
        with nm.precision(dps):
            return fn(*args)
    return call


def main():
    columns = ["kernel dps30", "kernel dps50", "unchecked dps50", "kernel f64", "numpy f64",
               "QuTiP f64"]
    print("check: I(S:B) and dI/dt = i Tr[[H, chi] log(rho_S (x) rho_B)], seeded random rho and H")
    print("CPU ms per check (best of interleaved rounds); ratio = kernel dps50 / QuTiP f64\n")
    print(f"{'n':>3} {'dims':>5} " + " ".join(f"{c:>15}" for c in columns)
          + f" {'ratio':>7} {'target':>7}")
    ok = True
    for dims in SIZES:
        n, ms = run_size(dims)
        ratio = ms["kernel dps50"] / ms["QuTiP f64"]
        target = TARGETS.get(n)
        met = target is None or ratio <= target
        ok &= met
        shown = f"<= {target:g}" if target is not None else ("report" if n in TARGETS else "-")
        flag = "" if target is None else (" met" if met else " MISSED")
        print(f"{n:>3} {dims[0]}x{dims[1]:<3} " + " ".join(f"{ms[c]:>15.3f}" for c in columns)
              + f" {ratio:>7.2f} {shown:>7}{flag}")
    print("\ntargets (issue 14, part 4): ratio <= 1 at n = 4, <= 2 at n = 16 (n = 64 reported): "
          + ("met" if ok else "NOT met"))


if __name__ == "__main__":
    main()
