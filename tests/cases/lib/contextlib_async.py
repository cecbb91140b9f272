# contextlib: asynccontextmanager, AsyncExitStack, aclosing, AsyncContextDecorator, nullcontext (driven by hand).
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, AsyncContextDecorator,
                        nullcontext, AbstractAsyncContextManager)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

@asynccontextmanager
async def actx(name):
    print("enter", name)
    try:
        yield name * 2
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)

async def main():
    async with actx("x") as v:
        print("got", v)
    async with actx("y"):
        raise KeyError("k")
    try:
        async with actx("z"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)

    @asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

    @asynccontextmanager
    async def twice():
        yield
        yield
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

    @asynccontextmanager
    async def plain():
        yield
    try:
        async with plain():
            raise StopAsyncIteration("sai")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e)
    try:
        async with plain():
            raise StopIteration("si")
    except StopIteration as e:
        print("StopIteration", e)

    class Res:
        async def aclose(self):
            print("aclosed")
    async with aclosing(Res()) as r:
        print(type(r).__name__)

    async with nullcontext(7) as n:
        print("null", n)

    async with AsyncExitStack() as stack:
        async def acb(x):
            print("async callback", x)
        stack.push_async_callback(acb, 1)
        stack.callback(print, "sync callback")
        print(await stack.enter_async_context(actx("s")))
        async def aexit(t, v, tb):
            print("aexit", t)
            return True
        stack.push_async_exit(aexit)
        raise IndexError("suppressed by aexit")
    print("after stack")

    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print(e)

    class deco(AsyncContextDecorator):
        async def __aenter__(self):
            print("deco enter")
        async def __aexit__(self, *exc):
            print("deco exit")
    @deco()
    async def f(a):
        print("f", a)
        return a + 1
    print(await f(1))

    s = AsyncExitStack()
    s.push_async_callback(acb, 2)
    await s.aclose()

    try:
        async with AsyncExitStack() as stack:
            async def bad(*a):
                raise KeyError("from aexit")
            stack.push_async_exit(bad)
            raise ValueError("body")
    except KeyError as e:
        print(repr(e), repr(e.__context__))

print(run(main()))
print(issubclass(AsyncExitStack, AbstractAsyncContextManager))
class A:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
print(issubclass(A, AbstractAsyncContextManager), issubclass(int, AbstractAsyncContextManager))
