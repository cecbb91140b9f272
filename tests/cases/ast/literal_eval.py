# ast.literal_eval: the literals it accepts and the ValueErrors of everything else.
import ast

for text in ["1", "-2", "+3.5", "'s'", "b'b'", "True", "None", "...", "(1, [2, {3: 'x'}], {4, 5})",
             "set()", "{}", "()", "  \t[1, -1]", "{'a': (1,), 'b': None}", "0x10", "1_000", "'a' 'b'"]:
    value = ast.literal_eval(text)
    print(repr(text), "->", repr(value), type(value).__name__)

print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=7)))
print(ast.literal_eval(ast.Tuple(elts=[ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ctx=ast.Load())))


def error(value):
    try:
        print("value", repr(ast.literal_eval(value)))
    except (ValueError, SyntaxError, TypeError) as e:
        message = str(e)
        # The message ends with the repr of a node, which holds its address.
        if " object at 0x" in message:
            message = message[:message.index(" object at 0x")] + " object>"
        print(type(e).__name__, message)


for text in ["x", "1 + x", "f(1)", "-'a'", "--1", "1 + 2", "2 - 1.5", "[1, y]", "{'a': b}", "set(1)",
             "a.b", "\n\n[1,\n z]", "{**d}", "1 if 2 else 3", "1 +", "x = 1", " ( 1)"]:
    error(text)
error(ast.Name(id="q", ctx=ast.Load()))
error(ast.Dict(keys=[ast.Constant(1)], values=[]))
error(ast.UnaryOp(op=ast.Not(), operand=ast.Constant(1)))
error(ast.Constant(value=[1]))
