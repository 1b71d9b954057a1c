"""The papers checked by corrcheck: one module per paper, each defining ``PAPER``.

Every module here that defines ``PAPER = Paper(...)`` is a paper (discovered by
:mod:`corrcheck.registry`; nothing lists them).  A module reads like the paper's list
of equations and imports only public names of :mod:`corrcheck`.
"""
