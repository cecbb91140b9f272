# ast.get_docstring (clean and raw) and ast.get_source_segment (padded, multi-line, non-ASCII).
import ast

source = '''"""Module doc.

    Indented line.
\tTabbed line.
"""
def f():
    """  First.
       Second.

         Third.
    """
class C:
    x = 1
async def g():
    'single'
def h():
    b"bytes"
'''
tree = ast.parse(source)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
for node in tree.body[1:]:
    print(node.name, repr(ast.get_docstring(node)), repr(ast.get_docstring(node, False)))
print(ast.get_docstring(ast.parse("")))
print(ast.get_docstring(ast.parse("x = 'not a docstring'")))
try:
    ast.get_docstring(tree.body[1].body[0])
except TypeError as error:
    print("TypeError", error)

source = "x = (1 +\n     2)\nif x:\n\tname = 'é' + f(a,\r\n        b)\ny = {'k':\r  3}\n"
tree = ast.parse(source)
for node in ast.walk(tree):
    if isinstance(node, (ast.stmt, ast.BinOp, ast.Call, ast.Dict)):
        print(type(node).__name__, repr(ast.get_source_segment(source, node)))
        print("  padded", repr(ast.get_source_segment(source, node, padded=True)))
print(ast.get_source_segment(source, ast.Name(id="n")))
print(ast.get_source_segment(source, ast.Name(id="n", lineno=1, col_offset=0, end_lineno=None, end_col_offset=1)))
print(repr(ast.get_source_segment("\x0cab = 1\n", ast.parse("\x0cab = 1\n").body[0])))
# The lines end with an empty one, even after a last line without a break.
print(repr(ast.get_source_segment("a", ast.Name(id="a", lineno=2, col_offset=0, end_lineno=2, end_col_offset=0))))
print(repr(ast.get_source_segment("a\rb", ast.Name(id="b", lineno=1, col_offset=0, end_lineno=3, end_col_offset=0))))
