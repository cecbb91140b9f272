# PEP 563 beyond the text of annotations: nothing is evaluated, the flag is in co_flags and compile(), exec() and
# eval() inherit it (unless dont_inherit), complex targets, name mangling, order of __annotations__.
from __future__ import annotations
import __future__

FLAG = __future__.annotations.compiler_flag
print(FLAG, __future__.annotations, FLAG == 0x1000000)
print(__future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())


def f(a: undefined1, /, b: undefined2 = 1, *args: undefined3, c: list[undefined4], **kw: dict) -> undefined5:
    pass


print(f.__annotations__)
print(list(f.__annotations__))
print(bool(f.__code__.co_flags & FLAG))

# Module and class annotations: stored as text, values still assigned, order of first annotation kept.
z: undefined_z
y: int = 5
z: again
print(__annotations__, y)


class C:
    b: undefined_b
    a: list[int] = []
    __private: __mangled_text

    def method(self, x: __other) -> C:
        return self


print(C.__annotations__)
print(C.method.__annotations__)
print(bool(C.method.__code__.co_flags & FLAG))

# Complex targets are not stored; their annotation is not evaluated, the target's object is.
class Obj:
    pass


obj = Obj()
log = []


def get():
    log.append("get")
    return obj


def index():
    log.append("index")
    return 0


get().attr: undefined_c
[1][index()]: undefined_d
(simple): undefined_e
print(log, "simple" in __annotations__, "attr" in __annotations__)


# Annotations in a function body are neither evaluated nor stored; names in annotations create no closure.
def outer():
    value = 1

    def inner(p: value) -> value:
        local: value = 2
        other: undefined_f
        return local

    return inner


inner = outer()
print(inner(0), inner.__closure__, outer.__code__.co_cellvars, inner.__code__.co_freevars, inner.__annotations__)

# exec/eval/compile inherit the future flag from this module unless dont_inherit is true.
scope = {}
exec("def g(x: int) -> str: pass", scope)
print(scope["g"].__annotations__)
scope = {}
exec(compile("def g(x: int) -> str: pass", "<s>", "exec"), scope)
print(scope["g"].__annotations__)
scope = {}
exec(compile("def g(x: int) -> str: pass", "<s>", "exec", dont_inherit=True), scope)
print(scope["g"].__annotations__)
scope = {}
exec(compile("def g(x: int) -> str: pass", "<s>", "exec", flags=FLAG, dont_inherit=True), scope)
print(scope["g"].__annotations__)
print(bool(eval("lambda: 0").__code__.co_flags & FLAG))
print(bool(compile("pass", "<s>", "exec", dont_inherit=True).co_flags & FLAG))
print(bool(compile("pass", "<s>", "exec").co_flags & FLAG))
scope = {}
exec(compile("x: int", "<s>", "exec", flags=FLAG, dont_inherit=True), scope)
print(scope["__annotations__"])

# Obsolete and other feature flags are accepted; unknown ones are not.
for flag in (0x10, 0x20000, 0x800000, FLAG):
    print(hex(flag), bool(compile("pass", "<s>", "exec", flag, dont_inherit=True).co_flags & flag))
try:
    compile("pass", "<s>", "exec", 0x2000000)
except ValueError as e:
    print("ValueError:", e)

# Without the future import (dont_inherit), complex targets at module level still evaluate nothing of the annotation.
src = "log = []\nclass O: pass\no = O()\no.attr: log.append('ann')\n(p): log.append('ann2')\n"
scope = {}
exec(compile(src, "<s>", "exec", dont_inherit=True), scope)
print(scope["log"], scope["__annotations__"])

# __debug__ can be neither an annotated target nor assigned through an attribute.
for src in ("__debug__: int", "obj.__debug__: int", "obj.__debug__: int = 1", "obj.__debug__ = 1", "del __debug__",
            "import __debug__", "for __debug__ in []: pass", "def f():\n    a.__debug__: int"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset, e.end_offset)

# The future import must come first.
for src in ('"doc"\nfrom __future__ import annotations\nx: y', "import os\nfrom __future__ import annotations",
            "from __future__ import annotations, braces", "from __future__ import nonsense"):
    try:
        scope = {}
        exec(compile(src, "<s>", "exec", dont_inherit=True), scope)
        print(repr(src), scope.get("__annotations__"))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno)
