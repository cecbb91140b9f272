# SyntaxErrors the compiler raises for match statements (messages and positions as CPython's).
sources = [
    "match x:\n    case [a, a]: pass",
    "match x:\n    case {'k': a, **a}: pass",
    "match x:\n    case [a, *a]: pass",
    "match x:\n    case a | b: pass",
    "match x:\n    case [a] | [b]: pass",
    "match x:\n    case (a, b) | (b, a): pass\n    case _: pass",
    "match x:\n    case C(a=1, a=2): pass",
    "match x:\n    case {'a': _, 'a': _}: pass",
    "match x:\n    case {0: _, False: _}: pass",
    "match x:\n    case {0: _, 0.0: _}: pass",
    "match x:\n    case {0: _, -0: _}: pass",
    "match x:\n    case {0: _, 0j: _}: pass",
    "match x:\n    case {1+2j: _, (1+2j): _}: pass",
    "match x:\n    case {f'': _}: pass",
    "match x:\n    case f'': pass",
    "match x:\n    case f'{y}': pass",
    "match x:\n    case y:\n        pass\n    case 1: pass",
    "match x:\n    case _:\n        pass\n    case 1: pass",
    "match x:\n    case (y):\n        pass\n    case 1: pass",
    "match x:\n    case 1 | y:\n        pass\n    case 2: pass",
    "match x:\n    case _ | 1: pass",
    "match x:\n    case _ as z:\n        pass\n    case 2: pass",
]
for source in sources:
    try:
        compile(source, "<case>", "exec")
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(f"{e.msg} ({e.lineno}:{e.offset})")
# What is allowed.
ok = [
    "match x:\n    case y if y: pass\n    case z: pass",
    "match x:\n    case [*_]: pass\n    case [y, *rest] | [*rest, y]: pass",
    "match x:\n    case {-1: a, 1-2j: b, C.d: c}: pass",
    "match x:\n    case -1 | 1+2j | C.d | 'a' 'b': pass",
    "match x:\n    case (1 | 2) as v: pass\n    case [_, _]: pass\n    case _: pass",
]
for source in ok:
    compile(source, "<ok>", "exec")
print("allowed ones compile")

class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i < 0: raise IndexError("negative index")
        return i
import collections.abc
collections.abc.Sequence.register(Seq)
match Seq(42):
    case [x, *_, y]:
        print(x, y)
match bytearray(b"ab"):
    case bytearray(v):
        print(v)
