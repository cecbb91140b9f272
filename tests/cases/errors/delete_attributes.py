# Deleting attributes of built-in objects: each is deleted, or refused with CPython's error; never a crash.
import sys
def f(a=1, *, b=2): pass
def cellf():
    x = 1
    return (lambda: x).__closure__[0]
class C: pass
try:
    raise ValueError("x")
except ValueError as e:
    exc = e
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
import io
targets = [(f, n) for n in ("__name__", "__qualname__", "__code__", "__defaults__", "__kwdefaults__", "__doc__", "__module__", "__type_params__", "__annotations__", "__dict__")]
targets += [(exc, n) for n in ("args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__notes__")]
targets += [(ue, n) for n in ("encoding", "object", "reason", "start", "end")]
targets += [(cellf(), "cell_contents"), (C, "__name__"), (C, "__qualname__"), (C, "__module__"), (C, "__doc__"), (C(), "__class__"), (C(), "__dict__"), (exc.__traceback__, "tb_next")]
targets += [(io.TextIOWrapper(io.BytesIO()), "_CHUNK_SIZE"), (sys._getframe(), "f_trace")]
for obj, name in targets:
    try:
        delattr(obj, name)
        print("deleted", type(obj).__name__, name)
    except Exception as e:
        print(type(obj).__name__, name, type(e).__name__, e)
