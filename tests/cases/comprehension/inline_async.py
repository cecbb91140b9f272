# Async and awaiting comprehensions inline in their coroutine.


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


async def agen(n):
    for i in range(n):
        yield i


async def double(x):
    return x * 2


async def main():
    i = "outer i"
    a = [i async for i in agen(3)]
    b = [await double(i) for i in range(3)]
    c = {i: await Ready(i + 1) for i in a}
    d = {await double(j) async for j in agen(2)}
    e = [[await double(j) for j in range(k)] for k in range(3)]
    f = [k async for k in agen(4) if await double(k) > 2]
    return a, b, c, sorted(d), e, f, i


def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


print(run(main()))


async def failing():
    x = "kept"
    try:
        [await double(1 / v) for v in [1, 0]]
    except ZeroDivisionError:
        return x


print(run(failing()))

for src in [
    "def f():\n    return [await x for x in y]",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    return [[x async for x in y] for z in w]",
    "def f():\n    return [[x async for x in y] for z in w]",
]:
    try:
        compile(src, "<async>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
