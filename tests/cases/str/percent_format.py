# printf-style formatting with %.
print("%s and %s" % ("spam", "eggs"))
print("%d items" % 5)
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e" % (3.14159, 2.5, -1.25, 1234.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %a" % ("q", "q", "é"))
print("%c%c" % (72, "i"))
print("%%d is a literal, %d is not" % 7)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 31})
print("%s" % [1, 2], "%s" % (None,), "%s" % ((1, 2),))
print("%*d|%-*d|" % (6, 1, 6, 2))
print("%.3s" % "abcdef")
print("%g %g %g" % (0.0001, 1e-5, 123456789.0))
print("%i %u" % (-3, 4))
print("%s %d" % (True, True))
print("%.0f %.0f" % (0.5, 1.5))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("a", "b", "c"))
except TypeError as e:
    print("TypeError:", e)
for i, name in enumerate(["x", "yy", "zzz"]):
    print("%-4s|%3d|%6.2f" % (name, i, i / 3))
