# dataclass(slots=True): frozen classes pickle through their own __getstate__/__setstate__ when they define
# them; __slots__ already present, or given as an iterator in a base, is refused.
import pickle
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class GetState:
    foo: str
    bar: int
    called: bool = field(default=False, compare=False)

    def __getstate__(self):
        object.__setattr__(self, "called", True)
        return [self.foo, self.bar]


@dataclass(frozen=True, slots=True)
class SetState:
    foo: str
    bar: int
    called: bool = field(default=False, compare=False)

    def __setstate__(self, state):
        object.__setattr__(self, "called", True)
        object.__setattr__(self, "foo", state[0])
        object.__setattr__(self, "bar", state[1])


@dataclass(frozen=True, slots=True)
class Plain:
    foo: str
    bar: int


for proto in (0, 2, 5):
    g = GetState("a", 1)
    copy = pickle.loads(pickle.dumps(g, proto))
    print(proto, g.called, copy == g, copy.foo, copy.bar)
    s = pickle.loads(pickle.dumps(SetState("b", 2), proto))
    print(proto, s.called, s)
    print(proto, pickle.loads(pickle.dumps(Plain("c", 3), proto)))

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print("TypeError:", e)


class Root:
    __slots__ = iter(())


try:
    @dataclass(slots=True)
    class Child(Root):
        a: int
except TypeError as e:
    print("TypeError:", e)
