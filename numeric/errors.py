"""Errors raised by the kernel; each message names the function, the argument, what was wrong
and by how much.

Every defect of an argument is an :class:`InvalidInput` (a ``ValueError``), of the class that
names the argument's role.
"""


class InvalidInput(ValueError):
    """An argument is not what the function requires."""


class InvalidState(InvalidInput):
    """Input is not a density matrix of the stated dimensions."""


class InvalidOperator(InvalidInput):
    """An operator argument is not a finite matrix of the required shape and dimensions, or
    not Hermitian (positive, traceless) where the function requires it."""


class InvalidDims(InvalidInput):
    """Dimensions, kept parties or supports are not valid (not positive, out of range,
    repeated)."""


class InvalidParameter(InvalidInput):
    """A scalar argument is outside its range (a probability, a seed, a rank, a precision)."""


class SingularMatrix(InvalidInput):
    """A logarithm (or inverse) was needed of a matrix with a zero eigenvalue."""


class NotConverged(ArithmeticError):
    """An eigensolver or iteration did not reach the working precision."""
