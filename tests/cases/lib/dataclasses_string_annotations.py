# dataclasses: string annotations naming KW_ONLY, ClassVar and InitVar through their module.
import dataclasses
import typing
from dataclasses import dataclass, fields


@dataclass
class A:
    a: int
    _: "dataclasses.KW_ONLY"
    b: int
    c: int


print(A(3, c=5, b=4))
try:
    A(3, 4, 5)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class B:
    x: "typing.ClassVar[int]" = 1
    y: "dataclasses.InitVar[int]" = 2
    z: "typing.Any" = 3
    w: "os.ClassVar" = 4  # no module os in this namespace: an ordinary field


print([(f.name, f._field_type) for f in fields(B)], B.__dataclass_fields__["x"]._field_type)
print(B(7, 8))
