"""Every public function of the kernel refuses bad input with a named error and accepts every
input kind (numpy, nested lists, mpmath, SymPy, QuTiP).

The cases are declared here, independently of the roles the functions declare: for each public
function a valid call and, for each argument, what it must be (a state, a Hermitian operator,
a square matrix, ...).  The bad inputs follow from that declaration, so a function that checks
less than its arguments require fails here, and a public function without a case fails
:func:`test_every_public_function_has_a_case`.
"""
import dataclasses
import inspect
from dataclasses import dataclass, field
from typing import Callable

import mpmath as mp
import numpy as np
import pytest
import qutip
import sympy

from corrcheck import numeric as nm
from corrcheck.numeric import checks, constructions, extrapolation, timeseries

DPS = 30
SPECIALISED = (constructions, timeseries, extrapolation)  # public modules imported by path


def public_functions():
    """name -> object for every public callable of corrcheck.numeric and its specialised
    modules (errors excepted: they are raised, not called)."""
    def called(obj):  # errors are raised and result records returned, not called
        return callable(obj) and not (inspect.isclass(obj) and (
            issubclass(obj, Exception) or dataclasses.is_dataclass(obj)))
    out = {name: getattr(nm, name) for name in nm.__all__ if called(getattr(nm, name))}
    for module in SPECIALISED:
        for name, obj in vars(module).items():
            if not name.startswith("_") and called(obj) and obj.__module__ == module.__name__:
                out[name] = obj
    return out


# ---------------------------------------------------------------- argument declarations

@dataclass
class Arg:
    """What an argument must be: ``kind`` one of state, hermitian, traceless, square, matrix,
    superop, vector, scalar; ``make()`` a valid value (a high-precision ndarray for matrices);
    ``sized``: the function fixes its dimension (a wrong one must be refused); ``bad``: invalid
    values of a scalar."""
    kind: str
    make: Callable
    sized: bool = False
    bad: list = field(default_factory=list)


def state(n=4, seed=1, sized=True):
    return Arg("state", lambda: nm.to_array(nm.random_density(n, seed)), sized)


def herm(n=4, seed=2, sized=True):
    return Arg("hermitian", lambda: nm.to_array(nm.random_hermitian(n, seed)), sized)


def posdef(n=4, seed=1, sized=False):
    """A positive definite matrix (a full-rank state) where only positivity is required."""
    return Arg("hermitian", lambda: nm.to_array(nm.random_density(n, seed)), sized)


def square(n=4, seed=3, sized=True):
    return Arg("square", lambda: nm.to_array(nm.random_hermitian(n, seed) +
                                             1j * nm.random_hermitian(n, seed + 1)), sized)


def matrix(n=3, m=2, seed=4):
    return Arg("matrix", lambda: nm.to_array(nm.random_hermitian(max(n, m), seed))[:n, :m])


def scalar(value, *bad):
    return Arg("scalar", lambda: value, bad=list(bad))


def generator(n=2):
    """A GKLS generator with a unique fixed point (amplitude damping + dephasing)."""
    h = nm.random_hermitian(n, 5)
    low = mp.zeros(n, n)
    for i in range(n - 1):
        low[i, i + 1] = 1
    return nm.to_array(nm.lindbladian(h, [low, nm.random_hermitian(n, 6)], [1, mp.mpf("0.5")]))


def superop(n=2):
    return Arg("superop", lambda: generator(n), sized=True)


def rate(rho_seed=1):
    """-i[H, rho]: Hermitian and traceless."""
    def make():
        rho, h = nm.to_array(nm.random_density(4, rho_seed)), nm.to_array(nm.random_hermitian(4, 9))
        return -1j * (h @ rho - rho @ h)
    return Arg("traceless", make, sized=True)


NAN, INF = float("nan"), float("inf")
F = lambda x: x  # noqa: E731 - a function argument


@dataclass
class Case:
    call: Callable  # the function applied to the arguments (keywords)
    args: dict
    result: Callable = None  # the part of the result compared between input kinds
    name: str = None  # how error messages name the function, if not by the case's key
    in_kind: bool = True  # False: answers an ndarray whatever the input (validate_state)

    def values(self):
        return {k: a.make() for k, a in self.args.items()}


