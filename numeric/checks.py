"""Validation at the kernel's boundary: one decorator, :func:`kernel`, for every public function.

A public function declares the role of each argument (``@kernel(rho=STATE.on("dims"),
dims=DIMS)``).  A call from outside the kernel then

1. converts every matrix argument (numpy array, nested list, mpmath matrix, SymPy Matrix,
   QuTiP ``Qobj``) to an ndarray of the computing kind: high precision (object arrays of
   mpmath numbers) if any matrix argument is high-precision or the call is inside a
   :func:`~numeric.context.precision` block, where a float64 array is taken as its exact
   binary values; float64 otherwise;
2. checks each argument against its role and raises the role's named error
   (:mod:`numeric.errors`): finite entries, shape, dimensions, Hermitian and unit trace to
   the tolerance of the input's precision (:func:`input_tolerance`), kept parties distinct
   and in range, parameters in range;
3. runs the function with the check switched off for every kernel call it makes in turn
   (validation happens once, at the outermost call: an inner call costs one flag lookup);
4. answers in the kind of the input: a ``Qobj`` gives a ``Qobj`` for an operator result, an
   mpmath matrix (nested list, SymPy Matrix) an mpmath matrix, an ndarray an ndarray.

Positivity of a state is checked where its spectrum is computed (entropy, logarithms,
square roots, ...): a separate eigendecomposition would double the cost of the call.
A float64 state computed at high precision is cleaned as :func:`clean_state` describes.

The engine's evaluator calls the unchecked entries of :mod:`numeric._unchecked` (each public
function's ``unchecked`` attribute): its operands are built by the kernel itself.
:data:`REGISTRY` lists every checked function with its roles (a test walks it).
"""
import functools
import inspect
import math
from contextvars import ContextVar
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import chain
from operator import itemgetter

import mpmath as mp
import numpy as np
from mpmath.libmp import from_int, fzero, mpf_sum

from . import arrays, context
from .context import FLOAT64_EPS, in_precision_block
from .errors import InvalidDims, InvalidOperator, InvalidParameter, InvalidState

REGISTRY = {}  # "module.function" -> checked function
_INSIDE = ContextVar("corrcheck_numeric_inside_kernel", default=False)


# ---------------------------------------------------------------- the decorator

@dataclass
class Call:
    """One call being checked: the function's name, its bound arguments, whether it computes
    at high precision, and the kind the answer is given in."""
    name: str
    args: dict
    high: bool
    answer: str  # "ndarray", "mpmath" or "qobj"
    qobj_dims: object = None  # dims of the first Qobj argument
    qobjs: dict = None  # argument name (jumps[k] for lists) -> dims of a Qobj argument

    def fail(self, error, arg, message):
        return error(f"{self.name}: {arg}: {message}")


def kernel(qdims=None, answer=True, name=None, screen=False, **roles):
    """Declare a public kernel function's argument roles (see the module docstring).

    ``qdims(call, result)`` gives the QuTiP dims of an operator result when they are not the
    first ``Qobj`` argument's (partial traces, tensor products, superoperators);
    ``answer=False`` returns the result as computed (for constructors of kernel objects);
    ``name``: how error messages name the function (default its qualified name);
    ``screen=True``: float64 input stays float64 inside a precision block (kernel objects
    whose kind is chosen by their input, such as a float64 screening series)."""
    def decorate(fn):
        shown = name or fn.__qualname__
        sig = inspect.signature(fn)
        unknown = set(roles) - set(sig.parameters)
        if unknown:
            raise TypeError(f"kernel: {fn.__qualname__} has no argument(s) {sorted(unknown)}")
        matrices = [arg for arg, role in roles.items() if role.matrix]
        bind = _binder(sig, shown)

        @functools.wraps(fn)
        def checked(*args, **kwargs):
            if _INSIDE.get():
                return fn(*args, **kwargs)
            arguments = bind(args, kwargs)
            call = _call(shown, arguments, [roles[m] for m in matrices], matrices,
                         block=not screen)
            for arg, role in roles.items():
                arguments[arg] = role.check(arguments[arg], arg, call)
            token = _INSIDE.set(True)
            try:
                out = fn(**arguments) if not sig_varargs else fn(
                    *arguments[sig_varargs],
                    **{k: v for k, v in arguments.items() if k != sig_varargs})
            finally:
                _INSIDE.reset(token)
            return _answer(out, call, qdims) if answer else out

        sig_varargs = next((p.name for p in sig.parameters.values()
                            if p.kind is inspect.Parameter.VAR_POSITIONAL), None)
        checked.roles = roles
        checked.unchecked = _enter(fn)
        REGISTRY[f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__qualname__}"] = checked
        return checked
    return decorate


