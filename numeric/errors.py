"""Errors raised by the kernel; each message names what was wrong and by how much."""


class InvalidState(ValueError):
    """Input is not a density matrix of the stated dimensions."""


class SingularMatrix(ValueError):
    """A logarithm (or inverse) was needed of a matrix with a zero eigenvalue."""


class NotConverged(ArithmeticError):
    """An eigensolver or iteration did not reach the working precision."""
