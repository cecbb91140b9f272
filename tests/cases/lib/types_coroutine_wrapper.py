# types.coroutine() around callables that are not generator functions: generator-like results are wrapped
# in an awaitable _GeneratorWrapper, coroutines and other objects pass through.
import types


def gen():
    yield 1
    return "done"


def make_gen():
    return gen()


wrapped = types.coroutine(make_gen)
w = wrapped()
print(type(w).__name__, w.__name__, w.__qualname__, w.gi_code is w.cr_code, w.gi_running, w.cr_await)
print(iter(w) is not w, w.__await__() is not w)


async def use():
    return await wrapped()


coro = use()
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)


class GenLike:
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n)
        return self.n

    def throw(self, *args):
        raise args[0]

    def close(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)


w2 = types.coroutine(lambda: GenLike())()
print(type(w2).__name__, iter(w2) is w2, next(w2), w2.send(None))
print(types.coroutine(lambda: 42)())


@types.coroutine
def gen_func():
    yield 5


print(gen_func.__code__.co_flags & 0x100 != 0, types.coroutine(use) is use)
try:
    types.coroutine(None)
except TypeError as e:
    print("TypeError:", e)
