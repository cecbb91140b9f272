# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception for built-in functions and
# methods (a method descriptor shows as the built-in method bound to its object).
import sys

events = []

def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        shown = getattr(arg, '__qualname__', None) or arg.__name__
    elif event == 'return':
        shown = repr(arg)
    else:
        shown = ''
    events.append((name, event, shown))

def inner(x):
    return len(x) + 1

def outer():
    items = []
    items.append(3)
    n = inner(items)
    try:
        int('x')
    except ValueError:
        pass
    try:
        'abc'.index('z')
    except ValueError:
        pass
    return max(n, 0)

def gen():
    yield 1
    yield 2

sys.setprofile(profiler)
outer()
list(gen())
sorted([3, 1], key=abs)
arguments = ([4, 5],)
max(*arguments, **{})
sys.setprofile(None)
for e in events:
    print(*e)
print(sys.getprofile())
