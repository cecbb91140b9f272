eg = ExceptionGroup('eg', [TypeError(1), OSError(2)])
print(eg.message, eg.exceptions, type(eg.exceptions))
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, 1)
    except AttributeError as e:
        print("AttributeError")
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
eg.__notes__ = 123
m, r = eg.split(TypeError)
print(hasattr(m, '__notes__'), hasattr(r, '__notes__'))
eg.__notes__ = ["a"]
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
e = TypeError(1)
for i in range(1600):
    e = ExceptionGroup('eg', [e])
try:
    e.split(TypeError)
except RecursionError:
    print("RecursionError")
