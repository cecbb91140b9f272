# A trace function's changes to frame.f_locals are written back into the frame when it returns (as
# CPython 3.12 does, which debuggers use to set variables); f_locals is refreshed at each access.
import sys


def f():
    x = 1
    y = 2
    return x + y


seen = []


def tracer(frame, event, arg):
    if frame.f_code is f.__code__:
        seen.append((event, frame.f_lineno - f.__code__.co_firstlineno, dict(frame.f_locals)))
        if event == 'line' and frame.f_lineno - f.__code__.co_firstlineno == 3:
            namespace = frame.f_locals
            namespace['x'] = 40
            namespace['y'] += 1
    return tracer


sys.settrace(tracer)
print(f())
sys.settrace(None)
for entry in seen:
    print(*entry)
frame = sys._getframe()
print(frame.f_locals is frame.f_locals, frame.f_locals is globals())
