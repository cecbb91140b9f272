# Helper: imports a name from _circ.second, which imports a name from this module before it exists.
from _circ.second import SECOND

FIRST = "first"
