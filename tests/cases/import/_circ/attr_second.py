# Helper: reads an attribute of a partially initialised module.
import _circ.attr_first
_circ.attr_first.VALUE
