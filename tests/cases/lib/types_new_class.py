# types: new_class, prepare_class, resolve_bases, get_original_bases.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, kwds)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 42
    ns["hello"] = lambda self: "hi"


A = types.new_class("A", (), {"metaclass": Meta, "flag": 1}, body)
print(type(A).__name__, A.__name__, A.x, A.prepared, A().hello())

B = types.new_class("B", (A,))
print(type(B).__name__, B.__bases__[0] is A, B.x)

C = types.new_class("C")
print(C.__bases__, type(C))

meta, ns, kw = types.prepare_class("D", (), {"metaclass": type, "a": 1})
print(meta, ns, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((int, Entry())))
E = types.new_class("E", (Entry(),))
print(E.__bases__, types.get_original_bases(E)[0].__class__.__name__)
print(types.get_original_bases(B) == (A,))