def jumps(n=2):
    return Arg("jumps", lambda: [nm.to_array(nm.random_hermitian(n, 7)),
                                 nm.to_array(nm.random_hermitian(n, 8))], sized=True)


RATES = scalar([1, 2], [1, NAN], [1, -1], [1, 2, 3])
BIPARTITE = scalar((2, 2), (2, 0), (2, 2, 1.5), (2,))

CASES = {
    "UnitaryFlow": Case(lambda h: nm.UnitaryFlow(h), {"h": herm(sized=False)}),
    "unitary": Case(lambda h, t: nm.UnitaryFlow(h).unitary(t), {"h": herm(sized=False),
                                                               "t": scalar(1, NAN)},
                    name="UnitaryFlow"),
    "flow_evolve": Case(lambda rho, t: nm.UnitaryFlow(nm.random_hermitian(4, 2)).evolve(rho, t),
                        {"rho": square(), "t": scalar(1, NAN, "x")}, name="UnitaryFlow.evolve"),
    "apply_super": Case(nm.apply_super, {"sup": superop(), "x": square(2)}),
    "as_state": Case(nm.as_state, {"x": state(), "dims": scalar((2, 2), (0, 4), (2, 3)),
                                    "tol": scalar(None, -1, NAN)}),
    "bell": Case(nm.bell, {"which": scalar("psi-", "psi", 3)}),
    "commutator": Case(nm.commutator, {"a": square(), "b": square(seed=5)}),
    "concurrence": Case(nm.concurrence, {"rho": state()}),
    "concurrence_x": Case(nm.concurrence_x, {"rho": Arg("state", lambda: nm.to_array(
        nm.werner(mp.mpf("0.7"))), sized=True)}),
    "correlation_matrix": Case(nm.correlation_matrix, {"rho": state(), "dims": BIPARTITE}),
    "dagger": Case(nm.dagger, {"a": matrix()}),
    "dfunm_hermitian": Case(nm.dfunm_hermitian, {"a": herm(), "e": square(),
                                                 "f": scalar(mp.exp, 3), "df": scalar(mp.exp, None)}),
    "dlogm_psd": Case(nm.dlogm_psd, {"a": posdef(), "e": square()}),
    "dps": Case(nm.dps, {}),
    "float64": Case(nm.float64, {}),
    "eigh": Case(nm.eigh, {"a": herm(sized=False)}, result=lambda r: r[0]),
    "eigvalsh": Case(nm.eigvalsh, {"a": herm(sized=False)}),
    "embed": Case(nm.embed, {"a": square(2), "dims": scalar((2, 3), (2, -3)),
                             "support": scalar([0], [2], [0, 0], [NAN])}),
    "entropy": Case(nm.entropy, {"rho": state(sized=False)}),
    "eps": Case(nm.eps, {"array": Arg("array", lambda: np.eye(2, dtype=object))}),
    "evolve": Case(nm.evolve, {"rho": square(), "h": herm(), "t": scalar(1, NAN, [1, INF])}),
    "expm_hermitian": Case(nm.expm_hermitian, {"a": herm(sized=False)}),
    "funm_hermitian": Case(nm.funm_hermitian, {"a": herm(sized=False), "f": scalar(mp.exp, "exp")}),
    "gibbs": Case(nm.gibbs, {"h": herm(sized=False), "beta": scalar(2, NAN, INF, 1j)}),
    "gkls": Case(nm.gkls, {"rho": square(2), "h": herm(2), "jumps": jumps(), "rates": RATES}),
    "gkls_adjoint": Case(nm.gkls_adjoint, {"x": square(2), "h": herm(2), "jumps": jumps(),
                                           "rates": RATES}),
    "hermitian_basis": Case(nm.hermitian_basis, {"d": scalar(3, 0, 2.5)}),
    "hs_adjoint": Case(nm.hs_adjoint, {"sup": superop()}),
    "hs_norm": Case(nm.hs_norm, {"a": matrix()}),
    "is_ppt": Case(nm.is_ppt, {"rho": state(), "dims": BIPARTITE}),
    "kron": Case(lambda a, b: nm.kron(a, b), {"a": matrix(), "b": matrix(2, 2)}),
    "lindbladian": Case(nm.lindbladian, {"h": herm(2), "jumps": jumps(), "rates": RATES}),
    "logm_psd": Case(nm.logm_psd, {"a": posdef()}),
    "marginals": Case(nm.marginals, {"rho": state(), "dims": BIPARTITE}),
    "maximally_mixed": Case(nm.maximally_mixed, {"dims": scalar((2, 3), 0, (2, -1))}),
    "mutual_information": Case(nm.mutual_information, {"rho": state(), "dims": BIPARTITE}),
    "numerical_radius": Case(nm.numerical_radius, {"a": square(3, sized=False)}),
    "operator_norm": Case(nm.operator_norm, {"a": matrix()}),
    "partial_transpose": Case(nm.partial_transpose, {"rho": square(), "dims": BIPARTITE,
                                                     "party": scalar(1, 2, "B")}),
    "pauli": Case(nm.pauli, {"axis": scalar("y", "w", 1)}),
    "precision": Case(lambda dps: nm.precision(dps).__enter__(), {"dps": scalar(20, 4, 20.5, "x")}),
    "propagate": Case(nm.propagate, {"sup": superop(), "rho": square(2), "t": scalar(1, NAN)}),
    "psd_interval": Case(nm.psd_interval, {"rho": posdef(), "x": herm()}),
    "ptrace": Case(nm.ptrace, {"rho": square(6), "dims": scalar((2, 3), (2, 0), (6, 1.5)),
                               "keep": scalar([1], [2], [1, 1], -1, 0.5)}),
    "random_density": Case(nm.random_density, {"dims": scalar((2, 2), 0, (2, 0)),
                                               "seed": scalar(1, -1, 1.5),
                                               "rank": scalar(2, 0, 5),
                                               "ensemble": scalar("bures", "ginibre")}),
    "random_hermitian": Case(nm.random_hermitian, {"n": scalar(3, 0), "seed": scalar(1, -2),
                                                   "scale": scalar(2, NAN)}),
    "random_pure": Case(nm.random_pure, {"dims": scalar(3, 0), "seed": scalar(1, "1")}),
    "random_unitary": Case(nm.random_unitary, {"n": scalar(3, -1), "seed": scalar(1, 2.5)}),
    "ree": Case(nm.ree, {"rho": state(), "tol": scalar(None, -1, NAN)},
                result=lambda r: r.value),
    "ree_rate": Case(nm.ree_rate, {"rho": state(), "rho_dot": rate()}),
    "relative_entropy": Case(nm.relative_entropy, {"rho": state(), "sigma": state(seed=2)}),
    "sqrtm_psd": Case(nm.sqrtm_psd, {"a": posdef()}),
    "steady_state": Case(nm.steady_state, {"sup": superop()}),
    "to_array": Case(nm.to_array, {"x": Arg("array", lambda: nm.to_array(nm.random_hermitian(3, 1)))}),
    "to_matrix": Case(nm.to_matrix, {"a": Arg("array", lambda: nm.to_array(nm.random_hermitian(3, 1)))}),
    "trace": Case(nm.trace, {"a": square(sized=False)}),
    "trace_norm": Case(nm.trace_norm, {"a": matrix()}),
    "validate_state": Case(nm.validate_state, {"x": state(), "dims": scalar(4, 0, (2, 3))},
                           in_kind=False),
    "werner": Case(nm.werner, {"p": scalar(mp.mpf("0.5"), mp.mpf("1.01"), -1, NAN)}),
    "zero_cutoff": Case(nm.zero_cutoff, {"w": Arg("vector", lambda: [mp.mpf("0.5"), mp.mpf(1)]),
                                         "n": scalar(None, 0, 1.5)}),
    # specialised modules
    "zero_marginal_part": Case(constructions.zero_marginal_part, {"x": square(), "dims": BIPARTITE}),
    "fixed_marginal_state": Case(constructions.fixed_marginal_state, {
        "rho_a": state(2), "rho_b": state(2, seed=2), "x": herm(), "u": scalar(0.5, 1.5, NAN)}),
    "resonant_part": Case(constructions.resonant_part, {"w": square(), "h_a": herm(2),
                                                        "h_b": herm(2, seed=3),
                                                        "tol": scalar(None, -1)}),
    "permute_parties": Case(constructions.permute_parties, {"rho": square(), "dims": BIPARTITE,
                                                            "order": scalar((1, 0), (0, 0), (0, 2))}),
    "FlowSeries": Case(timeseries.FlowSeries, {"h": herm(sized=False), "rho0": square()}),
    "isolate_roots": Case(timeseries.isolate_roots, {
        "fun": scalar(lambda t: (np.sin(t), np.cos(t)), 1), "lo": scalar(0.5, NAN, 5),
        "hi": scalar(4, INF), "ncells": scalar(8, 0),
        "bound2": scalar(lambda a, b, fa, fb: np.ones_like(a), None), "err": scalar(1e-12, -1)}),
    "float_root": Case(timeseries.float_root, {"fun": scalar(lambda t: (np.sin(t), np.cos(t)), 1),
                                               "a": scalar(3, NAN), "b": scalar(3.5, "x")}),
    "polish_root": Case(timeseries.polish_root, {"f": scalar(mp.sin, 0), "df": scalar(mp.cos, 0),
                                                 "t0": scalar(3, 5, NAN), "a": scalar(3, NAN),
                                                 "b": scalar(3.5, INF)}),
    "extrapolate_to_zero": Case(extrapolation.extrapolate_to_zero, {
        "xs": Arg("vector", lambda: [mp.mpf(1), mp.mpf("0.5")]),
        "ys": scalar([mp.mpf(2), mp.mpf(3)], [mp.mpf(2), NAN], [1, 2, 3])}),
    "geometric_nodes": Case(extrapolation.geometric_nodes, {"x0": scalar(1, NAN),
                                                            "ratio": scalar(2, 0),
                                                            "count": scalar(3, 0)}),
}
METHODS = {"unitary": nm.UnitaryFlow.unitary, "flow_evolve": nm.UnitaryFlow.evolve}
EXEMPT = {"dps": "takes no argument", "float64": "takes no argument"}


