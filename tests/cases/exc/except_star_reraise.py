import sys
exc = ExceptionGroup("test2", [ValueError("V1"), OSError("V2")])
try:
    try:
        raise exc
    except* ValueError as e:
        print("match", repr(e), repr(sys.exception()), e is exc)
except BaseException as e:
    print("rest", repr(e))
try:
    try:
        raise ValueError("V")
    except* ValueError as e:
        print("naked", repr(e), e.__traceback__ is not None)
except BaseException as e:
    print("rest", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise", repr(e))
orig = ExceptionGroup("eg", [ValueError(1), OSError(2)])
try:
    try:
        raise orig
    except* OSError:
        raise TypeError(3)
except ExceptionGroup as e:
    exc = e
print(repr(exc), repr(exc.exceptions[0].__context__))
print(orig.__traceback__ is exc.exceptions[0].__context__.__traceback__, orig.__context__, orig.__cause__)
def f():
    try:
        raise ValueError("V")
    except* ValueError as e:
        print("naked", repr(e), e.__traceback__)
f()
def g():
    def inner(): raise ValueError("W")
    try:
        inner()
    except* ValueError as e:
        print("naked", repr(e), e.__traceback__, e.exceptions[0].__traceback__.tb_next is not None)
g()
