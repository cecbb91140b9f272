# os.utime: times in seconds, in nanoseconds, now; CPython's argument errors.
import os
name = "_utime_tmp.txt"
with open(name, "w") as f:
    f.write("x")
os.utime(name, (1000000000, 1500000000))
st = os.stat(name)
print(int(st.st_atime), int(st.st_mtime))
os.utime(name, (1.5, 2.25))
print(os.stat(name).st_mtime)
os.utime(name, ns=(3000000000, 4500000000))
print(os.stat(name).st_mtime_ns if hasattr(os.stat(name), "st_mtime_ns") else int(os.stat(name).st_mtime * 1e9))
os.utime(name)
print(os.stat(name).st_mtime > 1500000000)
for args, kwargs in (((name, 5), {}), ((name, (1,)), {}), ((name, (1, 2)), {"ns": (1, 2)}), ((name,), {"ns": (1,)})):
    try:
        os.utime(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.remove(name)
try:
    os.utime(name)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
