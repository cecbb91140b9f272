# os.fdopen(): a file object over an existing descriptor, through io.open.
import os

path = "_tmp_os_fdopen.txt"
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
with os.fdopen(fd, "w") as f:
    print(type(f).__name__, f.name == fd, f.mode, f.encoding)
    f.write("via fdopen\n")
fd = os.open(path, os.O_RDONLY)
with os.fdopen(fd, "rb") as f:
    print(type(f).__name__, f.read())
fd = os.open(path, os.O_RDONLY)
f = os.fdopen(fd, closefd=False)
print(f.readline(), end="")
f.close()
os.close(fd)
for bad in ("x", 1.5, None):
    try:
        os.fdopen(bad)
    except TypeError as e:
        print("TypeError", e)
os.remove(path)
