# compile() of misplaced async constructs: CPython's messages and positions.
sources = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from x\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [[y async for y in x] for x in z]\n",
    "[x async for x in y]\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    await x\n",
    "await x\n",
    "async def f():\n    return {k: v async for k, v in y}\n",
    "async def f():\n    return (x for x in y if await x)\n",
]
for source in sources:
    try:
        compile(source, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
