"""Two-qubit X states: the concurrence in closed form and its maximum over a family, exactly.

The family (holdsworth2022 (8) with (9b)): rho = Lambda + chi with Lambda = diag(l1, l2, l3, l4)
a product of two qubit Gibbs states and chi = diag(x, -x, -x, x) + (c e^{i phi}|01><10| + h.c.),
c >= 0, so rho = [[r, 0, 0, 0], [0, p, c e^{i phi}, 0], [0, c e^{-i phi}, q, 0], [0, 0, 0, s]]
with r = l1 + x, p = l2 - x, q = l3 - x, s = l4 + x.  :func:`optimum_certificate` proves, in
exact arithmetic and for every value of the parameters, that the largest concurrence on the
feasible set (rho >= 0) is 2 sqrt(l4), attained at x = -l4, c = sqrt(l4):

1. (Wootters) C = max(0, m1 - m2 - m3 - m4), m_k the decreasing square roots of the eigenvalues
   of rho (sy sy) rho^* (sy sy).  Its characteristic polynomial is, exactly,
   (z - r s)^2 (z^2 - 2 (p q + c^2) z + (p q - c^2)^2), whose roots are r s (twice) and
   (sqrt(pq) +- c)^2: the m_k are sqrt(rs), sqrt(rs), sqrt(pq) + c, sqrt(pq) - c (c^2 <= pq).
   If sqrt(pq) + c is the largest, C = max(0, 2c - 2 sqrt(rs)); else sqrt(rs) >= sqrt(pq) + c,
   so c - sqrt(rs) <= -sqrt(pq) <= 0 and C = 0: in both cases C = 2 max(0, c - sqrt(rs)).
2. For a product of Gibbs states l1 l4 = l2 l3 and l1 + l2 + l3 + l4 = 1 (checked exactly on the
   given expressions), so p q - r s = -x.
3. With u = sqrt(rs) and v = sqrt(l4): (u + v)^2 - p q = (x + l4) + 2 u v >= 0 because
   s = l4 + x >= 0 on the feasible set; so c - sqrt(rs) <= sqrt(pq) - sqrt(rs) <= sqrt(l4).
4. At x = -l4: p q = (l2 + l4)(l3 + l4) = l4 and r s = 0, so c = sqrt(l4) is feasible and
   C = 2 sqrt(l4).

Every step is a polynomial identity checked by SymPy ``expand`` (the square roots as symbols
with their defining relations); the proof's steps show them.
"""
import sympy
from sympy import I, Matrix, Symbol, symbols

from .outcome import Proof, Step

METHOD = "exact certificate (X-state concurrence, Gibbs-product identities)"


def _flip(m):
    """rho (sy (x) sy) rho^* (sy (x) sy) for a 4 x 4 matrix with real symbols and phase phi."""
    sy = Matrix([[0, -I], [I, 0]])
    yy = sympy.kronecker_product(sy, sy)
    return m * yy * m.conjugate() * yy


def concurrence_steps():
    """Step 1 of the module docstring: (ok, steps)."""
    r, p, q, s, c = symbols("r p q s c", nonnegative=True)
    phi = Symbol("phi", real=True)
    z = Symbol("z")
    rho = Matrix([[r, 0, 0, 0], [0, p, c * sympy.exp(I * phi), 0],
                  [0, c * sympy.exp(-I * phi), q, 0], [0, 0, 0, s]])
    charpoly = sympy.expand((z * sympy.eye(4) - _flip(rho)).det())
    claimed = (z - r * s) ** 2 * (z ** 2 - 2 * (p * q + c ** 2) * z + (p * q - c ** 2) ** 2)
    ok1 = sympy.expand(charpoly - claimed) == 0
    w = Symbol("w", nonnegative=True)                  # w = sqrt(pq)
    quad = z ** 2 - 2 * (p * q + c ** 2) * z + (p * q - c ** 2) ** 2
    roots = sympy.expand(quad.subs(p * q, w ** 2) - (z - (w + c) ** 2) * (z - (w - c) ** 2))
    ok2 = roots == 0
    steps = (
        Step("the X state", "", "rho = [[r, 0, 0, 0], [0, p, c e^{i phi}, 0], [0, c e^{-i phi}, q, 0], "
             "[0, 0, 0, s]], c >= 0, rho >= 0 iff r, s >= 0 and c^2 <= p q"),
        Step("characteristic polynomial of rho (sy sy) rho^* (sy sy), exactly", "det(z - R)",
             f"{sympy.sstr(sympy.factor(claimed))}  [{'checked' if ok1 else 'FAILED'}]"),
        Step("its quadratic factor with w = sqrt(pq)", sympy.sstr(quad.subs(p * q, w ** 2)),
             f"(z - (w + c)^2)(z - (w - c)^2)  [{'checked' if ok2 else 'FAILED'}]"),
        Step("Wootters: C = max(0, m1 - m2 - m3 - m4), m decreasing square roots", "",
             "m = {sqrt(rs), sqrt(rs), sqrt(pq) + c, sqrt(pq) - c}; if sqrt(pq) + c is largest "
             "C = max(0, 2c - 2 sqrt(rs)); otherwise c - sqrt(rs) <= -sqrt(pq) <= 0 and C = 0: "
             "C = 2 max(0, c - sqrt(rs))"),
    )
    return ok1 and ok2, steps


