"""corrcheck: a symbolic-numeric derivation checker for the thermodynamics of quantum correlations.

The engine (this package) holds the claim model, samplers, the evaluator, verdicts, runs,
reports and the command line; :mod:`corrcheck.numeric` is the arbitrary-precision kernel,
:mod:`corrcheck.symbolic` the claim language and its provers, and
:mod:`corrcheck.derivations` the papers.

>>> from corrcheck import get
>>> get("alipour2016.eq26.heat_balance").eq
'26'
"""
from .claim import DEFINITION, ERROR, FAILS, HOLDS, UNDECIDED, DeclarationError, Paper, Precondition
from .registry import get, load_file, papers, registry

__all__ = ["DEFINITION", "ERROR", "FAILS", "HOLDS", "UNDECIDED", "DeclarationError", "Paper",
           "Precondition", "get", "load_file", "papers", "registry"]
