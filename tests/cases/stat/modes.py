# _stat: the S_IS* tests, S_IMODE/S_IFMT, filemode, the constants, and the argument errors.
import _stat

kinds = [_stat.S_IFDIR, _stat.S_IFCHR, _stat.S_IFBLK, _stat.S_IFREG, _stat.S_IFIFO, _stat.S_IFLNK, _stat.S_IFSOCK, 0]
tests = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK", "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
for kind in kinds:
    mode = kind | 0o644
    print(oct(mode), [name for name in tests if getattr(_stat, name)(mode)], _stat.filemode(mode),
          oct(_stat.S_IMODE(mode)), oct(_stat.S_IFMT(mode)))
for mode in [0o4755, 0o4644, 0o2755, 0o2644, 0o1777, 0o1776, 0o7000, 0o7777, 0o170777, 0]:
    print(oct(mode), _stat.filemode(mode | _stat.S_IFREG), _stat.filemode(mode))
names = sorted(n for n in dir(_stat) if n.isupper() and isinstance(getattr(_stat, n), int))
print([(n, getattr(_stat, n)) for n in names])
print(_stat.S_ISDIR(True), _stat.S_IMODE(2**32 - 1))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: _stat.S_ISDIR("x"))
show(lambda: _stat.S_ISDIR(1.5))
show(lambda: _stat.S_ISDIR(-1))
show(lambda: _stat.S_ISDIR(-2**70))
show(lambda: _stat.S_ISDIR(2**40))
show(lambda: _stat.filemode(2**32))
show(lambda: _stat.S_ISREG())
show(lambda: _stat.filemode(1, 2))
