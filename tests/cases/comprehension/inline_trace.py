# sys.settrace through an inlined comprehension: no call event for it, lines of the enclosing function.
import sys


def traced(n):
    a = [i * 2
         for i in range(n)]
    return a


events = []


def tracer(frame, event, arg):
    if frame.f_code is traced.__code__ or frame.f_code.co_name == "<listcomp>":
        events.append((event, frame.f_code.co_name, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
traced(2)
sys.settrace(None)
print([e for e in events if e[0] != "line"])
print(sorted(set(e[2] for e in events if e[0] == "line")))


# Line events when an exception leaves a comprehension: its handler restores the iteration variables on the
# comprehension's line.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return True


def with_one_line():
    with CM(): 1 / 0
    return 1


def try_except():
    x = 0
    try:
        r = [1 / v
             for v in [1, 0]]
    except ZeroDivisionError:
        pass


def try_finally():
    try:
        r = [1 / v for v in [1, 0]]
    finally:
        x = 1


for fn in (with_one_line, try_except, try_finally):
    ev = []

    def tracer(frame, event, arg):
        if frame.f_code is fn.__code__:
            ev.append((event[0], frame.f_lineno - fn.__code__.co_firstlineno))
        return tracer

    sys.settrace(tracer)
    try:
        fn()
    except Exception:
        pass
    sys.settrace(None)
    print(fn.__name__, ev)
