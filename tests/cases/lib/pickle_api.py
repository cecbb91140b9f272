# pickle's classes and options: subclass hooks, memo, fast, files, Python 2 pickles, copyreg.
import copyreg
import io
import pickle

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.format_version)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.dumps([1], -1)[:2], pickle.dumps([1])[:2])


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Thing(%r)" % self.name


# persistent_id / persistent_load
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Thing):
            return ("thing", obj.name)
        return None


class PU(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, name = pid
        return "loaded " + name


for proto in (1, 2, 4, 5):
    f = io.BytesIO()
    PP(f, proto).dump([Thing("a"), 1, Thing("b")])
    print(proto, f.getvalue())
    f.seek(0)
    print(PU(f).load())


class PP0(pickle.Pickler):
    def persistent_id(self, obj):
        return "T" + obj.name if isinstance(obj, Thing) else None


f = io.BytesIO()
PP0(f, 0).dump({"t": Thing("x")})
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: pid.lower()
print(u.load())

# assigning persistent_id to an instance
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda obj: 7 if obj == "seven" else None
p.dump(["seven", "eight"])
print(f.getvalue())


# dispatch_table, per pickler and per class
def reduce_thing(t):
    return (Thing, ("via table " + t.name,))


f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Thing] = reduce_thing
p.dump(Thing("t"))
print(f.getvalue(), pickle.loads(f.getvalue()))


class TablePickler(pickle.Pickler):
    dispatch_table = {Thing: lambda t: (str, ("string " + t.name,))}


f = io.BytesIO()
TablePickler(f, 4).dump([Thing("u")])
print(f.getvalue(), pickle.loads(f.getvalue()))


# reducer_override
class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len:
            return (str, ("len was here",))
        if isinstance(obj, Thing):
            return (Thing, (obj.name.upper(),))
        return NotImplemented


f = io.BytesIO()
Override(f, 5).dump([len, Thing("v"), 3, Thing])
print(f.getvalue(), pickle.loads(f.getvalue()))


# find_class
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ("builtins", "__builtin__") and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Thing("w")))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)

# memo, clear_memo, fast
f = io.BytesIO()
p = pickle.Pickler(f, 2)
s = ["shared"]
p.dump(s)
m = p.memo.copy()
print(len(m), sorted(v[0] for v in m.values()))
p.dump(s)
p.clear_memo()
p.dump(s)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a = u.load()
b = u.load()
c = u.load()
print(a, b, c, a is b, a is c)
print(f.read())

f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
x = [1]
p.dump([x, x])
print(f.getvalue())

# several pickles in one file, read back one at a time
f = io.BytesIO()
for proto in range(6):
    pickle.dump(("p", proto, [proto] * 3), f, proto)
f.write(b"tail")
f.seek(0)
for proto in range(6):
    print(pickle.load(f))
print(f.read())

# Python 2 pickles: str as STRING/BINSTRING, encodings, __builtin__ names
py2 = b"(dp0\nS'key'\np1\nS'caf\\xc3\\xa9'\np2\nsS'n'\np3\nL12345678901234567890L\nsS'x'\nc__builtin__\nxrange\np4\n(I0\nI3\nI1\ntRp5\ns."
print(sorted(pickle.loads(py2, encoding="latin1").items()))
print(sorted(pickle.loads(py2, encoding="bytes").items()))
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="ASCII"))
print(pickle.loads(b"\x80\x02T\x03\x00\x00\x00\xff\xfe\xfdq\x00.", encoding="latin1"))
try:
    pickle.loads(b"\x80\x02U\x02\xc3\xa9q\x00.")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
print(pickle.loads(b"c__builtin__\nset\n((lp0\nI1\naI2\natR.", fix_imports=True))
try:
    pickle.loads(b"c__builtin__\nset\n((lp0\nI1\naI2\natR.", fix_imports=False)
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
print(pickle.dumps(set([1]), 2, fix_imports=False))
print(pickle.dumps(ValueError("v"), 2))
print(pickle.loads(pickle.dumps(ValueError("v"), 2)).args)
print(pickle.dumps(FileNotFoundError(2, "gone"), 1))


# state_setter, listitems/dictitems, __reduce_ex__ receiving the protocol
def set_state(obj, state):
    obj.name = "set " + state


class Custom:
    def __reduce_ex__(self, proto):
        return (Thing, ("p%d" % proto,), "st", iter([]), None, set_state)


for proto in (0, 2, 5):
    data = pickle.dumps(Custom(), proto)
    print(proto, data, pickle.loads(data).name)


class ListLike(list):
    def __reduce__(self):
        return (ListLike, (), {"extra": 1}, iter(self), None)


class DictLike(dict):
    def __reduce__(self):
        return (DictLike, (), None, None, iter(self.items()))


for proto in (0, 1, 4):
    l = ListLike([1, 2, 3])
    d = DictLike(a=1, b=2)
    data = pickle.dumps([l, d], proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0].extra, type(back[1]).__name__)

# copyreg extension codes
copyreg.add_extension("__main__", "Thing", 240)
copyreg.add_extension("__main__", "Custom", 70000)
try:
    print(pickle.dumps(Thing, 2), pickle.dumps(Custom, 4), pickle.dumps(Thing, 1))
    print(pickle.loads(pickle.dumps(Thing, 2)) is Thing, pickle.loads(pickle.dumps([Custom, Custom], 2)))
finally:
    copyreg.remove_extension("__main__", "Thing", 240)
    copyreg.remove_extension("__main__", "Custom", 70000)

# recursion through instances and tuples
t = Thing("loop")
t.self = t
t.pair = (t, [t])
for proto in range(6):
    back = pickle.loads(pickle.dumps(t, proto))
    print(proto, back.self is back, back.pair[0] is back, back.pair[1][0] is back)
lst = []
tup = (lst,)
lst.append(tup)
for proto in range(6):
    data = pickle.dumps(tup, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back)

# static methods of built-in types are saved as getattr(type, name)
print(str.maketrans.__qualname__, str.maketrans.__self__)
for proto in (0, 2, 3):
    data = pickle.dumps(str.maketrans, proto)
    print(proto, data, pickle.loads(data) is str.maketrans)
