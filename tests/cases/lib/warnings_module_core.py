# lib/warnings.py on top of the native _warnings (shared filters and registries, runtime warnings
# going through its filters and showwarning), and its pure-Python fallback when _warnings is blocked.
import sys
import _warnings
import warnings as c_warnings

print(c_warnings.warn is _warnings.warn, c_warnings.warn_explicit is _warnings.warn_explicit)
print(c_warnings.filters is _warnings.filters, c_warnings.onceregistry is _warnings._onceregistry,
      c_warnings.defaultaction is _warnings._defaultaction, c_warnings._filters_mutated is _warnings._filters_mutated)
print(hasattr(c_warnings.warn, "__code__"), c_warnings.filters[0])

with c_warnings.catch_warnings(record=True) as log:
    c_warnings.simplefilter("always")
    print(c_warnings.filters is _warnings.filters, len(c_warnings.filters))
    c_warnings.warn("from warnings.warn")
    _warnings.warn("from _warnings.warn", RuntimeWarning)
    bool(NotImplemented)
    compile('"\\d"', "c.py", "exec")
for w in log:
    print(type(w).__name__, w.category.__name__, w.message, w.filename.rpartition("/")[2], w.lineno, w.line, w.source)
print(c_warnings.filters is _warnings.filters, len(c_warnings.filters))

with c_warnings.catch_warnings():
    c_warnings.filterwarnings("error", "NotImpl", DeprecationWarning)
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("error:", e)
    c_warnings.filterwarnings("error", category=SyntaxWarning)
    try:
        compile('"\\d"', "c.py", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e)

def shower(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", category.__name__, message, filename.rpartition("/")[2], lineno, line)

with c_warnings.catch_warnings():
    c_warnings.simplefilter("always")
    c_warnings.showwarning = shower
    bool(NotImplemented)
    _warnings.warn_explicit("explicit", UserWarning, "e.py", 4)

# The registry the module level keeps.
c_warnings.simplefilter("default")
for i in range(2):
    c_warnings.warn("registered")
print(sorted(repr(k) for k in __warningregistry__ if k != "version"))
c_warnings.resetwarnings()
print(c_warnings.filters, __warningregistry__.get("version") is not None)

# The pure-Python fallback.
del sys.modules["warnings"]
sys.modules["_warnings"] = None
import warnings as py_warnings
sys.modules["_warnings"] = _warnings
print(py_warnings is not c_warnings, hasattr(py_warnings.warn, "__code__"), py_warnings.filters is _warnings.filters)
print(len(py_warnings.filters), py_warnings.filters[0][3], py_warnings.filters[1])
with py_warnings.catch_warnings(record=True, module=py_warnings) as log:
    py_warnings.simplefilter("always")
    py_warnings.warn("python warn")
    py_warnings.warn_explicit("python explicit", UserWarning, "p.py", 2)
for w in log:
    print(w.category.__name__, w.message, w.filename.rpartition("/")[2], w.lineno)
