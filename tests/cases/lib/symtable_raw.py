# _symtable: the raw tables (names, block types, line numbers, nesting, parameters, flags with scopes).
import _symtable


def show(t, indent=''):
    print(f'{indent}{t.name!r} type={t.type} line={t.lineno} nested={t.nested} varnames={t.varnames}')
    print(f'{indent}  {t.symbols}')
    for child in t.children:
        show(child, indent + '    ')


print(sorted(n for n in dir(_symtable) if not n.startswith('__')))
print({n: getattr(_symtable, n) for n in sorted(dir(_symtable)) if n.isupper()})

SOURCES = [
'''
import os, os.path as osp
from sys import argv as args, path
x = [i for i in range(3) if i]
y = {k: v for k, v in x}
s = {n for n in y}
z = [[a for a in b] for b in x]
w = [g for g in (h for h in x)]
global declared
def f(a, /, b, *c, d=1, e, **g):
    global z, later
    y = lambda q, *r: q + a
    def h():
        nonlocal y
        y = 2
        return y, a
    class K:
        def m(self): return __class__
        def n(self): return super().n()
    return h
later = 1
''',
'''
class C:
    attr: int = 3
    other: str
    q = [m for m in range(3)]
    def __private(self, __arg): return self.__x, __y
    def method(self): pass
    def method(self): pass
    async def amethod(self):
        return [await u async for u in self]
    @staticmethod
    def smethod(*args, **kwargs): return super()
def outer():
    v = 1
    w = 2
    def inner():
        return w
    return [v + n for n in range(v)]
def comp_cells():
    return [lambda: i for i in range(3)]
def gen():
    yield 1
    x = yield from gen()
async def coro():
    await coro()
    async with a as b:
        async for c in b:
            pass
''',
'''
def f():
    try:
        pass
    except OSError as err:
        pass
    with open('x') as (fa, fb):
        pass
    for i, j in []:
        del i
    match j:
        case [first, *rest]:
            pass
        case {'k': value, **others}:
            pass
        case Point(x=px) as point:
            pass
    (walrus := 3)
    x: int
    y: int = 4
    return locals()
def sup():
    return super()
''',
'''
def f[T: int, *Ts, **P](a: T, b=1, *, c=2) -> T:
    return a
class K[T](Base, metaclass=Meta):
    x: T
    def m[U](self, u: U): pass
type Alias[X] = list[X]
type Simple = int
class D:
    type Inner = D
    def n[V: D](self): pass
''',
]
for source in SOURCES:
    show(_symtable.symtable(source, 'case.py', 'exec'))
    print('-' * 20)

show(_symtable.symtable('a + b', '<e>', 'eval'))
show(_symtable.symtable('x = y', '<s>', 'single'))
show(_symtable.symtable(b'x = 1\ndef f(): return x\n', b'bytes.py', 'exec'))
show(_symtable.symtable(b'# -*- coding: iso8859-15 -*-\nclass \xb4: pass\n', 'enc.py', 'exec'))
show(_symtable.symtable('global x\nx: int', 'g.py', 'exec'))

top = _symtable.symtable('def f(): pass', 'r.py', 'exec')
print(type(top).__name__, type(top).__module__, top.id > 0, top.id == top.id, top.children[0].id != top.id)
print(repr(top) == f'<symtable entry top({top.id}), line 0>', repr(top.children[0]) == f'<symtable entry f({top.children[0].id}), line 1>')
print(top.children is top.children, top.symbols is top.symbols)
try:
    top.name = 'x'
except AttributeError as e:
    print('AttributeError')
