# TypeAliasType and the _typing entry points the compiler uses for PEP 695 syntax.
from typing import TypeAliasType, TypeVar, ParamSpec, TypeVarTuple, Generic, List, Union, Unpack

try:
    from _typing import (_make_typevar, _make_paramspec, _make_typevartuple, _make_typealias,
                         _subscript_generic)
except ImportError:
    # CPython's _typing has no such functions: build the same objects with the public API.
    def _make_typevar(name, bound_function, constraints_function):
        if bound_function is not None:
            return TypeVar(name, bound=bound_function(), infer_variance=True)
        if constraints_function is not None:
            return TypeVar(name, *constraints_function(), infer_variance=True)
        return TypeVar(name, infer_variance=True)
    def _make_paramspec(name):
        return ParamSpec(name, infer_variance=True)
    def _make_typevartuple(name):
        return TypeVarTuple(name)
    def _make_typealias(name, type_params, value_function):
        return TypeAliasType(name, value_function(), type_params=type_params or ())
    def _subscript_generic(params):
        return Generic[tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p for p in params)]

T = TypeVar("T")
Alias = TypeAliasType("Alias", List[T], type_params=(T,))
print(Alias, Alias.__name__, Alias.__value__, Alias.__type_params__, Alias.__parameters__, Alias.__module__)
print(Alias[int], Alias[int].__origin__ is Alias, Alias[int].__args__, type(Alias[int]).__name__)
print(type(Alias).__name__, Alias.__reduce__())
Plain = TypeAliasType("Plain", int)
print(Plain.__type_params__, Plain.__parameters__, Plain.__value__)

def attempt(f):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: Plain[int])
attempt(lambda: TypeAliasType(1, int))
attempt(lambda: TypeAliasType("X", int, type_params=[T]))
attempt(lambda: TypeAliasType("X"))
attempt(lambda: setattr(Plain, "__value__", str))

TV = _make_typevar("TV", None, None)
print(TV, TV.__bound__, TV.__constraints__, TV.__infer_variance__, TV.__covariant__, TV.__module__)
calls = []
def bound():
    calls.append("bound")
    return int
TB = _make_typevar("TB", bound, None)
print(TB, TB.__bound__, TB.__bound__, TB.__constraints__, len(calls) <= 1)
TC = _make_typevar("TC", None, lambda: (int, str))
print(TC.__constraints__, TC.__bound__)
PS = _make_paramspec("PS")
print(PS, PS.args, PS.__infer_variance__, PS.__module__)
TT = _make_typevartuple("TT")
print(TT, list(TT), TT.__module__)

evaluated = []
def value():
    evaluated.append(1)
    return Union[TV, None]
Lazy = _make_typealias("Lazy", (TV,), value)
print(Lazy, Lazy.__value__, Lazy.__value__, Lazy.__type_params__, Lazy.__parameters__, len(evaluated))
NoParams = _make_typealias("NoParams", None, lambda: int)
print(NoParams.__type_params__, NoParams.__value__)
Variadic = _make_typealias("Variadic", (TT, TV), lambda: tuple)
print(Variadic.__parameters__, Variadic[int, str, bytes])

base = _subscript_generic((TV, PS))
print(base, base.__origin__ is Generic, base.__parameters__)
class Impl(base):
    pass
print(Impl.__parameters__, Impl[int, [str]])

variadic_base = _subscript_generic((TV, TT))
print(variadic_base, variadic_base.__parameters__)
class VarImpl(variadic_base):
    pass
print(VarImpl.__parameters__, VarImpl[int], VarImpl[int, str, bytes])