def _binder(sig, shown):
    """A fast ``sig.bind`` + ``apply_defaults``: (args, kwargs) -> {name: value} (a function
    with ``*args`` gets them as a tuple under that name)."""
    params = list(sig.parameters.values())
    simple = all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)
    names = [p.name for p in params]
    defaults = {p.name: p.default for p in params if p.default is not inspect.Parameter.empty}

    def bind(args, kwargs):
        if simple and len(args) <= len(names) and not kwargs.keys() - set(names[len(args):]):
            out = dict(zip(names, args))
            for k in names[len(args):]:
                if k in kwargs:
                    out[k] = kwargs[k]
                elif k in defaults:
                    out[k] = defaults[k]
                else:
                    raise InvalidParameter(f"{shown}: missing a required argument: '{k}'")
            return out
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as exc:
            raise InvalidParameter(f"{shown}: {exc}") from None
        bound.apply_defaults()
        return dict(bound.arguments)
    return bind


def _enter(fn):
    """``fn`` run as inside the kernel: no checks, no conversions (the engine's hot path)."""
    @functools.wraps(fn)
    def unchecked(*args, **kwargs):
        token = _INSIDE.set(True)
        try:
            return fn(*args, **kwargs)
        finally:
            _INSIDE.reset(token)
    return unchecked


def _call(name, arguments, roles, names, block=True):
    """The Call for these arguments: answer kind from the matrix inputs, high precision if any
    matrix input is high-precision or (``block``) a precision block is active."""
    answer, high, qdims, qobjs = "ndarray", block and in_precision_block(), None, {}
    for role, arg in zip(roles, names):
        if not role.convert:  # the conversion functions answer in their own kind
            continue
        items = role.items(arguments[arg])
        for k, x in enumerate(items):
            if _is_qobj(x):
                answer, qdims = "qobj", qdims or x.dims
                qobjs[f"{arg}[{k}]" if isinstance(role, Operands) else arg] = x.dims
            elif isinstance(x, np.ndarray):
                high = high or x.dtype == object
            elif x is not None:
                answer = "mpmath" if answer == "ndarray" else answer
                high = high or not _float_list(x)
    return Call(name, arguments, high, answer, qdims, qobjs)


def kind_of(x):
    """The answer kind of the matrix input ``x`` (for kernel objects built from it)."""
    return _call("", {"x": x}, [MATRIX], ["x"])


def answer_as(out, call, qdims=None):
    """A result computed by the kernel in the answer kind of ``call`` (see :func:`kind_of`)."""
    return _answer(out, call, qdims)


def _is_qobj(x):
    return type(x).__module__.startswith("qutip") and hasattr(x, "full")


def _float_list(x):
    """True for nested lists holding a float or complex (to_array gives float64 for them)."""
    if not isinstance(x, (list, tuple)):
        return False
    return any(isinstance(v, (float, complex, np.floating, np.complexfloating))
               for r in x for v in (r if isinstance(r, (list, tuple, np.ndarray)) else [r]))


def _answer(out, call, qdims):
    if call.answer == "ndarray":
        return out
    if isinstance(out, tuple):
        return tuple(_answer(o, call, qdims) for o in out)
    if isinstance(out, list):
        return [_answer(o, call, qdims) for o in out]
    if not isinstance(out, np.ndarray) or out.ndim not in (1, 2):
        return out
    if call.answer == "mpmath":
        return arrays.to_matrix(out)
    if out.ndim == 1:
        return out
    import qutip
    dims = qdims(call, out) if qdims else None
    if dims is None and call.qobj_dims is not None:
        shape = [math.prod(d) for d in call.qobj_dims]
        dims = call.qobj_dims if tuple(shape) == out.shape else None
    return qutip.Qobj(np.array(out.tolist(), dtype=complex), dims=dims)


