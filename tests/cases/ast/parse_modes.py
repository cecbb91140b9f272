# ast.parse in the exec, eval and single modes, with bytes and str sources, and its SyntaxErrors.
import ast

for source, mode in [("x = 1\ny += 2", "exec"), ("a if b else c", "eval"), ("print(1)", "single"),
                     ("for i in x: pass\n", "single"), ("", "exec"), ("1,", "eval")]:
    tree = ast.parse(source, mode=mode)
    print(mode, type(tree).__name__, ast.dump(tree))

tree = ast.parse(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n")
print(ast.dump(tree.body[0].value), len(tree.body[0].value.value))
tree = ast.parse("z = 3", "named.py")
print(tree.body[0].targets[0].id, tree.body[0].lineno, tree.body[0].end_col_offset)
print(ast.parse("x", feature_version=(3, 12)).body[0].value.id)
print(ast.parse("y", type_comments=False).body[0].value.id)
try:
    ast.parse("x", feature_version=(2, 7))
except ValueError as error:
    print("ValueError", error)

for bad, mode in [("x = ", "exec"), ("a b", "eval"), ("x = 1", "eval"), ("def f(:\n pass", "exec"), ("for i in x: pass", "single")]:
    try:
        ast.parse(bad, "bad.py", mode)
    except SyntaxError as error:
        print("SyntaxError", error.msg, error.filename, error.lineno)

print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(isinstance(ast.parse("1", mode="eval"), ast.mod), issubclass(ast.Expression, ast.AST))
print(ast.Name is __import__("_ast").Name)
