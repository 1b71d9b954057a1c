"""Cross-checks against QuTiP (float64) on seeded random states: agreement to 1e-12.

Each family is declared once (kernel function, QuTiP reference, shapes) and expanded
into cases ``<family>-<dims>-<state>``.  The kernel runs at 30 digits and on its
float64 path (float64 input outside a precision block); both must agree with QuTiP.
"""
from dataclasses import dataclass
from typing import Callable

import mpmath as mp
import numpy as np
import pytest
import qutip

from corrcheck import numeric as nm

AGREE = 1e-12
DIMS = [(2, 2), (2, 3), (3, 3), (2, 4)]
STATES = {
    "hs1": lambda dims: nm.random_density(dims, 1),
    "hs2": lambda dims: nm.random_density(dims, 2),
    "bures3": lambda dims: nm.random_density(dims, 3, ensemble="bures"),
    "rank2": lambda dims: nm.random_density(dims, 4, rank=2),
}


def qobj(a, dims):
    return qutip.Qobj(np.array(a.tolist(), dtype=complex), dims=[list(dims), list(dims)])


def as_complex(x):
    """A kernel answer (number or matrix, either kind) as complex numpy data."""
    if isinstance(x, (mp.matrix, np.ndarray)):
        return np.array(x.tolist(), dtype=complex)
    return complex(x)


@dataclass(frozen=True)
class Family:
    """One quantity: the kernel's function of (rho, dims) and QuTiP's of a Qobj."""
    name: str
    kernel: Callable
    reference: Callable
    dims: tuple = tuple(DIMS)
    states: tuple = tuple(STATES)


FAMILIES = [
    Family("entropy", lambda rho, dims: nm.entropy(rho), qutip.entropy_vn,
           states=("hs1", "hs2", "bures3")),  # QuTiP clips zero eigenvalues at 1e-17
    Family("ptrace-S", lambda rho, dims: nm.ptrace(rho, dims, 0), lambda q: q.ptrace(0)),
    Family("ptrace-B", lambda rho, dims: nm.ptrace(rho, dims, [1]), lambda q: q.ptrace([1])),
    Family("mutual-information", nm.mutual_information, lambda q: qutip.entropy_mutual(q, 0, 1),
           states=("hs1", "hs2", "bures3")),
    # QuTiP takes square roots of the eigenvalues of a non-Hermitian product: rank-deficient
    # states lose half the digits there, so only full-rank states are compared
    Family("concurrence", lambda rho, dims: nm.concurrence(rho), qutip.concurrence,
           dims=((2, 2),), states=("hs1", "hs2", "bures3")),
]

CASES = [(f, dims, s) for f in FAMILIES for dims in f.dims for s in f.states]


def case_id(case):
    f, dims, s = case
    return f"{f.name}-{dims[0]}x{dims[1]}-{s}"


@pytest.mark.parametrize("kind", ["dps30", "float64"])
@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_agrees_with_qutip(case, kind):
    family, dims, state = case
    with nm.precision(30):
        rho = STATES[state](dims)
        if kind == "dps30":
            got = as_complex(family.kernel(rho, dims))
    if kind == "float64":  # outside a precision block: the float64 path
        rho = np.array(rho.tolist(), dtype=complex)
        got = as_complex(family.kernel(rho, dims))
    ref = family.reference(qobj(rho, dims))
    ref = ref.full() if isinstance(ref, qutip.Qobj) else complex(ref)
    assert np.max(np.abs(np.asarray(got) - ref)) < AGREE


def test_concurrence_family_covers_entangled_states():
    """The concurrence cases are not all separable (C = 0)."""
    with nm.precision(30):
        values = [nm.concurrence(STATES[s]((2, 2))) for s in ("hs1", "hs2", "bures3")]
    assert sum(1 for c in values if c > mp.mpf("0.05")) >= 1


# ---------------------------------------------------------------- Lindblad propagation

def open_system(dims, k):
    """Seeded random H and k random jump operators with rates, as mpmath matrices."""
    n = int(np.prod(dims))
    h = nm.random_hermitian(n, 1)
    jumps = [(nm.random_hermitian(n, 11 + j) + 1j * nm.random_hermitian(n, 21 + j)) / 2
             for j in range(k)]
    rates = [mp.mpf(g) for g in ("0.3", "0.7", "1.1")[:k]]
    return h, jumps, rates


def qutip_open_system(h, jumps, rates, dims):
    return qobj(h, dims), [np.sqrt(float(g)) * qobj(l, dims) for l, g in zip(jumps, rates)]


LINDBLAD_CASES = [(dims, k) for dims in DIMS for k in (2, 3)]
LINDBLAD_IDS = [f"{d[0]}x{d[1]}-{k}jumps" for d, k in LINDBLAD_CASES]
T = "0.8"


@pytest.mark.parametrize("dims, k", LINDBLAD_CASES, ids=LINDBLAD_IDS)
def test_lindbladian_is_qutips_liouvillian(dims, k):
    with nm.precision(30):
        h, jumps, rates = open_system(dims, k)
        sup = as_complex(nm.lindbladian(h, jumps, rates))
    hq, cq = qutip_open_system(h, jumps, rates, dims)
    assert np.abs(qutip.liouvillian(hq, cq).full() - sup).max() < AGREE


@pytest.mark.parametrize("kind", ["dps20", "float64"])
@pytest.mark.parametrize("dims, k", LINDBLAD_CASES[::2] + [((2, 3), 3)],
                         ids=LINDBLAD_IDS[::2] + ["2x3-3jumps"])
def test_propagate_agrees_with_qutip_expm_and_mesolve(dims, k, kind):
    with nm.precision(20):
        h, jumps, rates = open_system(dims, k)
        rho = nm.random_density(dims, 2)
        sup = nm.lindbladian(h, jumps, rates)
        if kind == "dps20":
            got = as_complex(nm.propagate(sup, rho, mp.mpf(T)))
    if kind == "float64":  # outside a precision block: the float64 path
        sup, rho = as_complex(sup), as_complex(rho)
        got = as_complex(nm.propagate(sup, rho, float(T)))
    hq, cq = qutip_open_system(h, jumps, rates, dims)
    rq = qobj(rho, dims)
    by_expm = qutip.vector_to_operator((qutip.liouvillian(hq, cq) * float(T)).expm()
                                       * qutip.operator_to_vector(rq))
    assert np.abs(by_expm.full() - got).max() < AGREE
    by_ode = qutip.mesolve(hq, rq, [0, float(T)], cq, options={"atol": 1e-13, "rtol": 1e-13})
    assert np.abs(by_ode.states[-1].full() - got).max() < AGREE
