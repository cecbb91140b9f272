# throw() and close() on a generator inside `yield from` go to the inner iterator first (PEP 380).
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 99
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer got", r)

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
g.close()

g = outer(); next(g); g.close(); print("closed")

def returns_on_throw():
    try:
        yield "a"
    except KeyError:
        return "handled"

def outer2():
    r = yield from returns_on_throw()
    print("outer2 resumed with", r)
    yield "after"

g = outer2(); next(g)
print(g.throw(KeyError("k")))

def outer3():
    try:
        yield from inner()
    except TypeError as e:
        print("outer3 caught", type(e).__name__, e)
        yield "recovered"

g = outer3(); next(g)
print(g.throw(TypeError("t")))

class Iter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, exc):
        print("Iter.throw", type(exc).__name__)
        return -1
    def close(self):
        print("Iter.close")

def outer4():
    yield from Iter()

g = outer4(); print(next(g)); print(g.throw(ValueError)); g.close()

class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 7

def outer5():
    try:
        yield from NoThrow()
    except ValueError:
        print("outer5 got it")
        yield 8

g = outer5(); print(next(g)); print(g.send(None)); print(g.throw(ValueError))

class BadClose:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise RuntimeError("close failed")

def outer6():
    yield from BadClose()

g = outer6(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("close error:", e)

# coroutines: an exception thrown into the outer coroutine reaches the awaited one
class Suspend:
    def __await__(self):
        yield "suspended"

async def leaf():
    try:
        await Suspend()
    finally:
        print("leaf finally")

async def middle():
    try:
        await leaf()
    except ZeroDivisionError:
        print("middle caught")
        return "done"

c = middle()
print(c.send(None))
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("result", e.value)
