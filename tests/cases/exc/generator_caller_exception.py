# A generator or coroutine sees the exception its caller is handling (sys.exception(), implicit __context__).
import sys

def gen():
    print("gen sees", repr(sys.exception()))
    try:
        raise KeyError("in gen")
    except KeyError:
        yield repr(sys.exception())
    print("after handler", repr(sys.exception()))
    yield "done"

g = gen()
try:
    raise TypeError("caller")
except TypeError:
    print(next(g))
print(repr(sys.exception()))
print(next(g))

async def bad():
    raise KeyError("x")
async def main():
    try:
        raise ValueError("body")
    except ValueError:
        try:
            await bad()
        except KeyError as e:
            print(repr(e.__context__))
try:
    main().send(None)
except StopIteration:
    pass

def raiser():
    raise IndexError("from generator")
    yield
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(raiser())
    except IndexError as e:
        print(repr(e.__context__))
