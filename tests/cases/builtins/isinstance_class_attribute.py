# isinstance() also asks obj.__class__ when type(obj) does not match (proxies and mocks fake it).
import types


class Fake:
    @property
    def __class__(self):
        return types.CodeType


class Sub(Fake):
    pass


class Claims:
    __class__ = int


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class")


class NotAType:
    __class__ = 5


print(isinstance(Fake(), types.CodeType), isinstance(Sub(), types.CodeType), isinstance(Fake(), Fake))
print(isinstance(Fake(), (int, types.CodeType)), isinstance(Fake(), str), isinstance(Claims(), int), type(Claims()).__name__)
print(isinstance(Broken(), int), isinstance(Broken(), Broken), isinstance(NotAType(), int), isinstance(1, str))
print(issubclass(Fake, types.CodeType))
