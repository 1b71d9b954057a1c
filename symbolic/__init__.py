"""corrcheck's symbolic layer: the claim language and its provers.

* :mod:`symbolic.expr` - operators with supports and the nodes claims are written in;
* :mod:`symbolic.tracealg` - dimension-free normal forms of trace polynomials;
* :mod:`symbolic.exact` - exact zero tests of expressions evaluated on generic
  symbolic matrices of a fixed dimension;
* :mod:`symbolic.closedform` - scalar closed forms (simplification to zero).
"""
