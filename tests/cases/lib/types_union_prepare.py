# int | str hashes like typing.Union[int, str]; a metaclass __prepare__ must return a mapping.
import typing

print(hash(int | str) == hash(str | int), hash(int | str) == hash(typing.Union[int, str]))
print(hash(int | None) == hash(frozenset({int, type(None)})))


class BadMeta(type):
    @classmethod
    def __prepare__(*args):
        return None


try:
    class Foo(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


def bad_meta(name, bases, ns):
    return None


bad_meta.__prepare__ = lambda *args: 42
try:
    class Bar(metaclass=bad_meta):
        pass
except TypeError as e:
    print("TypeError:", e)


class ListMeta(type):
    @classmethod
    def __prepare__(*args):
        return {"from_prepare": 1}


class Baz(metaclass=ListMeta):
    pass


print(Baz.from_prepare)
