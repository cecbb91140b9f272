# The default throw()/athrow()/close() of the collections.abc Generator, Coroutine and AsyncGenerator.
from collections.abc import AsyncGenerator, Coroutine, Generator


class Gen(Generator):
    def send(self, value):
        return value

    def throw(self, *args):
        return super().throw(*args)


class Co(Coroutine):
    def send(self, value):
        return value

    def throw(self, *args):
        return super().throw(*args)

    def __await__(self):
        return iter(())


class AGen(AsyncGenerator):
    async def asend(self, value):
        return value

    async def athrow(self, *args):
        return await super().athrow(*args)


for obj in [Gen(), Co()]:
    for args in [(ValueError,), (ValueError, ValueError("v")), (KeyError("k"),), (TypeError, None, None)]:
        try:
            obj.throw(*args)
        except Exception as e:
            print(type(obj).__name__, type(e).__name__, e.args)
    obj.close()
    print(type(obj).__name__, "closed")
try:
    Gen().throw(ValueError, None, 5)
except TypeError as e:
    print("bad tb:", e)
print(next(Gen()))


def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value


async def main():
    agen = AGen()
    try:
        await agen.athrow(OSError, OSError(2, "gone"))
    except OSError as e:
        print("athrow", e.errno, e.strerror)
    await agen.aclose()
    print("aclose done")

run(main())
