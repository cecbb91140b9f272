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
