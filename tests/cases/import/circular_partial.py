# Circular imports: CPython's "partially initialized module" errors, for `from m import name` and for
# an attribute read, and the failed modules are gone from sys.modules.
import sys

try:
    import _circ.first
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (/")[0].split(" (most")[0])
    print("most likely due to a circular import" in str(e), e.name)
print("_circ.first" in sys.modules, "_circ.second" in sys.modules)

try:
    import _circ.attr_first
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print("_circ.attr_first" in sys.modules, "_circ.attr_second" in sys.modules)

try:
    from _circ import nothing_here
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])
