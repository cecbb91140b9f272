# PEP 695: the type statement, generic functions and classes, bounds, constraints, defaults and qualnames.
type Alias = list[int]
print(Alias, Alias.__name__, Alias.__value__, Alias.__type_params__)
type Pair[K, V] = dict[K, V]
print(Pair.__type_params__, Pair.__value__)
type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError", e)
Undefined = 5
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, first.__annotations__, first.__qualname__, first.__name__)
def bounded[B: str, C: (int, float), *Ts, **P](x: B, *args: *Ts) -> C: pass
b, c, ts, p = bounded.__type_params__
print(b, b.__bound__, c.__constraints__, ts, p)
def with_defaults[T](a: T, b: int = 5, *, c: str = "x") -> T:
    return (a, b, c)
print(with_defaults(1), with_defaults.__defaults__, with_defaults.__kwdefaults__, with_defaults.__annotations__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get[U](self, default: U) -> T | U:
        return self.item
print(Box.__type_params__, Box(1).get(2), Box.__qualname__, Box.get.__qualname__, Box.get.__type_params__)
print([c.__name__ for c in Box.__mro__])
class Sub[X](Box, metaclass=type):
    pass
print(Sub.__type_params__, [c.__name__ for c in Sub.__mro__])
def outer():
    y = 1
    def inner[T](a: T) -> T:
        return a + y
    return inner
print(outer()(41), outer().__qualname__)
@staticmethod
def deco[T]() -> T: pass
print(type(deco).__name__)
