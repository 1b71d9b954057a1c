"""Unchecked entries into the kernel, for the engine's evaluator (its hot path).

The evaluator's operands are built by the kernel and the samplers, already checked; these
entries skip the argument checks and conversions of :mod:`numeric.checks` and compute in the
kind of their input (float64 stays float64 inside a precision block).  Everyone else calls the
public functions.
"""
from .linalg import (dfunm_hermitian, dlogm_psd, embed, expm_hermitian, logm_psd, ptrace)
from .quantities import (concurrence, entropy, hs_norm, operator_norm, relative_entropy,
                         trace_norm)

concurrence = concurrence.unchecked
dfunm_hermitian = dfunm_hermitian.unchecked
dlogm_psd = dlogm_psd.unchecked
embed = embed.unchecked
entropy = entropy.unchecked
expm_hermitian = expm_hermitian.unchecked
hs_norm = hs_norm.unchecked
logm_psd = logm_psd.unchecked
operator_norm = operator_norm.unchecked
ptrace = ptrace.unchecked
relative_entropy = relative_entropy.unchecked
trace_norm = trace_norm.unchecked
