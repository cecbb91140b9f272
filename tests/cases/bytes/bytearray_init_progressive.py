# bytearray.__init__ clears the array, then appends an iterable's ints one by one (the iterator sees it grow).
b = bytearray()
def g():
    for i in range(1, 10):
        yield i
        print(list(b), b.__alloc__() > len(b))
b.__init__(g())
print(b)
b2 = bytearray(b'xyz')
def h():
    print("inside", b2)
    yield 65
b2.__init__(h())
print(b2)
for src in ([1, 2], (3,), iter([4]), [256], ['a'], [-1], range(3), {5: 1}, [True]):
    try: print(bytearray(src))
    except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 7
print(bytearray([I()]), bytearray(I()))
