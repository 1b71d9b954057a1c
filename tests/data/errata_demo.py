"""A small paper with graded errata and a convention note, for the report tests: a sign error
found by the counterexample search (the printed point x = 0 hides it), a factor error shown by
a printed state, their corrected forms, and a reading the paper leaves open."""
import sympy

from corrcheck import FAILS, Op, Paper, Tr, density, fixed, printed, real, sampler

PAPER = Paper("errdemo", title=r"A demo of errata for $\rho$ and $|x|$",
              reference="A. Author, Errata demo (2026)",
              conventions=r"$\sigma_z = \mathrm{diag}(1, -1)$.")

rho = Op("rho", ("S",), "state")
x = sympy.Symbol("x", real=True)
SAMPLES = (sampler("rand", ("S",), (2,), {rho: density(), x: real()}),
           sampler("printed", ("S",), (2,), {rho: printed([[1, 0], [0, 0]], state_dims=(2,)),
                                              x: printed(0)}, random=False,
                   assumptions="the state and the point the paper prints"))
STATE = (sampler("printed-state", ("S",), (2,), {rho: fixed([["0.75", "0.25"], ["0.25", "0.25"]],
                                                                  state_dims=(2,))},
                 random=False),)

PAPER.claim("eq1.abs_printed", eq="1", title=r"$|x| = x$ (as printed)",
            statement=r"\mathrm{Tr}\,\rho\,(|x| - x) = 0", lhs=Tr(rho) * (sympy.Abs(x) - x),
            rhs=0, samplers=SAMPLES, expected=FAILS, reason="false for x < 0")
PAPER.claim("eq1.abs", eq="1", title=r"$|x| \ge x$", kind="geq", role="corrected",
            corrects="eq1.abs_printed", statement=r"|x| \ge x", lhs=sympy.Abs(x), rhs=x,
            samplers=SAMPLES)
PAPER.claim("eq2.trace_printed", eq="2", title=r"$\mathrm{Tr}\,\rho = 2$ (as printed)",
            statement=r"\mathrm{Tr}\,\rho = 2", lhs=Tr(rho), rhs=2, samplers=STATE,
            expected=FAILS, reason="a state has unit trace")
PAPER.claim("eq2.trace", eq="2", title=r"$\mathrm{Tr}\,\rho = 1$", role="corrected",
            corrects="eq2.trace_printed", statement=r"\mathrm{Tr}\,\rho = 1", lhs=Tr(rho), rhs=1,
            samplers=STATE)

PAPER.erratum("abs_sign", kind="sign", impact="result", where="(1)", printed=r"|x| = x",
              corrected=r"|x| \ge x", evidence=r"$|x| - x = 2|x| > 0$ for every $x < 0$",
              claims=["eq1.abs_printed"])
PAPER.erratum("trace_factor", kind="factor", impact="cosmetic", where="(2)",
              printed=r"\mathrm{Tr}\,\rho = 2", corrected=r"\mathrm{Tr}\,\rho = 1",
              evidence="every state has unit trace", claims=["eq2.trace_printed"])
PAPER.note("basis", where="(3)", text=r"the paper never says which of $|0\rangle$, "
           r"$|1\rangle$ is the ground state; both readings are checked.", claims=["eq2.trace"])