def test_every_public_function_has_a_case():
    assert set(public_functions()) | set(METHODS) == set(CASES)


@pytest.mark.parametrize("name", sorted(set(public_functions()) - set(EXEMPT) - {"precision"}))
def test_every_public_function_is_checked_by_the_one_mechanism(name):
    """Registered with its roles by numeric.checks.kernel (classes: their constructor's roles)."""
    obj = public_functions()[name]
    assert obj in checks.REGISTRY.values() or (inspect.isclass(obj) and hasattr(obj, "roles"))


# ---------------------------------------------------------------- bad inputs

def corrupt(arg, value):
    """(label, bad value) pairs for an argument, from what it must be."""
    if arg.kind == "scalar":
        return [(f"bad={b!r}", b) for b in arg.bad]
    if arg.kind == "vector":
        return [("nan", [mp.mpf(1), NAN]), ("empty", [])]
    if arg.kind == "jumps":
        first = value[0]
        return [(f"jump-{label}", [bad] + value[1:]) for label, bad in corrupt(
            Arg("square", lambda: first, sized=True), first)]
    out = []
    nan = value.copy()
    nan[0, -1] = mp.nan
    out.append(("nan", nan))
    out.append(("ragged", [[1, 2], [3]]))
    if arg.kind == "array":
        return out + [("3d", np.zeros((2, 2, 2)))]
    if arg.kind == "matrix":
        return out + [("3d", np.zeros((2, 2, 2))), ("vector", np.zeros(3))]
    out.append(("non-square", value[:, :-1]))
    if arg.sized:
        n = value.shape[0] + 1
        out.append(("wrong-dims", nm.to_array(nm.maximally_mixed(n))))
    if arg.kind in ("state", "hermitian", "traceless"):
        skew = value.copy()
        skew[0, 1] += mp.mpf("0.1")
        out.append(("non-hermitian", skew))
    if arg.kind == "state":
        out.append(("trace-2", 2 * value))
    if arg.kind == "traceless":
        out.append(("trace-0.1", value + mp.mpf("0.1") * np.eye(value.shape[0], dtype=object)))
    return out


