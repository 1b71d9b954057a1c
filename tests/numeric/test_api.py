"""The public surface of ``numeric``: every exported name exists and says what it computes."""
import inspect

import pytest

import numeric as nm


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
