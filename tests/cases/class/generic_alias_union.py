# PEP 585/604 at run time: list[int], dict[str, int], type[X], int | str in annotations, isinstance with unions.
def f(x: list[int], y: dict[str, list[int]] | None = None) -> tuple[int, ...]:
    return (1,)
print(f.__annotations__)
print(list[int], dict[str, int], tuple[int, ...], type[int], int | str, int | None, list[int] | str)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, (int | str).__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(list[int] == list[int], int | str == str | int, hash(list[int]) == hash(list[int]))
class Foo: pass
print(list[Foo], Foo | int)
