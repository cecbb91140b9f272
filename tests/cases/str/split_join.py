# str.split/rsplit/splitlines and str.join.
s = "the quick  brown fox"
print(s.split())
print(s.split(" "))
print(s.split(" ", 1))
print(s.rsplit(" ", 1))
print(s.split("o"))
print("a,b,,c,".split(","))
print("  leading and trailing  ".split())
print("".split(), "".split(","))
print("one\ttwo\nthree  four".split())
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2))
print("x".split("x"), "xx".split("x"))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\n".splitlines(keepends=True))
print("no newline".splitlines(), "".splitlines())

words = ["alpha", "beta", "gamma"]
print(", ".join(words))
print("".join(words))
print("-".join("abc"))
print(" ".join(str(n) for n in range(5)))
print("\n".join(["first", "second"]))
print("+".join([]))
print("/".join(["", "usr", "lib", ""]))
print(",".join(map(str, [1.5, 2, True])))

csv = "name=Ann;age=31;city=Oslo"
record = dict(item.split("=") for item in csv.split(";"))
print(record)
print(";".join(f"{k}={v}" for k, v in record.items()))
print("a b c".partition(" "), "a b c".rpartition(" "), "abc".partition("x"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
