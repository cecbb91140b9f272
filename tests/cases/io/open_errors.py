# open()'s argument checks, with CPython's messages.
import os


def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, str(e).replace(os.getcwd(), "."))
    else:
        print("opened", type(f).__name__)
        f.close()


path = "_tmp_open_errors.txt"
with open(path, "w") as f:
    f.write("x")

attempt(None)
attempt([])
attempt(1.5)
attempt(path, 5)
attempt(path, "r", 1.5)
attempt(path, encoding=5)
attempt(path, errors=5)
attempt(path, newline=5)
for mode in ("rw", "rr", "q", "U", "tb", "b", "+", "r+x", "wa", "rt+", "bt"):
    attempt(path, mode)
attempt(path, "rb", encoding="utf-8")
attempt(path, "rb", errors="strict")
attempt(path, "rb", newline="")
attempt(path, "r", buffering=0)
attempt(path, "rb", buffering=0)
attempt(path, newline="x")
attempt("_tmp_missing_dir/x.txt")
attempt(".")
attempt(-1)
attempt("nul\0byte")
attempt(path, closefd=False)
attempt(path, opener=lambda name, flags: -1)
attempt(path, opener=lambda name, flags: "fd")
attempt(path, encoding="no-such-codec")
attempt(path, "r", -5)
attempt(path, mode="rt", buffering=1, encoding="ascii", errors="strict", newline="\r\n", closefd=True, opener=None)
attempt(path, "r", nonsense=1)
attempt()

fd = os.open(path, os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.name == fd, f.read(), f.buffer.raw.closefd)
with open(fd) as f:
    print(f.read())
try:
    os.close(fd)
except OSError as e:
    print("OSError", e.errno)


def opener(name, flags):
    print("opener", name == path, flags & os.O_WRONLY == 0)
    return os.open(name, flags)


with open(path, opener=opener) as f:
    print(f.read())
os.remove(path)
