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


# Only type itself has the one-argument form.
class M(type):
    pass


for call in (lambda: M(5), lambda: M(1, 2), lambda: type(1, 2), lambda: type.__new__(M, 1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(type(5))

# SimpleNamespace compares by real type, not by a faked __class__.
import types


class FakeSimpleNamespace(str):
    __class__ = types.SimpleNamespace


print(types.SimpleNamespace() == FakeSimpleNamespace(), types.SimpleNamespace() != FakeSimpleNamespace())
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
