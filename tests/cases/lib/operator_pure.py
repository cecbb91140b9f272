# lib/operator.py's own Python definitions, imported with _operator blocked (as CPython's test_operator does):
# the same results as the native module for the common cases, and the native module stays separate.
import sys

import operator as native_operator
del sys.modules['operator']
sys.modules['_operator'] = None
import operator as pyop
del sys.modules['_operator']
del sys.modules['operator']
import operator as again

print(pyop is not native_operator, again.add is native_operator.add)
print(type(pyop.add).__name__, type(pyop.itemgetter).__name__, pyop.__lt__ is pyop.lt, pyop.__iadd__ is pyop.iadd)
print(sorted(n for n in vars(pyop) if not n.startswith('_')) == sorted(pyop.__all__))


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
             'iadd', 'isub', 'imul', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor',
             'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not', 'contains', 'countOf', 'indexOf', 'getitem'):
    f = getattr(pyop, name)
    args = (13, 3) if name not in ('contains', 'countOf', 'indexOf', 'getitem') else ([3, 13, 3], 1 if name == 'getitem' else 3)
    print(name, f(*args), getattr(native_operator, name)(*args))
for name in ('not_', 'truth', 'abs', 'index', 'inv', 'invert', 'neg', 'pos'):
    print(name, getattr(pyop, name)(-6), getattr(native_operator, name)(-6))
t(pyop.concat, [1], [2])
t(pyop.concat, 1, 2)
t(pyop.iconcat, 1, 2)
t(pyop.indexOf, [1], 2)
t(pyop.index, 1.5)
t(pyop.length_hint, iter([1, 2]))
t(pyop.length_hint, 5, 3)
t(pyop.call, max, 1, 5, 2)
d = {}
pyop.setitem(d, 'a', 1)
pyop.delitem(d, 'b') if 'b' in d else None
print(d)

print(repr(pyop.itemgetter(1)), repr(pyop.itemgetter(1, 2)), repr(pyop.attrgetter('a.b', 'c')),
      repr(pyop.methodcaller('f', 1, k=2)))
print(pyop.itemgetter(1)('ab'), pyop.itemgetter(0, 1)('ab'), pyop.attrgetter('real', 'imag')(1 + 2j))
print(pyop.methodcaller('split', ',')('a,b'), pyop.methodcaller('format', 0, b=2)('{} {b}'))
t(pyop.attrgetter, 1)
t(pyop.methodcaller, 1)
print(pyop.itemgetter(1, 2).__reduce__()[1], pyop.attrgetter('a.b').__reduce__()[1])
