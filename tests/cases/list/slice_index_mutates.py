class X:
    def __index__(self):
        e[:] = []
        return 1
e = list(range(10))
e[0:10:X()] = []
print(e)
e = list(range(10))
try:
    e[0:10:X()] = [1, 2]
except ValueError as err: print(err)
e = list(range(10))
del e[0:10:X()]
print(e)
e = list(range(10))
print(e[0:10:X()])
class Y:
    def __index__(self):
        e.extend(range(5))
        return 2
e = list(range(4))
e[0:4:Y()] = ['a', 'b']
print(e)
class X:
    def __index__(self):
        e[:] = b''
        return 1
for stmt in ["e[0:10:X()] = b''", "del e[0:10:X()]", "print(e[0:10:X()])", "e[0:10:X()] = b'ab'"]:
    e = bytearray(range(10))
    try:
        exec(stmt)
        print(stmt, bytes(e))
    except Exception as ex:
        print(stmt, type(ex).__name__, ex)