# ---------------------------------------------------------------- entries and tolerances

def _parts(a):
    """(re, im) of every entry of an object array as mpf tuples, row-major; None if an entry
    is not an mpmath number or an int (one pass, no arithmetic)."""
    flat = a.ravel().tolist()
    try:
        return [v._mpc_ for v in flat]  # the common case: every entry an mpc
    except AttributeError:
        pass
    out = []
    for v in flat:
        t = type(v)
        if t is mp.mpc:
            out.append(v._mpc_)
        elif t is mp.mpf:
            out.append((v._mpf_, fzero))
        elif t is int or isinstance(v, np.integer):
            out.append((from_int(int(v)), fzero))
        else:
            return None
    return out


def _finite(parts):
    """True if no part is an mpmath nan or infinity (those have a negative bit count)."""
    return min(map(_BITS, chain.from_iterable(parts)), default=0) >= 0


_BITS = itemgetter(3)


def magnitude(a, parts=None):
    """max(1, max |a_ij|) for judging ``a`` (for high-precision arrays an mpf within a factor
    2 above: from the largest binary exponent of a real or imaginary part)."""
    if not arrays.is_mp(a):
        return max(1.0, float(np.abs(a).max())) if a.size else 1.0
    parts = _parts(a) if parts is None else parts
    top = max((p[2] + p[3] for p in chain.from_iterable(parts)), default=0)  # 0 for zeros
    return mp.ldexp(1, max(top, 0))


def input_tolerance(a, n, parts=None):
    """Tolerance for judging input ``a``: 2^6 n u max(1, max|a_ij|), u its unit roundoff.

    u is 2^-52 for float64 input (numpy float arrays, Python floats, QuTiP objects)
    and the working precision's for exact or mpmath input, so the tolerance follows the
    working precision.
    """
    return _floor(a, n) * magnitude(a, parts)


def _floor(a, n):
    """2^6 n u: the input tolerance at scale 1 (cached per precision: it is asked often)."""
    if not arrays.is_mp(a):
        return 64 * n * FLOAT64_EPS
    key = (mp.mp.prec, n)
    if key not in _FLOORS:
        _FLOORS[key] = 64 * n * context.eps()
    return _FLOORS[key]


_FLOORS = {}


def _within(defect, a, n, tol, parts):
    """defect <= tol (default :func:`input_tolerance`); the scale of ``a`` is looked at only
    when the defect exceeds the tolerance at scale 1."""
    if tol is not None:
        return defect <= tol, tol
    if not defect or defect <= _floor(a, n):
        return True, None
    tol = input_tolerance(a, n, parts)
    return defect <= tol, tol


def _fmt(v):
    return mp.nstr(mp.mpmathify(v), 6)


def _numeric(a):
    """An object array as mpmath numbers: floats converted exactly, SymPy numbers at the
    working precision; None if an entry is symbolic or not a number."""
    out = np.empty(a.shape, dtype=object)
    for idx, v in np.ndenumerate(a):
        if type(v) in (mp.mpf, mp.mpc) or isinstance(v, (int, np.integer)):
            out[idx] = v
        elif isinstance(v, (float, complex, np.floating, np.complexfloating)):
            out[idx] = mp.mpmathify(complex(v) if isinstance(v, (complex, np.complexfloating))
                                    else float(v))
        elif type(v).__module__.startswith("sympy") and not v.free_symbols:
            out[idx] = arrays.sympy_to_mp(v)
        else:
            return None
    return out


def _bad_entries(a, parts):
    """Indices of NaN/inf entries (of SymPy nan, zoo, oo for exact arrays)."""
    if not arrays.is_mp(a):
        if np.isfinite(a).all():
            return []
        return [tuple(int(i) for i in idx) for idx in np.argwhere(~np.isfinite(a))]
    if parts is not None:
        if _finite(parts):
            return []
        return [tuple(int(i) for i in np.unravel_index(k, a.shape))
                for k, z in enumerate(parts) if z[0][3] < 0 or z[1][3] < 0]
    return [idx for idx, v in np.ndenumerate(a) if getattr(v, "is_finite", True) is False]


