"""Every docstring example of the installed ``corrcheck`` package runs (one case per module)."""
import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ("corrcheck", "corrcheck.numeric", "corrcheck.symbolic", "corrcheck.derivations")
MODULES = sorted({pkg for pkg in PACKAGES} | {
    m.name for pkg in PACKAGES
    for m in pkgutil.iter_modules(importlib.import_module(pkg).__path__, pkg + ".")
    if not m.name.endswith("__main__")})


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
