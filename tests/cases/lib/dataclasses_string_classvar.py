# dataclasses recognise ClassVar and InitVar written as strings (from __future__ annotations style).
import dataclasses
import typing
from typing import ClassVar
from dataclasses import InitVar, dataclass

@dataclass
class Config:
    name: str
    count: "ClassVar[int]" = 0
    other: "typing.ClassVar[str]" = "x"
    seed: "InitVar[int]" = 1
    tags: "list[str]" = dataclasses.field(default_factory=list)
    bare: " ClassVar" = 5

    def __post_init__(self, seed):
        self.seeded = seed * 2

print([f.name for f in dataclasses.fields(Config)])
c = Config("a", 3)
print(c, c.seeded, Config.count, Config.other, Config.bare)

@dataclass
class NotVar:
    value: "ClassVarX[int]" = 2
    dotted: "dataclasses.ClassVar" = 3
print([f.name for f in dataclasses.fields(NotVar)])
