# Indexing, slicing (with steps and negative bounds) and membership on strings.
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[-1:-6:-1], s[10:2:-2])
print(repr(s[5:5]), repr(s[100:]), repr(s[-100:3]), repr(s[3:1]))
print(s[2:100], s[-100:100] == s)
print(len(s), len(""), len("ünïcödé"))
print("World" in s, "world" in s, "" in s, "o, W" in s)
print(s.index("o"), s[s.index("o"):])
u = "naïve café ☕"
print(u[2], u[-1], u[::-1], len(u), u[6:10])
for ch in "abc":
    print(ch, ord(ch))
print([c for c in "a1b2" if c.isdigit()])
print("ab" * 3, 3 * "-", "x" * 0, "a" + "b" + "c")
try:
    s[50]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
t = s[:5]
t += "!"
print(t, s)
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
print(s[slice(0, 5)], s[slice(None, None, 3)])
