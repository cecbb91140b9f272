# Constructing the singletons' types, bool(NotImplemented), len() results and the str/bytes hash agreement.
import sys
import warnings

for value in (None, Ellipsis, NotImplemented):
    kind = type(value)
    print(kind() is value)
    for args, kwargs in (((1,), {}), ((), {"a": 2})):
        try:
            kind(*args, **kwargs)
        except TypeError as e:
            print(e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
print([(w.category.__name__, str(w.message)) for w in caught])


class Index:
    def __index__(self):
        return 3


for result in (-sys.maxsize - 10, sys.maxsize + 1, -1, 2.0, Index(), True):
    class Sized:
        def __len__(self, result=result):
            return result
    try:
        print(len(Sized()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash("") == 0, hash(b"") == 0)
print(hash("spam") == hash(b"spam") == hash(memoryview(b"spam")))
print(hash("sp\xe9m") == hash(b"sp\xe9m"))

for obj in ([], (), "", b"", {}, set(), range(3), bytearray(), reversed([])):
    kind = type(iter(obj)) if not hasattr(obj, "__next__") else type(obj)
    try:
        kind()
    except TypeError as e:
        print(e)
