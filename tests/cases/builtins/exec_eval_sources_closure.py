# exec(closure=), bytes-like sources for exec/eval/compile, and exec/eval argument errors (CPython 3.12).
import types


def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


def outer():
    a = 1
    def inner():
        nonlocal a
        a += 1
        return a
    return inner


inner = outer()
def plain(): pass

for label, closure in [("own", inner.__closure__), ("None", None), ("empty", ()), ("list", [1]),
                       ("int", (1,)), ("new cell", (types.CellType(5),))]:
    check("exec inner " + label, lambda: exec(inner.__code__, {}, closure=closure))
    check("exec plain " + label, lambda: exec(plain.__code__, {}, closure=closure))
print(inner())
check("closure with str", lambda: exec("x", closure=inner.__closure__))
check("eval free vars", lambda: eval(inner.__code__))
for call in ['exec("x=1", globals={})', 'exec("x=1", {}, {}, None)', 'exec("x=1", {}, {}, closure=None, foo=1)',
             'eval("1", globals={})', 'exec()', 'exec(source="1")', 'eval()', 'eval("1", {}, {}, {})',
             'eval(b"\\xef\\xbb\\xbf1+1")', 'eval(memoryview(b"  3"))', 'eval(bytearray(b"4"))', 'eval("1\\0")',
             'exec(b"# coding: latin-1\\nprint(\'\\xe9\')")', 'type(compile(memoryview(b"text"), "name", "exec")).__name__',
             'type(compile(bytearray(b"text"), "name", "exec")).__name__', 'compile(5, "name", "exec")', 'eval(5)', 'exec([])']:
    check(call, lambda: eval(call))

cell = types.CellType()
print(repr(cell).startswith("<cell at 0x"), repr(cell).endswith(": empty>"))
print(types.CellType("x").cell_contents, "str object at 0x" in repr(types.CellType("x")))
check("cell(1, 2)", lambda: types.CellType(1, 2))
check("cell(a=1)", lambda: types.CellType(a=1))
