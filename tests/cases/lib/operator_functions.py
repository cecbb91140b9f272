# Every function of the native _operator (through operator): results, signatures and the TypeErrors.
import _operator
import operator


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.__doc__ == _operator.__doc__)
names = [n for n in dir(_operator) if not n.startswith('__')]
print(names)
for name in names:
    f = getattr(_operator, name)
    if name in ('itemgetter', 'attrgetter', 'methodcaller'):
        continue
    print(name, f.__name__, f.__qualname__, f.__module__, f.__text_signature__, repr(f.__doc__[:40]))

dunders = sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__') and n != '__loader__'
                 and callable(getattr(operator, n)))
print(dunders)
print(all(getattr(operator, d) is getattr(operator, d[2:-2] if d[2:-2] in operator.__all__ else d[2:-2] + '_')
          for d in dunders))

# Arithmetic, bitwise and comparisons on ints, floats, strs and a class with its own dunders.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'V(%r)' % self.v
    def __add__(self, o): return V(('add', self.v, o))
    def __iadd__(self, o): return V(('iadd', self.v, o))
    def __matmul__(self, o): return V(('matmul', self.v, o))
    def __imatmul__(self, o): return V(('imatmul', self.v, o))
    def __lt__(self, o): return 'lt'
    def __eq__(self, o): return 'eq'
    def __index__(self): return 7
    def __neg__(self): return 'neg'
    def __bool__(self): return False

for name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
             'iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior',
             'ixor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge'):
    f = getattr(operator, name)
    t(f, 13, 3)
    t(f, 13, 'x')
    t(f, 1)
    t(f, 1, 2, 3)
    t(f, a=1, b=2)
for name in ('add', 'iadd', 'matmul', 'imatmul', 'lt', 'eq'):
    t(getattr(operator, name), V(1), 2)
t(operator.matmul, 1, 2)
t(operator.imatmul, 1, 2)
t(operator.mul, 'ab', 3)
t(operator.truediv, 1, 0)
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst)
print(operator.iconcat(lst, (3,)) is lst, lst)

for name in ('not_', 'truth', 'abs', 'index', 'inv', 'invert', 'neg', 'pos'):
    f = getattr(operator, name)
    t(f, -5)
    t(f, V(0))
    t(f, 'x')
    t(f)
    t(f, 1, 2)
    t(f, a=1)
t(operator.index, True)
t(operator.index, 2 ** 70)
t(operator.index, 1.5)
t(operator.truth, [])
t(operator.not_, [1])
t(operator.abs, -2.5)
t(operator.is_, None, None)
t(operator.is_, 1, None)
t(operator.is_not, None, None)
t(operator.is_not, [], [])
t(operator.is_)

# Sequence operations.
t(operator.concat, [1], [2])
t(operator.concat, 'a', 'b')
t(operator.concat, [1], (2,))
t(operator.concat, 1, 2)
t(operator.concat, {}, {})
t(operator.iconcat, 1, 2)
t(operator.iconcat, 'a', 'b')
t(operator.contains, [1, 2], 2)
t(operator.contains, 'abc', 'bc')
t(operator.contains, 1, 2)
t(operator.countOf, [1, 2, 1, 1.0], 1)
t(operator.countOf, 'banana', 'a')
t(operator.countOf, 5, 1)
nan = float('nan')
t(operator.countOf, [nan, nan], nan)
t(operator.indexOf, [3, 4, 5], 5)
t(operator.indexOf, [3, 4, 5], 6)
t(operator.indexOf, iter('xyz'), 'z')
t(operator.indexOf, 5, 1)
d = {'a': 1}
t(operator.getitem, d, 'a')
t(operator.getitem, d, 'b')
t(operator.getitem, [1, 2, 3], slice(1, None))
t(operator.getitem, 1, 2)
t(operator.setitem, d, 'b', 2)
t(operator.setitem, 1, 2, 3)
t(operator.setitem, d, 'c')
t(operator.delitem, d, 'a')
t(operator.delitem, d, 'zz')
t(operator.delitem, 1, 2)
t(operator.delitem, (1,), 0)
print(d)

# length_hint.
class Hint:
    def __init__(self, value): self.value = value
    def __length_hint__(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value

class Len:
    def __len__(self): raise TypeError('no len')
    def __length_hint__(self): return 4

t(operator.length_hint, [1, 2, 3])
t(operator.length_hint, iter([1, 2, 3]))
t(operator.length_hint, 5)
t(operator.length_hint, 5, 9)
t(operator.length_hint, Len())
for value in (3, 0, -1, 'x', NotImplemented, 2 ** 70, TypeError('t'), ValueError('v'), True):
    t(operator.length_hint, Hint(value), 11)
t(operator.length_hint, [], 'x')
t(operator.length_hint, [], 2 ** 70)
t(operator.length_hint, 'abc', -1)
t(operator.length_hint)
t(operator.length_hint, 1, 2, 3)
t(operator.length_hint, [], default=1)

# call.
t(operator.call, len, 'abc')
t(operator.call, dict, [('a', 1)], b=2)
t(operator.call, sorted, [3, 1, 2], reverse=True)
t(operator.call)
t(operator.call, 1)

# _compare_digest.
for a, b in (('abc', 'abc'), ('abc', 'abd'), ('abc', 'ab'), (b'abc', b'abc'), (b'abc', bytearray(b'abc')),
             (memoryview(b'xy'), b'xy'), (b'', b''), (b'a', b'b'), ('a\xe9', 'a\xe9'), (1, 2), (b'a', 'a'),
             ('a', b'a'), (None, b'a'), (b'a', None), ('a', 1)):
    t(_operator._compare_digest, a, b)
t(_operator._compare_digest, b'a')
t(_operator._compare_digest, a=b'a', b=b'a')
