# functools.lru_cache (native _lru_cache_wrapper), reduce and cmp_to_key.
import functools
import _functools


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


calls = []


@functools.lru_cache(maxsize=2)
def f(x, y=0):
    calls.append((x, y))
    return x * 10 + y


print(type(f).__name__, type(f).__module__, f.__name__, f.__wrapped__.__name__)
for args in [(1,), (2,), (1,), (3,), (2,), (1, 1), (1,)]:
    f(*args)
print(calls, f.cache_info(), f.cache_parameters())
print(f(1, y=1), f(1, 1), f(y=1, x=1), f.cache_info())
f.cache_clear()
print(f.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def g(x):
    return type(x).__name__


print(g(1), g(1.0), g(True), g("1"), g(1), g.cache_info(), g.cache_parameters())


@functools.lru_cache(maxsize=0)
def h(x):
    return x


print(h(1), h(1), h.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
show(lambda: fib([]))
show(lambda: functools.lru_cache("a"))
show(lambda: _functools._lru_cache_wrapper(1, 1, False, tuple))
show(lambda: _functools._lru_cache_wrapper(len, "a", False, tuple))
w = _functools._lru_cache_wrapper(len, -5, False, lambda *a: a)
print(w("abc"), w.cache_info())


class C:
    @functools.lru_cache(maxsize=4)
    def m(self, x):
        return (id(self) != 0, x)


c = C()
print(c.m(1), c.m(1), C.m.cache_info(), C.m(c, 2), type(C.__dict__["m"]).__name__)
import copy
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())


@functools.lru_cache(maxsize=3)
def reenter(n):
    if n > 0:
        reenter(n - 1)
    return n


print(reenter(10), reenter.cache_info())

print(functools.reduce is _functools.reduce, functools.reduce(lambda a, b: a + b, range(5)))
print(functools.reduce(lambda a, b: a * b, [], 7), functools.reduce(lambda a, b: a + b, ["x"]))
show(lambda: functools.reduce(lambda a, b: a + b, []))
show(lambda: functools.reduce())
show(lambda: functools.reduce(1, [1, 2]))
show(lambda: functools.reduce(max, 1))
show(lambda: functools.reduce(max, [1], 2, 3))
show(lambda: functools.reduce(function=max, iterable=[1]))

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(1) != K(2), K(3) > K(2), K(3) >= K(4), K(obj=5).obj)
show(lambda: K(1) < 2)
show(lambda: hash(K(1)))
show(lambda: K())
show(lambda: functools.cmp_to_key())
print(functools.cmp_to_key(mycmp=lambda a, b: 0)(1) == K(9))
