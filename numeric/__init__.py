"""corrcheck's quantum-information kernel at arbitrary precision.

Conventions: hbar = 1, natural logarithm, drho/dt = -i[H, rho], tensor order as
given in ``dims`` (S (x) B for bipartite systems), sigma_z = diag(1, -1).
All functions compute at the current mpmath precision; set it with
:func:`precision` (inside a precision block float64 input is computed at that precision
too, taken as its exact binary values).  Matrices are mpmath matrices at the interface;
numpy arrays, nested lists, SymPy matrices and QuTiP ``Qobj`` are accepted too and answered
in kind.  Every public function checks its arguments and raises a named error
(:mod:`numeric.errors`) for bad input (:mod:`numeric.checks`).

Specialised modules, imported by path: :mod:`numeric.timeseries` (certified root
isolation of time series), :mod:`numeric.constructions` (states with fixed marginals,
resonant parts of interactions), :mod:`numeric.extrapolation` (Neville extrapolation),
:mod:`numeric.eigen` (the eigensolver behind :func:`eigh`).
"""
from .checks import eps, to_array, to_matrix
from .context import dps, float64, precision
from .dynamics import (UnitaryFlow, apply_super, evolve, gkls, gkls_adjoint, hs_adjoint,
                       lindbladian, propagate, steady_state)
from .entanglement import is_ppt, partial_transpose, ree, ree_rate
from .errors import (InvalidDims, InvalidInput, InvalidOperator, InvalidParameter, InvalidState,
                     NotConverged, SingularMatrix)
from .linalg import (commutator, dagger, dfunm_hermitian, dlogm_psd, eigh, eigvalsh, embed,
                     expm_hermitian, funm_hermitian, kron, logm_psd, ptrace, sqrtm_psd, trace,
                     zero_cutoff)
from .numrange import numerical_radius
from .positivity import psd_interval
from .quantities import (concurrence, concurrence_x, correlation_matrix, entropy, hs_norm,
                         marginals, mutual_information, operator_norm, relative_entropy,
                         trace_norm)
from .states import (as_state, bell, gibbs, hermitian_basis, maximally_mixed, pauli,
                     random_density, random_hermitian, random_pure, random_unitary,
                     validate_state, werner)

__all__ = [
    "InvalidDims", "InvalidInput", "InvalidOperator", "InvalidParameter", "InvalidState",
    "NotConverged", "SingularMatrix", "UnitaryFlow", "apply_super", "as_state",
    "bell", "commutator", "concurrence", "concurrence_x", "correlation_matrix", "dagger",
    "dfunm_hermitian", "dlogm_psd", "dps", "eigh", "eigvalsh", "embed", "entropy", "eps",
    "evolve", "expm_hermitian", "float64", "funm_hermitian", "gibbs", "gkls", "gkls_adjoint",
    "hermitian_basis", "hs_adjoint", "hs_norm", "is_ppt", "kron", "lindbladian", "logm_psd",
    "marginals", "maximally_mixed", "mutual_information", "numerical_radius", "operator_norm",
    "partial_transpose", "pauli", "precision", "propagate", "psd_interval", "ptrace",
    "random_density", "random_hermitian", "random_pure", "random_unitary", "ree", "ree_rate",
    "relative_entropy", "sqrtm_psd", "steady_state", "to_array", "to_matrix", "trace",
    "trace_norm", "validate_state", "werner", "zero_cutoff",
]
