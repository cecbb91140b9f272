# strftime, asctime and mktime over explicit time tuples (deterministic), plus ctime's shape.
import time

t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %j %y %p %I %%", t))
print(time.strftime("", t), repr(time.strftime("x", t)))
print(time.asctime(t))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(type(time.mktime(t)).__name__, time.mktime(t) - time.mktime((2024, 3, 4, 14, 7, 9, 0, 64, 0)))
print(len(time.ctime()), len(time.ctime(0)) == 24, type(time.strftime("%Y")).__name__, len(time.asctime()))
for bad in ((2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2, 3), "x"):
    try:
        print(time.strftime("%Y", bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime(1)
except TypeError as e:
    print(e)
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1), len(time.tzname))
