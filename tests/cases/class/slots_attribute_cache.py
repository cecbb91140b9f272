# __slots__ members read and written through the interpreter's attribute caches: the same code object sees several
# types, empty slots, deleted descriptors, properties shadowing a slot in a subclass, a __dict__ next to the slots,
# __getattr__ fallbacks and class attributes replaced after the cache was filled.
class A:
    __slots__ = ('x', 'y')


def get(o):
    return o.x


def put(o, v):
    o.x = v


a = A()
for i in range(3):
    try:
        get(a)
    except AttributeError as e:
        print('empty', e)
    put(a, i)
    print(get(a))
del a.x
try:
    get(a)
except AttributeError as e:
    print('deleted', e)


class B(A):
    __slots__ = ('z',)


b = B()
put(b, 5)
print(get(b))


class C(A):
    @property
    def x(self):
        return 'prop'

    @x.setter
    def x(self, v):
        print('setter', v)


c = C()
put(c, 7)
print(get(c))


class D:
    __slots__ = ('x', '__dict__')


d = D()
d.__dict__['x'] = 'in dict'
put(d, 'in slot')
print(get(d), d.__dict__)


class E:
    __slots__ = ('x',)

    def __getattr__(self, name):
        return 'fallback ' + name


e = E()
print(get(e))
put(e, 1)
print(get(e))
del e.x
print(get(e))

for o in (a, b, c, d, e, b, c, a):
    try:
        print(type(o).__name__, get(o))
    except AttributeError as ex:
        print(type(o).__name__, 'AttributeError', ex)

# replacing the descriptor on the class after the caches were filled
put(b, 'b1')
print(get(b))
saved = A.x
A.x = 'class attribute'
print(get(b), get(a))
try:
    put(b, 2)
except AttributeError as ex:
    print('read-only', ex)
A.x = saved
print(get(b))
put(b, 'b2')
print(get(b))


# a slot whose value's destructor runs when it is overwritten
class Noisy:
    def __del__(self):
        print('del noisy')


for i in range(2):
    put(b, Noisy())
    put(b, None)
print('end', get(b))
