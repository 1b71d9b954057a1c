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
    # alipour2024
    ('alipour2024.eq10.dU_qmi', 'eq13-2x2-beta1', 'beta = 1'),
    ('alipour2024.eq11.integrated', 'thermal-ex2-b1-t1', 'beta = 1'),
    ('alipour2024.eq11.integrated', 'thermal-ex2-b1-t1', 'beta = t = 1'),
    ('alipour2024.eq11.integrated', 'thermal-ex2-b1-t1', 't = 1'),
    ('alipour2024.eq11.needs_thermal_start', 'thermal-ex2-b1-t1', 'beta = 1'),
    ('alipour2024.eq11.needs_thermal_start', 'thermal-ex2-b1-t1', 'beta = t = 1'),
    ('alipour2024.eq11.needs_thermal_start', 'thermal-ex2-b1-t1', 't = 1'),
    ('alipour2024.eq12.bound', 'thermal-ex2-b1-t1', 'beta = 1'),
    ('alipour2024.eq12.bound', 'thermal-ex2-b1-t1', 'beta = t = 1'),
    ('alipour2024.eq12.bound', 'thermal-ex2-b1-t1', 't = 1'),
    ('alipour2024.eq12.bound', 'thermal-ex2-no-interaction', 'beta = 1'),
    ('alipour2024.eq12.bound', 'thermal-ex2-no-interaction', 'beta = t = 1'),
    ('alipour2024.eq12.bound', 'thermal-ex2-no-interaction', 't = 1'),
    ('alipour2024.eq12.largest_ratio', '*', 'equal dimensions only'),
    ('alipour2024.eq12.needs_thermal_start',
     'pure-start-ex2-b0.01-t1', 'sigma_S = sigma_B (one matrix)'),
    ('alipour2024.eq12.needs_thermal_start', 'pure-start-ex2-b0.01-t1', 't = 1'),
    ('alipour2024.eq12.relative_entropy_nonnegative', 'thermal-ex2-b1-t0', 'beta = 1'),
    ('alipour2024.eq12.relative_entropy_nonnegative', 'thermal-ex2-b1-t1', 'beta = 1'),
    ('alipour2024.eq12.relative_entropy_nonnegative', 'thermal-ex2-b1-t1', 'beta = t = 1'),
    ('alipour2024.eq12.relative_entropy_nonnegative', 'thermal-ex2-b1-t1', 't = 1'),
    ('alipour2024.eq12.sharper_bound', 'thermal-ex2-b1-t0', 'beta = 1'),
    ('alipour2024.eq12.sharper_bound', 'thermal-ex2-b1-t1', 'beta = 1'),
    ('alipour2024.eq12.sharper_bound', 'thermal-ex2-b1-t1', 'beta = t = 1'),
    ('alipour2024.eq12.sharper_bound', 'thermal-ex2-b1-t1', 't = 1'),
    ('alipour2024.eq12.trace_distance', 'thermal-ex2-b1-t1', 'beta = 1'),
    ('alipour2024.eq12.trace_distance', 'thermal-ex2-b1-t1', 'beta = t = 1'),
    ('alipour2024.eq12.trace_distance', 'thermal-ex2-b1-t1', 't = 1'),
    ('alipour2024.eq13.hermitian', '*', 'equal dimensions only'),
    ('alipour2024.eq13.positive', '*', 'equal dimensions only'),
    ('alipour2024.eq13.spectrum', '*', 'equal dimensions only'),
    ('alipour2024.eq13.trace', '*', 'equal dimensions only'),
    ('alipour2024.eq20.example2_bell', '*', 'equal dimensions only'),
    ('alipour2024.eq20.example2_bell_stationary', '*', 'equal dimensions only'),
    ('alipour2024.eq20.near_maximally_entangled', '*', 'equal dimensions only'),
    ('alipour2024.eq20.near_maximally_entangled_printed', '*', 'equal dimensions only'),
    ('alipour2024.eq20.near_maximally_mixed', '*', 'equal dimensions only'),
    ('alipour2024.eq20.relative_error_entangled', '*', 'equal dimensions only'),
    ('alipour2024.eq20.relative_error_mixed', '*', 'equal dimensions only'),
    ('alipour2024.eq21.line1', 'eq13-2x2-beta1', 'beta = 1'),
    ('alipour2024.eq21.line2', 'eq13-2x2-beta1', 'beta = 1'),
    ('alipour2024.eq21.line3', 'eq13-2x2-beta1', 'beta = 1'),
    ('alipour2024.eq21.line4', 'eq13-2x2-beta1', 'beta = 1'),
    ('alipour2024.eq21.line5', 'eq13-2x2-beta1', 'beta = 1'),
    ('alipour2024.eq3.pauli', '*', 'equal dimensions only'),
    ('alipour2024.ex1.chi_norm_constant', '*', 'equal dimensions only'),
    ('alipour2024.ex1.correlation_matrix', '*', 'equal dimensions only'),
    ('alipour2024.ex1.minimiser', '*', 'equal dimensions only'),
    ('alipour2024.ex1.minimiser_printed', '*', 'equal dimensions only'),
    ('alipour2024.ex1.minimiser_stationary', '*', 'equal dimensions only'),
    ('alipour2024.ex1.qmi_not_constant', '*', 'equal dimensions only'),
    ('alipour2024.ex1.range_edges_singular', '*', 'equal dimensions only'),
    ('alipour2024.ex1.range_lower', '*', 'equal dimensions only'),
    ('alipour2024.ex1.range_upper', '*', 'equal dimensions only'),
    ('alipour2024.ex1.state_on_printed_range', '*', 'equal dimensions only'),
    ('alipour2024.fig2.opposite_signs', '*', 'equal dimensions only'),
    ('alipour2024.fig2.qmi_increases', '*', 'equal dimensions only'),
    ('alipour2024.fig2.qmi_local_maxima', '*', 'equal dimensions only'),
    ('alipour2024.supp.endpoints_are_roots', '*', 'equal dimensions only'),
    ('alipour2024.supp.intervals', '*', 'equal dimensions only'),
    ('alipour2024.supp.intervals_printed', '*', 'equal dimensions only'),
    ('alipour2024.text.condition19_equal_dimensions', '*', 'equal dimensions only'),
    ('alipour2024.text.eq10_second_term_zero', 'eq13-2x2-beta1', 'beta = 1'),
    ('alipour2024.text.main_linearisation', '*', 'equal dimensions only'),
    ('alipour2024.text.supplement_linearisation', '*', 'equal dimensions only'),
    # pyharanta2022
    ('pyharanta2022.A1.adjoint_A_of_H_B', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.adjoint_B_of_H_A', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line1', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line2', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line3', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line4', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line5', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line5_printed', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line6', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line7', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.line8', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.local_dissipator', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.unital_A', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A1.unital_B', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A2.dU_loc', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.A3.constructed', 'A3-and-A4-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.A3.constructed', 'A3-and-A4-fixed-2x3', 'rate 1 on A = rate 2 on B = 1/2'),
    ('pyharanta2022.A4.constructed', 'A3-and-A4-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.A4.constructed', 'A3-and-A4-fixed-2x3', 'rate 1 on A = rate 2 on B = 1/2'),
    ('pyharanta2022.eq10.dU_chi', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq11.adjoint_A', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq11.adjoint_B', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq13.detailed_balance_A', '*', 'equal dimensions only'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_A', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq13.detailed_balance_B', '*', 'equal dimensions only'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq13.detailed_balance_B', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq14.premise_resonant', 'resonant-fixed-2x2', 'H_A = H_B (one matrix)'),
    ('pyharanta2022.eq14.steady_state', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq14.steady_state', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq14.steady_state', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq14.steady_state', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq14.steady_state_printed', 'resonant-fixed-2x2', 'H_A = H_B (one matrix)'),
    ('pyharanta2022.eq14.unique', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq14.unique', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq14.unique', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq14.unique', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq16.eigen', '*', 'equal dimensions only'),
    ('pyharanta2022.eq16.eigen', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq16.eigen', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq16.eigen', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq16.eigen', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq16.eigen', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq16.eigen', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq16.eigen', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq16.eigen', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq16.eigen', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq16.propagated', '*', 'equal dimensions only'),
    ('pyharanta2022.eq16.propagated', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq16.propagated', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq16.propagated', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq16.propagated', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq16.propagated', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq16.propagated', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq16.propagated', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq16.propagated', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq16.propagated', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq16.solution', '*', 'equal dimensions only'),
    ('pyharanta2022.eq16.solution', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq16.solution', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq16.solution', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq16.solution', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq16.solution', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq16.solution', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq16.solution', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq16.solution', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq16.solution', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq17.exact', '*', 'equal dimensions only'),
    ('pyharanta2022.eq17.exact', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.exact', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq17.exact', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.exact', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.exact', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.exact', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq17.exact', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.exact', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.exact', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq17.infinity', '*', 'equal dimensions only'),
    ('pyharanta2022.eq17.infinity', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.infinity', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq17.infinity', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.infinity', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.infinity', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.infinity', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq17.infinity', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.infinity', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.infinity', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq17.propagated', '*', 'equal dimensions only'),
    ('pyharanta2022.eq17.propagated', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.propagated', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq17.propagated', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.propagated', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.propagated', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.propagated', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq17.propagated', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.propagated', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.propagated', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq17.sign', '*', 'equal dimensions only'),
    ('pyharanta2022.eq17.sign', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.sign', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.eq17.sign', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.sign', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.sign', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.eq17.sign', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.eq17.sign', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.eq17.sign', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.eq17.sign', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.eq3.ptr_A_chi', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq3.ptr_B_chi', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq4.reduced_A', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq4.reduced_B', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq6.H_split', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq7.U_loc_split', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq8.U_chi_H', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq8.U_chi_V', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq9.dU_loc', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.eq9.termwise', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.example.local_energy_generic_states', '*', 'equal dimensions only'),
    ('pyharanta2022.example.local_energy_generic_states',
     'example-P1-fixed-state', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.example.local_energy_generic_states', 'example-P1-fixed-state', 'omega_A = 1'),
    ('pyharanta2022.example.local_energy_generic_states',
     'example-P1-fixed-state', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.example.local_energy_generic_states',
     'example-P1-fixed-state', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.example.local_energy_special_states', '*', 'equal dimensions only'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.example.local_energy_special_states', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.example.total_energy_special_states', '*', 'equal dimensions only'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.example.total_energy_special_states', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.fig1.chi_V_hat', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.fig1.rho_V_hat', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.remark.eigenvectors_constant', '*', 'equal dimensions only'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.remark.eigenvectors_constant', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.A4_total_energy', 'A4-only-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.text.A4_total_energy', 'A4-only-fixed-2x3', 'rate 0 on A = rate 0 on B = 1'),
    ('pyharanta2022.text.A4_total_energy', 'A4-only-fixed-2x3', 'rate 0 on B = 1'),
    ('pyharanta2022.text.U_A_constant', '*', 'equal dimensions only'),
    ('pyharanta2022.text.U_A_constant', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.U_A_constant', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.U_A_constant', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.U_A_constant', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.U_A_constant', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.U_A_constant', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.U_A_constant', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.U_A_constant', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.U_A_constant', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.U_B_constant', '*', 'equal dimensions only'),
    ('pyharanta2022.text.U_B_constant', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.U_B_constant', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.U_B_constant', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.U_B_constant', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.U_B_constant', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.U_B_constant', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.U_B_constant', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.U_B_constant', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.U_B_constant', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.c_range_lower', '*', 'equal dimensions only'),
    ('pyharanta2022.text.c_range_lower', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_lower', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_lower', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_lower', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_lower', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.c_range_lower_printed', '*', 'equal dimensions only'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_lower_printed', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.c_range_upper', '*', 'equal dimensions only'),
    ('pyharanta2022.text.c_range_upper', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_upper', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_upper', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_upper', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_upper', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.c_range_upper_printed', '*', 'equal dimensions only'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.c_range_upper_printed', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.chi_vanishes', '*', 'equal dimensions only'),
    ('pyharanta2022.text.chi_vanishes', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.chi_vanishes', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.chi_vanishes', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.chi_vanishes', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.chi_vanishes', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.chi_vanishes', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.chi_vanishes', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.chi_vanishes', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.chi_vanishes', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.cond_i_non_product', '*', 'equal dimensions only'),
    ('pyharanta2022.text.cond_i_non_product', 'flip-flop-fixed', 'H_A = H_B (one matrix)'),
    ('pyharanta2022.text.cond_i_non_product', 'flip-flop-random-state', 'H_A = H_B (one matrix)'),
    ('pyharanta2022.text.cond_i_premise_flip_flop', '*', 'equal dimensions only'),
    ('pyharanta2022.text.cond_i_premise_flip_flop', 'flip-flop-fixed', 'H_A = H_B (one matrix)'),
    ('pyharanta2022.text.cond_i_premise_flip_flop',
     'flip-flop-random-state', 'H_A = H_B (one matrix)'),
    ('pyharanta2022.text.cond_i_product', 'product-V-fixed-2x2', 'H_B = O_A (one matrix)'),
    ('pyharanta2022.text.cond_ii_dU', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.text.cond_ii_dU_printed', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.text.cyclic_A', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.text.dU_split', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.text.exchange_is_correlation', '*', 'equal dimensions only'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.exchange_is_correlation', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.global_environment', 'global-fixed-4', 'rate 0 on AB = 1'),
    ('pyharanta2022.text.local_adjoint_A', 'gkls-fixed-2x2', 'rate 1 on B = 1'),
    ('pyharanta2022.text.marginals_thermal', '*', 'equal dimensions only'),
    ('pyharanta2022.text.marginals_thermal', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.marginals_thermal', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.marginals_thermal', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.marginals_thermal', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.marginals_thermal', 'example-P2', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.marginals_thermal', 'example-P2', 'omega_A = 1'),
    ('pyharanta2022.text.marginals_thermal', 'example-P2', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.marginals_thermal', 'example-P2', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.marginals_thermal', 'example-P3', 'beta_B = 1'),
    ('pyharanta2022.text.only_chi_evolves', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.only_chi_evolves', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.only_chi_evolves', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.only_chi_evolves', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.only_chi_evolves_printed',
     'example-P1-coherent', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.only_chi_evolves_printed', 'example-P1-coherent', 'omega_A = 1'),
    ('pyharanta2022.text.only_chi_evolves_printed',
     'example-P1-coherent', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.only_chi_evolves_printed',
     'example-P1-coherent', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.pi_A', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.pi_A', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.pi_A', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.pi_A', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.pi_A_printed', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.pi_A_printed', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.pi_A_printed', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.pi_A_printed', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.text.pi_B', 'example-P1', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.text.pi_B', 'example-P1', 'omega_A = 1'),
    ('pyharanta2022.text.pi_B', 'example-P1', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.text.pi_B', 'example-P1', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_A4_fails', 'example-P1-fixed-state', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_A4_fails', 'example-P1-fixed-state', 'omega_A = 1'),
    ('pyharanta2022.theorem.A3_only_A4_fails', 'example-P1-fixed-state', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_A4_fails', 'example-P1-fixed-state', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_conditions',
     'example-P1-fixed-state', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_conditions', 'example-P1-fixed-state', 'omega_A = 1'),
    ('pyharanta2022.theorem.A3_only_conditions',
     'example-P1-fixed-state', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_conditions',
     'example-P1-fixed-state', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_local_energy',
     'example-P1-fixed-state', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_local_energy', 'example-P1-fixed-state', 'omega_A = 1'),
    ('pyharanta2022.theorem.A3_only_local_energy',
     'example-P1-fixed-state', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_local_energy',
     'example-P1-fixed-state', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_total_energy',
     'example-P1-fixed-state', 'beta_A = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_total_energy', 'example-P1-fixed-state', 'omega_A = 1'),
    ('pyharanta2022.theorem.A3_only_total_energy',
     'example-P1-fixed-state', 'omega_B = alpha_A = 1/2'),
    ('pyharanta2022.theorem.A3_only_total_energy',
     'example-P1-fixed-state', 'omega_B = beta_A = 1/2'),
    ('pyharanta2022.theorem.A4_only_A3_fails', 'A4-only-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.theorem.A4_only_A3_fails',
     'A4-only-fixed-2x3', 'rate 0 on A = rate 0 on B = 1'),
    ('pyharanta2022.theorem.A4_only_A3_fails', 'A4-only-fixed-2x3', 'rate 0 on B = 1'),
    ('pyharanta2022.theorem.A4_only_conditions', 'A4-only-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.theorem.A4_only_conditions',
     'A4-only-fixed-2x3', 'rate 0 on A = rate 0 on B = 1'),
    ('pyharanta2022.theorem.A4_only_conditions', 'A4-only-fixed-2x3', 'rate 0 on B = 1'),
    ('pyharanta2022.theorem.A4_only_local_energy', 'A4-only-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.theorem.A4_only_local_energy',
     'A4-only-fixed-2x3', 'rate 0 on A = rate 0 on B = 1'),
    ('pyharanta2022.theorem.A4_only_local_energy', 'A4-only-fixed-2x3', 'rate 0 on B = 1'),
    ('pyharanta2022.theorem.correlation_energy', 'A3-and-A4-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.theorem.correlation_energy',
     'A3-and-A4-fixed-2x3', 'rate 1 on A = rate 2 on B = 1/2'),
    ('pyharanta2022.theorem.correlations_move', 'A3-and-A4-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.theorem.correlations_move',
     'A3-and-A4-fixed-2x3', 'rate 1 on A = rate 2 on B = 1/2'),
    ('pyharanta2022.theorem.local_energy', 'A3-and-A4-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.theorem.local_energy',
     'A3-and-A4-fixed-2x3', 'rate 1 on A = rate 2 on B = 1/2'),
    ('pyharanta2022.theorem.total_energy', 'A3-and-A4-fixed-2x3', 'rate 0 on A = 1'),
    ('pyharanta2022.theorem.total_energy',
     'A3-and-A4-fixed-2x3', 'rate 1 on A = rate 2 on B = 1/2'),
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