def optimum_certificate(lams, params):
    """:class:`Proof` that max C over the family is 2 sqrt(l4) for ``lams`` = (l1, l2, l3, l4),
    expressions of the positive symbols ``params`` (a product of two qubit Gibbs states); scope
    "closed form" (every value of ``params``), covers not set (the caller decides)."""
    l1, l2, l3, l4 = map(sympy.sympify, lams)
    ok_c, steps = concurrence_steps()
    product = sympy.simplify(l1 * l4 - l2 * l3) == 0
    normal = sympy.simplify(l1 + l2 + l3 + l4 - 1) == 0
    positive = all(sympy.sympify(x).is_positive for x in params)
    L1, L2, L3, L4 = symbols("l1:5", positive=True)
    x = Symbol("x", real=True)
    r, p, q, s = L1 + x, L2 - x, L3 - x, L4 + x
    # p q - r s = -x with L1 L4 = L2 L3 and L1 + ... + L4 = 1 (L1 eliminated by the second)
    gap = sympy.expand((p * q - r * s) + x - (L2 * L3 - L1 * L4) + x * (L1 + L2 + L3 + L4 - 1))
    ok_gap = gap == 0
    u, v = symbols("u v", nonnegative=True)          # u = sqrt(rs), v = sqrt(l4)
    bound = sympy.expand((u + v) ** 2 - (r * s - x) - ((x + L4) + 2 * u * v)
                         - (u ** 2 - r * s) - (v ** 2 - L4))
    ok_bound = bound == 0
    corner = sympy.expand(((L2 + L4) * (L3 + L4) - L4) - (L2 * L3 - L1 * L4)
                          - L4 * (L1 + L2 + L3 + L4 - 1)) == 0
    ok = all((ok_c, product, normal, positive, ok_gap, ok_bound, corner))
    mark = {True: "checked", False: "FAILED"}
    steps += (
        Step("the family (8) with (9b)", "", "r = l1 + x, p = l2 - x, q = l3 - x, s = l4 + x; "
             "feasible: x >= -l4 (s >= 0), c^2 <= p q"),
        Step("a product of Gibbs states", f"l1 l4 - l2 l3 = {sympy.sstr(l1 * l4 - l2 * l3)}",
             f"0 [{mark[product]}]; l1 + l2 + l3 + l4 = 1 [{mark[normal]}] "
             f"(parameters {', '.join(map(str, params))} positive [{mark[positive]}])"),
        Step("hence", "p q - r s", f"-x  [{mark[ok_gap]}: p q - r s + x = (l2 l3 - l1 l4) - "
                                   "x (l1 + l2 + l3 + l4 - 1)]"),
        Step("the bound, u = sqrt(rs), v = sqrt(l4)", "(u + v)^2 - p q",
             f"(x + l4) + 2 u v >= 0 on the feasible set  [{mark[ok_bound]}]"),
        Step("so", "C = 2 max(0, c - sqrt(rs)) <= 2 max(0, sqrt(pq) - sqrt(rs))", "<= 2 sqrt(l4)"),
        Step("attained at x = -l4", "p q = (l2 + l4)(l3 + l4)",
             f"l4 [{mark[corner]}], r s = 0: c = sqrt(l4) is feasible and C = 2 sqrt(l4)"),
    )
    return Proof("proved" if ok else "not_proved", METHOD,
                 "max C over the family = 2 sqrt(lambda_4), for every temperature",
                 scope="closed form", steps=steps)