def _unpaired(parts, n, first=False):
    """Index pairs (i, j), i <= j, where a_ij != conj(a_ji) exactly (compared as mpf tuples,
    no arithmetic); with ``first`` only the first one."""
    off = []
    for i in range(n):
        row = i * n
        if parts[row + i][1][1]:
            off.append((i, i))
        for j in range(i + 1, n):
            (pr, (s1, m1, e1, b1)), (qr, (s2, m2, e2, b2)) = parts[row + j], parts[j * n + i]
            # a_ij = conj(a_ji): equal real parts, imaginary parts of opposite sign
            if pr != qr or m1 != m2 or e1 != e2 or b1 != b2 or (m1 and s1 == s2):
                off.append((i, j))
        if first and off:
            break
    return off


def exactly_hermitian(a):
    """a == a^dag entry by entry (no tolerance)."""
    n = a.shape[0]
    parts = _parts(a) if arrays.is_mp(a) else None
    if parts is None:
        return all(a[i, j] == a[j, i].conjugate() for i in range(n) for j in range(i, n))
    return not _unpaired(parts, n, first=True)


def hermitian_deviation(a, parts=None):
    """max |a - a^dag| (0 without arithmetic for an exactly Hermitian high-precision array)."""
    if not arrays.is_mp(a):
        return float(np.abs(a - a.conj().T).max()) if a.size else 0.0
    parts = _parts(a) if parts is None else parts
    off = _unpaired(parts, a.shape[0])
    return max((abs(a[i, j] - mp.conj(a[j, i])) for i, j in off), default=0)


def hermitian_part(a):
    """(a + a^dag) / 2 with a real diagonal: exactly Hermitian, entry by entry."""
    h = (a + a.conj().T) / 2
    for i in range(h.shape[0]):
        h[i, i] = mp.re(h[i, i]) if arrays.is_mp(h) else h[i, i].real
    return h


def _trace_re(a, parts=None):
    n = a.shape[0]
    if parts is not None:
        return mp.make_mpf(mpf_sum([parts[i * n + i][0] for i in range(n)], mp.mp.prec))
    if arrays.is_mp(a):
        return mp.fsum(mp.re(a[i, i]) for i in range(n))
    return float(np.trace(a).real)


_SYMBOLIC = object()  # marks an exact array of SymPy expressions (never rounded)


# ---------------------------------------------------------------- states

def clean_state(x, dims=None, tol=None, who="as_state", arg="x"):
    """Check that ``x`` is a density matrix and return it cleaned, as an object array.

    Checks, in order: square, finite entries, ``dims`` product, Hermitian, unit trace,
    positive semidefinite, each against ``tol`` (default :func:`input_tolerance`).
    The accepted matrix is converted to the working precision, made exactly Hermitian
    (real diagonal), made positive semidefinite if it had eigenvalues in [-tol, 0) (they
    are set to 0) and divided by its trace, so that exact identities hold to the
    working precision.
    """
    from .linalg import eigh, zero_cutoff  # linalg's public functions are built on this module
    call = Call(who, {"dims": dims, "tol": tol}, True, "ndarray")
    a, born_float, tol = STATE.on("dims").with_tol("tol").prepare(x, arg, call)
    n = a.shape[0]
    kind = "float64 input" if born_float else "working-precision input"
    tol = input_tolerance(a, n) if tol is None else tol
    a = hermitian_part(a if arrays.is_mp(a) else arrays.mpc_array(a.tolist()))
    w, v = eigh.unchecked(a)
    if w[0] < -tol:
        raise call.fail(InvalidState, arg, f"not positive: smallest eigenvalue {_fmt(w[0])} "
                                           f"below -tolerance -{_fmt(tol)} ({kind})")
    if w[0] < -zero_cutoff.unchecked(w):
        w = np.array([max(x, 0) for x in w], dtype=object)
        a = hermitian_part((v * w[None, :]) @ v.conj().T)
    return a / mp.fsum(a[i, i] for i in range(n))


