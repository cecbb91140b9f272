# get_type_hints on modules, wrapped functions, builtins, no_type_check classes, IO types and recursive TypedDicts.
import typing, _hints_module
from typing import *
print(IO[str], TextIO.__mro__, BinaryIO.__orig_bases__, IO.__parameters__)
print(get_type_hints(IO.read), get_type_hints(TextIO.__enter__))
print(get_type_hints(_hints_module))
@no_type_check
class NT:
    a: "junk"
    def m(self, x: "junk"): pass
print(get_type_hints(NT), NT.m.__no_type_check__)
class Wrapped:
    def __init__(self, f): self.__wrapped__ = f
def target(a: "int") -> "str": ...
import functools
@functools.wraps(target)
def wrapper(*a): return target(*a)
print(get_type_hints(wrapper))
print(get_type_hints(len), get_type_hints(object.__init__) if False else '')
print(SupportsInt.__mro__, SupportsAbs[int])
print(typing.Sized.__origin__, typing.Sized, typing.Hashable)
class Node(TypedDict, total=False):
    left: "Node"
    right: Required["Node"]
print(get_type_hints(Node), get_type_hints(Node, include_extras=True))
print(Node.__required_keys__, sorted(Node.__optional_keys__))
