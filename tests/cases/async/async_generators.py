# Async generators driven by hand: async for, async comprehensions, asend/athrow/aclose, hooks.
import sys
class Suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield ("susp", self.v)
        return r

def run(coro):
    """A tiny driver: answers every suspension with its value * 10."""
    value = None
    while True:
        try:
            got = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  driver got", got)
        value = got[1] * 10

async def agen(n):
    try:
        for i in range(n):
            r = await Suspend(i)
            x = yield r
            print("  agen received", x)
    finally:
        print("  agen finally")

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print("collected", out)
    print([v async for v in agen(2)])
    print({v async for v in agen(2)})
    print({v: 1 async for v in agen(1)})
    g = agen(3)
    print(await g.__anext__())
    print(await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    g2 = agen(5)
    await g2.__anext__()
    try:
        await g2.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    genexp = (v * 2 async for v in agen(2))
    print(type(genexp).__name__, [v async for v in genexp])
    print([await Suspend(k) for k in range(2)])
    return "main done"

print(run(main()))
g = agen(1)
print(type(g).__name__, g.ag_running, g.ag_await, g.__name__, g.__qualname__)
print(type(g.__anext__()).__name__, type(g.aclose()).__name__)

async def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught"

async def main2():
    g = catcher()
    print(await g.__anext__())
    print(await g.athrow(KeyError))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")
    g = catcher()
    await g.__anext__()
    try:
        await g.athrow(KeyError)
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main3():
    g = ignore_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
run(main2())
run(main3())

def hooks():
    seen = []
    sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(("first", g.__name__)), finalizer=lambda g: seen.append("fin"))
    async def a():
        yield 1
        yield 2
    g = a()
    run(g.__anext__())
    del g
    sys.set_asyncgen_hooks(None, None)
    print(seen)
hooks()