# ---------------------------------------------------------------- roles

class Role:
    """How one argument is checked; ``matrix`` roles take part in choosing the kinds."""
    matrix = False
    convert = False

    def items(self, value):
        return [value]

    def check(self, value, name, call):
        return value


@dataclass(frozen=True)
class Operand(Role):
    """A matrix argument.

    ``shape``: "matrix" (2-D), "square", "vector" (1-D, or a column), "array" (1-D or 2-D);
    ``hermitian``/``state``: Hermitian (and unit trace) to the input's tolerance;
    ``dims``/``support``: names of the arguments its dimension must match (the product of
    ``dims``, or of the dims of ``support``); ``like``: an earlier matrix argument of the
    same shape; ``size``: a function of the call giving (n, why) or None;
    ``exact``: object arrays of SymPy expressions pass unrounded (structural functions);
    ``convert``: False to check without converting (the conversion functions themselves);
    ``zero_trace``: Tr = 0 to the input's tolerance; ``tol``: name of a tolerance argument;
    ``optional``: None allowed; ``clean``: always cleaned as :func:`clean_state` (the
    validators themselves); ``superop``: n^2 x n^2, a superoperator on n x n matrices.
    """
    shape: str = "square"
    hermitian: bool = False
    state: bool = False
    dims: object = None
    support: str = None
    like: str = None
    size: object = None
    exact: bool = False
    convert: bool = True
    zero_trace: bool = False
    tol: str = None
    optional: bool = False
    clean: bool = False
    superop: bool = False
    matrix = True

    def on(self, dims, support=None):
        return replace(self, dims=dims, support=support)

    def same_as(self, other):
        return replace(self, like=other)

    def sized(self, size):
        return replace(self, size=size)

    def with_tol(self, tol):
        return replace(self, tol=tol)

    def cleaned(self):
        return replace(self, clean=True)

    def traceless(self):
        return replace(self, zero_trace=True)

    @property
    def error(self):
        return InvalidState if self.state else InvalidOperator

    def check(self, x, name, call):
        if x is None and self.optional:
            return None
        if self.clean:
            return clean_state(x, call.args.get(self.dims) if isinstance(self.dims, str)
                               else self.dims, call.args.get(self.tol) if self.tol else None,
                               call.name, name)
        a, born_float, tol = self.prepare(x, name, call)
        if not self.convert or (not born_float and tol is _SYMBOLIC):
            return x if not self.convert else a
        if call.high and born_float:
            if self.state:
                return clean_state(a, tol=tol, who=call.name, arg=name)
            a = arrays.mpc_array(a.tolist())
            return hermitian_part(a) if self.hermitian else a
        return a

    def prepare(self, x, name, call):
        """(a, born_float, tol): ``x`` as an ndarray, checked, not yet converted to the
        computing kind; born_float if it came as float64; tol the tolerance it was judged by
        (None if none was needed, _SYMBOLIC for an exact array of SymPy expressions)."""
        fail = functools.partial(call.fail, self.error, name)
        try:
            a = arrays.to_array(x)
        except (TypeError, ValueError, AttributeError) as exc:
            raise fail(f"not a matrix: {exc}") from None
        if a.dtype.kind not in "biufcO":
            raise fail(f"not a matrix of numbers (dtype {a.dtype})")
        self._check_shape(a, fail)
        born_float = not arrays.is_mp(a)
        parts = _parts(a) if not born_float else None
        if not born_float and parts is None and not self.exact:
            num = _numeric(a)
            if num is None:
                raise fail("entries are not numbers (symbolic entries need an exact function)")
            a, parts = num, _parts(num)
        bad = _bad_entries(a, parts)
        if bad:
            raise fail(f"NaN/inf entries at {[tuple(int(i) for i in b) for b in bad[:4]]}")
        self._check_size(a, fail, call)
        if not born_float and parts is None:
            return a, born_float, _SYMBOLIC
        tol = call.args.get(self.tol) if self.tol else None
        if not (self.hermitian or self.zero_trace):
            return a, born_float, tol
        kind = "float64 input" if born_float else "working-precision input"
        n = a.shape[0]
        sym = "rho" if self.state else name
        judged = tol
        if self.hermitian:
            herm = hermitian_deviation(a, parts)
            ok, judged = _within(herm, a, n, tol, parts)
            if not ok:
                raise fail(f"not Hermitian: max |{sym} - {sym}^dag| = {_fmt(herm)} exceeds "
                           f"tolerance {_fmt(judged)} ({kind})")
        if self.state or self.zero_trace:
            target = 0 if self.zero_trace else 1
            tr = _trace_re(a, parts)
            ok, judged = _within(abs(tr - target), a, n, tol, parts)
            if not ok:
                raise fail(f"trace != {target}: Tr {sym} = {_fmt(tr)} (off by "
                           f"{_fmt(abs(tr - target))}, tolerance {_fmt(judged)}, {kind})")
        return a, born_float, tol

    def _check_shape(self, a, fail):
        if self.shape == "vector":
            if not (a.ndim == 1 or (a.ndim == 2 and a.shape[1] == 1)):
                raise fail(f"not a vector: shape {a.shape}")
        elif self.shape == "array":
            if a.ndim not in (1, 2):
                raise fail(f"not a vector or matrix: shape {a.shape}")
        elif a.ndim != 2 or (self.shape == "square" and a.shape[0] != a.shape[1]):
            raise fail(f"not {'square' if self.shape == 'square' else 'a matrix'}: shape {a.shape}")
        if 0 in a.shape:
            raise fail(f"empty: shape {a.shape}")
        if self.superop and math.isqrt(a.shape[0]) ** 2 != a.shape[0]:
            raise fail(f"not a superoperator: {a.shape[0]} is not the square of a dimension")

    def _check_size(self, a, fail, call):
        if self.dims is not None:
            dims = call.args[self.dims] if isinstance(self.dims, str) else self.dims
            if dims is None:
                return
            ds = [dims] if isinstance(dims, (int, np.integer)) else [int(d) for d in dims]
            if self.support is not None:
                sup = call.args[self.support]
                sup = [int(sup)] if isinstance(sup, (int, np.integer)) else [int(i) for i in sup]
                n = math.prod(ds[i] for i in sup)
                why = f"dims {tuple(ds)} on parties {tuple(sup)} have product {n}"
            else:
                n = math.prod(ds)
                why = f"dims {dims if len(ds) == 1 and not isinstance(dims, (list, tuple)) else tuple(ds)} have product {n}"
        elif self.like is not None:
            other = call.args[self.like]
            n, why = other.shape[0], f"{self.like} is {other.shape[0]}x{other.shape[-1]}"
        elif self.size is not None:
            n, why = self.size(call)
        else:
            return
        if a.shape[0] != n:
            raise fail(f"wrong dimensions: {why} but the matrix is "
                       f"{a.shape[0]}x{a.shape[-1] if a.ndim == 2 else 1}")


