# The native _warnings core, used before (and without) lib/warnings.py: filters, registries,
# stacklevel, skip_file_prefixes, warn_explicit, argument checks, and the output it writes itself.
import sys, io
import _warnings
import _warnings_helper

print("warnings imported:", "warnings" in sys.modules)
print(_warnings.filters)
print(repr(_warnings._defaultaction), _warnings._onceregistry)
print(sorted(name for name in vars(_warnings) if not name.startswith("__")))

HERE = __file__.rpartition("/")[0] + "/"  # the case's directory, which differs between checkouts
saved_filters = _warnings.filters[:]
captured = io.StringIO()
sys.stderr = captured

def keys(registry):
    return sorted(repr(k if isinstance(k, str) else (k[0], k[1].__name__) + tuple(k[2:])) for k in registry)

def show(title):
    text = captured.getvalue().replace(HERE, "")
    captured.seek(0)
    captured.truncate()
    print(f"-- {title}")
    print(text, end="")

_warnings.warn("plain")
_warnings.warn(UserWarning("an instance"), DeprecationWarning)
_warnings.warn("runtime", RuntimeWarning)
show("defaults")

for i in range(3):
    _warnings.warn("looped")
show("default action: once per line")
print(keys(__warningregistry__))

def f():
    _warnings.warn("at the caller", stacklevel=2)
def g():
    f()
g()
_warnings.warn("too deep", stacklevel=50)
_warnings.warn("level zero", stacklevel=0)
_warnings.warn("negative", stacklevel=-3)
show("stacklevel")

_warnings_helper.outer("skipped", (_warnings_helper.__file__,))
_warnings_helper.outer("not skipped", ("/nonexistent",))
_warnings_helper.outer("empty prefixes", ())
show("skip_file_prefixes")

_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e.args)
instance = RuntimeWarning("the instance")
try:
    _warnings.warn(instance)
except RuntimeWarning as e:
    print("same instance:", e is instance)
del _warnings.filters[0]

class Pattern:
    def __init__(self, prefix): self.prefix = prefix
    def match(self, text):
        print("  match", repr(self.prefix), repr(text))
        return text.startswith(self.prefix)

_warnings.filters.insert(0, ("ignore", Pattern("quiet"), Warning, None, 0))
_warnings.filters.insert(0, ("always", None, UserWarning, Pattern("__ma"), 0))
_warnings._filters_mutated()
for i in range(2):
    _warnings.warn("quiet please")
    _warnings.warn("loud", UserWarning)
show("pattern filters")
_warnings.filters[:] = saved_filters

for action in ("once", "module", "default", "always", "ignore"):
    _warnings.filters.insert(0, (action, None, UserWarning, None, 0))
    _warnings._filters_mutated()
    for i in range(2):
        _warnings.warn(action + " A")
    _warnings.warn(action + " A")
    _warnings.warn(action + " B")
    show(action)
    print(keys(__warningregistry__))
    del _warnings.filters[0]
print("once registry:", sorted((k[0], k[1].__name__) for k in _warnings._onceregistry))

_warnings.filters.insert(0, ("default", None, UserWarning, None, 7))
_warnings._filters_mutated()
reg = {}
_warnings.warn_explicit("on seven", UserWarning, "mod.py", 7, registry=reg)
_warnings.warn_explicit("on seven", UserWarning, "mod.py", 7, registry=reg)
_warnings.warn_explicit("on eight", UserWarning, "mod.py", 8, registry=reg)
del _warnings.filters[0]
_warnings._filters_mutated()
print(keys(reg), reg["version"] >= 0)
_warnings.warn_explicit("dropped", UserWarning, "mod.py", 9, None)
_warnings.warn_explicit("by name", UserWarning, "", 3)
_warnings.warn_explicit("once here", UserWarning, "x.py", 1, "some.module", None)

class Loader:
    def get_source(self, name):
        print("  get_source", name)
        return "line one\n    line two  \nline three"
globs = {"__name__": "fake", "__loader__": Loader()}
_warnings.warn_explicit("with globals", UserWarning, "fake.py", 2, module_globals=globs)
try:
    _warnings.warn_explicit("past the end", UserWarning, "fake.py", 9, module_globals=globs)
except IndexError as e:
    print("IndexError", e)
_warnings.warn_explicit("no loader", UserWarning, "fake.py", 2, module_globals={"__name__": "x"})
show("warn_explicit")

def check(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error")

check(_warnings.warn, "m", 5)
check(_warnings.warn, "m", int)
check(_warnings.warn, "m", "UserWarning")
check(_warnings.warn, "m", skip_file_prefixes=["a"])
check(_warnings.warn, "m", skip_file_prefixes=(b"a",))
check(_warnings.warn, "m", stacklevel="1")
check(_warnings.warn, "m", UserWarning, 1, None, None)
check(_warnings.warn_explicit, "m", UserWarning, 5, 1)
check(_warnings.warn_explicit, "m", UserWarning, "f.py", "1")
check(_warnings.warn_explicit, "m", None, "f.py", 1)
check(_warnings.warn_explicit, "m", UserWarning, "f.py", 1, registry=[])
check(_warnings.warn_explicit, "m", UserWarning, "f.py", 1, module_globals=[])
check(_warnings.warn_explicit, "m", int, "f.py", 1)

# A module named warnings in sys.modules is where the filters are read from, as CPython's C code does.
fake = type(sys)("warnings")
sys.modules["warnings"] = fake
for filters in (5, [5], [(1, None, Warning, None, 0)], [("bogus", None, Warning, None, 0)]):
    fake.filters = filters
    check(_warnings.warn, "through the fake")
fake.filters = []
fake.defaultaction = 3
check(_warnings.warn, "default action")
fake.defaultaction = "once"
fake.onceregistry = []
check(_warnings.warn, "once registry")
fake.onceregistry = {}
fake._showwarnmsg = 5
check(_warnings.warn, "show")
fake._showwarnmsg = lambda msg: print("  shown", msg)
check(_warnings.warn, "show 2")
fake.WarningMessage = lambda *args: args[:2] + (args[2].rpartition("/")[2],) + args[3:]
check(_warnings.warn, "show 3")
print("fake once registry:", fake.onceregistry)
fake.filters = _warnings.filters
del sys.modules["warnings"]
show("fake warnings module")

# The runtime's own warnings, written natively.
bool(NotImplemented)
compile('x = "\\d"', "<s>", "exec")
compile('y = "\\q"', "file.py", "exec")
show("runtime warnings")
sys.stderr = sys.__stderr__
print("warnings imported:", "warnings" in sys.modules)
