"""corrcheck: a symbolic-numeric derivation checker for the thermodynamics of quantum correlations.

The engine (this package) holds the claim model, samplers, the evaluator, verdicts, runs,
reports and the command line; :mod:`corrcheck.numeric` is the arbitrary-precision kernel,
:mod:`corrcheck.symbolic` the claim language and its provers, and
:mod:`corrcheck.derivations` the papers.

Everything a paper file needs is importable from here (``from corrcheck import Paper, Op, Tr,
...``); names are loaded on first use, so ``import corrcheck.numeric`` stays light.

>>> from corrcheck import get
>>> get("alipour2016.eq26.heat_balance").eq
'26'
"""
import importlib
import time

# when this process started loading corrcheck: an engine file modified later may differ from the
# code this process runs, so results are then not stored (corrcheck.store.source_moved)
IMPORTED_NS = time.time_ns()

_EXPORTS = {
    # declaring claims and verdicts
    "claim": ("DEFINITION", "ERROR", "FAILS", "HOLDS", "UNDECIDED", "DeclarationError", "Paper",
              "Precondition", "Premise"),
    # the claim language: one expression for the prover and the evaluator
    "symbolic.expr": ("Op", "Mat", "Tr", "Ptr", "Dag", "Logm", "Expm", "Dt", "Dissipator",
                      "DissipatorAdj", "Entropy", "RelEntropy", "HSNorm", "TraceNorm", "OpNorm",
                      "Concurrence", "Dim", "comm", "anticomm", "ptr", "mutual_information"),
    # samples: recipes of random and printed values, and samplers built from them
    "samplers": ("Recipe", "Sampler", "sampler", "density", "pure", "hermitian",
                 "bounded_hermitian", "operator", "unitary", "real", "positive", "uniform",
                 "fixed", "derived"),
    # physical setups: the shared vocabulary (corrcheck.setups; its docstring is the index)
    "setups": ("Setup", "Bipartite", "BIPARTITE_DIMS", "draw", "closed", "product_state",
               "gibbs_state", "correlated_state", "evolved_state", "energy_conserving", "gkls",
               "thermal_gkls", "gibbs_preserving_gkls", "gibbs_fixing_gkls", "collision_model", "x_state",
               "local_hamiltonian", "closed_form", "copy_of", "printed", "special", "pauli",
               "kron", "ketbra", "bell", "werner", "x_matrix", "exact_gibbs", "unitary_operator",
               "zero_operator"),
    # hand-written evaluators receive an Evaluator
    "evaluate": ("Evaluator",),
    # papers: the shipped ones, installed ones (entry points) and files
    "registry": ("get", "load_file", "papers"),
    # checking one claim interactively (renders itself in Jupyter)
    "run": ("check", "Checked"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name):
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'corrcheck' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
