# traceback: format_exception/format_exc/print_exception with carets, chains, groups, notes, SyntaxError.
import _strip_dir  # (prints paths relative to this directory)
import traceback, sys, io

def inner(x):
    return x[3] + 1

def middle(d):
    return d["key"] * 2 + inner([1])

def fails():
    return middle({"key": 1})

try:
    fails()
except IndexError as e:
    exc = e
    print(traceback.format_exc(), end="")

print("".join(traceback.format_exception(exc)), end="")
print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=1)), end="")
print("".join(traceback.format_exception(exc, limit=-1)), end="")
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
print(traceback.format_tb(exc.__traceback__))
summary = traceback.extract_tb(exc.__traceback__)
print(type(summary).__name__, len(summary), [(f.name, f.lineno, f.line) for f in summary])
f0 = summary[-1]
print(repr(f0), f0.colno, f0.end_colno, f0.lineno, f0.end_lineno, list(f0), f0[2], len(f0))
print(traceback.format_list(summary[1:]))

buf = io.StringIO()
traceback.print_exception(exc, file=buf)
traceback.print_tb(exc.__traceback__, limit=2, file=buf)
print(buf.getvalue(), end="")

# Chains: cause and context, suppressed context, chain=False.
def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("converted") from k

def contexted():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")

for fn in (chained, contexted):
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_exception(e)), end="")
        print("".join(traceback.format_exception(e, chain=False)), end="")

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")

# Notes and exception groups.
e = ValueError("with notes")
e.add_note("first note")
e.add_note("multi\nline")
print(traceback.format_exception_only(e))
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))

def raise_group():
    try:
        raise ValueError("v")
    except ValueError as v:
        inner_group = ExceptionGroup("inner", [v, KeyError("k")])
    raise ExceptionGroup("outer", [TypeError("t"), inner_group])

try:
    raise_group()
except ExceptionGroup as g:
    print("".join(traceback.format_exception(g)), end="")
    te = traceback.TracebackException.from_exception(g, max_group_width=1, max_group_depth=1)
    print("".join(te.format()), end="")

big = ExceptionGroup("many", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(big)), end="")

# SyntaxError formatting.
try:
    compile("x = (1,\n  2 +* 3)", "<snippet>", "exec")
except SyntaxError as s:
    print("".join(traceback.format_exception_only(s)), end="")
s = SyntaxError("msg", ("file.py", 3, 5, "    bad line here\n", 3, 9))
print(traceback.format_exception_only(s))
s = SyntaxError("no location")
print(traceback.format_exception_only(s))
s = SyntaxError("only file", ("f.py", None, None, None))
print(traceback.format_exception_only(s))

# Odd values.
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(None))
class Local(Exception):
    pass
print(traceback.format_exception_only(Local("x")))
try:
    traceback.format_exception(exc, None)
except ValueError as v:
    print("ValueError:", v)
try:
    traceback.format_exception(42)
except TypeError as t:
    print("TypeError:", t)

# TracebackException attributes.
te = traceback.TracebackException.from_exception(exc, capture_locals=True)
print(te.exc_type.__name__, str(te), te.__cause__, te.__context__, te.__suppress_context__, te.exceptions)
print(sorted(te.stack[-1].locals.items()))
print(te == traceback.TracebackException.from_exception(exc, capture_locals=True))
