# operator.itemgetter, attrgetter and methodcaller (native): calls, reprs (recursive too), pickling, errors.
import copy
import operator
import pickle
from operator import attrgetter, itemgetter, methodcaller


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for cls in (itemgetter, attrgetter, methodcaller):
    print(cls, cls.__module__, cls.__name__, cls.__qualname__, cls.__text_signature__)
    print(repr(cls.__doc__))
    print(sorted(k for k in vars(cls) if k not in ('__vectorcalloffset__', '__getattribute__', '__module__')))
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print('TypeError', e)

# itemgetter
data = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(data, key=itemgetter(1)))
print(sorted(data, key=itemgetter(2, 0)))
print(list(map(itemgetter(0), data)))
t(itemgetter(1), 'abc')
t(itemgetter(-1), (1, 2, 3))
t(itemgetter(5), (1, 2, 3))
t(itemgetter(5), [1, 2, 3])
t(itemgetter(-5), [1, 2, 3])
t(itemgetter(2 ** 70), [1])
t(itemgetter('k'), {'k': 'v'})
t(itemgetter('k', 'j'), {'k': 'v'})
t(itemgetter(slice(1, 3)), 'abcd')
t(itemgetter(True), (7, 8))
t(itemgetter(1), 5)
t(itemgetter(1))
t(itemgetter(1), [1, 2], [3])
t(itemgetter(1), obj=[1, 2])
t(itemgetter)
t(itemgetter, 1, x=2)
class Tuple(tuple):
    def __getitem__(self, i):
        return 'sub%r' % (i,)
t(itemgetter(0), Tuple((1, 2)))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(itemgetter((1, 2))), repr(itemgetter(None)))

# attrgetter
class Name:
    def __init__(self, first, last):
        self.first, self.last = first, last
class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return 'Person(%s)' % self.name.first
people = [Person(Name('Ann', 'Zed'), 30), Person(Name('Bob', 'Young'), 20)]
print(sorted(people, key=attrgetter('age')))
print(sorted(people, key=attrgetter('name.last')))
print(attrgetter('name.first', 'age')(people[0]))
print(attrgetter('real', 'imag')(3 + 4j))
t(attrgetter('missing'), people[0])
t(attrgetter('name.missing'), people[0])
t(attrgetter('name.'), people[0])
t(attrgetter('.name'), people[0])
t(attrgetter('name..first'), people[0])
t(attrgetter)
t(attrgetter, 1)
t(attrgetter, 'a', None)
t(attrgetter, 'a', x=1)
t(attrgetter('a'))
t(attrgetter('a'), 1, 2)
t(attrgetter('a'), obj=1)
print(repr(attrgetter('a')), repr(attrgetter('a.b', 'c')), repr(attrgetter('x.y.z')))

# methodcaller
print(methodcaller('upper')('abc'))
print(methodcaller('split', ',', 1)('a,b,c'))
print(methodcaller('split', sep=',', maxsplit=1)('a,b,c'))
print(methodcaller('format', 0, b=2)('{} {b}'))
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
t(methodcaller('nope'), 'abc')
t(methodcaller('upper', 1), 'abc')
t(methodcaller)
t(methodcaller, 1)
t(methodcaller, name='x')
t(methodcaller('upper'))
t(methodcaller('upper'), 'a', 'b')
t(methodcaller('upper'), obj='a')
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'two')), repr(methodcaller('f', 1, x=2, y='s')))
print(repr(methodcaller('f', self=1, name=2)))
print(methodcaller('get', 'self')({'self': 'kw-ok'}))

# Recursive reprs.
items = []
getter = itemgetter(items)
items.append(getter)
print(repr(getter))
args = []
caller = methodcaller('f', args)
args.append(caller)
print(repr(caller))
kw = {}
caller = methodcaller('f', k=kw)
kw['again'] = caller
print(repr(caller))

# __reduce__ and pickling, copy.
class Obj:
    a = 1
    b = 'bee'
    def f(self, *args, **kwargs):
        return ('f', args, sorted(kwargs.items()))
objects = [itemgetter(1), itemgetter(0, 2), attrgetter('a'), attrgetter('a', 'b'), attrgetter('a.real', 'b'),
           methodcaller('f'), methodcaller('f', 1, 2), methodcaller('f', 1, k=2, j=3), methodcaller('f', k=2)]
for obj in objects:
    print(obj.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        clone = pickle.loads(pickle.dumps(obj, proto))
        assert type(clone) is type(obj) and repr(clone) == repr(obj), (obj, clone)
    clone = copy.copy(obj)
    deep = copy.deepcopy(obj)
    target = [10, 11, 12] if isinstance(obj, itemgetter) else Obj()
    print(repr(clone), repr(deep), clone(target), deep(target))
t(itemgetter(1).__reduce__, 1)
