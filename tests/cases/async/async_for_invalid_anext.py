class AI:
    def __aiter__(self): return self
    def __anext__(self): return (1, 2)
async def f():
    async for x in AI():
        pass
c = f()
try:
    c.send(None)
except TypeError as e:
    print(e)