MATRIX = Operand("matrix")
SQUARE = Operand("square")
HERMITIAN = Operand("square", hermitian=True)
STATE = Operand("square", hermitian=True, state=True)
EXACT_MATRIX = Operand("matrix", exact=True)  # structural functions: SymPy entries unrounded
EXACT_SQUARE = Operand("square", exact=True)
SUPEROPERATOR = Operand("square", superop=True)


@dataclass(frozen=True)
class Operands(Role):
    """A list of matrix arguments of one role (jump operators, tensor factors)."""
    role: Operand
    matrix = True

    @property
    def convert(self):
        return self.role.convert

    def items(self, value):
        return list(value) if isinstance(value, (list, tuple)) else [value]

    def check(self, value, name, call):
        if not isinstance(value, (list, tuple)):
            raise call.fail(InvalidOperator, name, f"not a list of matrices: {type(value).__name__}")
        return type(value)(self.role.check(v, f"{name}[{k}]", call) for k, v in enumerate(value))


def _mp(v):
    """A number (fractions.Fraction included) as an mpmath number."""
    if isinstance(v, Fraction):
        return mp.mpf(v.numerator) / v.denominator
    return mp.mpmathify(v)


def _real(v):
    """A real number as float/mpf, or None (complex with nonzero imaginary part, NaN, not a
    number).  Strings mpmath reads ('0.1', '1/3') are numbers at the working precision."""
    if isinstance(v, bool):
        return None
    if type(v).__module__.startswith("sympy"):
        if getattr(v, "free_symbols", None) or not getattr(v, "is_real", False):
            return None
        v = arrays.sympy_to_mp(v)
    try:
        x = _mp(v)
    except (TypeError, ValueError):
        return None
    if isinstance(x, mp.mpc):
        if mp.im(x) != 0:
            return None
        x = mp.re(x)
    return x if mp.isfinite(x) else None


