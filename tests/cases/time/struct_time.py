# gmtime and struct_time (UTC only, so deterministic), and localtime's shape.
import time

t = time.gmtime(0)
print(t)
print(type(t).__name__, isinstance(t, tuple), len(t), t[0], t[-1], t[:3], tuple(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff)
print(time.gmtime(1709647629.9))
print(time.gmtime(-1), time.gmtime(951782400).tm_yday, time.gmtime(True).tm_sec)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %j", time.gmtime(1234567890)))
print(time.asctime(time.gmtime(1234567890)))
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(t) == hash(tuple(t)))
s = time.struct_time((2020, 2, 29, 12, 30, 0, 5, 60, -1))
print(s, s.tm_mday, s.tm_zone)
s = time.struct_time([2020, 2, 29, 12, 30, 0, 5, 60, -1, "XYZ", 3600])
print(s.tm_zone, s.tm_gmtoff, len(s))
for bad in ((1, 2, 3), list(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
lt = time.localtime()
print(type(lt).__name__, len(lt), lt.tm_year >= 2024, type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(time.localtime(1e9)[:1] in ((2001,),), abs(time.mktime(time.localtime(1e9)) - 1e9) < 1)
for args in (("x",), (float("nan"),), (1e300,), (1, 2)):
    try:
        time.gmtime(*args)
    except Exception as e:
        print(type(e).__name__, e)
