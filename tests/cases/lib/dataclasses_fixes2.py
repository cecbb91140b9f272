# dataclasses: __slots__ descriptors are not defaults, keyword field names, defaultdict in asdict/astuple,
# recursive Field repr, the full _DataclassParams repr; types.MemberDescriptorType.
import types
from collections import defaultdict
from dataclasses import asdict, astuple, dataclass, field, make_dataclass


class Slotted:
    __slots__ = ("x",)


print(types.MemberDescriptorType, type(Slotted.__dict__["x"]) is types.MemberDescriptorType)


@dataclass
class Base:
    __slots__ = ("x",)
    x: int


@dataclass
class Derived(Base):
    x: int
    y: int


d = Derived(1, 2)
d.z = 3
print(d, d.z)

for name in ("for", "async", "await", "as"):
    for names in (["a", name], [name]):
        try:
            make_dataclass("C", names)
        except TypeError as e:
            print("TypeError:", e)


@dataclass
class Holder:
    mp: dict


dd = defaultdict(list)
dd["x"].append(12)
h = Holder(dd)
as_dict = asdict(h)
as_tuple = astuple(h)
print(as_dict, type(as_dict["mp"]).__name__, as_dict["mp"] is not dd, as_dict["mp"].default_factory)
print(as_tuple, type(as_tuple[0]).__name__, as_tuple[0]["missing"])

rec = field()
rec.type = rec
rec.name = "id"
print(",type=...," in repr(rec))


@dataclass(frozen=True, slots=True)
class P:
    a: int


print(P.__dataclass_params__)
