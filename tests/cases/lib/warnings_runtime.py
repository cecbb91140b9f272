# Warnings the runtime itself issues: invalid escape sequences (compiler) and strict-subclass results.
import warnings, operator

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile('x = "a\\d"\ny = b"\\q" + f"\\w{1}"\nz = "\\777"\nok = "\\n\\t"', "f.py", "exec")
    class C(complex): pass
    class F(float): pass
    class I(int): pass
    class X:
        def __complex__(self): return C(1)
        def __float__(self): return F(1)
        def __int__(self): return I(1)
        def __index__(self): return I(1)
    complex(X()); float(X()); int(X()); operator.index(X())
for w in log:
    print(w.category.__name__, w.filename.rsplit("/", 1)[-1], w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile('s = "\\d"', "g.py", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.args)
    try:
        complex(X())
    except DeprecationWarning as e:
        print("DeprecationWarning", e)

# A coroutine that dies without having been awaited.
async def never():
    pass
def make():
    never()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    make()
    c = never()
    c.close()
    del c
for w in log:
    print(w.category.__name__, w.lineno, w.message, type(w.source).__name__)
