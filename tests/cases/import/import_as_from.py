# `import X as Y`, `from X import Y`, `from X import Y as Z`, and shared module state.
import _helper as h
from _helper import greet, Widget as W
from _helper import counter

print(h.__name__, greet("ann"), W(7))
print(greet is h.greet, W is h.Widget)
h.bump()
h.bump()
print("module counter:", h.counter, "copied name:", counter)
import _second
print("after _second:", h.counter)
print(_second.double_bump(), h.counter)
import sys
print(sorted(name for name in sys.modules if name.startswith("_") and name[1:2].isalpha()
             and name in ("_helper", "_second")))
print("h" in dir(), "_helper" in dir(), "greet" in dir())
try:
    from _helper import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name =", e.name)
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name =", e.name)
print(isinstance(ModuleNotFoundError("x"), ImportError))
