# keys()/items().isdisjoint; view and iterator types cannot be instantiated; singletons' types return them.
import collections
import types

d = {1: 'a', 2: 'b'}
for other in [[3, 4], [2], {5}, {1: 0}.keys(), set(), (), 'xy', iter([9, 1]), d.keys()]:
    print(d.keys().isdisjoint(other), end=' ')
print()
print({}.keys().isdisjoint({}.keys()), d.items().isdisjoint([(1, 'a')]), d.items().isdisjoint({(1, 'b')}),
      d.items().isdisjoint(d.items()), d.items().isdisjoint({}.items()))
for bad in [lambda: d.keys().isdisjoint(), lambda: d.items().isdisjoint(1, 2), lambda: d.keys().isdisjoint(5),
            lambda: d.values().isdisjoint([1])]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

for t in [type({}.keys()), type({}.values()), type({}.items()), type(iter({})), type(iter({}.items())),
          type(reversed({})), type(iter(set())), type(iter(range(3))), type(iter(range(2 ** 70))), type(iter([])),
          type(reversed([])), type(iter(())), type(iter('')), type(iter(b'')), type(iter(lambda: 0, 1))]:
    try:
        t()
        print(t.__name__, 'created')
    except TypeError as e:
        print(e)
    try:
        object.__new__(t)
        print(t.__name__, 'created by object.__new__')
    except TypeError as e:
        print(e)

print(type(NotImplemented)() is NotImplemented, type(...)() is ..., type(None)() is None)
for bad in [lambda: type(NotImplemented)(1), lambda: type(...)(x=1), lambda: types.CellType(1, 2),
            lambda: types.CellType(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    types.CellType().cell_contents
except ValueError as e:
    print('ValueError', e)
print(types.CellType(5).cell_contents)


class sub(collections.defaultdict):
    def __init__(self):
        self.default_factory = self._factory

    def _factory(self):
        return []


r = repr(sub())
print(r.startswith('sub(<bound method'), r.endswith('of sub(..., {})>, {})'))
