# pickle's errors: the exception types and messages of CPython 3.12's pickle.
import _strip_dir  # (prints paths relative to this directory)
import copyreg
import io
import pickle
import re


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))
    else:
        print(label, "ok", r)


t("empty", lambda: pickle.loads(b''))
t("truncated", lambda: pickle.loads(b'K'))
t("truncated frame", lambda: pickle.loads(b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K'))
t("bad key", lambda: pickle.loads(b'z'))
t("bad key nul", lambda: pickle.loads(b'\x00'))
t("bad key quote", lambda: pickle.loads(b"'"))
t("persid", lambda: pickle.loads(b'Pabc\n.'))
t("memo", lambda: pickle.loads(b'h\x05.'))
t("underflow", lambda: pickle.loads(b'a.'))
t("mark", lambda: pickle.loads(b'(a.'))
t("no mark", lambda: pickle.loads(b't.'))
t("proto", lambda: pickle.loads(b'\x80\x09.'))
t("global", lambda: pickle.loads(b'c__main__\nnope\n.'))
t("nomodule", lambda: pickle.loads(b'cnomod_xyz\nx\n.'))
t("string", lambda: pickle.loads(b"S'abc\n."))
t("newobj", lambda: pickle.loads(b'\x80\x02c__builtin__\nobject\nK\x01\x81.'))
t("ext", lambda: pickle.loads(b'\x82\x05.'))
t("ext0", lambda: pickle.loads(b'\x82\x00.'))
t("buffers", lambda: pickle.loads(b'\x97.'))
t("buffers empty", lambda: pickle.loads(b'\x97.', buffers=[]))
t("unicode arg", lambda: pickle.loads("abc"))
t("extra after stop", lambda: pickle.loads(b'K\x01.K'))


def f():
    def g():
        pass
    return g


t("local", lambda: pickle.dumps(f()))
t("local0", lambda: pickle.dumps(f(), 0))
g = f()
g.__qualname__ = 'g'
g.__module__ = 'nomod_xyz'
t("import", lambda: pickle.dumps(g))
g.__qualname__ = 'a.b'
g.__module__ = '__main__'
t("lookup", lambda: pickle.dumps(g))
h = f()
h.__qualname__ = 'f'
t("not same", lambda: pickle.dumps(h))


class A:
    pass


for value in [5, (1,), (len,), (len, 1), (len, (), None, 1), (len, (), None, None, 1),
              (len, (), None, None, None, 1), (len, (), None, None, None, None, 1),
              (copyreg.__newobj__, ()), (copyreg.__newobj__, (1,)), (copyreg.__newobj__, (int,))]:
    A.__reduce__ = lambda self, value=value: value
    t("reduce %s" % re.sub(" at 0x[0-9a-f]+", "", repr(value)), lambda: pickle.dumps(A(), 2))
for value in [(int,), (1, (), {}), (A, 1, {}), (A, (), 1), (int, (), {})]:
    A.__reduce__ = lambda self, value=value: (copyreg.__newobj_ex__, value)
    t("newobj_ex %r" % (value,), lambda: pickle.dumps(A(), 4))
t("protocol", lambda: pickle.dumps(1, 6))
t("no write", lambda: pickle.Pickler(None))
t("no read", lambda: pickle.Unpickler(None))
t("callback", lambda: pickle.dumps(1, 4, buffer_callback=print))
t("persistent_id attr", lambda: pickle.Pickler(io.BytesIO()).persistent_id)


class P(pickle.Pickler):
    def persistent_id(self, o):
        return 'é' if o == 'q' else None


t("persid ascii", lambda: P(io.BytesIO(), 0).dump(['q']))


class P2(pickle.Pickler):
    def __init__(self):
        pass


t("no init", lambda: P2().dump(1))


class U(pickle.Unpickler):
    def __init__(self):
        pass


t("no uinit", lambda: U().load())


class Slots:
    __slots__ = ('a',)


t("slots proto 0", lambda: pickle.dumps(Slots(), 0))
t("lambda", lambda: pickle.dumps(lambda: 0))
t("generator", lambda: pickle.dumps((i for i in [])))
t("module", lambda: pickle.dumps(io))
t("bad state", lambda: pickle.loads(b'\x80\x02c__main__\nA\n)\x81K\x01b.'))
