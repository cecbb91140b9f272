# aiter() and anext() (with and without a default), driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    yield 2

async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "default"), await anext(it, "again"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    a = anext(agen(), "d")
    print(type(a).__name__)
    print(await a)
    return "ok"

print(run(main()))
for call in (lambda: aiter(1), lambda: anext(1), lambda: anext(), lambda: anext(agen(), 1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
class I:
    def __aiter__(self): return 5
try:
    aiter(I())
except TypeError as e:
    print(e)
