# sys.settrace: generators report 'return' at each yield and 'call' when resumed; exceptions report
# 'exception' in every frame they pass through, then 'return' None for the frames they leave.
import sys

events = []

def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_name == 'tracer':
        return None
    rel = frame.f_lineno - code.co_firstlineno
    if event == 'exception':
        shown = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event == 'return':
        shown = arg
    else:
        shown = None
    events.append((code.co_name, event, rel, shown))
    return tracer

def gen(n):
    for i in range(n):
        yield i
    return 'done'

def use_gen():
    total = 0
    for v in gen(2):
        total += v
    return total

def fails(x):
    y = x + 1
    raise ValueError('bad %d' % y)

def middle(x):
    return fails(x)

def catcher():
    try:
        middle(1)
    except ValueError as e:
        msg = str(e)
    finally:
        pass
    return msg

def reraise():
    try:
        fails(2)
    except KeyError:
        pass

def delegate():
    result = yield from gen(1)
    return result

sys.settrace(tracer)
print(list(delegate()))
use_gen()
catcher()
try:
    reraise()
except ValueError:
    pass
g = gen(1)
next(g)
g.close()
sys.settrace(None)
for e in events:
    print(*e)
