# keys()/items() views order like sets; view.mapping; dict.update when the source mutates; deep repr.
import types

d = {1: 'a', 2: 'b', 3: 'c'}
small = {1: 'a'}
for x, y in [(small.keys(), d.keys()), (d.keys(), small.keys()), (d.keys(), d.keys()),
             (small.items(), d.items()), (d.items(), {(1, 'a'), (2, 'b'), (3, 'c')}),
             (d.keys(), {1, 2}), ({1, 2}, d.keys()), (d.keys(), frozenset([1, 2, 3, 4]))]:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)
for op in ['<', '<=', '>', '>=']:
    for other in [[1, 2], (1,), d.values(), None]:
        try:
            eval('d.keys() ' + op + ' other')
        except TypeError as e:
            print(e)
print(d.keys() == [1, 2, 3], d.items() != None)


class Boom:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ZeroDivisionError('eq')


d1 = {Boom(): 1}
d2 = {Boom(): 1}
for expr in ['d1.items() == d2.items()', 'd1.items() <= d2.items()', 'd1.items() >= d2.items()',
             'd1.keys() < d2.keys()']:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, 'ZeroDivisionError', e)

for view in [d.keys(), d.values(), d.items()]:
    m = view.mapping
    print(type(m).__name__, m == d, m[2], list(m), m is view.mapping)
    try:
        m[4] = 'x'
    except TypeError as e:
        print('TypeError', e)
    try:
        view.mapping = {}
    except AttributeError as e:
        print('AttributeError', e)
print(type(d.keys().mapping) is types.MappingProxyType)


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 50))
other[X()] = 0
target = {X(): 0, 1: 1}
try:
    target.update(other)
except RuntimeError as e:
    print('RuntimeError', e)

nested = {}
for i in range(1600):
    nested = {1: nested}
try:
    repr(nested)
except RecursionError as e:
    print('RecursionError', e)
nested = []
for i in range(1600):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print('RecursionError', e)
nested = {}
for i in range(500):
    nested = {1: nested}
print(len(repr(nested)))
