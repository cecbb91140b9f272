# PEP 479 conversion messages name the generator kind; async generators also convert StopAsyncIteration.
async def ag():
    raise StopIteration("y")
    yield
async def co():
    raise StopIteration("z")
async def main():
    try:
        await ag().asend(None)
    except BaseException as e:
        print(repr(e), repr(e.__cause__))
    try:
        await co()
    except BaseException as e:
        print(repr(e), repr(e.__cause__))
    try:
        await ag2().asend(None)
    except BaseException as e:
        print(repr(e), repr(e.__cause__))
async def ag2():
    raise StopAsyncIteration("w")
    yield
c = main()
try: c.send(None)
except StopIteration: pass
async def ag():
    yield
async def main():
    g = ag()
    await g.asend(None)
    try:
        await g.athrow(StopAsyncIteration("x"))
    except BaseException as e:
        print(repr(e), repr(e.__cause__))
c2 = main()
try: c2.send(None)
except StopIteration: pass