def bad_cases():
    out = []
    with nm.precision(DPS):
        for name, case in CASES.items():
            values = case.values()
            for arg, spec in case.args.items():
                for label, _ in corrupt(spec, values[arg]):
                    out.append(pytest.param(name, arg, label, id=f"{name}-{arg}-{label}"))
    return out


@pytest.mark.parametrize("name, arg, label", bad_cases())
def test_bad_input_gets_a_named_error(name, arg, label):
    case = CASES[name]
    with nm.precision(DPS):
        values = case.values()
        bad = dict(corrupt(case.args[arg], values[arg]))[label]
        with pytest.raises(nm.InvalidInput) as info:
            case.call(**{**values, arg: bad})
    assert type(info.value) is not nm.InvalidInput  # a subclass naming the argument's role
    assert str(info.value).startswith(case.name or name), str(info.value)


def test_every_argument_of_every_public_function_is_declared():
    """A case declares every argument (so every argument is attacked), except optional ones
    whose default is checked elsewhere."""
    for name, case in CASES.items():
        fn = METHODS.get(name) or public_functions().get(name)
        if fn is None or name in ("kron", "unitary", "flow_evolve", "precision"):
            continue
        params = [p for p, v in inspect.signature(fn).parameters.items()
                  if v.default is inspect.Parameter.empty and p != "self"]
        assert set(params) <= set(case.args), (name, params)


