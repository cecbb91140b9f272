# Mutating set methods and iteration.
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 7], (9,))
print(sorted(s))
s.discard(7)
s.discard(42)
s.remove(9)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = {4, 5, 6}
t.intersection_update({5, 6, 7})
print(t)
t.difference_update({6})
print(t)
t.symmetric_difference_update({5, 8})
print(sorted(t))
t.clear()
print(t, bool(t))
seen = set()
unique = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, len(seen))
tags = {"red", "green"}
tags.add("blue")
print(sorted(tags), "red" in tags)
for tag in sorted(tags):
    print(tag.upper())
print(sorted({c for c in "mississippi"}))
print(repr(set()), repr(frozenset()), repr({0}))
