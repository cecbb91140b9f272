# Helper: a module whose attribute is read by _circ.attr_second while it is still running.
import _circ.attr_second
VALUE = 1
