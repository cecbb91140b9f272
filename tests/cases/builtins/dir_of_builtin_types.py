import sys
types_ = [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, enumerate, map, filter, memoryview]
for t in types_:
    print(t.__name__, sorted(set(dir(t))))
