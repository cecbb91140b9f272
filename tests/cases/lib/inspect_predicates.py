# inspect: is* predicates, getmembers/getmembers_static, getattr_static, unwrap, generator and
# coroutine states, getclosurevars, get_annotations, markcoroutinefunction, isabstract, getmro.
import abc
import functools
import inspect
import sys
import types


class A:
    x = 1
    __slots__ = ("s",)

    def m(self):
        pass

    @property
    def p(self):
        return 2

    @classmethod
    def c(cls):
        pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def plain():
    pass


objects = [A, A.m, A().m, A.p, A.__dict__["p"], A.__dict__["s"], len, [].append, str.join, object.__init__,
           (1).__add__, gen, gen(), coro, agen, agen(), plain, lambda: 0, sys, 1, type.__dict__["__dict__"],
           functools.partial(gen), inspect.currentframe(), plain.__code__]
names = ["isclass", "isfunction", "ismethod", "ismodule", "isgenerator", "isgeneratorfunction",
         "iscoroutinefunction", "isasyncgenfunction", "isasyncgen", "isbuiltin", "isroutine",
         "ismethoddescriptor", "isdatadescriptor", "ismemberdescriptor", "isgetsetdescriptor", "isframe",
         "iscode", "ismethodwrapper", "isawaitable", "iscoroutine", "istraceback", "isabstract"]
for i, obj in enumerate(objects):
    print(i, [n for n in names if getattr(inspect, n)(obj)])
c = coro()
print(inspect.isawaitable(c), inspect.iscoroutine(c))
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))


def counter():
    total = 0
    while True:
        total += yield total


g = counter()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.send(5)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(1)
except TypeError as e:
    print("TypeError", e)


def running():
    yield inspect.getgeneratorstate(r)


r = running()
print(next(r))


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Base):
    def f(self):
        pass


print(inspect.isabstract(Base), inspect.isabstract(Concrete), inspect.isabstract(int), inspect.isabstract(1))
print([n for n, v in inspect.getmembers(A) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print([n for n, v in inspect.getmembers_static(A()) if not n.startswith("__")])
print([m for m in inspect.getmembers(types.SimpleNamespace(b=1, a=2)) if not m[0].startswith("_")])


class Getattr:
    attr = "class"

    def __getattr__(self, name):
        return "dynamic"

    @property
    def prop(self):
        raise RuntimeError("not called")


o = Getattr()
o.__dict__["attr"] = "instance"
print(inspect.getattr_static(o, "attr"), type(inspect.getattr_static(o, "prop")).__name__)
print(inspect.getattr_static(o, "missing", "default"))
try:
    inspect.getattr_static(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
print(inspect.getmro(Concrete) == Concrete.__mro__)


def deco(func):
    @functools.wraps(func)
    def wrapper(*a):
        return func(*a)
    return wrapper


@deco
@deco
def wrapped(a, b):
    pass


print(inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is wrapped.__wrapped__.__wrapped__)
print(inspect.unwrap(wrapped, stop=lambda f: f.__wrapped__.__wrapped__ is not None if hasattr(f.__wrapped__, "__wrapped__") else False) is wrapped)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])
GLOBAL = 5


def outer():
    free = 3

    def closure(v):
        return free + GLOBAL + len(v) + missing_name
    return closure


print(inspect.getclosurevars(outer()))


def annotated(a: int, b: "str") -> "list[int]":
    pass


print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True))
print(inspect.get_annotations(A), inspect.get_annotations(types.SimpleNamespace))
try:
    inspect.get_annotations(1)
except TypeError as e:
    print("TypeError", e)


def sync():
    pass


inspect.markcoroutinefunction(sync)
print(inspect.iscoroutinefunction(sync), inspect.iscoroutinefunction(functools.partial(sync)))
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.isgeneratorfunction(A().m))
print(inspect.getargvalues(inspect.currentframe()).args)
print(inspect.formatannotation(list[int]), inspect.formatannotation(int), inspect.formatannotation(A))
print(inspect.classify_class_attrs(A)[-1][:3] if False else sorted(a.kind for a in inspect.classify_class_attrs(A) if a.name in "mpcx"))
print(inspect.indentsize("\t  x"), inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.TPFLAGS_IS_ABSTRACT)
