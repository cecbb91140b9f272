# List slicing: reads, step slices, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-2:-8:-3])
print(a[5:2], a[20:], a[-20:2])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
a[-1:] = "ab"
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3, 4, 5]
c[1:4] = []
print(c)
c[len(c):] = [6, 7]
print(c)
print(c[slice(1, None)], c[slice(None, None, -2)])
m = [[1, 2], [3, 4]]
row = m[0][:]
row.append(9)
print(m, row)
s = ["a", "b", "c", "d", "e", "f"]
print(s[1:-1], s[-1::-2], s[:-10], s[4:100])
s[1:5:2] = ["B", "D"]
print(s)
t = list(range(5))
t[3:] = t[:3]
print(t)
