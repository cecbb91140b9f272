# contextlib.ExitStack: LIFO order, suppression, __context__ chaining, pop_all, errors.
from contextlib import ExitStack, contextmanager
import sys

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    r = stack.callback(print, "kw", sep="-")
    print(r is print)
    print("body")

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b", True)))
    raise ValueError("suppressed by b")
print("after")

# push with a plain callable and with an object with __exit__
def exit_cb(t, v, tb):
    print("exit_cb", t, v)
    return True
with ExitStack() as stack:
    stack.push(exit_cb)
    stack.push(CM("pushed"))
    raise KeyError("k")

# Exceptions raised by callbacks chain as in nested with statements.
def raiser(exc):
    def cb(*details):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("first")))
        stack.push(raiser(KeyError("second")))
        stack.push(raiser(AttributeError("third")))
        raise ZeroDivisionError("body")
except IndexError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(chain)

# Inside an except block: the handled exception does not end up in the middle of the chain.
try:
    raise TypeError("outer")
except TypeError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(IndexError("inner")))
            raise ValueError("body")
    except IndexError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))

# Suppression in the middle resets the pending exception.
try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError("late")))
        stack.push(lambda *a: True)
        stack.push(raiser(KeyError("early")))
except ValueError as e:
    print("late propagates", repr(e), repr(e.__context__))
print("suppressed late? no:", end=" ")
try:
    with ExitStack() as stack:
        stack.push(lambda *a: True)
        stack.push(raiser(ValueError("late")))
except ValueError as e:
    print("unexpected", e)
else:
    print("suppressed")

# pop_all transfers the callbacks.
with ExitStack() as stack:
    stack.callback(print, "moved")
    new = stack.pop_all()
print("stack closed")
new.close()
new.close()

# enter_context on a non-context manager.
class NotCM:
    pass
try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print(e)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)

# __exit__ result without an exception
with ExitStack() as stack:
    pass
print(ExitStack().__exit__(None, None, None))
s = ExitStack()
s.push(lambda *a: True)
print(s.__exit__(ValueError, ValueError(), None))

# callback __wrapped__
s = ExitStack()
s.callback(print, 1)
print(s._exit_callbacks[0][1].__wrapped__ is print)
# The callbacks run even when one raises; the last raised propagates.
try:
    with ExitStack() as stack:
        stack.callback(print, "still runs")
        stack.push(raiser(RuntimeError("boom")))
except RuntimeError as e:
    print("got", e)
