# compile() to and from _ast trees: PyCF_ONLY_AST, node classes, hand-built trees and their TypeErrors.
import _ast
tree = compile("x = 1 + 2\nprint(f'{x!r:>4}')\n", "<s>", "exec", _ast.PyCF_ONLY_AST)
print(type(tree).__name__, tree._fields, len(tree.body))
a = tree.body[0]
print(type(a).__name__, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, type(a.targets[0].ctx).__name__)
print(type(a.value).__name__, type(a.value.op).__name__, a.value.left.value, a.value.right.value)
code = compile(tree, "<s>", "exec")
exec(code)
e = compile("a if b else c", "<e>", "eval", _ast.PyCF_ONLY_AST)
print(type(e).__name__, type(e.body).__name__)
print(eval(compile(e, "<e>", "eval"), {"a": 1, "b": 0, "c": 3}))
# build by hand
m = _ast.Module(body=[_ast.Expr(value=_ast.Call(func=_ast.Name(id="print", ctx=_ast.Load()), args=[_ast.Constant(value="built")], keywords=[]))], type_ignores=[])
for node in [m, m.body[0], m.body[0].value, m.body[0].value.func, m.body[0].value.args[0]]:
    node.lineno = 1; node.col_offset = 0; node.end_lineno = 1; node.end_col_offset = 1
exec(compile(m, "<built>", "exec"))
for bad in [
    _ast.Module(body=[_ast.Expr()], type_ignores=[]),
    _ast.Module(body=[_ast.Name(id="x", ctx=_ast.Load())], type_ignores=[]),
    _ast.Module(body=_ast.Pass(), type_ignores=[]),
    _ast.Expression(body=_ast.Name(id="x", ctx=_ast.Load())),
    _ast.Module(body=[_ast.Expr(value=_ast.Name(id="x", ctx=_ast.Load()))], type_ignores=[]),
    _ast.Module(body=[_ast.Expr(value=_ast.Name(id=3, ctx=_ast.Load()), lineno=1, col_offset=0)], type_ignores=[]),
]:
    try:
        compile(bad, "<bad>", "exec")
        print("compiled")
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(_ast.Name("x").id, _ast.Name.__doc__)
try: _ast.Name(1, 2, 3)
except TypeError as err: print(err)
for mode in ("exec", "eval", "single"):
    print(mode, type(compile("1", "<m>", mode, _ast.PyCF_ONLY_AST)).__name__)
try: compile("1", "<m>", "nope", _ast.PyCF_ONLY_AST)
except ValueError as err: print(err)
try: compile("(", "<m>", "exec", _ast.PyCF_ONLY_AST)
except SyntaxError as err: print(err.msg, err.lineno)
t = compile("match p:\n    case [1, *r] | {'k': v} if v: pass\n", "<m>", "exec", _ast.PyCF_ONLY_AST)
print(type(t.body[0].cases[0].pattern).__name__)
c = compile("a < b <= c", "<m>", "eval", _ast.PyCF_ONLY_AST)
print([type(o).__name__ for o in c.body.ops], c.body.ops[0] is compile("x<y","","eval",_ast.PyCF_ONLY_AST).body.ops[0])
print(eval(compile(c, "", "eval"), {"a": 1, "b": 2, "c": 2}))
print(compile("from . import x", "", "exec", _ast.PyCF_ONLY_AST).body[0].level)
print(repr(compile("b'x' 'y'" if False else "b'xy'", "", "eval", _ast.PyCF_ONLY_AST).body.value))
print(compile("def f(a, /, b=1, *c, d, **e) -> int: 'doc'", "", "exec", _ast.PyCF_ONLY_AST).body[0].args.posonlyargs[0].arg)
