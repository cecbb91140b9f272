# Relative imports outside a package and with bad __package__ values: CPython's errors.
def attempt(source, globals_):
    try:
        exec(source, globals_)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok")


attempt("from . import x", {"__name__": "__main__"})
attempt("from . import x", {"__name__": "top"})
attempt("from .. import x", {"__name__": "pkg.mod", "__package__": "pkg"})
attempt("from . import x", {"__name__": "m", "__package__": 42})
attempt("from . import x", {})
attempt("from . import x", {"__name__": 5})
attempt("from . import sub", {"__name__": "_spec_pkg.other", "__package__": None})
attempt("from . import sub", {"__name__": "_spec_pkg", "__path__": []})
attempt("from .sub import SEEN; print(SEEN)", {"__name__": "x", "__package__": "_spec_pkg"})
print(__import__("sub", {"__package__": "_spec_pkg"}, None, [], 1).__name__)
try:
    from . import anything
except ImportError as e:
    print("ImportError:", e)
