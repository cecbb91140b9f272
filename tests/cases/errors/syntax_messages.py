# compile() of bad sources: SyntaxError messages, line numbers and offsets as values.
sources = [
    "if x\n    pass\n",
    "(1, 2\n",
    "x = )\n",
    "s = 'abc\n",
    "  x = 1\n",
    "def f():\nreturn 1\n",
    "1 = x\n",
    "f() = 1\n",
    "del f()\n",
    "return 5\n",
    "break\n",
    "x = [1, 2,, 3]\n",
    "print 'hi'\n",
    "a b\n",
    "else:\n    pass\n",
    "for x in range(3):\n    continue\nelse\n",
    "x = 1 +\n",
    "def f(a, a): pass\n",
    "nonlocal x\n",
    "class C:\n    def m(self):\n        x = yield\n    return 1\n",
    "x = {1: 2, 3}\n",
    "f(x for x in y, 1)\n",
    "'''never closed\n",
    "0123\n",
    "x += 1 = 2\n",
]
for source in sources:
    try:
        compile(source, "<case>", "exec")
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})")
