# singledispatch dispatches through virtual bases (ABCs a class registers with or implements), refuses
# ambiguous ones, accepts union annotations and string annotations, and gives CPython's errors.
import functools, collections.abc as c, typing
@functools.singledispatch
def f(x): return "default"
@f.register
def _(x: c.Sequence): return "sequence"
@f.register
def _(x: int | str): return "int or str"
@f.register
def _(x: typing.Optional[float]): return "float or None"
@f.register(c.Mapping)
def _(x): return "mapping"
print(f([1]), f((1,)), f(1), f("s"), f(2.0), f(None), f({}), f(set()), f(b"x"))
class MySeq:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
print(f(MySeq()))
c.Sequence.register(MySeq)
print(f(MySeq()))
class Both(dict):
    pass
c.Sequence.register(Both)
try: print(f(Both()))
except RuntimeError as e: print("RuntimeError", e)
try:
    @f.register
    def _(x: "list[int]"): pass
except TypeError as e: print("TypeError", e)
try: f.register(1, lambda x: x)
except TypeError as e: print("TypeError", e)
try:
    @f.register
    def _(x: int | list[int]): pass
except TypeError as e: print("TypeError", e)
print(functools._c3_mro(bool), functools._compose_mro(list, [c.Sequence, c.Sized, c.Iterable]))
