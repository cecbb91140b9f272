# ast.fix_missing_locations, copy_location and increment_lineno.
import ast


def positions(tree):
    return [(type(n).__name__, getattr(n, "lineno", "-"), getattr(n, "col_offset", "-"),
             getattr(n, "end_lineno", "-"), getattr(n, "end_col_offset", "-")) for n in ast.walk(tree)]


call = ast.Call(func=ast.Name(id="print", ctx=ast.Load()), args=[ast.Constant(value="fixed")], keywords=[])
expr = ast.Expr(value=call, lineno=4, col_offset=2, end_lineno=4, end_col_offset=20)
tree = ast.Module(body=[ast.Expr(value=ast.Constant(value=1)), expr], type_ignores=[])
print(ast.fix_missing_locations(tree) is tree)
for row in positions(tree):
    print(row)
exec(compile(tree, "<fixed>", "exec"))

source = ast.parse("a = 1\nb = a + 2\n")
new = ast.Name(id="b2", ctx=ast.Store())
print(ast.copy_location(new, source.body[1].targets[0]) is new)
print(positions(new))
print(positions(ast.copy_location(ast.Load(), source.body[0])))
partial = ast.Name(id="p", lineno=9, col_offset=3, end_lineno=None)
print(positions(ast.copy_location(ast.Name(id="q", end_lineno=5, end_col_offset=6), partial)))
print(positions(ast.copy_location(ast.Name(id="r", end_lineno=5), ast.Name(id="s"))))

tree = ast.parse("x = 1\nif x:\n    y = 2\n")
print(ast.increment_lineno(tree, 3) is tree)
for row in positions(tree):
    print(row)
print(positions(ast.increment_lineno(ast.Name(id="z", lineno=1, end_lineno=None))))
print(positions(ast.increment_lineno(ast.Name(id="w"), -1)))
ignore = ast.TypeIgnore(lineno=2, tag="")
ast.increment_lineno(ignore, 5)
print(ignore.lineno)
