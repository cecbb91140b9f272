# Module-level __getattr__ and __dir__ (PEP 562), also through `from m import name`.
import _lazy_attrs

print(_lazy_attrs.dyn_hello)
from _lazy_attrs import dyn_world
print(dyn_world, _lazy_attrs.COMPUTED)
print(dir(_lazy_attrs))
print(getattr(_lazy_attrs, "missing", "default"), hasattr(_lazy_attrs, "dyn_x"))
try:
    _lazy_attrs.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy_attrs import other
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
