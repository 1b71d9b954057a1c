"""Vocabulary shared by the papers: bipartite states, correlation matrix, samplers.

Conventions: hbar = 1, natural log, drho/dt = -i[H, rho], kron order (first party) (x)
(second party).  Each paper names its own parties and Hamiltonians; this module
builds the standard derived quantities from those names.
"""
from dataclasses import dataclass

import sympy
from sympy import I

from .symbolic.expr import Op, comm, ptr

from .samplers import density, fixed, hermitian, sampler


@dataclass(frozen=True)
class Bipartite:
    """A bipartite system (a, b) with state rho and Hamiltonian H_a + H_b + H_int.

    ``rho_a = Tr_b rho``, ``rho_b = Tr_a rho``, ``chi = rho - rho_a rho_b`` (the
    correlation matrix), ``schroedinger`` the dynamics drho/dt = -i[H, rho].
    """
    a: str
    b: str
    rho: Op
    H_a: Op
    H_b: Op
    H_int: Op

    @classmethod
    def named(cls, a="S", b="B", H_a=None, H_b=None, H_int="H_I", rho="rho"):
        return cls(a, b, Op(rho, (a, b), "state"), Op(H_a or f"H_{a}", (a,), "hermitian"),
                   Op(H_b or f"H_{b}", (b,), "hermitian"), Op(H_int, (a, b), "hermitian"))

    @property
    def rho_a(self):
        return ptr(self.rho, self.b)

    @property
    def rho_b(self):
        return ptr(self.rho, self.a)

    @property
    def chi(self):
        return self.rho - self.rho_a * self.rho_b

    @property
    def H(self):
        return self.H_a + self.H_b + self.H_int

    @property
    def schroedinger(self):
        return {self.rho: -I * comm(self.H, self.rho)}


def closed_samplers(system, dims=((2, 2), (2, 3), (3, 3)), scalars=None, prefix="hs"):
    """Random closed bipartite systems: a Hilbert-Schmidt state and GUE Hamiltonians
    H_a, H_b, H_int for each pair of dimensions; ``scalars`` adds {symbol: recipe}."""
    out = []
    for da, db in dims:
        bind = {system.rho: density(), system.H_a: hermitian(), system.H_b: hermitian(),
                system.H_int: hermitian()}
        bind.update(scalars or {})
        out.append(sampler(f"{prefix}-{da}x{db}", (system.a, system.b), (da, db), bind,
                           description="random closed system"))
    return tuple(out)



def pauli(axis):
    """Pauli matrix ('x', 'y', 'z', 'i') as an exact SymPy matrix, sigma_z = diag(1, -1)."""
    return {"x": sympy.Matrix([[0, 1], [1, 0]]), "y": sympy.Matrix([[0, -I], [I, 0]]),
            "z": sympy.Matrix([[1, 0], [0, -1]]), "i": sympy.eye(2)}[axis]


def kron(a, b):
    """Tensor product of SymPy matrices."""
    return sympy.kronecker_product(a, b)


def _printed(text):
    """A printed complex decimal such as '-0.181049-0.038525i' as an exact SymPy number."""
    return sympy.Rational(text) if "i" not in text else sympy.sympify(
        text.replace("i", "*I"), rational=True)


# alipour2024, Supplemental Material eq. (13): two-qubit state printed to 6 decimals
# (Hermitian with trace exactly 1 as printed; eigenvalues 0.0041, 0.129, 0.259, 0.608).
EQ13_STATE = sympy.Matrix([[_printed(x) for x in row.split()] for row in (
    "0.403041 -0.181049-0.038525i 0.012466+0.12214i -0.044462+0.058024i",
    "-0.181049+0.038525i 0.314013 0.025204-0.101876i 0.053753+0.030605i",
    "0.012466-0.12214i 0.025204+0.101876i 0.065777 -0.018686+0.024092i",
    "-0.044462-0.058024i 0.053753-0.030605i -0.018686-0.024092i 0.217169")])

# alipour2024 Example II: H_S = sigma_z, H_B = -sigma_z/2,
# H_I = 5/2 sx sx + 1/2 sy sy + 9/2 sz sz
EXAMPLE2_H = (pauli("z"), -pauli("z") / 2,
              sympy.Rational(5, 2) * kron(pauli("x"), pauli("x"))
              + sympy.Rational(1, 2) * kron(pauli("y"), pauli("y"))
              + sympy.Rational(9, 2) * kron(pauli("z"), pauli("z")))


def special_closed(system, scalars=None, name="eq13-2x2"):
    """The printed two-qubit system of alipour2024 (state (13), Example II Hamiltonians) as a
    fixed sampler of ``system``; ``scalars`` adds {symbol: fixed(value)}."""
    hs, hb, hi = EXAMPLE2_H
    bind = {system.rho: fixed(EQ13_STATE, state_dims=(2, 2)), system.H_a: fixed(hs),
            system.H_b: fixed(hb), system.H_int: fixed(hi)}
    bind.update(scalars or {})
    return sampler(name, (system.a, system.b), (2, 2), bind, random=False,
                   description="state (13) and Hamiltonians of alipour2024 Example II")
