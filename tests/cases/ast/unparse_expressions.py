# ast.unparse of expressions: CPython 3.12's precedence rules and where it adds parentheses.
import ast

expressions = [
    "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c", "-a ** b",
    "(-a) ** b", "not a and b or c", "a and (b or c)", "not (a and b)", "a if b else c if d else e",
    "(a if b else c) if d else e", "lambda: 0", "lambda x, *y, z=1, **w: x", "(lambda: 1)()",
    "a < b < c", "(a < b) < c", "a is not b", "a not in b", "~a | b & c ^ d", "a << b >> c",
    "(a, b)", "a, b", "()", "(a,)", "[a, *b]", "{a, *b}", "{**a, 'b': 1}", "{}", "f(a)(b)[c].d",
    "x[1:2, ::3]", "x[a:b:c]", "x[()]", "x[(1, 2)]", "x[1,]", "x[*a]", "await_ = 1",
    "(yield)", "(x := 5)", "[y := 1, y ** 2]", "f(x := 1)", "[x for x in y if x if not x]",
    "{k: v for k, v in items}", "{x for x in (1, 2)}", "(x for x in y)", "f(x for x in y)",
    "[x for x in (lambda: y)()]", "[x for x in (a if b else c)]", "1 .real", "1.5.real", "(1).real",
    "'a'.join(b)", "a.b.c", "-1", "- 1", "+a", "not not a", "-(-a)", "(not a) + b", "a * -b",
    "a if (b if c else d) else e", "(a, b) if c else d", "f(*a, *b, **c, d=1)", "f(a=1, *b)",
    "a[b](c)", "(a + b).c", "(a or b)[c]", "[*a, *b]", "(*a, b)", "print(*(a or b))",
    "x = *a, *b", "{**(a or b)}", "(await x) ** 2", "1e400", "-1e400", "1e400 * 0", "2 ** -1",
    "a ** -b ** c", "f'{a}' 'b'", "{'a': lambda: 1}", "a @ b", "a // b % c", "a and b and c",
    "(a and b) and c", "a or (b or c)", "((a))", "x == y != z", "...", "a[...]", "None",
]
for text in expressions:
    tree = ast.parse(text)
    print(f"{text!r:30} -> {ast.unparse(tree)!r}")

print(ast.unparse(ast.Constant(value=(1, 'a', None))))
print(ast.unparse(ast.Constant(value=(1,))))
print(ast.unparse(ast.Constant(value=float("nan"))))
print(ast.unparse(ast.Constant(value=-float("inf"))))
print(ast.unparse(ast.Set(elts=[])))
print(ast.unparse(ast.Tuple(elts=[], ctx=ast.Load())))
print(ast.unparse(ast.BinOp(left=ast.BinOp(ast.Name("a"), ast.Add(), ast.Name("b")), op=ast.Mult(),
                            right=ast.UnaryOp(ast.Not(), ast.Name("c")))))
print(ast.unparse(ast.Compare(left=ast.Compare(ast.Name("a"), [ast.Lt()], [ast.Name("b")]), ops=[ast.Eq()],
                              comparators=[ast.Name("c")])))
print(ast.unparse(ast.Call(ast.Lambda(ast.arguments([], [], None, [], [], None, []), ast.Name("x")), [], [])))
print(ast.unparse(ast.parse("x", mode="eval").body))
print(ast.unparse(ast.alias(name="a", asname="b")))
print(ast.unparse(ast.arguments([], [ast.arg("p")], None, [], [], None, [ast.Constant(0)])))
print(ast.unparse(ast.parse("(a for b in c)", mode="eval")))
