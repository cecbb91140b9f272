import sys, io
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def nested():
    try:
        f()
    except ExceptionGroup as e:
        e.add_note("a note\nsecond line")
        raise ExceptionGroup("outer", [e, KeyError('k'), ExceptionGroup("inner", [OSError(3)])]) from ValueError("cause")
def report(fn):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn()
    except BaseException:
        sys.excepthook(*sys.exc_info())
    text = sys.stderr.getvalue()
    sys.stderr = old
    print(text.replace(__file__, "FILE"))
report(f)
report(nested)
def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])
report(wide)
def deep():
    e = ValueError("leaf")
    for i in range(13):
        e = ExceptionGroup(f"level {i}", [e])
    raise e
report(deep)
def recurse(n):
    return recurse(n + 1)
report(lambda: recurse(0))
def notes():
    e = ValueError("x")
    e.__notes__ = "not a list"
    raise e
report(notes)
def notes2():
    e = ValueError("")
    e.add_note("n1\n")
    e.add_note(42 and "n2")
    raise e
report(notes2)
def ctx():
    try:
        1/0
    except ZeroDivisionError:
        raise ExceptionGroup("during", [ValueError("v")])
report(ctx)
sys.tracebacklimit = 1
report(nested)
sys.tracebacklimit = 0
report(f)
del sys.tracebacklimit
class BrokenStr(Exception):
    def __str__(self): raise RuntimeError
def broken(): raise BrokenStr()
report(broken)
raise ExceptionGroup("final", [ValueError(1)])
