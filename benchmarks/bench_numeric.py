"""Time per correlation "check" for the kernel at high precision and float64, numpy and QuTiP.

A check is what a derivation step evaluates for a state rho of S (x) B and a Hamiltonian H:

    I(S:B) = S(rho_S) + S(rho_B) - S(rho)
    dI/dt  = i Tr[[H, chi] log(rho_S (x) rho_B)],   chi = rho - rho_S (x) rho_B,

with log(rho_S (x) rho_B) = log rho_S (x) I + I (x) log rho_B (only the marginals are
diagonalised).  Every backend computes the same two numbers for the same seeded state;
the script checks they agree before timing.  Times are CPU time of this process (best of
5), with BLAS on one thread: on a shared machine wall-clock time measures the neighbours.
Run from the repository root:

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

SIZES = [(2, 2), (3, 3), (4, 4)]
TARGETS = {4: 1.0, 16: 5.0}  # kernel(dps 50) / QuTiP at n = 4 and n = 16


def kernel_check(rho, h, dims):
    """The check on kernel arrays (object arrays at the working precision, or complex128)."""
    info = nm.mutual_information(rho, dims)
    chi = nm.correlation_matrix(rho, dims)
    rho_s, rho_b = nm.marginals(rho, dims)
    log_product = nm.embed(nm.logm_psd(rho_s), dims, [0]) + nm.embed(nm.logm_psd(rho_b), dims, [1])
    return info, 1j * trace_product(nm.commutator(h, chi), log_product)


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


def best_time(fn, *args, repeat=5):
    """Best of ``repeat`` mean CPU times per call (seconds)."""
    timer = timeit.Timer(lambda: fn(*args), timer=time.process_time)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat, number)) / number


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
    rows, values = {}, {}
    for dps in (30, 50):
        rho, h = inputs(dims, dps)
        with nm.precision(dps):
            values[f"kernel dps{dps}"] = complex_value(kernel_check(rho, h, dims))
            rows[f"kernel dps{dps}"] = best_time(kernel_check, rho, h, dims)
    rho, h = (a.astype(complex) for a in inputs(dims, 30))
    for name, fn, args in [("kernel f64", kernel_check, (rho, h, dims)),
                           ("numpy f64", numpy_check, (rho, h, dims)),
                           ("QuTiP f64", qutip_check, (qutip.Qobj(rho, dims=qdims),
                                                       qutip.Qobj(h, dims=qdims), dims))]:
        values[name] = complex_value(fn(*args))
        rows[name] = best_time(fn, *args)
    ref = values["kernel dps50"]
    worst = max(np.abs(v - ref).max() for v in values.values())
    if worst > 1e-10:
        raise AssertionError(f"backends disagree at n = {n}: {values}")
    return n, {k: 1e3 * v for k, v in rows.items()}


def main():
    columns = ["kernel dps30", "kernel dps50", "kernel f64", "numpy f64", "QuTiP f64"]
    print("check: I(S:B) and dI/dt = i Tr[[H, chi] log(rho_S (x) rho_B)], seeded random rho and H")
    print("CPU ms per check (best of 5); ratio = kernel dps50 / QuTiP f64\n")
    print(f"{'n':>3} {'dims':>5} " + " ".join(f"{c:>13}" for c in columns) + f" {'ratio':>7}")
    ok = True
    for dims in SIZES:
        n, ms = run_size(dims)
        ratio = ms["kernel dps50"] / ms["QuTiP f64"]
        target = TARGETS.get(n)
        flag = "" if target is None else (" ok" if ratio <= target else f" MISSES <= {target:g}")
        ok &= target is None or ratio <= target
        print(f"{n:>3} {dims[0]}x{dims[1]:<3} " + " ".join(f"{ms[c]:>13.3f}" for c in columns)
              + f" {ratio:>7.2f}{flag}")
    print("\ntargets: ratio <= 1 at n = 4, <= 5 at n = 16: " + ("met" if ok else "NOT met"))


if __name__ == "__main__":
    main()
