import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 5), operator.rshift(64, 2), operator.abs(-3.5), operator.not_([]), operator.truth('x'))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1))
print(operator.indexOf('abcb', 'b'))
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print('ValueError', e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d)
print(operator.index(7), operator.index(True))
class Idx:
    def __index__(self):
        return 42
print(operator.index(Idx()))
try:
    operator.index(1.5)
except TypeError as e:
    print('TypeError', e)
class Hint:
    def __length_hint__(self):
        return 9
print(operator.length_hint([1, 2, 3]), operator.length_hint(Hint()), operator.length_hint(iter(()), 4), operator.length_hint(5, 7))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2), operator.imul('a', 3), operator.isub(5, 1))
print(operator.ior({1}, {2}), operator.iand(6, 3), operator.ixor(6, 3), operator.ilshift(1, 3), operator.irshift(8, 1))
print(operator.itruediv(1, 4), operator.ifloordiv(9, 4), operator.imod(9, 4), operator.ipow(3, 3), operator.iconcat([1], (2,)))
print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__getitem__('abc', 1), operator.__not__(0))
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True))
g = itemgetter(1)
print(g('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}), repr(g), repr(itemgetter(1, 'a')))
print(itemgetter(slice(1, 3))([0, 1, 2, 3]))
class P:
    pass
p = P(); p.name = P(); p.name.first = 'Ada'; p.age = 36
print(attrgetter('age')(p), attrgetter('name.first', 'age')(p), repr(attrgetter('name.first', 'age')))
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError', e)
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(repr(methodcaller('split', ',', maxsplit=1)))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), max(data, key=itemgetter(0)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
