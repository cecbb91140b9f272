# ast.unparse of statements: definitions, decorators, control flow, try/except*, with, match, imports,
# type comments from hand-made trees.
import ast

source = '''
"""Module docstring."""
import os, sys as system
from .. import a
from .pkg.mod import (b as c, d)
from __future__ import annotations
@decorator
@other.deco(1)
class C(Base, metaclass=Meta, **extra):
    """Class 'doc'."""
    x: int = 1
    (y): str
    z.w: float
    def method(self, a, /, b: int = 2, *args: str, c, d=4, **kw) -> None:
        global g
        del self.x, self[0]
        return
async def coroutine():
    async for i in aiter():
        await i
    async with lock as (a, b), other:
        pass
    return [x async for x in y]
def generator():
    x = yield
    y = yield 1, 2
    z = yield from other()
    return (yield)
def defaults(*, only): pass
def f(a, b, /): pass
def k(**kw): nonlocal_name = 1
if a:
    pass
elif b:
    continue_ = 1
elif c:
    pass
else:
    raise ValueError("x") from None
if a:
    pass
else:
    if b:
        pass
    x = 1
while True:
    break
else:
    pass
for i, (j, k) in enumerate(z):
    continue
else:
    i += 1
try:
    pass
except ValueError as error:
    raise
except (TypeError, KeyError):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* OSError as group:
    pass
with open(f) as g, h:
    assert g, "message"
    assert h
match command:
    case [1, 2, *rest]:
        pass
    case {"key": value, **others} if value > 1:
        pass
    case Point(x=0, y=_) | Point(0, 0):
        pass
    case (1 | 2) as number:
        pass
    case [*_]:
        pass
    case None | True | -1 | 1.5 | "s" | b"b" | -1.5 if False:
        pass
    case {**rest}:
        pass
    case Cls():
        pass
    case _:
        pass
x = y = z = 1
a, b = b, a
[a, *b] = c
x @= y
x **= 2
x //= 3
print(*args, sep="", **kwargs)
'''
print(ast.unparse(ast.parse(source)))
print("---")
print(ast.unparse(ast.parse("def f():\n    'doc'\n    return 1")))
print(ast.unparse(ast.parse("class A: pass")))
print(repr(ast.unparse(ast.parse(""))))
print(ast.unparse(ast.parse("x = 1", mode="single")))
print(ast.unparse(ast.parse("1 + 2", mode="eval")))

assign = ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.Constant(1), type_comment="int", lineno=1)
print(ast.unparse(assign))
function = ast.parse("def f(a):\n    pass").body[0]
function.type_comment = "(int) -> None"
print(ast.unparse(function))
module = ast.parse("for x in y:\n    pass")
module.type_ignores = [ast.TypeIgnore(lineno=1, tag="[misc]")]
print(ast.unparse(module))
print(ast.unparse(ast.FunctionType(argtypes=[ast.Name("int"), ast.Name("str")], returns=ast.Name("bool"))))
for bad in [ast.Raise(exc=None, cause=ast.Name("x")), ast.YieldFrom(value=None)]:
    try:
        ast.unparse(bad)
    except ValueError as error:
        print("ValueError", error)
