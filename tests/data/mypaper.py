"""A paper outside corrcheck, importing only public names: a claim that holds, a planted
misprint (FAILS as printed) and its corrected form, on random and printed two-qubit states."""
from corrcheck import FAILS, Op, Paper, Tr, density, fixed, hermitian, ptr, sampler

PAPER = Paper("mypaper", title="A two-qubit example", reference="A. Author, Example (2026)")

rho = Op("rho", ("A", "B"), "state")
H_A = Op("H_A", ("A",), "hermitian")
rho_A, rho_B = ptr(rho, "B"), ptr(rho, "A")
BELL = [["0.5", 0, 0, "0.5"], [0, 0, 0, 0], [0, 0, 0, 0], ["0.5", 0, 0, "0.5"]]
SAMPLES = (sampler("hs-2x2", ("A", "B"), (2, 2), {rho: density(), H_A: hermitian()}),
           sampler("bell", ("A", "B"), (2, 2), {rho: fixed(BELL, state_dims=(2, 2)),
                                                H_A: fixed([[1, 0], [0, -1]])}, random=False))

PAPER.claim("eq1.purity", eq="1", kind="leq", title="a marginal is at most pure",
            statement=r"\mathrm{Tr}\,\rho_A^2 \le 1", lhs=Tr(rho_A * rho_A), rhs=1,
            samplers=SAMPLES)
PAPER.claim("eq2.local_energy_printed", eq="2", title="local energy (as printed)",
            statement=r"\mathrm{Tr}[\rho H_A] = \mathrm{Tr}[\rho_B H_A]",
            lhs=Tr(rho * H_A), rhs=Tr(rho_B * H_A), samplers=SAMPLES, expected=FAILS,
            reason="the printed marginal is the wrong one: Tr[rho_B H_A] = Tr H_A")
PAPER.claim("eq2.local_energy", eq="2", title="local energy", role="corrected",
            corrects="eq2.local_energy_printed",
            statement=r"\mathrm{Tr}[\rho H_A] = \mathrm{Tr}[\rho_A H_A]",
            lhs=Tr(rho * H_A), rhs=Tr(rho_A * H_A), samplers=SAMPLES)
PAPER.claim("text.purity_product", eq="text", title="purity factorises only for product states",
            statement=r"\mathrm{Tr}\,\rho^2 = \mathrm{Tr}\,\rho_A^2\,\mathrm{Tr}\,\rho_B^2",
            lhs=Tr(rho * rho), rhs=Tr(rho_A * rho_A) * Tr(rho_B * rho_B), samplers=SAMPLES,
            role="control", expected=FAILS, reason="a correlated state (the Bell state) breaks it")
