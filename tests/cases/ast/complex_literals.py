# Imaginary literals in ast: literal_eval of complex sums, unparse of infinite imaginary parts, dump.
import ast

for text in ["1j", "-2j", "1+2j", "-1.5-0.5j", "(1+2j)", "[3j, -4+0j]", "1e400j"]:
    print(repr(text), "->", repr(ast.literal_eval(text)))
for text in ["1j + 1", "1j * 2", "2 + 3 + 4j"]:
    try:
        ast.literal_eval(text)
    except ValueError as error:
        print(repr(text), "ValueError", str(error).split(" object at")[0])
print(ast.dump(ast.parse("x = 2j")))
print(ast.unparse(ast.parse("x = 1e400j + 2j * -3.5j")))
print(ast.unparse(ast.Constant(value=complex(float("inf"), float("nan")))))
print(ast.unparse(ast.parse("match z:\n    case 1+2j | -3-4j:\n        pass")))
