# ast.unparse of string literals, docstrings and f-strings: CPython 3.12's choice of quotes and escapes.
import ast

sources = [
    "'plain'", '"double"', "'it\\'s'", "'say \"hi\"'", "'both \\' and \"'", "'\\n\\t\\\\'",
    "'\\x00\\x7f\\x80\\xa0\\xad\\u2028\\U0001f600é'", "b'\\x00bytes\\''", "u'unicode'", "r'\\d+'",
    "'''triple\nline'''", "f'{a}'", "f'{a!r} {b!s:>10} {c!a}'", "f'{a:{b}.{c}}'", "f'{{literal}}'",
    "f'{a + b}'", "f'{a if b else c}'", "f'{(yield)}'", "f'{(lambda: 1)}'", "f'{ {1: 2} }'", "f'{ {a} }'",
    "f'{x=}'", "f'{x = !r:^20}'", "f'{\"q\"}'", "f\"{'q'}\"", "f'\\n{a}\\t'", "f'''{a}\n'''",
    "f'{a}' f'{b}' 'c'", "f'\\'{a}\"'", "f'{a:\\n}'", "f'{\"\\n\".join(x)}'", "f'''{'''a'''}'''",
    "f'{a!r:{b!r}}'", "f'{a:%H:%M}'", "f'{3.14:.2f}'", "f''", "f'{x:}'", "f'{a}{b}'", "f'\\x00{a}'",
    "f'{a}' '\\''", "f'{x:{\"y\"}}'",
]
for text in sources:
    tree = ast.parse(text)
    print(f"{text!r:40} -> {ast.unparse(tree)}")

docstrings = [
    '"""simple"""', "'''with \"\"\" inside'''", '"""ends with quote\\""""', '"""line\n    indented\n"""',
    "'''both \"\"\" and \\'\\'\\''''", '"tab\\there"', '"back\\\\slash"', 'u"""unicode"""', '"\\x00"',
]
for text in docstrings:
    print(ast.unparse(ast.parse(text)))
    print(ast.unparse(ast.parse("def f():\n    " + text.replace("\n", "\n    "))))

print(ast.unparse(ast.JoinedStr(values=[ast.Constant(value="'''\"\"\"'\""),
                                        ast.FormattedValue(ast.Name("x"), -1, None)])))
print(ast.unparse(ast.JoinedStr(values=[ast.Constant(value="a\nb")])))
print(ast.unparse(ast.Constant(value="x", kind="u")))
print(ast.unparse(ast.Constant(value=b"x")))
try:
    ast.unparse(ast.JoinedStr(values=[ast.Name("x")]))
except ValueError as error:
    print("ValueError", str(error).split(" object at ")[0])
