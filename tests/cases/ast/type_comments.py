# ast.parse(..., type_comments=True): type comments on assignments, for, with and def, and type: ignore.
import ast

source = '''
x = []  # type: list[int]
for i in x:  # type: int
    pass
with f() as g:  # type: str
    pass
def h(a):
    # type: (int) -> None
    pass
y = 1  # type: ignore[misc]
'''
tree = ast.parse(source, type_comments=True)
print(ast.dump(tree, indent=1))
print(ast.unparse(tree))
print(ast.dump(ast.parse(source)) == ast.dump(tree))
