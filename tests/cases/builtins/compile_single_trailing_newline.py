# compile(..., "single"): a compound statement whose body sits on the line of its colon needs a final newline
# (CPython 3.12's single-mode tokenizer adds none); an indented body, a simple statement or "\n" is fine.
sources = [
    "for i in x: pass", "for i in x: pass\n", "if 1:\n  pass", "x = 1", "x = 1; y = 2", "def f(): pass",
    "while x: y", "with a: b", "try: pass\nfinally: pass", "try: pass\nfinally: pass\n", "class A: pass",
    "@d\ndef f(): pass", "match x:\n case 1: pass", "if 1:\n  for x in y: pass", "if 1: pass\nelse: pass",
    "def f(): pass  # comment", "class A: pass\n\n", "async def f(): pass", "async def f(): pass\n",
]
for source in sources:
    try:
        compile(source, "<single>", "single")
        print(repr(source), "compiles")
    except SyntaxError as error:
        print(repr(source), "SyntaxError", error.msg, error.lineno)
namespace = {}
exec(compile("for i in range(2): print(i)\n", "<single>", "single"), namespace)
