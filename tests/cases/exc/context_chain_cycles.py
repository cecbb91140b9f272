def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(repr(exc), repr(exc.__context__), exc.__context__.__context__ is exc.__context__)

try:
    raise KeyError
except KeyError:
    e = ValueError(); e.__context__ = TypeError()
    try: raise e
    except ValueError as x: print(repr(x.__context__))

def g():
    yield 1
it = g(); next(it)
try:
    raise KeyError(5)
except KeyError:
    try: it.throw(ValueError())
    except ValueError as e: print(repr(e.__context__))

# a cycle through the new exception is cut
a = ValueError('a'); b = TypeError('b')
try:
    try:
        raise a
    except ValueError:
        b.__context__ = a
        raise b
except TypeError:
    try:
        raise a
    except ValueError as x:
        print(repr(x.__context__), repr(x.__context__.__context__))

def cycle2():
    try:
        raise ValueError(1)
    except ValueError as ex:
        e2 = KeyError(3); e2.__context__ = ex; ex.__context__ = e2
        raise TypeError(2)
try:
    cycle2()
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
