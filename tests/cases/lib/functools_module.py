import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, iter([3, 9, 2])))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
p2 = partial(power, 2)
print(square(5), p2(10), p2(10, mod=1000), p2.func is power, p2.args, square.keywords)
print(repr(partial(max, 1, 2, key=abs)).startswith('functools.partial(<built-in function max>, 1, 2, key='))
nested = partial(partial(power, 3), 2)
print(nested.args, nested.func is power, nested())
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner
@deco
def hello(x):
    "Say hello."
    return 'hello ' + x
print(hello('you'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
@lru_cache(maxsize=2)
def sq(n):
    print('computing', n)
    return n * n
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info(), sq.cache_info().hits, sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())
@lru_cache(typed=True)
def ident2(x):
    return x
print(ident2(1), ident2(1.0), ident2.cache_info())
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) >= V(2), V(3) > V(2), V(1) > V(2), V.__gt__.__name__)
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
@functools.singledispatch
def show(x):
    return 'object %r' % (x,)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register
def _(x: list):
    return 'list of %d' % len(x)
print(show('s'), show(5), show(True), show([1, 2]), show.dispatch(bool) is show.registry[int])
