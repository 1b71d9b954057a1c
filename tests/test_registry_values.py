"""Fixed samples must not sit where distinct expressions coincide (issue 11, part 3).

A chosen value (``fixed``) of 1 or -1 makes x, 1/x and x^2 one number (T = 1: beta = T =
1/T); two parameters with one value (equal frequencies, equal temperatures) or two operators
with one matrix let a claim that swaps them pass; a claim decided on samplers whose parties all
have one dimension cannot tell d_A from d_B.  Printed values (``printed``) are the paper's and
stay; ``special`` values say why the coincidence is the point of the sample; dimensions the
paper fixes are marked ``printed_dims``.  Zeros are not compared: a vanishing parameter (t = 0,
no dephasing) is structural.
"""
import itertools

import pytest
import sympy

from corrcheck.registry import registry

# Flags in the papers not yet converted to corrcheck.setups: the per-paper work removes them
# (marking printed values as printed, moving chosen ones off the coincidences, adding samplers
# of unequal dimensions), and this list is then emptied.
KNOWN = {
    # holdsworth2022
    ('holdsworth2022.A.optimum', '*', 'equal dimensions only'),
    ('holdsworth2022.A.optimum', 'temperatures-P1', 'T_B = 1'),
    ('holdsworth2022.A.optimum', 'temperatures-equal', 'T_A = T_B = 3/2'),
    ('holdsworth2022.A.optimum', 'temperatures-equal', 'phi_chi = -1'),
    ('holdsworth2022.A.optimum', 'temperatures-rev', 'T_A = 1'),
    ('holdsworth2022.A1.positivity', '*', 'equal dimensions only'),
    ('holdsworth2022.A1.positivity', 'X-general-P1', 'T_B = 1'),
    ('holdsworth2022.A2.feasible_set', '*', 'equal dimensions only'),
    ('holdsworth2022.A2.feasible_set', 'X-edge-rev', 'T_A = 1'),
    ('holdsworth2022.A2.feasible_set', 'X-edge-rev', 'T_A = w_2 = 1'),
    ('holdsworth2022.A2.feasible_set', 'X-edge-rev', 'w_2 = 1'),
    ('holdsworth2022.A2.feasible_set', 'X-interior-P1', 'T_B = 1'),
    ('holdsworth2022.A2.feasible_set', 'X-optimum-P1', 'T_B = 1'),
    ('holdsworth2022.A2.feasible_set', 'X-optimum-P1', 'T_B = w_2 = 1'),
    ('holdsworth2022.A2.feasible_set', 'X-optimum-P1', 'w_2 = 1'),
    ('holdsworth2022.A2.feasible_set', 'X-separable-P2', 'T_B = w_1 = 1/2'),
    ('holdsworth2022.A3.concurrence', '*', 'equal dimensions only'),
    ('holdsworth2022.A3.concurrence', 'X-edge-rev', 'T_A = 1'),
    ('holdsworth2022.A3.concurrence', 'X-edge-rev', 'T_A = w_2 = 1'),
    ('holdsworth2022.A3.concurrence', 'X-edge-rev', 'w_2 = 1'),
    ('holdsworth2022.A3.concurrence', 'X-interior-P1', 'T_B = 1'),
    ('holdsworth2022.A3.concurrence', 'X-optimum-P1', 'T_B = 1'),
    ('holdsworth2022.A3.concurrence', 'X-optimum-P1', 'T_B = w_2 = 1'),
    ('holdsworth2022.A3.concurrence', 'X-optimum-P1', 'w_2 = 1'),
    ('holdsworth2022.A3.concurrence', 'X-separable-P2', 'T_B = w_1 = 1/2'),
    ('holdsworth2022.A4.entanglement', '*', 'equal dimensions only'),
    ('holdsworth2022.A4.entanglement', 'X-edge-rev', 'T_A = 1'),
    ('holdsworth2022.A4.entanglement', 'X-edge-rev', 'T_A = w_2 = 1'),
    ('holdsworth2022.A4.entanglement', 'X-edge-rev', 'w_2 = 1'),
    ('holdsworth2022.A4.entanglement', 'X-interior-P1', 'T_B = 1'),
    ('holdsworth2022.A4.entanglement', 'X-optimum-P1', 'T_B = 1'),
    ('holdsworth2022.A4.entanglement', 'X-optimum-P1', 'T_B = w_2 = 1'),
    ('holdsworth2022.A4.entanglement', 'X-optimum-P1', 'w_2 = 1'),
    ('holdsworth2022.A4.entanglement', 'X-separable-P2', 'T_B = w_1 = 1/2'),
    ('holdsworth2022.B.rho11', '*', 'equal dimensions only'),
    ('holdsworth2022.B.rho11', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho11', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B.rho11', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B.rho11', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B.rho11', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho11', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho11_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.B.rho11_corrected', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho11_corrected', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B.rho11_corrected', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B.rho11_corrected', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B.rho11_corrected', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho11_corrected', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho44', '*', 'equal dimensions only'),
    ('holdsworth2022.B.rho44', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho44', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B.rho44', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B.rho44', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B.rho44', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B.rho44', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B1.coherence', '*', 'equal dimensions only'),
    ('holdsworth2022.B1.coherence', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B1.coherence_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.B1.coherence_corrected', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B1.population', '*', 'equal dimensions only'),
    ('holdsworth2022.B1.population', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B1a.rho22', '*', 'equal dimensions only'),
    ('holdsworth2022.B1a.rho22', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B1b.rho23', '*', 'equal dimensions only'),
    ('holdsworth2022.B1b.rho23', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B2.initial_state', '*', 'equal dimensions only'),
    ('holdsworth2022.B2.initial_state', 'B2-P1', 'T_B = 1'),
    ('holdsworth2022.B2.printed_solves_B1', '*', 'equal dimensions only'),
    ('holdsworth2022.B2.printed_solves_B1', 'B2-P1', 'T_B = 1'),
    ('holdsworth2022.B2.solves_B1', '*', 'equal dimensions only'),
    ('holdsworth2022.B2.solves_B1', 'B2-P1', 'T_B = 1'),
    ('holdsworth2022.B2a.rho22', '*', 'equal dimensions only'),
    ('holdsworth2022.B2a.rho22', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B2a.rho22', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B2a.rho22', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B2a.rho22', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B2a.rho22', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B2a.rho22', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B2b.rho33', '*', 'equal dimensions only'),
    ('holdsworth2022.B2b.rho33', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B2b.rho33', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B2b.rho33', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B2b.rho33', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B2b.rho33', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B2b.rho33', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23', '*', 'equal dimensions only'),
    ('holdsworth2022.B2c.rho23', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.B2c.rho23_corrected', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23_corrected', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23_corrected', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23_corrected', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23_corrected', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B2c.rho23_corrected', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_A', '*', 'equal dimensions only'),
    ('holdsworth2022.B3.E_A', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_A', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B3.E_A', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B3.E_A', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B3.E_A', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_A', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_A_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.B3.E_A_corrected', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_A_corrected', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B3.E_A_corrected', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B3.E_A_corrected', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B3.E_A_corrected', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_A_corrected', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_B', '*', 'equal dimensions only'),
    ('holdsworth2022.B3.E_B', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_B', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B3.E_B', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B3.E_B', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B3.E_B', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_B', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_B_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.B3.E_B_corrected', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_B_corrected', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.B3.E_B_corrected', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.B3.E_B_corrected', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.B3.E_B_corrected', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.B3.E_B_corrected', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.eq1.nonnegative', 'P1-dm-mixed', 'T_B = 1'),
    ('holdsworth2022.eq1.nonnegative', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.eq1.nonnegative', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.eq1.relative_entropy', 'P1-dm-mixed', 'T_B = 1'),
    ('holdsworth2022.eq1.relative_entropy', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.eq10.positive_semidefinite', '*', 'equal dimensions only'),
    ('holdsworth2022.eq10.positive_semidefinite', 'temperatures-P1', 'T_B = 1'),
    ('holdsworth2022.eq10.positive_semidefinite', 'temperatures-equal', 'T_A = T_B = 3/2'),
    ('holdsworth2022.eq10.positive_semidefinite', 'temperatures-equal', 'phi_chi = -1'),
    ('holdsworth2022.eq10.positive_semidefinite', 'temperatures-rev', 'T_A = 1'),
    ('holdsworth2022.eq10.trace_A', '*', 'equal dimensions only'),
    ('holdsworth2022.eq10.trace_A', 'temperatures-P1', 'T_B = 1'),
    ('holdsworth2022.eq10.trace_A', 'temperatures-equal', 'T_A = T_B = 3/2'),
    ('holdsworth2022.eq10.trace_A', 'temperatures-equal', 'phi_chi = -1'),
    ('holdsworth2022.eq10.trace_A', 'temperatures-rev', 'T_A = 1'),
    ('holdsworth2022.eq10.trace_B', '*', 'equal dimensions only'),
    ('holdsworth2022.eq10.trace_B', 'temperatures-P1', 'T_B = 1'),
    ('holdsworth2022.eq10.trace_B', 'temperatures-equal', 'T_A = T_B = 3/2'),
    ('holdsworth2022.eq10.trace_B', 'temperatures-equal', 'phi_chi = -1'),
    ('holdsworth2022.eq10.trace_B', 'temperatures-rev', 'T_A = 1'),
    ('holdsworth2022.eq11.concurrence', '*', 'equal dimensions only'),
    ('holdsworth2022.eq11.concurrence', 'temperatures-P1', 'T_B = 1'),
    ('holdsworth2022.eq11.concurrence', 'temperatures-equal', 'T_A = T_B = 3/2'),
    ('holdsworth2022.eq11.concurrence', 'temperatures-equal', 'phi_chi = -1'),
    ('holdsworth2022.eq11.concurrence', 'temperatures-rev', 'T_A = 1'),
    ('holdsworth2022.eq12.regular', '*', 'equal dimensions only'),
    ('holdsworth2022.eq12.regular', 'F2eq-d0-t5', 'T_A = T_B = 3/2'),
    ('holdsworth2022.eq12.regular', 'F2eq-dm-t5', 'T_A = T_B = 3/2'),
    ('holdsworth2022.eq12.regular', 'F2rev-d0-t5', 'T_A = 1'),
    ('holdsworth2022.eq12.regular', 'F2rev-dm-t5', 'T_A = 1'),
    ('holdsworth2022.eq12.regular', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.eq12.regular', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.eq12.regular', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.eq12.regular', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.eq12.regular', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.eq12.regular', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.eq12.sed', '*', 'equal dimensions only'),
    ('holdsworth2022.eq12.sed', 'F2rev-d0-t5', 'T_A = 1'),
    ('holdsworth2022.eq12.sed', 'F2rev-dm-t5', 'T_A = 1'),
    ('holdsworth2022.eq12.sed', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.eq12.sed', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.eq12.sed', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.eq12.sed', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.eq12.sed', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.eq12.sed', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.eq14.corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.eq14.corrected', 'baths-P1', 'T_B = 1'),
    ('holdsworth2022.eq14.corrected', 'baths-P1', 'V_Ah = V_Bc (one matrix)'),
    ('holdsworth2022.eq14.corrected', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq14.corrected', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq14.printed', '*', 'equal dimensions only'),
    ('holdsworth2022.eq14.printed', 'baths-P1', 'T_B = 1'),
    ('holdsworth2022.eq14.printed', 'baths-P1', 'V_Ah = V_Bc (one matrix)'),
    ('holdsworth2022.eq14.printed', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq14.printed', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq15.corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.eq15.corrected', 'baths-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.corrected', 'baths-P1', 'V_Ah = V_Bc (one matrix)'),
    ('holdsworth2022.eq15.corrected', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.corrected', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq15.difference', '*', 'equal dimensions only'),
    ('holdsworth2022.eq15.difference', 'baths-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.difference', 'baths-P1', 'V_Ah = V_Bc (one matrix)'),
    ('holdsworth2022.eq15.difference', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.difference', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq15.nonnegative', '*', 'equal dimensions only'),
    ('holdsworth2022.eq15.nonnegative', 'baths-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.nonnegative', 'baths-P1', 'V_Ah = V_Bc (one matrix)'),
    ('holdsworth2022.eq15.nonnegative', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.nonnegative', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq15.printed', '*', 'equal dimensions only'),
    ('holdsworth2022.eq15.printed', 'baths-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.printed', 'baths-P1', 'V_Ah = V_Bc (one matrix)'),
    ('holdsworth2022.eq15.printed', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.printed', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq15.printed_nonnegative', '*', 'equal dimensions only'),
    ('holdsworth2022.eq15.printed_nonnegative', 'baths-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.printed_nonnegative', 'baths-P1', 'V_Ah = V_Bc (one matrix)'),
    ('holdsworth2022.eq15.printed_nonnegative', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq15.printed_nonnegative', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq16.work', '*', 'equal dimensions only'),
    ('holdsworth2022.eq16.work', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq16.work', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq16.work_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.eq16.work_corrected', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq16.work_corrected', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq17.second_law', '*', 'equal dimensions only'),
    ('holdsworth2022.eq17.second_law', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.eq17.second_law', 'pump-P1-nochi-t5', 'T_B = 1'),
    ('holdsworth2022.eq17.second_law', 'pump-P1-t3', 'T_B = 1'),
    ('holdsworth2022.eq17.second_law', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq18.cop_bound', '*', 'equal dimensions only'),
    ('holdsworth2022.eq18.cop_bound', 'pump-P1-nochi-t5', 'T_B = 1'),
    ('holdsworth2022.eq18.cop_bound', 'pump-P1-t3', 'T_B = 1'),
    ('holdsworth2022.eq18.cop_bound', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.eq2.energy_conserving', '*', 'equal dimensions only'),
    ('holdsworth2022.eq2.energy_conserving', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.eq2.energy_conserving', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.eq2.energy_conserving', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.eq2.interaction_energy', 'P1-dm-t5-xx', 'T_B = 1'),
    ('holdsworth2022.eq2.with_interaction_energy', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.eq2.with_interaction_energy', 'P1-dm-t5-xx', 'T_B = 1'),
    ('holdsworth2022.eq4.first_order', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.eq4.first_order', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.eq4.first_order', 'P1-dm-t5-xx', 'T_B = 1'),
    ('holdsworth2022.eq4.local_part_vanishes', '*', 'equal dimensions only'),
    ('holdsworth2022.eq4.noncommuting_marginals', '*', 'equal dimensions only'),
    ('holdsworth2022.eq4.product_part', '*', 'equal dimensions only'),
    ('holdsworth2022.eq6.lambdas', '*', 'equal dimensions only'),
    ('holdsworth2022.eq6.lambdas', 'gibbs', 'Hz_A = Hz_B (one matrix)'),
    ('holdsworth2022.eq6.lambdas', 'gibbs-P1', 'Hz_A = Hz_B (one matrix)'),
    ('holdsworth2022.eq6.lambdas', 'gibbs-P1', 'T_B = 1'),
    ('holdsworth2022.eq6.lambdas', 'gibbs-rev', 'Hz_A = Hz_B (one matrix)'),
    ('holdsworth2022.eq6.lambdas', 'gibbs-rev', 'T_A = 1'),
    ('holdsworth2022.eq6.sigma_z_repository', '*', 'equal dimensions only'),
    ('holdsworth2022.eq6.sigma_z_repository', 'gibbs', 'Hz_A = Hz_B (one matrix)'),
    ('holdsworth2022.eq6.sigma_z_repository', 'gibbs-P1', 'Hz_A = Hz_B (one matrix)'),
    ('holdsworth2022.eq6.sigma_z_repository', 'gibbs-P1', 'T_B = 1'),
    ('holdsworth2022.eq6.sigma_z_repository', 'gibbs-rev', 'Hz_A = Hz_B (one matrix)'),
    ('holdsworth2022.eq6.sigma_z_repository', 'gibbs-rev', 'T_A = 1'),
    ('holdsworth2022.eq9b.trace_A', '*', 'equal dimensions only'),
    ('holdsworth2022.eq9b.trace_A', 'X-general-P1', 'T_B = 1'),
    ('holdsworth2022.eq9b.trace_B', '*', 'equal dimensions only'),
    ('holdsworth2022.eq9b.trace_B', 'X-general-P1', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence', '*', 'equal dimensions only'),
    ('holdsworth2022.fig1.concurrence', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence_vanishes', '*', 'equal dimensions only'),
    ('holdsworth2022.fig1.concurrence_vanishes', 'P1-dm-tau', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence_vanishes', 'P1-dp-max', 'T_B = 1'),
    ('holdsworth2022.fig1.concurrence_vanishes', 'P1-dp-min', 'T_B = 1'),
    ('holdsworth2022.fig1.mutual_information_vanishes', '*', 'equal dimensions only'),
    ('holdsworth2022.fig1.mutual_information_vanishes', 'P1-dm-tau', 'T_B = 1'),
    ('holdsworth2022.fig1.mutual_information_vanishes', 'P1-dp-max', 'T_B = 1'),
    ('holdsworth2022.fig1.mutual_information_vanishes', 'P1-dp-min', 'T_B = 1'),
    ('holdsworth2022.fig2.no_gradient', '*', 'equal dimensions only'),
    ('holdsworth2022.fig2.no_gradient', 'F2eq-d0-t5', 'T_A = T_B = 3/2'),
    ('holdsworth2022.fig2.reversal', '*', 'equal dimensions only'),
    ('holdsworth2022.fig2.reversal', 'F2rev-dm-t5-ext', 'T_A = 1'),
    ('holdsworth2022.fig2.reversal', 'P1-dg-t9-ext', 'T_B = 1'),
    ('holdsworth2022.fig2.reversal', 'P1-dm-t4-ext', 'T_B = 1'),
    ('holdsworth2022.fig7.corner', '*', 'equal dimensions only'),
    ('holdsworth2022.fig7.corner', 'temperatures-P1', 'T_B = 1'),
    ('holdsworth2022.fig7.corner', 'temperatures-equal', 'T_A = T_B = 3/2'),
    ('holdsworth2022.fig7.corner', 'temperatures-equal', 'phi_chi = -1'),
    ('holdsworth2022.fig7.corner', 'temperatures-rev', 'T_A = 1'),
    ('holdsworth2022.text.V_commutes', '*', 'equal dimensions only'),
    ('holdsworth2022.text.V_commutes_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.text.anomalous_sign', '*', 'equal dimensions only'),
    ('holdsworth2022.text.anomalous_sign', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.text.anomalous_sign', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.text.anomalous_sign', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.text.anomalous_sign', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.anomalous_sign', 'P1-dm-tau', 'T_B = 1'),
    ('holdsworth2022.text.carnot_value', '*', 'equal dimensions only'),
    ('holdsworth2022.text.carnot_value', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.coherence_needed', '*', 'equal dimensions only'),
    ('holdsworth2022.text.cop_collision', '*', 'equal dimensions only'),
    ('holdsworth2022.text.cop_collision', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.text.cycle_closes', '*', 'equal dimensions only'),
    ('holdsworth2022.text.cycle_closes', 'driven-P1', 'T_B = 1'),
    ('holdsworth2022.text.cycle_closes', 'pump-P1-nochi-t5', 'T_B = 1'),
    ('holdsworth2022.text.cycle_closes', 'pump-P1-t3', 'T_B = 1'),
    ('holdsworth2022.text.cycle_closes', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.text.dm_model', '*', 'equal dimensions only'),
    ('holdsworth2022.text.energy_from_gibbs', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.eq2_any_evolution', '*', 'equal dimensions only'),
    ('holdsworth2022.text.eq2_any_evolution', 'P1-dm-mixed', 'T_B = 1'),
    ('holdsworth2022.text.eq2_any_evolution_corrected', '*', 'equal dimensions only'),
    ('holdsworth2022.text.eq2_any_evolution_corrected', 'P1-dm-mixed', 'T_B = 1'),
    ('holdsworth2022.text.eq2_any_evolution_corrected', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.fastest_growth', '*', 'equal dimensions only'),
    ('holdsworth2022.text.fastest_growth', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.text.fastest_growth', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.text.fastest_growth', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.text.fastest_growth', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.text.fastest_growth', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.fastest_growth', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.text.first_order', '*', 'equal dimensions only'),
    ('holdsworth2022.text.first_order', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.text.first_order', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.text.first_order', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.text.first_order', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.text.first_order', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.first_order', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.text.first_order_general', '*', 'equal dimensions only'),
    ('holdsworth2022.text.first_order_general', 'F2eq-dm-t5', 'T_A = T_B = 3/2'),
    ('holdsworth2022.text.first_order_general', 'F2rev-dm-t5', 'T_A = 1'),
    ('holdsworth2022.text.first_order_general', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.text.first_order_general', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.text.first_order_general', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.text.first_order_general', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.text.first_order_general', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.first_order_general', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.text.first_order_reversed', '*', 'equal dimensions only'),
    ('holdsworth2022.text.first_order_reversed', 'F2rev-dm-t5', 'T_A = 1'),
    ('holdsworth2022.text.first_order_reversed', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.global_maximum', '*', 'equal dimensions only'),
    ('holdsworth2022.text.global_maximum', 'chi-10-P1', 'T_B = 1'),
    ('holdsworth2022.text.global_maximum', 'chi-14-P1', 'T_B = 1'),
    ('holdsworth2022.text.global_maximum', 'chi-14-rev', 'T_A = 1'),
    ('holdsworth2022.text.mutual_information', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.no_work', '*', 'equal dimensions only'),
    ('holdsworth2022.text.no_work', 'pump-P1-nochi-t5', 'T_B = 1'),
    ('holdsworth2022.text.no_work', 'pump-P1-t3', 'T_B = 1'),
    ('holdsworth2022.text.no_work', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.text.normal_direction', '*', 'equal dimensions only'),
    ('holdsworth2022.text.normal_direction', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.normal_direction', 'P1-nochi-t6', 'T_B = 1'),
    ('holdsworth2022.text.normal_exchange', '*', 'equal dimensions only'),
    ('holdsworth2022.text.normal_exchange', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.text.normal_exchange', 'P1-nochi-t6', 'T_B = 1'),
    ('holdsworth2022.text.optimum_scope', '*', 'equal dimensions only'),
    ('holdsworth2022.text.optimum_scope', 'chi-10-P1', 'T_B = 1'),
    ('holdsworth2022.text.optimum_scope', 'chi-14-P1', 'T_B = 1'),
    ('holdsworth2022.text.optimum_scope', 'chi-14-rev', 'T_A = 1'),
    ('holdsworth2022.text.period', '*', 'equal dimensions only'),
    ('holdsworth2022.text.period', 'F2rev-dm-t5-ext', 'T_A = 1'),
    ('holdsworth2022.text.period', 'P1-dg-t9-ext', 'T_B = 1'),
    ('holdsworth2022.text.period', 'P1-dm-t4-ext', 'T_B = 1'),
    ('holdsworth2022.text.pump_direction', '*', 'equal dimensions only'),
    ('holdsworth2022.text.pump_direction', 'pump-P1-t3', 'T_B = 1'),
    ('holdsworth2022.text.pump_direction', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.text.pump_heat_at_tau', '*', 'equal dimensions only'),
    ('holdsworth2022.text.pump_heat_at_tau', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.text.rate_optimum', '*', 'equal dimensions only'),
    ('holdsworth2022.text.rate_optimum', 'chi-10-P1', 'T_B = 1'),
    ('holdsworth2022.text.rate_optimum', 'chi-14-P1', 'T_B = 1'),
    ('holdsworth2022.text.rate_optimum', 'chi-14-rev', 'T_A = 1'),
    ('holdsworth2022.text.sed0', '*', 'equal dimensions only'),
    ('holdsworth2022.text.sed0', 'temperatures-P1', 'T_B = 1'),
    ('holdsworth2022.text.sed0', 'temperatures-equal', 'T_A = T_B = 3/2'),
    ('holdsworth2022.text.sed0', 'temperatures-equal', 'phi_chi = -1'),
    ('holdsworth2022.text.sed0', 'temperatures-rev', 'T_A = 1'),
    ('holdsworth2022.text.sigma0_negative', '*', 'equal dimensions only'),
    ('holdsworth2022.text.sigma0_negative', 'pump-P1-t3', 'T_B = 1'),
    ('holdsworth2022.text.sigma0_negative', 'pump-P1-tau', 'T_B = 1'),
    ('holdsworth2022.text.switch_on_cost', '*', 'equal dimensions only'),
    ('holdsworth2022.text.switch_on_cost', 'P1-d0-t4', 'T_B = 1'),
    ('holdsworth2022.text.switch_on_cost', 'P1-dg-t9', 'T_B = 1'),
    ('holdsworth2022.text.switch_on_cost', 'P1-dm-t0', 'T_B = 1'),
    ('holdsworth2022.text.switch_on_cost', 'P1-dm-t13', 'T_B = 1'),
    ('holdsworth2022.text.switch_on_cost', 'P1-dm-t4', 'T_B = 1'),
    ('holdsworth2022.text.switch_on_cost', 'P1-dm-tau', 'T_B = 1'),
    ('holdsworth2022.text.switch_on_cost', 'P1-dp-t4', 'T_B = 1'),
    ('holdsworth2022.text.tau_maximum', '*', 'equal dimensions only'),
    ('holdsworth2022.text.tau_maximum', 'P1-dg-tau', 'T_B = 1'),
    ('holdsworth2022.text.tau_maximum', 'P1-dm-tau', 'T_B = 1'),
    ('holdsworth2022.text.tau_stationary', '*', 'equal dimensions only'),
    ('holdsworth2022.text.tau_stationary', 'P1-dg-tau', 'T_B = 1'),
    ('holdsworth2022.text.tau_stationary', 'P1-dm-tau', 'T_B = 1'),
    ('holdsworth2022.text.xy_model', '*', 'equal dimensions only'),
}


def _scalar_slots(sampler):
    """(label, recipe) of every scalar binding and dissipator rate of the sampler."""
    for sym, rec in sampler.bind:
        if not hasattr(sym, "support"):
            yield str(sym), rec
    for party, jumps in sampler.dissipators:
        for k, (_, rate) in enumerate(jumps):
            yield f"rate {k} on {party}", rate


def _matrix_slots(sampler):
    for sym, rec in sampler.bind:
        if hasattr(sym, "support"):
            yield str(sym), rec


def _flags(sampler):
    """What is coincident in the sampler's fixed values, as short strings."""
    out = []
    scalars = [(label, rec) for label, rec in _scalar_slots(sampler)
               if rec.value is not None and rec.origin in ("printed", "chosen")]
    for label, rec in scalars:
        if rec.origin == "chosen" and rec.value in (1, -1):
            out.append(f"{label} = {rec.value}")
    for (la, ra), (lb, rb) in itertools.combinations(scalars, 2):
        if "chosen" in (ra.origin, rb.origin) and ra.value == rb.value and ra.value != 0:
            out.append(f"{la} = {lb} = {ra.value}")
    mats = [(label, rec) for label, rec in _matrix_slots(sampler)
            if isinstance(rec.value, sympy.MatrixBase) and rec.origin in ("printed", "chosen")]
    for (la, ra), (lb, rb) in itertools.combinations(mats, 2):
        if "chosen" in (ra.origin, rb.origin) and ra.value.shape == rb.value.shape \
                and ra.value == rb.value and any(x != 0 for x in ra.value):
            out.append(f"{la} = {lb} (one matrix)")
    return out


def _equal_dimensions_only(claim):
    return bool(claim.samplers) and all(
        len(s.parties) >= 2 and len(set(s.dims)) == 1 for s in claim.samplers) and not all(
        s.printed_dims for s in claim.samplers)


def coincidences():
    """Every (claim id, sampler name, what) flagged in the registry."""
    found = set()
    for claim in registry():
        if claim.kind == "definition":
            continue
        if _equal_dimensions_only(claim):
            found.add((claim.id, "*", "equal dimensions only"))
        for s in claim.samplers:
            for what in _flags(s):
                found.add((claim.id, s.name, what))
    return found


def test_no_new_coincidences():
    new = sorted(coincidences() - KNOWN)
    assert not new, "fixed values on coincidences (use printed(...) or special(..., why), or " \
                    "move them):\n" + "\n".join(map(str, new))


def test_known_list_is_current():
    """Entries fixed in their paper leave the list (it only shrinks)."""
    assert not sorted(KNOWN - coincidences())


@pytest.mark.parametrize("case", ["one", "equal", "dims"])
def test_the_guard_fires(case):
    """The detector sees each kind of coincidence (a test that fails without it)."""
    from corrcheck.setups import Bipartite, closed, draw, fixed, printed, special
    x, y = sympy.symbols("x y", positive=True)
    SB = Bipartite.named("S", "B")
    if case == "one":
        smp = draw({x: fixed(1)}, parties=("S",)).sampler("one", 2)
        assert _flags(smp) == ["x = 1"]
        assert not _flags(draw({x: printed(1)}, parties=("S",)).sampler("p", 2))
        assert not _flags(draw({x: special(1, "the limit")}, parties=("S",)).sampler("s", 2))
    elif case == "equal":
        smp = draw({x: fixed("0.3"), y: printed("0.3")}, parties=("S",)).sampler("eq", 2)
        assert _flags(smp) == ["x = y = 3/10"]
    else:
        from corrcheck.claim import Paper
        from corrcheck.symbolic.expr import Tr
        p = Paper("userdims", "t")
        c = p.claim("t.dims", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=1,
                    samplers=closed(SB).samplers("hs", ((2, 2), (3, 3))))
        assert _equal_dimensions_only(c)
        c2 = p.claim("t.dims2", eq="1", title="t", statement="s", lhs=Tr(SB.rho), rhs=1,
                     samplers=closed(SB).samplers("hs", ((2, 2), (2, 3))))
        assert not _equal_dimensions_only(c2)
