"""The public surface of ``numeric``: every exported name exists and says what it computes."""
import inspect

import mpmath as mp
import numpy as np
import pytest

from corrcheck import numeric as nm


def test_all_names_are_unique_and_exported():
    assert len(set(nm.__all__)) == len(nm.__all__)
    assert nm.__all__ == sorted(nm.__all__)
    missing = [name for name in nm.__all__ if not hasattr(nm, name)]
    assert not missing


def test_every_public_function_and_class_is_exported():
    public = {name for name, obj in vars(nm).items()
              if not name.startswith("_") and (inspect.isfunction(obj) or inspect.isclass(obj))}
    assert public <= set(nm.__all__)


@pytest.mark.parametrize("name", nm.__all__)
def test_has_a_docstring(name):
    doc = inspect.getdoc(getattr(nm, name))
    assert doc and len(doc.split()) >= 2



def in_kind_of(rho, m):
    return np.array(m.tolist(), dtype=complex) if isinstance(rho, np.ndarray) else m


SCALARS = {
    "entropy": lambda rho: nm.entropy(rho),
    "mutual_information": lambda rho: nm.mutual_information(rho, [2, 2]),
    "relative_entropy": lambda rho: nm.relative_entropy(rho, in_kind_of(rho, nm.maximally_mixed(4))),
    "concurrence": lambda rho: nm.concurrence(rho),
    "trace_norm": lambda rho: nm.trace_norm(rho),
    "hs_norm": lambda rho: nm.hs_norm(rho),
}


@pytest.mark.parametrize("name", SCALARS)
def test_scalars_answer_in_kind(name):
    """float64 input gives a float outside a precision block (the screening path); inside one
    every input is computed at the working precision (float64 taken as its exact binary
    values)."""
    with nm.precision(30):
        rho = nm.random_density([2, 2], 1)
        rounded = np.array(rho.tolist(), dtype=complex)
        high, inside = SCALARS[name](rho), SCALARS[name](rounded)
    low = SCALARS[name](rounded)
    assert isinstance(high, mp.mpf) and isinstance(inside, mp.mpf)
    assert isinstance(low, float) and abs(low - float(high)) < 1e-13
    assert abs(inside - high) < 1e-13
