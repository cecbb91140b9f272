# types.coroutine: a generator function becomes awaitable (CO_ITERABLE_COROUTINE), as asyncio.sleep(0) uses it.
import types


@types.coroutine
def suspend(value):
    received = yield value
    return received * 2


async def main():
    first = await suspend("first")
    second = await suspend("second")
    return first + second


print(bool(suspend.__code__.co_flags & 0x100), bool(suspend.__code__.co_flags & 0x20))
coroutine = main()
print(coroutine.send(None))
print(coroutine.send(10))
try:
    coroutine.send(5)
except StopIteration as stop:
    print("result", stop.value)


def plain():
    yield 1


async def awaits_plain():
    await plain()


try:
    awaits_plain().send(None)
except TypeError as e:
    print("TypeError", e)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
