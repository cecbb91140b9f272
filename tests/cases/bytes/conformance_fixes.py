# bytearray.join holds an export on its separator; find/count stay linear on long inputs; bytes hash like str.
array = bytearray(b",")


def clearing():
    array.clear()
    yield b"A"
    yield b"B"


try:
    array.join(clearing())
except BufferError as e:
    print("BufferError", e)
array.clear()
print(array, bytearray(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]), b"+".join([]))
for n in (1000, 100_000, 1_000_000):
    A, B = b"a" * n, b"b" * n
    haystack = A + A + B + A + A
    needle = A + B + B + A
    print(haystack.find(needle), haystack.count(needle), (haystack + needle).find(needle), (haystack + needle).count(needle),
          bytearray(haystack).find(needle), len((haystack + needle).split(needle)), len(haystack.replace(needle, b"")),
          len(haystack.partition(needle)[0]))
print(hash(b"") == 0, hash(b"abc") == hash("abc"), hash(bytearray(b"x").__class__.__name__) == hash("bytearray"))
