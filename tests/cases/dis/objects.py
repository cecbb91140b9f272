# dis.dis of the kinds of objects it accepts (functions, methods, classes, modules, code objects, source strings,
# generators, coroutines, tracebacks) and of what it refuses. The listings themselves are implementation-specific,
# so only their shape is printed.
import dis
import io
import sys
import types


def listing(x, **kwargs):
    out = io.StringIO()
    dis.dis(x, file=out, **kwargs)
    return out.getvalue()


def headers(text):
    return [line for line in text.splitlines() if line.startswith(("Disassembly of", "Sorry"))]


def f(x):
    def g(y):
        return lambda z: x + y + z
    return g


class C:
    attribute = 1

    def method(self):
        return self

    @classmethod
    def cm(cls):
        return cls

    @staticmethod
    def sm():
        return 2

    class Inner:
        def deep(self):
            pass


def gen():
    yield 1


async def coro():
    pass


print([h.split(" at ")[0] for h in headers(listing(f))])
print(len(headers(listing(f, depth=0))), len(headers(listing(f, depth=1))))
print(listing(C().method) == listing(C.method) == listing(C.method.__code__))
print(headers(listing(C)))
print(listing(C.cm) == listing(C.cm.__code__))
m = types.ModuleType("m")
m.f = f
m.value = 3
m.C = C
print([h.split(" at ")[0] for h in headers(listing(m))])
print(listing(gen()) == listing(gen))
c = coro()
print(listing(c) == listing(coro))
c.close()
text = listing("def h():\n    return 1\n")
print([h.split(" at ")[0] for h in headers(text)])
print("file \"<dis>\"" in text)
print(listing(b"") == "")
print(listing(f.__code__) == listing(f))

for bad in (1, None.__class__, [1]):
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    dis.dis("x = = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    dis.code_info(3)
except TypeError as e:
    print("TypeError:", e)

# With no argument, dis() and distb() disassemble the last traceback; there is none yet.
for function in (dis.dis, dis.distb):
    try:
        function()
    except RuntimeError as e:
        print("RuntimeError:", e)


def fails(n):
    return 10 // n


try:
    fails(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    sys.last_exc = e

while tb.tb_next:
    tb = tb.tb_next
for text in (listing(None), io.StringIO()):
    if not isinstance(text, str):
        dis.distb(tb, file=text)
        text = text.getvalue()
    current = [line for line in text.splitlines() if "-->" in line]
    print("one current instruction:", len(current) == 1)
    print("it is at tb_lasti:", str(tb.tb_lasti) in current[0].split())

bc = dis.Bytecode.from_traceback(tb)
print(bc.codeobj is fails.__code__, bc.current_offset == tb.tb_lasti)
marked = [line for line in bc.dis().splitlines() if "-->" in line]
print(len(marked), str(tb.tb_lasti) in marked[0].split())
print(bc.info() == dis.code_info(fails))
del sys.last_exc
