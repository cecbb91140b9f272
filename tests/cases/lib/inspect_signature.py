# inspect.signature, Signature/Parameter str() and repr(), bind/bind_partial and their errors.
import functools
import inspect
from inspect import Parameter, Signature


def f(a, b: int, /, c=1, *args, d, e: str = "x", **kw) -> bool:
    pass


def g(x, y=2, *, z):
    pass


class C:
    def __init__(self, p, q=3):
        pass

    def m(self, r, *, s=None):
        pass

    @classmethod
    def cm(cls, t):
        pass

    @staticmethod
    def sm(u, v=()):
        pass

    def __call__(self, w):
        pass


sig = inspect.signature(f)
print(sig)
print(repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, int(p.kind), p.default is Parameter.empty)
print(sig.return_annotation)
print(inspect.signature(g), inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m))
print(inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))
print(inspect.signature(lambda *a, **k: 0), inspect.signature(lambda: 0))
print(inspect.signature(functools.partial(g, 1, z=5)))
print(inspect.signature(functools.partial(g, y=5)))


@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))

ba = inspect.signature(g).bind(1, z=3)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.arguments)
ba = sig.bind(1, 2, 3, 4, 5, d=6, k=7)
print(ba, ba.args, ba.kwargs)
print(inspect.signature(g).bind_partial(z=1))

for args, kwargs in [((), {}), ((1, 2, 3), {"z": 1}), ((1,), {}), ((1,), {"x": 2, "z": 1}),
                     ((1,), {"z": 1, "q": 2})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
for args, kwargs in [((1,), {"b": 2, "d": 1}), ((1, 2), {})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

params = [Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("b", Parameter.KEYWORD_ONLY, default=1)]
s = Signature(params, return_annotation=int)
print(s, s == Signature(params, return_annotation=int), hash(s) == hash(Signature(params, return_annotation=int)))
print(s.replace(return_annotation=Signature.empty))
print(Parameter("x", Parameter.POSITIONAL_OR_KEYWORD, annotation=list[int], default=[]))
print(Parameter("x", 1).replace(name="y", kind=Parameter.VAR_KEYWORD))
for make in [lambda: Parameter("a", 7), lambda: Parameter("def", 1), lambda: Parameter("1x", 1),
             lambda: Parameter(3, 1), lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
             lambda: Signature([Parameter("a", 3), Parameter("b", 1)]),
             lambda: Signature([Parameter("a", 1, default=1), Parameter("b", 1)]),
             lambda: Signature([Parameter("a", 1), Parameter("a", 3)])]:
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for obj in [1]:
    try:
        inspect.signature(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(Parameter.__dict__["empty"].__name__ for _ in [0]), Parameter.empty is Signature.empty)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(C(1).m))
print(inspect.getcallargs(g, 1, z=2), sorted(inspect.getcallargs(C(1).m, 5)))
for args, kwargs in [((), {}), ((1, 2, 3), {"z": 1}), ((1,), {"y": 1}), ((1,), {"z": 1, "w": 1})]:
    try:
        inspect.getcallargs(g, *args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(str(inspect.Parameter.KEYWORD_ONLY), repr(inspect.Parameter.KEYWORD_ONLY))
