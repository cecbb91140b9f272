# chr, ord, len, type, isinstance, callable, id-free identity checks, and friends.
print(chr(65), chr(97), chr(0x263A), chr(128013), ord("A"), ord("é"), ord("🐍"), ord("\n"))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "abz"])
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(0, 10, 3)), len(""))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__)
print(type({}).__name__, type(set()).__name__, type(None).__name__, type(len).__name__, type(type).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance("s", (int, str)))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type))
print(callable(len), callable(print), callable(lambda: 0), callable("s"), callable(str))
print(bool(len), repr(len), repr(print))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(all([1, "a", [0]]), all([1, 0]), any([0, "", None]), any(["", "x"]))
print(ascii("ü"), ascii([1, "ß"]), format(3.14159, ".2f"), format("x", ">3"))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(3, "append"))
print(dir(None) == dir(type(None)), "append" in dir([]), "__add__" in dir(1))
print(vars(type("T", (), {"a": 1}))["a"], type("T", (), {}).__name__)
print(globals()["__name__"], "chr" in dir(__builtins__) or hasattr(__builtins__, "chr"))
x = 10
print(eval("x * 2 + 1"), eval("[i for i in range(3)]"))
namespace = {}
exec("y = x + 5\ndef f():\n    return y * 2", globals(), namespace)
print(namespace["y"], sorted(namespace))
a = [1]
b = a
print(a is b, a is [1], None is None, id(a) == id(b))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
