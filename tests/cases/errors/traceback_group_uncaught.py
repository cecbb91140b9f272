# An uncaught exception group: boxes, margins, notes, and the repeated-frame line as CPython's C printer writes it.
def f(n):
    return f(n + 1) if n < 20 else g()

def g():
    try:
        raise KeyError("inner")
    except KeyError as k:
        e = ValueError("with note")
        e.add_note("a note")
        raise ExceptionGroup("eg", [e, TypeError("t"), ExceptionGroup("nested", [OSError(2, "x")])]) from k

print("before")
f(0)
