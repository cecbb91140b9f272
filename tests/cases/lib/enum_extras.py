# enum: _simple_enum (used by the standard library), member/nonmember, FlagBoundary, EnumCheck and verify().
import enum

@enum._simple_enum(enum.IntEnum)
class HTTP:
    OK = 200
    NOT_FOUND = 404
    def phrase(self):
        return self.name.lower()
print(HTTP.OK, repr(HTTP(404)), HTTP.OK.phrase(), HTTP.__qualname__, issubclass(HTTP, enum.IntEnum))

class C(enum.Enum):
    a = 1
    f = enum.member(lambda x: x)
    n = enum.nonmember(5)
print([m.name for m in C], C.n, C.f.value(3))
print(enum.STRICT, repr(enum.KEEP), enum.FlagBoundary.KEEP == 'keep', list(enum.FlagBoundary))

@enum.verify(enum.UNIQUE)
class D(enum.Enum):
    x = 1
print(list(D))
try:
    @enum.verify(enum.UNIQUE)
    class Dup(enum.Enum):
        x = 1
        y = 1
except ValueError as e:
    print(e)
print(enum.show_flag_values(13))
try:
    @enum.verify(enum.CONTINUOUS)
    class E(enum.IntEnum):
        a = 1
        b = 3
except ValueError as e:
    print(e)
