# BytesIO and StringIO pickling: __getstate__/__setstate__ state tuples and their errors.
import io
import pickle
import copy


def attempt(label, fn, *args):
    try:
        print(label, "->", repr(fn(*args)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = io.BytesIO(b"hello world")
b.seek(3)
print(b.__getstate__())
b.foo = 42
state = b.__getstate__()
print(state, state[2] is b.__dict__)

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    attempt("bytesio proto %d" % proto, lambda p: (lambda c: (type(c).__name__, c.getvalue(), c.tell(), c.foo))(pickle.loads(pickle.dumps(b, p))), proto)
c = copy.copy(b)
print(c.getvalue(), c.tell(), c.foo)

m = io.BytesIO()
m.__setstate__((b"no error", 2, None))
print(m.getvalue(), m.tell(), m.read())
m.__setstate__((bytearray(b"abc"), 10, {"spam": 3}))
print(m.getvalue(), m.tell(), m.spam)
m.__setstate__((memoryview(b"xyz"), 1, {"eggs": 4}, "extra"))
print(m.getvalue(), m.tell(), m.spam, m.eggs)
attempt("neg pos", m.__setstate__, (b"", -1, None))
attempt("str value", m.__setstate__, ("unicode", 0, None))
attempt("float pos", m.__setstate__, (b"", 0.0, None))
attempt("bool pos", m.__setstate__, (b"q", True, None))
attempt("int dict", m.__setstate__, (b"", 0, 0))
attempt("short", m.__setstate__, (b"len-test", 0))
attempt("list", m.__setstate__, [b"", 0, None])
attempt("no arg", m.__setstate__)
attempt("int arg", m.__setstate__, 0)
view = m.getbuffer()
attempt("exported", m.__setstate__, (b"x", 0, None))
view.release()
m.close()
attempt("closed get", m.__getstate__)
attempt("closed set", m.__setstate__, (b"closed", 0, None))
attempt("closed short", m.__setstate__, (b"closed",))

s = io.StringIO("a\r\nb\rc\n", newline=None)
s.seek(2)
print(s.__getstate__())
for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO("x\ny\r\nz\r", newline=nl)
    t.seek(1)
    st = t.__getstate__()
    print(repr(nl), st)
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        attempt("  proto %d" % proto, lambda p: (lambda c: (c.getvalue(), c.tell(), c.newlines, c.readline()))(pickle.loads(pickle.dumps(t, p))), proto)
t = io.StringIO("hi")
t.bar = [1]
print(t.__getstate__())
u = copy.deepcopy(t)
print(u.getvalue(), u.bar, u.bar is t.bar)

m = io.StringIO()
m.__setstate__(("no error", "\n", 3, None))
print(repr(m.getvalue()), m.tell(), repr(m.read()))
m.__setstate__(("a\nb", "\r\n", 0, {"spam": 3}))
print(repr(m.getvalue()), m.tell(), m.spam, repr(m.readline()))
m.__setstate__(("a\r\nb", None, 1, None, "extra"))
print(repr(m.getvalue()), m.tell(), m.newlines)
attempt("bad newline", m.__setstate__, ("", "f", 0, None))
attempt("neg pos", m.__setstate__, ("", "", -1, None))
attempt("bytes value", m.__setstate__, (b"", "", 0, None))
attempt("bytes newline", m.__setstate__, ("", b"", 0, None))
attempt("float pos", m.__setstate__, ("", "", 0.0, None))
attempt("int dict", m.__setstate__, ("", "", 0, 0))
attempt("short", m.__setstate__, ("len-test", 0))
attempt("list", m.__setstate__, ["", "", 0, None])
attempt("no arg", m.__setstate__)
attempt("int arg", m.__setstate__, 0)
m.close()
attempt("closed get", m.__getstate__)
attempt("closed set", m.__setstate__, ("closed", "", 0, None))
attempt("closed short", m.__setstate__, 0)