@dataclass(frozen=True)
class Real(Role):
    """A finite real number in [lo, hi] (None allowed if ``optional``)."""
    lo: object = None
    hi: object = None
    optional: bool = False
    positive: bool = False

    def check(self, value, name, call):
        if value is None and self.optional:
            return value
        x = _real(value)
        if x is None:
            raise call.fail(InvalidParameter, name, f"not a finite real number: {value!r}")
        if self.positive and not x > 0:
            raise call.fail(InvalidParameter, name, f"must be positive, got {_fmt(x)}")
        if (self.lo is not None and x < _mp(self.lo)) or (
                self.hi is not None and x > _mp(self.hi)):
            raise call.fail(InvalidParameter, name, f"must be in [{self.lo}, {self.hi}], got "
                                                     f"{_fmt(x)}")
        return value


@dataclass(frozen=True)
class Reals(Role):
    """A sequence of finite reals in [lo, hi] (``length_of``: as long as that list argument;
    ``scalar``: one number allowed too; ``optional``: None allowed)."""
    lo: object = None
    hi: object = None
    length_of: str = None
    scalar: bool = False
    optional: bool = False

    def check(self, value, name, call):
        if value is None and self.optional:
            return value
        one = Real(self.lo, self.hi)
        if self.scalar and np.ndim(value) == 0 and not isinstance(value, (list, tuple)):
            return one.check(value, name, call)
        try:
            items = list(value)
        except TypeError:
            raise call.fail(InvalidParameter, name, f"not a sequence of numbers: {value!r}") \
                from None
        for k, v in enumerate(items):
            one.check(v, f"{name}[{k}]", call)
        if self.length_of is not None:
            other = call.args[self.length_of]
            if len(items) != len(other):
                raise call.fail(InvalidParameter, name, f"{len(other)} {self.length_of} but "
                                                         f"{len(items)} {name}")
        return value


def _integer(v):
    if isinstance(v, (bool, str)):
        return None
    if isinstance(v, (int, np.integer)):
        return int(v)
    try:
        x = mp.mpmathify(v)
    except (TypeError, ValueError):
        return None
    return int(x) if isinstance(x, mp.mpf) and mp.isint(x) else None


@dataclass(frozen=True)
class Integer(Role):
    """An integer >= lo (None allowed if ``optional``)."""
    lo: int = 0
    optional: bool = False

    def check(self, value, name, call):
        if value is None and self.optional:
            return value
        k = _integer(value)
        if k is None or k < self.lo:
            raise call.fail(InvalidParameter, name, f"must be an integer >= {self.lo}, got "
                                                     f"{value!r}")
        return k


@dataclass(frozen=True)
class Dims(Role):
    """Party dimensions: a sequence of positive integers (``total``: one integer allowed,
    the total dimension; ``parties``: the number of parties required; ``optional``)."""
    total: bool = False
    parties: int = None
    optional: bool = False

    def check(self, value, name, call):
        if value is None and self.optional:
            return value
        if np.ndim(value) == 0 and not isinstance(value, (list, tuple)):
            if self.total and _integer(value) is not None and _integer(value) >= 1:
                return _integer(value)
            raise call.fail(InvalidDims, name, f"not a sequence of party dimensions: {value!r}")
        ds = [_integer(d) for d in value]
        if not ds or any(d is None or d < 1 for d in ds):
            raise call.fail(InvalidDims, name, f"dimensions must be positive integers, got "
                                               f"{list(value)!r}")
        if self.parties is not None and len(ds) != self.parties:
            raise call.fail(InvalidDims, name, f"needs {self.parties} parties, got {len(ds)}")
        return ds


