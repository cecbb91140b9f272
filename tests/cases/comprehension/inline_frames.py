# locals(), vars(), sys._getframe() and code objects with inlined comprehensions (CPython 3.12).
import sys


def function_locals():
    z = 1
    inside = [sorted(locals()) for q in range(1)][0]
    inside_vars = [sorted(vars()) for q in range(1)][0]
    return inside, inside_vars, sorted(locals())


print(function_locals())

print([sorted(k for k in locals() if not k.startswith("__")) for x in range(1)])
print([locals()["x"] for x in range(2)])
print("x" in locals(), "x" in globals())
print([sys._getframe().f_locals["a"] for a in [7]])
print("a" in sys._getframe().f_locals)


class C:
    seen = [sorted(locals()) for x in range(1)][0]
    frame = [sys._getframe().f_locals["a"] for a in [5]]
    after = sorted(locals())


print(C.seen, C.frame, C.after)


def frame_names():
    return [sys._getframe().f_code.co_name for _ in range(1)], [sys._getframe(1).f_code.co_name for _ in range(1)]


print(frame_names())


def code_objects():
    a = [x for x in range(2)]
    b = {y: 0 for y in range(2)}
    c = {w for w in range(2)}
    g = list(v for v in range(2))
    return a, b, c, g


code = code_objects.__code__
print(code.co_varnames)
print([k.co_name for k in code.co_consts if hasattr(k, "co_name")])


def cells():
    fs = [lambda: i for i in range(2)]
    return fs


print(cells.__code__.co_cellvars, cells.__code__.co_varnames)
module_code = compile("[lambda: m for m in range(2)]\n[n for n in range(2)]", "<m>", "exec")
print(module_code.co_cellvars, module_code.co_varnames, module_code.co_nlocals)
class_code = compile("class K:\n    y = 1\n    z = [x + y for x in range(3)]", "<k>", "exec").co_consts[0]
print(class_code.co_varnames)

import dis
print([(i.opname, i.argval) for i in dis.get_instructions(lambda s: [e for e in s]) if i.opname == "LOAD_FAST_AND_CLEAR"])
print("LOAD_FAST_AND_CLEAR" in dis.opmap)
