# Every built-in exception class constructed with 0-5 arguments: repr, str, args and the attributes set (CPython 3.12).
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    E = getattr(builtins, n)
    for args in ((), ('x',), ('x', 2), (1, 2, 3), ('a', 'b', 'c', 'd', 'e')):
        try:
            e = E(*args)
            print(n, args, repr(e), str(e), e.args, [a for a in ('errno','strerror','filename','filename2','name','path','obj','value','code','msg','characters_written','start','end','reason','object','encoding') if hasattr(e, a) and getattr(e, a, None) is not None])
        except Exception as x:
            print(n, args, '!!', type(x).__name__, x)
print(OSError(1, "x", None).args, OSError(1, "x", "f").args, OSError(1, "x", None, None, "g").args, str(OSError(1, "x", None, None, "g")))
e = BlockingIOError(1, 2, 3)
print(e.args, e.characters_written, e.filename, str(e))
e = BlockingIOError(1, 2, "f")
print(e.args, e.filename, str(e))
print(SyntaxError("m", [1, 2, 3, 4]).args, str(SyntaxError()), str(SyntaxError(None)), SyntaxError("a", "b", "c").msg)
e = ImportError("a", name="n")
print(e.msg, ImportError().msg, ImportError("a", "b").msg)