# ---------------------------------------------------------------- input kinds

def as_kind(value, kind):
    if not isinstance(value, np.ndarray) or value.ndim != 2:
        return value
    floats = np.array(value.tolist(), dtype=complex)
    return {"ndarray-mp": value, "ndarray-f64": floats, "nested-list": floats.tolist(),
            "mpmath": mp.matrix(value.tolist()),
            "sympy": sympy.Matrix([[sympy.Float(mp.nstr(mp.re(v), 45), 45) + sympy.I *
                                    sympy.Float(mp.nstr(mp.im(v), 45), 45) for v in r]
                                   for r in value.tolist()]),
            "qobj": qutip.Qobj(floats)}[kind]


def number_of(x):
    """A result as complex numpy data, for comparing kinds."""
    if isinstance(x, qutip.Qobj):
        return x.full()
    if isinstance(x, (mp.matrix, np.ndarray)):
        return np.array(x.tolist(), dtype=complex)
    if isinstance(x, (tuple, list)):
        return [number_of(v) for v in x]
    if isinstance(x, (int, float, complex, mp.mpf, mp.mpc)):
        return complex(x)
    return None


def close(a, b):
    if isinstance(a, list):
        return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))
    if a is None or b is None:
        return a is None and b is None
    return np.allclose(np.asarray(a).ravel(), np.asarray(b).ravel(), atol=1e-12)


KINDS = ["ndarray-f64", "nested-list", "mpmath", "sympy", "qobj"]
MATRIX_KINDS = ("state", "hermitian", "traceless", "square", "matrix", "superop")
WITH_MATRICES = sorted(name for name, case in CASES.items()
                       if any(a.kind in MATRIX_KINDS for a in case.args.values()))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", WITH_MATRICES)
def test_every_input_kind_is_accepted_and_answered_in_kind(name, kind):
    case = CASES[name]
    with nm.precision(DPS):
        values = case.values()
        reference = case.call(**values)
        got = case.call(**{k: as_kind(v, kind) if case.args[k].kind in MATRIX_KINDS else v
                           for k, v in values.items()})
    if case.result:
        reference, got = case.result(reference), case.result(got)
    if isinstance(reference, np.ndarray) and reference.ndim == 2:
        expected = {"qobj": qutip.Qobj, "ndarray-f64": np.ndarray}.get(kind, mp.matrix)
        expected = expected if case.in_kind else np.ndarray
        assert isinstance(got, expected)
    if number_of(reference) is not None:
        assert close(number_of(got), number_of(reference))