@dataclass(frozen=True)
class Parties(Role):
    """Party indices into the ``dims`` argument: an int or a sequence, distinct, in range
    (``single``: exactly one)."""
    dims: str = "dims"
    single: bool = False

    def check(self, value, name, call):
        n = len(call.args[self.dims])
        items = [value] if isinstance(value, (int, np.integer)) or np.ndim(value) == 0 else \
            list(np.asarray(value).ravel())
        ks = [_integer(k) for k in items]
        if any(k is None for k in ks):
            raise call.fail(InvalidDims, name, f"party indices must be integers, got {value!r}")
        if len(set(ks)) != len(ks):
            raise call.fail(InvalidDims, name, f"{name} {ks} repeats a party")
        if any(k < 0 or k >= n for k in ks):
            raise call.fail(InvalidDims, name, f"{name} {ks} out of range for {n} parties")
        if self.single and len(ks) != 1:
            raise call.fail(InvalidDims, name, f"needs one party, got {ks}")
        return value


@dataclass(frozen=True)
class Permutation(Role):
    """A reordering of the parties of the ``dims`` argument."""
    dims: str = "dims"

    def check(self, value, name, call):
        n = len(call.args[self.dims])
        ks = [_integer(k) for k in value] if np.ndim(value) == 1 else None
        if ks is None or sorted(k for k in ks if k is not None) != list(range(n)) or None in ks:
            raise call.fail(InvalidDims, name, f"not a permutation of the {n} parties: {value!r}")
        return value


@dataclass(frozen=True)
class Choice(Role):
    """One of ``options``."""
    options: tuple = ()

    def check(self, value, name, call):
        if not isinstance(value, (str, int)) or value not in self.options:
            raise call.fail(InvalidParameter, name, f"must be one of {list(self.options)}, got "
                                                     f"{value!r}")
        return value


@dataclass(frozen=True)
class Function(Role):
    """A callable (None allowed if ``optional``)."""
    optional: bool = False

    def check(self, value, name, call):
        if value is None and self.optional:
            return value
        if not callable(value):
            raise call.fail(InvalidParameter, name, f"not callable: {value!r}")
        return value


@dataclass(frozen=True)
class Vector(Role):
    """A non-empty 1-D sequence of finite real numbers (finite complex if ``complex_ok``)."""
    complex_ok: bool = False

    def check(self, value, name, call):
        if isinstance(value, mp.matrix):
            items = [x for row in value.tolist() for x in row]
        else:
            try:
                items = list(np.asarray(value, dtype=object).ravel())
            except (TypeError, ValueError):
                raise call.fail(InvalidOperator, name, f"not a sequence of numbers: {value!r}") \
                    from None
        if not items:
            raise call.fail(InvalidOperator, name, "empty")
        for k, v in enumerate(items):
            ok = _real(v) is not None or (self.complex_ok and _finite_complex(v))
            if not ok:
                raise call.fail(InvalidOperator, name, f"entry {k} is not a finite "
                                                       f"{'number' if self.complex_ok else 'real number'}: {v!r}")
        return value


def _finite_complex(v):
    if isinstance(v, str):
        return False
    try:
        z = _mp(v)
    except (TypeError, ValueError):
        return False
    return isinstance(z, (mp.mpf, mp.mpc)) and mp.isfinite(z)


DIMS = Dims()
BIPARTITE = Dims(parties=2)
SEED = Integer(0)
TIMES = Reals(scalar=True)


# ---------------------------------------------------------------- the foundation's public functions
# arrays and context sit below this module, so their public functions are checked here.

to_array = kernel(x=Operand("array", convert=False))(arrays.to_array)
to_matrix = kernel(a=Operand("array", convert=False))(arrays.to_matrix)
eps = kernel(array=Operand("array", convert=False, optional=True))(context.eps)
