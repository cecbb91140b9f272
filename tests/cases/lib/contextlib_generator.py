# contextlib.contextmanager: yield value, exception semantics (StopIteration/RuntimeError rules), decorators.
from contextlib import contextmanager, ContextDecorator, closing, nullcontext, suppress, chdir
import contextlib, os, io, sys

@contextmanager
def tag(name, log):
    """Doc of tag."""
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught " + repr(e))
    finally:
        log.append("exit " + name)

log = []
with tag("a", log) as v:
    log.append(v)
with tag("b", log):
    raise ValueError("x")
try:
    with tag("c", log):
        raise KeyError("k")
except KeyError as e:
    log.append("outer " + repr(e))
print(log)
print(tag.__name__, tag.__doc__, tag("q", []).__doc__)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e, e.__cause__, e.__suppress_context__)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
try:
    with twice():
        raise TypeError("t")
except TypeError as e:
    print("TypeError propagated", e)

@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_and_yield():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def plain():
    yield
# A StopIteration raised in the body propagates (not swallowed by PEP 479 wrapping).
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)
# Same for a StopIteration subclass... and a RuntimeError raised inside.
class MyStop(StopIteration): pass
try:
    with plain():
        raise MyStop(3)
except StopIteration as e:
    print(type(e).__name__, e)
try:
    with plain():
        raise RuntimeError("inner")
except RuntimeError as e:
    print("RuntimeError", e, e.__traceback__ is not None)

@contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e
try:
    with convert():
        1 / 0
except ArithmeticError as e:
    print("converted:", e, type(e.__cause__).__name__)

# Exception passed as class only to __exit__ is instantiated.
cm = plain()
cm.__enter__()
print(cm.__exit__(KeyError, None, None))

# Used as decorator: a new generator per call.
calls = []
@contextmanager
def counting():
    calls.append("in")
    yield
    calls.append("out")
@counting()
def work(x):
    return x * 2
print(work(3), work(4), calls)

class mycontext(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False
@mycontext()
def decorated(a):
    print("in body", a)
    return a
print(decorated(5))

class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as t:
    print(type(t).__name__)
with nullcontext(42) as n:
    print(n)
with nullcontext() as n:
    print(n)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError(1)
except ValueError as e:
    print("not suppressed", e)
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("group suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest:", repr(e))

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as b:
    print("hidden")
print(repr(buf.getvalue()), b is buf)
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    print("err", file=sys.stderr)
print(repr(ebuf.getvalue()))

here = os.getcwd()
with chdir("/"):
    print(os.getcwd())
print(os.getcwd() == here)

print(issubclass(Thing, contextlib.AbstractContextManager), issubclass(nullcontext, contextlib.AbstractContextManager))
class HasBoth:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(HasBoth, contextlib.AbstractContextManager), contextlib.AbstractContextManager[int])
class NoneExit(HasBoth):
    __exit__ = None
print(issubclass(NoneExit, contextlib.AbstractContextManager))
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print(e)
print(sorted(contextlib.__all__))
