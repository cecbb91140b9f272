# Trees from ast.parse, changed by a NodeTransformer and completed by fix_missing_locations, compile and run;
# unparse(parse(unparse(tree))) is stable.
import ast

source = '''
def total(values):
    result = 0
    for value in values:
        result = result + value
    return result
print(total([1, 2, 3]), "total")
'''


class AddToMult(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.BinOp(left=node.left, op=ast.Mult(), right=node.right)
        return node

    def visit_Constant(self, node):
        if node.value == 0:
            return ast.copy_location(ast.Constant(value=1), node)
        if node.value == "total":
            return ast.Constant(value="product")
        return node


tree = ast.parse(source)
exec(compile(tree, "<original>", "exec"), {})
tree = ast.fix_missing_locations(AddToMult().visit(tree))
print(ast.unparse(tree))
exec(compile(tree, "<changed>", "exec"), {})

# Statements spliced in from another tree, renumbered to follow the first.
extra = ast.parse("print('spliced', total([4, 5]))")
ast.increment_lineno(extra, 7)
tree.body.extend(extra.body)
exec(compile(tree, "<spliced>", "exec"), {})

expression = ast.Expression(body=ast.BinOp(left=ast.Constant(value=6), op=ast.Pow(), right=ast.Constant(value=2)))
print(eval(compile(ast.fix_missing_locations(expression), "<expression>", "eval")))

for text in ["a = [x ** 2 for x in range(4) if x % 2]", "class K:\n    'doc'\n    def m(self, *a, k=1, **kw):\n        return (yield a)",
             "with open('f') as f, g() as (h, i):\n    del h[1:2], i.j", "x = f'{a!r:{w}}' + b'\\x00'"]:
    first = ast.unparse(ast.parse(text))
    second = ast.unparse(ast.parse(first))
    print(first == second, ast.dump(ast.parse(first)) == ast.dump(ast.parse(text)))
    compile(ast.parse(text), "<round trip>", "exec")
