# sys.settrace: call/line/return events with line numbers relative to each function's first line.
import sys

events = []

def tracer(frame, event, arg):
    code = frame.f_code
    rel = frame.f_lineno - code.co_firstlineno
    shown = arg if event == 'return' else None
    events.append((code.co_name, event, rel, shown))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    while n > 0:
        n -= 1
    return total

def branches(x):
    if x:
        y = 1
    else:
        y = 2
    return y

def one_line_loop():
    n = 0
    for i in range(3): n += i
    return n

def genexpr():
    return sum(x * 2
               for x in range(2))

sys.settrace(tracer)
loop(2)
branches(True)
branches(False)
one_line_loop()
genexpr()
sys.settrace(None)
for e in events:
    print(*e)
print(sys.gettrace())
