# A debugger's set_trace: a function called through native code (breakpoint() -> sys.breakpointhook) sets
# f_trace on its callers and calls sys.settrace; the callers get line events from their next line on.
import sys

events = []

def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def set_trace():
    frame = sys._getframe().f_back
    while frame:
        frame.f_trace = tracer
        frame = frame.f_back
    sys.settrace(tracer)

sys.breakpointhook = set_trace

def helper(n):
    return n + 1

def main():
    breakpoint()
    x = helper(1)
    y = x * 2
    sys.settrace(None)
    return y

print(main())
for event in events:
    print(*event)

# PYTHONBREAKPOINT-style hooks get breakpoint()'s arguments.
sys.breakpointhook = lambda *args, **kwargs: print('hook', args, kwargs)
breakpoint(1, key=2)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
