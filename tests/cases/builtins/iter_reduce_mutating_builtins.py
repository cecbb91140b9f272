# Iterator __reduce__ looks builtins.iter up first (a full dict lookup that may run __eq__), then reads its state.
import builtins, functools, traceback
builtins_dict = builtins.__dict__
orig = {"iter": iter, "reversed": reversed}
def run(builtin_name, item, sentinel=None):
    it = iter(item) if sentinel is None else iter(item, sentinel)
    class CustomStr:
        def __init__(self, name, iterator):
            self.name = name
            self.iterator = iterator
        def __hash__(self):
            return hash(self.name)
        def __eq__(self, other):
            list(self.iterator)
            return other == self.name
    del builtins_dict[builtin_name]
    builtins_dict[CustomStr(builtin_name, it)] = orig[builtin_name]
    return it.__reduce__()
types = [(EncodingMap := None, ) ] if False else [([],), ([], ), ((),), ("xyz",), (b"abc",), (bytearray(8),), ((1, 2, 3),), (lambda: 0, 0), (tuple[int],)]
try:
    for case in [("xyz",), ([1, 2, 3],)] + types:
        try:
            print(run("iter", *case))
        except Exception:
            import sys; print("ERR", sys.exc_info()[1])
        finally:
            for key, func in orig.items():
                try: del builtins_dict[key]
                except KeyError: pass
                builtins_dict[key] = func
    print(run("reversed", orig["reversed"](list(range(8)))))
finally:
    for key, func in orig.items():
        try: del builtins_dict[key]
        except KeyError: pass
        builtins_dict[key] = func


class BadIterator(object):
    def __iter__(self):
        return self

    def __next__(self):
        del BadIterator.__next__
        return 1


try:
    for i in BadIterator():
        pass
except TypeError as e:
    print('TypeError', e)
