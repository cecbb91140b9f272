# Coroutines driven by send(), as an event loop would: await on coroutines and on objects with
# __await__, async with, async for, exceptions through awaits, and the coroutine protocol's errors.
class Sleep:
    """An awaitable that suspends once, yielding a request to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield ("sleep", self.label)
        return f"woke {self.label} with {reply}"


async def child(n):
    text = await Sleep(n)
    return n * 10, text


async def parent():
    results = []
    for i in range(3):
        results.append(await child(i))
    return results


def run(coroutine):
    """Drives a coroutine to completion, answering each request with a counter."""
    answer = None
    count = 0
    while True:
        try:
            request = coroutine.send(answer)
        except StopIteration as stop:
            return stop.value, count
        count += 1
        answer = f"tick{count}"
        print("  request:", request)


print(run(parent()))


class Resource:
    async def __aenter__(self):
        print("  enter")
        await Sleep("enter")
        return self

    async def __aexit__(self, et, ev, tb):
        print("  exit", et.__name__ if et else None)
        return et is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(f"count {self.n}")
        return self.n


async def uses_protocols():
    async with Resource() as r:
        print("  inside", type(r).__name__)
    async with Resource():
        raise KeyError("suppressed")
    total = []
    async for value in Countdown(3):
        total.append(value)
    else:
        total.append("done")
    try:
        async with Resource():
            raise ValueError("escapes")
    except ValueError as e:
        total.append(str(e))
    return total


print(run(uses_protocols()))


async def fails():
    await Sleep("before")
    raise RuntimeError("inside coroutine")

try:
    run(fails())
except RuntimeError as e:
    print("caught:", e)

coro = child(5)
print(type(coro).__name__, coro.send(None))
coro.close()


async def not_awaitable():
    await 42

try:
    run(not_awaitable())
except TypeError as e:
    print("TypeError:", e)

try:
    exec("async def f():\n    pass\nawait f()\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
