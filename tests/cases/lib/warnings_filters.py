# warnings: actions, filters, registry, catch_warnings, the output format (with the source line).
import _strip_dir  # (prints paths relative to this directory)
import warnings, sys, io

def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith("warnings_filters.py"))

print(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance"))
    warnings.warn("with category instance ignored", UserWarning)
    def inner():
        warnings.warn("level 2", stacklevel=2)
    inner()
show(log)
print(log[0])
print(type(log[2].message).__name__, log[2].message.args)

# default: once per (text, category, line); once: once per (text, category); module: once per module.
for action in ("default", "once", "module", "always", "ignore"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(3):
            warnings.warn("repeat")
        warnings.warn("repeat")
        warnings.warn("other")
    print(action, [str(w.message) for w in log])

# error
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.filterwarnings("ignore", "bad.*")
    warnings.warn("Bad things")
    print("ignored by message (case-insensitive)")

# filterwarnings with message, category, module and lineno
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip", category=UserWarning)
    warnings.filterwarnings("ignore", module="__main__", category=FutureWarning)
    warnings.warn("skip me")
    warnings.warn("keep me")
    warnings.warn("future", FutureWarning)
    warnings.warn("skip but runtime", RuntimeWarning)
    print([f[0] for f in warnings.filters][:3], warnings.filters[0][1], warnings.filters[1][3])
show(log)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=sys._getframe().f_lineno + 1)
    warnings.warn("on ignored line")
    warnings.warn("on other line")
show(log)

# The same filter twice moves to the front; append keeps it at the end.
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", RuntimeWarning)
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", RuntimeWarning, append=True)
    print(warnings.filters)

# Output format on stderr (captured) and formatwarning / showwarning.
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  the line  ")))
print(repr(warnings.formatwarning("msg", UserWarning, __file__, 3)))
err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("to stderr")
        warnings.showwarning("direct", FutureWarning, "x.py", 7)
finally:
    sys.stderr = old
print(err.getvalue().replace(__file__, "FILE"), end="")
buf = io.StringIO()
warnings.showwarning("to file", UserWarning, "f.py", 1, file=buf, line="")
print(repr(buf.getvalue()))

# A replaced showwarning receives the details.
with warnings.catch_warnings():
    warnings.simplefilter("always")
    def my_show(message, category, filename, lineno, file=None, line=None):
        print("my_show:", repr(message), category.__name__, lineno, file, line)
    warnings.showwarning = my_show
    warnings.warn("hooked")
print(warnings.showwarning is warnings._showwarning_orig)

# __warningregistry__ and the filters version
def f():
    warnings.warn("registered")
err = io.StringIO()
sys.stderr = err
f()
f()
sys.stderr = old
print(err.getvalue().count("registered"))
print(sorted(k for k in __warningregistry__ if k != "version"))

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "some/file.py", 5)
    reg = {}
    warnings.simplefilter("default")
    warnings.warn_explicit("explicit2", UserWarning, "a.py", 1, module="m", registry=reg)
    warnings.warn_explicit("explicit2", UserWarning, "a.py", 1, module="m", registry=reg)
    print(reg)
for w in log:
    print(w.message, w.category.__name__, w.filename, w.lineno)

# Errors
for args in [("x", 42), ("x", int), ("x", "cat")]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    warnings.warn("x", skip_file_prefixes=["a"])
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", lineno=-1), lambda: warnings.filterwarnings("ignore", message=1)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
try:
    cw.__exit__()
except RuntimeError as e:
    print(e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("from action")
    except UserWarning as e:
        print("action error:", e)
with warnings.catch_warnings():
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print(e)
print(warnings.__all__)

# The "module" action keys the registry by (text, category); bad registry / module_globals.
reg = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    warnings.warn_explicit("m", UserWarning, "a.py", 1, registry=reg)
    warnings.warn_explicit("m", UserWarning, "a.py", 2, registry=reg)
print(len(log), sorted((k for k in reg if k != "version"), key=len))
for kwargs in ({"registry": 5}, {"module_globals": 5}):
    try:
        warnings.warn_explicit("x", UserWarning, "f", 1, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
