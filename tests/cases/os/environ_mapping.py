# os.environ as CPython's _Environ: key checks, KeyError without context, | and |= with mappings, iteration
# over a snapshot; putenv/unsetenv argument errors; get_exec_path with str and bytes PATH keys.
import os
def t(label, f, *a, **k):
    try: print(label, repr(f(*a, **k)))
    except Exception as e: print(label, type(e).__name__, e, e.__suppress_context__)
for name in ('', '=name', 'na=me', 'name=', 'name\0', 'na\0me', '=\0', b'x\0', 1):
    t("putenv %r" % (name,), os.putenv, name, "value")
    t("unsetenv %r" % (name,), os.unsetenv, name)
t("putenv value null", os.putenv, "GINGER_X", "a\0b")
t("putenv value int", os.putenv, "GINGER_X", 1)
t("get missing", lambda: os.environ['missingkey'])
t("del missing", lambda: os.environ.__delitem__('missingkey'))
t("get int", lambda: os.environ[1])
t("del int", lambda: os.environ.__delitem__(1))
t("set int", lambda: os.environ.__setitem__(1, "x"))
t("set int value", lambda: os.environ.__setitem__("x", 1))
t("or items", os.environ.__or__, [("a", "b")])
t("ror items", os.environ.__ror__, [("a", "b")])
os.environ.clear()
os.environ["A"] = "1"
d = os.environ | {"B": "2"}
print(type(d).__name__, sorted(d.items()))
d = {"A": "0", "B": "2"} | os.environ
print(type(d).__name__, sorted(d.items()))
e = os.environ
e |= {"C": "3"}
print(e is os.environ, sorted(os.environ.items()), os.getenv("C"))
e |= [("D", "4")]
print(sorted(os.environ.items()))
t("ior int", e.__ior__, 5)
print(type(os.environ.keys()).__name__, type(os.environ.items()).__name__, type(os.environ.values()).__name__)
for view in (os.environ, os.environ.keys(), os.environ.items(), os.environ.values()):
    it = iter(view)
    next(it)
    os.environ["NEW"] = "x"
    print(type(view).__name__, next(it, "done"))
    del os.environ["NEW"]
print(os.get_exec_path({}), os.get_exec_path({"PATH": ""}), os.get_exec_path({b"PATH": b"abc"}))
print(os.get_exec_path({b"PATH": "abc"}), os.get_exec_path({"PATH": b"a:b"}))
t("mixed", os.get_exec_path, {"PATH": "1", b"PATH": b"2"})
os.environ["PATH"] = "/x:/y"
print(os.get_exec_path())
t("copy", lambda: type(os.environ.copy()).__name__)
