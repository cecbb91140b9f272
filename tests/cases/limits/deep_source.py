# Source nested too deeply for the parser and compiler: a clean SyntaxError or a result, never a crash.
for depth in (50, 150, 1000, 100000):
    source = "(" * depth + "1" + ")" * depth
    try:
        print(depth, eval(source))
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(depth, type(e).__name__)

for depth in (50, 1000, 100000):
    source = "-" * depth + "1"
    try:
        print(depth, eval(source))
    except (SyntaxError, RecursionError, MemoryError) as e:
        # CPython 3.12 raises MemoryError at 100000 (its parser stack); Ginger a SyntaxError.
        print(depth, "error")

source = "x = 1\n" + "".join("    " * i + "if x:\n" for i in range(120)) + "    " * 120 + "pass\n"
try:
    compile(source, "<deep>", "exec")
    print("compiled")
except (SyntaxError, RecursionError, MemoryError) as e:
    print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else "")
