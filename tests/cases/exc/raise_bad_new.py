# An exception class whose __new__ returns something else: raise and generator.throw() give CPython's TypeError.
class E(Exception):
    def __new__(cls, *args):
        return cls

try:
    raise E
except TypeError as e:
    print(e)

def boring():
    yield

gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print(e)
try:
    next(gen)
except StopIteration:
    print("StopIteration")

def guarded():
    try:
        yield
    except TypeError as e:
        print("inside:", e)

gen = guarded()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print("StopIteration")
