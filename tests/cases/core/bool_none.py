# bool is an int subclass; None is a singleton; truthiness of built-in values.
print(True, False, None)
print(True + True, True * 10, False - 1, True / 2)
print(int(True), int(False), str(True), repr(None))
print(True == 1, False == 0, True is True, None is None)
print(type(True), type(None))
print(isinstance(True, int), isinstance(1, bool))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool("a"), bool([]), bool([0]), bool(()), bool((None,)))
print(bool({}), bool({1: 2}), bool(set()), bool(None), bool(range(0)), bool(range(1)))
print(not None, not 0, not "x")
print(True & False, True | False, True ^ True, ~True)
print(hash(True) == hash(1), {True: "a", 1: "b"})
print([x for x in [0, 1, "", "s", None, [], [1]] if x])

def nothing():
    pass

print(nothing())
print(nothing() is None)
r = print("inner")
print(r)
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
print(None == 0, None == False, None != None)
print(sum([True, True, False, True]))
print(max(False, True), sorted([True, False, True]))
print(f"{True:d} {False!r} {None!s}")
