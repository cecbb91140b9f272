import types
async def c(): pass
co = c()
try: co.send(1)
except TypeError as e: print(e)
co.close()
async def ign():
    try:
        await types.coroutine(lambda: (yield))()
    except GeneratorExit:
        await types.coroutine(lambda: (yield))()
co = ign(); co.send(None)
try: co.close()
except RuntimeError as e: print(e)
async def reent():
    co2.send(None)
co2 = reent()
try: co2.send(None)
except ValueError as e: print(e)
def g():
    yield
gg = g()
try: gg.send(1)
except TypeError as e: print(e)
