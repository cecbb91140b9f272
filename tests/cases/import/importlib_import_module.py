# importlib.import_module: absolute and relative names, the module itself (not the top package), and
# CPython's errors.
import importlib
import sys

m = importlib.import_module("_spec_pkg.sub")
print(m.__name__, m is sys.modules["_spec_pkg.sub"])
print(importlib.import_module(".sub", "_spec_pkg") is m)
print(importlib.import_module("..sub", "_spec_pkg.sub") is m)
print(importlib.import_module("_fromlist_pkg.good").VALUE)
print(importlib.import_module(".", "_spec_pkg").__name__)


def attempt(*args):
    try:
        result = importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "name", "-"))
    else:
        print("ok", result.__name__)


attempt(".sub")
attempt(".sub", "")
attempt("...sub", "_spec_pkg")
attempt("_spec_pkg.nothing")
attempt("nothing_at_all")
attempt("_helper.inner")
attempt("")
attempt(".nothing", "_spec_pkg")
attempt(42)
sys.modules["_blocked"] = None
attempt("_blocked")
del sys.modules["_blocked"]

print(importlib.__import__("_spec_pkg.sub").__name__)
print(importlib.__import__("_spec_pkg.sub", fromlist=["x"]).__name__)
print(importlib.__import__ is __import__ or callable(importlib.__import__))
