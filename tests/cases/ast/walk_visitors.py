# ast.walk, iter_fields, iter_child_nodes, NodeVisitor (with the deprecated visit_Num fallbacks) and
# NodeTransformer.
import ast

tree = ast.parse("def f(x):\n    return x * 2 + g(y, 'k')\nz = [f(1), None]\n")
print(sorted(type(node).__name__ for node in ast.walk(tree)))
print([name for name, value in ast.iter_fields(tree.body[0])])
print([type(node).__name__ for node in ast.iter_child_nodes(tree.body[0])])
print(list(ast.iter_fields(ast.Name(id="n"))))
print([type(n).__name__ for n in ast.iter_child_nodes(ast.BinOp(left=ast.Constant(1), op=ast.Add()))])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append(node.id)

    def visit_FunctionDef(self, node):
        self.seen.append("def " + node.name)
        self.generic_visit(node)


visitor = Names()
print(visitor.visit(tree))
print(visitor.seen)


class Constants(ast.NodeVisitor):
    def visit_Constant(self, node):
        print("constant", repr(node.value))
        return node.value


print(Constants().visit(ast.parse("1", mode="eval").body))
Constants().visit(tree)


class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print("Num", node.value)

    def visit_Str(self, node):
        print("Str", node.value)


Old().visit(ast.parse("a = 1 + 2.5\nb = 'q' + b'r'\nc = True\n"))


class Rewrite(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "x":
            return ast.copy_location(ast.Name(id="renamed", ctx=node.ctx), node)
        return node

    def visit_Constant(self, node):
        if node.value is None:
            return None
        return node

    def visit_Expr(self, node):
        return [node, ast.Pass()]


tree = ast.parse("x = x + 1\nprint(x)\nr = [None, 2]\n")
tree = Rewrite().visit(tree)
print(ast.dump(tree))
tree = ast.parse("def f():\n    return None\n")
print(ast.dump(Rewrite().visit(tree)))
print(hasattr(tree.body[0].body[0], "value"))
tree = ast.parse("y = 1\n")
print(ast.dump(type("Delete", (ast.NodeTransformer,), {"visit_Assign": lambda self, node: None})().visit(tree)))
