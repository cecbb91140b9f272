# errno: the names CPython 3.12 defines on Linux, their values, and errorcode.
import errno

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names))
for name in names:
    print(name, getattr(errno, name))
print(type(errno.errorcode).__name__, len(errno.errorcode))
print(errno.errorcode[errno.ENOENT], errno.errorcode[2])
# Shared numbers map to the later name.
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(errno.__name__, errno.__doc__.splitlines()[0])
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
