# fcntl: flags through fcntl(), buffers through fcntl()/ioctl(), flock and lockf, argument errors.
import fcntl
import os


FIONREAD = 0x541B  # termios.FIONREAD on Linux
r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print(flags & os.O_NONBLOCK == 0)
print(fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK))
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK != 0, os.get_blocking(r))
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fd = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 40)
print(fd >= 40, os.get_inheritable(fd))
os.close(fd)
os.write(w, b"hello")
print(fcntl.ioctl(r, FIONREAD, b"\0\0\0\0"))
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf), int.from_bytes(buf, "little"))
print(fcntl.fcntl(r, fcntl.F_GETPIPE_SZ) > 0)

class F:
    def fileno(self):
        return w

print(fcntl.fcntl(F(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
name = "fcntl_basic.tmp"
with open(name, "w") as f:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX)
    fcntl.lockf(f, fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0, 0)
os.remove(name)
for args in ((-1, fcntl.F_GETFD), ("a", 1), (r, fcntl.F_GETFD, "x" * 1025), (r, 99999),
             (r, 99999, b"abc"), (1000, fcntl.F_GETFD)):
    try:
        fcntl.fcntl(*args)
    except Exception as e:
        print(type(e).__name__, e)
for function, args in ((fcntl.flock, (-1, fcntl.LOCK_SH)), (fcntl.lockf, (r, 0)), (fcntl.ioctl, (r, 1, "x" * 1025))):
    try:
        function(*args)
    except Exception as e:
        print(type(e).__name__, e)
os.close(r)
os.close(w)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_RDLCK, fcntl.F_WRLCK, fcntl.F_UNLCK)
