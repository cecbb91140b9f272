# PEP 563 and scopes: annotated names and global/nonlocal, names in annotations create no cells.
from __future__ import annotations
cases = [
"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
"def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
"def f():\n    global x\n    x: int\n",
"def f():\n    x: int\n    global x\n",
"global x\nx: int\n",
"x: int\nglobal x\n",
"class C:\n    global x\n    x: int\n",
"class C:\n    x: int\n    global x\n",
"def f():\n    x = 1\n    def g():\n        nonlocal x\n        (x): int = 2\n    g()\n    return x\nprint(f())\n",
"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x.y: int\n",
"def f():\n    (x): int\n    nonlocal x\n",
"def f(x):\n    x: int\n",
"def f():\n    x: int\n    def g():\n        return x\n    return g\nf()()\n",
"def f():\n    x: int = 1\n    def g():\n        return x\n    return g\nprint(f()())\n",
"class C:\n    x: int\n    def m(self):\n        return x\n",
"def f():\n    def g(a: x): pass\n    x = 1\n    return g\nprint(f().__annotations__, f.__code__.co_cellvars)\n",
]
for c in cases:
    try:
        exec(c, {})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
    except Exception as e:
        print(type(e).__name__, e)
