# dataclasses __init__: init=False fields with a plain default stay class attributes (set by __init__ only
# with slots=True), a field may be called 'self', metadata is a mappingproxy of any mapping.
import types
from dataclasses import dataclass, field, fields


@dataclass
class C:
    a: int
    b: list = field(default_factory=list, init=False)
    d: int = field(default=4, init=False)
    e: int = 0


c = C(0)
print(sorted(k for k in C.__dict__ if not k.startswith("__")), sorted(c.__dict__), c.d)


@dataclass(slots=True)
class S:
    a: str
    b: str = field(default="b", init=False)


print(S("a").b, S("a"))


@dataclass
class Named:
    self: str


n = Named("foo")
print(n.self, Named.__init__.__code__.co_varnames[:2])


class Custom:
    def __getitem__(self, key):
        return key * 2

    def __len__(self):
        return 1


@dataclass
class M:
    i: int = field(metadata={"x": 1})
    j: int = field(metadata=Custom(), default=0)


print(type(fields(M)[0].metadata).__name__, fields(M)[0].metadata, fields(M)[1].metadata["ab"], len(fields(M)[1].metadata))
for bad in (0, [1], (1,)):
    try:
        field(metadata=bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    fields(M)[0].metadata["y"] = 2
except TypeError as e:
    print("TypeError:", e)

proxy = types.MappingProxyType({"a": 1})
print(sorted(set(dir(proxy)) - set(dir(object()))))
print(types.MappingProxyType[str, int])
try:
    hash(proxy)
except TypeError as e:
    print("TypeError:", e)


class HashableDict(dict):
    def __hash__(self):
        return 3844817361


print(hash(types.MappingProxyType(HashableDict(a=1))) == hash(HashableDict(a=1)))
