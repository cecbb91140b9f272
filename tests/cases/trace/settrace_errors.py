# sys.settrace: an exception raised by a trace function propagates into the traced code and turns
# tracing off; a trace function may install another one; f_trace set by hand; settrace(None) inside.
import sys

def bad_tracer(frame, event, arg):
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        raise RuntimeError('from tracer')
    return bad_tracer

def victim():
    a = 1
    b = 2
    return a + b

sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print('caught', e, sys.gettrace())

def bad_call_tracer(frame, event, arg):
    raise KeyError('call')

sys.settrace(bad_call_tracer)
try:
    victim()
except KeyError as e:
    print('caught call', e, sys.gettrace())

log = []
def second(frame, event, arg):
    log.append(('second', event, frame.f_code.co_name))
    return second

def first(frame, event, arg):
    log.append(('first', event, frame.f_code.co_name))
    if event == 'line':
        sys.settrace(second)
    return first

def two():
    x = 1
    return x

def target():
    x = two()
    y = two()
    return x + y

sys.settrace(first)
target()
sys.settrace(None)
for entry in log:
    print(*entry)

# A trace function that returns None at 'call' gets no local events for that frame.
log = []
def only_calls(frame, event, arg):
    log.append((event, frame.f_code.co_name))
    return None
sys.settrace(only_calls)
target()
sys.settrace(None)
print(log)

# f_trace set on the current frame, with the global function set.
log = []
def local_trace(frame, event, arg):
    log.append((event, frame.f_lineno - start))
    return local_trace
def global_trace(frame, event, arg):
    return None
start = sys._getframe().f_lineno
frame = sys._getframe()
frame.f_trace = local_trace
sys.settrace(global_trace)
a = 1
b = 2
sys.settrace(None)
frame.f_trace = None
print(log)
print(frame.f_trace_lines, frame.f_trace_opcodes)

# f_trace_lines = False disables line events, f_trace_opcodes = True adds opcode events.
counts = {}
def counting(frame, event, arg):
    if event == 'call':
        frame.f_trace_lines = False
        frame.f_trace_opcodes = True
    counts[event] = counts.get(event, 0) + 1
    return counting
sys.settrace(counting)
two()
sys.settrace(None)
print(sorted(counts))
# CPython 3.12 delivers opcode events only once some frame had f_trace_opcodes set before sys.settrace.
counts = {}
sys.settrace(counting)
two()
sys.settrace(None)
print(sorted(counts), counts['call'], counts['return'], counts['opcode'] > 2)
try:
    frame.f_trace_lines = 1
except TypeError as e:
    print(e)
