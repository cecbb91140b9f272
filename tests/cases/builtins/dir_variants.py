# dir() of a module whose __dict__ is not a dict, of mapping locals, of objects hiding __class__, of tracebacks.
import types


def check(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


class BadModule(types.ModuleType):
    __dict__ = 8


check("bad module", lambda: dir(BadModule("foo")))


class NotSequence:
    def __dir__(self):
        return 7


check("__dir__ int", lambda: dir(NotSequence()))


class Mapping:
    def __getitem__(self, key):
        if key == "a":
            return 12
        raise KeyError
    def keys(self):
        return list("xyz")


class DictKeys(dict):
    def keys(self):
        return list("xyz")


class BadKeys(dict):
    def keys(self):
        return 5


check("mapping", lambda: eval("dir()", globals(), Mapping()))
check("dict subclass", lambda: eval("dir()", globals(), DictKeys()))
check("bad keys", lambda: eval("dir()", globals(), BadKeys()))


class HiddenClass:
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"


check("hidden __class__", lambda: dir(HiddenClass()))


class Proxy:
    @property
    def __class__(self):
        return int
    def mine(self):
        pass


check("proxy", lambda: ("mine" in dir(Proxy()), "bit_length" in dir(Proxy())))
try:
    raise IndexError
except IndexError as e:
    check("traceback", lambda: dir(e.__traceback__))
