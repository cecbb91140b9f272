import copy
for s in [b"abc", bytearray(b"xyz"), b""]:
    it = iter(s)
    print(it.__reduce__()); next(it, None); print(it.__reduce__())
    print(list(copy.copy(it)), list(copy.deepcopy(it)), list(it)); print(it.__reduce__())
for s in [b"abcd", bytearray(b"abcd")]:
    for i in (3, -3, 30):
        it = iter(s); it.__setstate__(i); print(list(it))
