# ast.dump: annotate_fields, include_attributes, indent as an int or a string, defaults left out.
import ast

tree = ast.parse("def f(a, *, b=2) -> int:\n    return a + b\nx: int\n")
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree.body[1], include_attributes=True))
print(ast.dump(tree.body[0].body[0], indent=2))
print(ast.dump(tree.body[0].args, indent="--"))
print(ast.dump(tree.body[1], indent=0))
print(ast.dump(ast.parse("from . import a as b"), indent=4, include_attributes=True))

# Hand-made nodes: missing fields, None and empty lists, plain values.
print(ast.dump(ast.Name()))
print(ast.dump(ast.Name(id="n")))
print(ast.dump(ast.Name(ctx=ast.Load())))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.Constant(value=None), annotate_fields=False))
print(ast.dump(ast.Return(value=None)))
print(ast.dump(ast.alias(name="m", asname=None)))
print(ast.dump(ast.ImportFrom(module=None, names=[], level=0), annotate_fields=False))
print(ast.dump(ast.Load(), indent=3))
print(ast.dump(ast.List(elts=[ast.Constant(1), ast.Constant(2)], ctx=ast.Load()), indent=1))
print(ast.dump(ast.Constant(value=(1, "a", b"b", 2.5, True, ...))))
print(ast.dump(ast.Pass(lineno=3, col_offset=1, end_lineno=None), include_attributes=True))
try:
    ast.dump("x = 1")
except TypeError as error:
    print("TypeError", error)
try:
    ast.dump([ast.Pass()])
except TypeError as error:
    print("TypeError", error)
