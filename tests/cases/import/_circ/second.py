# Helper: the other half of the circle started by _circ.first.
from _circ.first import FIRST

SECOND = "second"
