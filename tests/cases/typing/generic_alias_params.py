from typing import TypeVar
T = TypeVar('T'); K = TypeVar('K')
a = dict[K, list[T]]
print(a.__parameters__)
print(a[str, int])
print(list[int].__mro_entries__((list[int],)))
class X(dict[int, str]): pass
print(X.__mro__, X.__orig_bases__)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(list[int] | None, int | list[str])
try: a[int]
except TypeError as e: print(e)
try: list[int][int]
except TypeError as e: print(e)
print(tuple[int, ...][()] if False else tuple[T, ...][int])
print(*tuple[int, str], list(tuple[int]))
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(dir(list[int]) == dir(list) if False else '__origin__' in dir(list[int]))
print(list[int].__class__, list[int].__unpacked__)
import types
print(types.GenericAlias(list, (T,))[int])
print(callable(list[int]), list[int]([1,2]))
print(repr(list[list[int]]), repr(dict[str, ...]), repr(tuple[()]))
import types
from typing import TypeVar, TypeVarTuple, Unpack, ParamSpec
T=TypeVar('T'); Ts=TypeVarTuple('Ts'); P=ParamSpec('P')
b=types.GenericAlias(list, ((T,int),))
print(b.__parameters__)
c = tuple[int, *Ts]
print(c.__parameters__, c[str, bytes], c[()], c[*tuple[int,...]])
d = dict[T, list[T]]
print(d.__parameters__, d[int])
print(list[T][list[T]])
print(tuple[*Ts][int])
print(list[int].__typing_unpacked_tuple_args__, (*tuple[int, str],)[0].__typing_unpacked_tuple_args__)
print(type((*tuple[int],)[0]), (*tuple[int],)[0] == tuple[int], list(iter(list[int])))
print(list[T] | int, (list[T] | int).__parameters__, (list[T] | int)[str])
print(types.GenericAlias(dict, (P, T)).__parameters__)
try: list[T][int, str]
except TypeError as e: print(e)
try: (int | list[T])[int, str]
except TypeError as e: print(e)
try: (int | str)[int]
except TypeError as e: print(e)
print(list[*Ts][int, str], list[*Ts].__parameters__)
print(repr((*tuple[int],)[0]), (*tuple[int],)[0].__unpacked__, list[int].__unpacked__)
import copy
print(copy.deepcopy((*tuple[int],)[0]), copy.copy(list[int]))
print(list[int].__mro_entries__(()))
print(tuple[T, ...][int])
print(tuple[int, ...].__typing_unpacked_tuple_args__, (*tuple[int, ...],)[0].__typing_unpacked_tuple_args__)
print(tuple[T, *Ts][int, str, bytes], tuple[T, *Ts][int])
try: tuple[T, *Ts][()]
except TypeError as e: print(e)
class ClassA[A, B](dict[A, B]):
    ...
print(ClassA.__orig_bases__, ClassA.__mro__)
print(list[int].__name__, list[int].__qualname__, list[int].__module__, list[int].__doc__ == list.__doc__)
print(list[int].__bases__, types.GenericAlias(bool, (str,)).__bases__)
try: list[int].__copy__
except AttributeError as e: print(e)
