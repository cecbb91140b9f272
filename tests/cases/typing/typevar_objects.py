# TypeVar, ParamSpec and TypeVarTuple objects: reprs, attributes, errors.
from typing import TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs

T = TypeVar("T")
B = TypeVar("B", bound=int)
C = TypeVar("C", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
Inf = TypeVar("Inf", infer_variance=True)
for v in (T, B, C, Co, Contra, Inf):
    print(repr(v), v.__name__, v.__bound__, v.__constraints__, v.__covariant__,
          v.__contravariant__, v.__infer_variance__, v.__module__)
print(type(T), type(T).__name__, T.__reduce__())
print(TypeVar("F", bound="Foo").__bound__)

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: TypeVar("X", int))
attempt(lambda: TypeVar("X", int, str, bound=int))
attempt(lambda: TypeVar("X", covariant=True, contravariant=True))
attempt(lambda: TypeVar("X", covariant=True, infer_variance=True))
attempt(lambda: setattr(T, "__name__", "U"))

class Sub:
    pass
try:
    class Bad(T):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(TypeVar):
        pass
except TypeError as e:
    print("TypeError:", e)

P = ParamSpec("P")
print(P, P.__name__, P.args, P.kwargs, P.__bound__, P.__infer_variance__)
print(type(P.args) is ParamSpecArgs, type(P.kwargs) is ParamSpecKwargs)
print(P.args == P.args, P.args.__origin__ is P, P.kwargs == ParamSpec("Q").kwargs)
print(ParamSpec("PC", covariant=True), ParamSpec("PN", contravariant=True))

Ts = TypeVarTuple("Ts")
print(Ts, Ts.__name__, list(Ts), Ts.__module__)
attempt(lambda: Ts.__typing_subst__(int))

print(T | int, int | T, T | None, None | P)
print(T == T, T == TypeVar("T"), hash(T) == hash(T))
print(T.__typing_subst__(int))
