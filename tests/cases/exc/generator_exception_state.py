# Exception state across generator suspension: own handlers, yield from, throw() (no implicit __context__).
import sys
def show(tag):
    print(tag, repr(sys.exception()))

def g1():
    show("g1 start")
    try:
        raise KeyError("own")
    except KeyError:
        yield 1
        show("g1 resumed in handler")
    show("g1 after handler")
    yield 2
    show("g1 end")

g = g1()
next(g)
try:
    raise ValueError("ctx1")
except ValueError:
    next(g)
    show("caller after")
try:
    next(g)
except StopIteration:
    pass

# yield from chain
def inner():
    show("inner")
    yield
    show("inner 2")
def outer():
    try:
        raise IndexError("outer own")
    except IndexError:
        yield from inner()
    show("outer after")
    yield
o = outer()
next(o)
try:
    raise OSError("caller2")
except OSError:
    next(o)
next(o, None)

# throw into generator inside handler
def g3():
    try:
        yield
    except ZeroDivisionError as z:
        show("g3 caught")
        print(repr(z.__context__))
        yield
gg = g3()
next(gg)
try:
    raise NameError("caller3")
except NameError:
    gg.throw(ZeroDivisionError("thrown"))
show("end")
