# posix functions beyond the basics: uname, times, process ids, descriptors flags, fork/exec, sysconf.
import os
import sys

u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, isinstance(u.release, str))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user == t[0])
load = os.getloadavg()
print(type(load).__name__, len(load), all(isinstance(x, float) for x in load))
print(os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))
print(type(os.getgroups()).__name__)
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]))
try:
    os.sysconf("SC_NOPE")
except ValueError as e:
    print("ValueError", e)
try:
    os.sysconf(1.5)
except TypeError as e:
    print("TypeError", e)
print(os.error is OSError, os.EX_USAGE, os.EX_CONFIG, os.WNOHANG, os.O_ACCMODE)

r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_inheritable(r, True)
os.set_blocking(r, False)
print(os.get_inheritable(r), os.get_blocking(r))
r2, w2 = os.pipe2(os.O_NONBLOCK)
print(os.get_inheritable(r2), os.get_blocking(r2))
fd = os.dup2(r, 60)
print(fd, os.get_inheritable(60))
fd = os.dup2(r, 61, inheritable=False)
print(fd, os.get_inheritable(61))
print(os.isatty(r), os.device_encoding(r))
try:
    os.ttyname(r)
except OSError as e:
    print(type(e).__name__, e.errno == 25)
os.closerange(60, 62)
try:
    os.fstat(60)
except OSError as e:
    print(type(e).__name__, e)
for x in (r, w, r2, w2):
    os.close(x)

name = "posix_more.tmp"
with open(name, "wb") as f:
    f.write(b"0123456789")
    f.flush()
    os.fsync(f)
    os.fsync(f.fileno())
os.truncate(name, 4)
print(os.stat(name).st_size)
fd = os.open(name, os.O_RDWR)
os.ftruncate(fd, 2)
os.truncate(fd, 1)
os.fchmod(fd, 0o600)
print(os.stat(name).st_size, oct(os.stat(name).st_mode & 0o777))
st = os.stat(name)
os.chown(name, -1, -1)
os.lchown(name, st.st_uid, -1)
os.fchown(fd, -1, st.st_gid)
os.close(fd)
os.remove(name)
try:
    os.truncate(name, 0)
except FileNotFoundError as e:
    print(e)
try:
    os.chown(name, -1, -1)
except FileNotFoundError as e:
    print(e)

print(os.WIFEXITED(0), os.WCOREDUMP(0), os.WIFCONTINUED(0xffff))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(5)
got, status = os.waitpid(pid, 0)
print(got == pid, os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 3"])
got, status = os.wait()
print(got == pid, os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.execlp("sh", "sh", "-c", "exit $X", )
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ("sh", "-c", "exit $X"), {"X": "9"})
print(os.waitstatus_to_exitcode(os.wait()[1]))
for bad in ("x", [], [""]):
    try:
        os.execv("/bin/sh", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.execv("/nonexistent/prog", ["prog"])
except FileNotFoundError as e:
    print(e)
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)))
print(isinstance(os.sched_getaffinity(0), set), os.nice(0) == os.nice(0))
s = os.statvfs(".")
print(type(s).__name__, len(s), s.f_bsize == s[0], s == os.statvfs(os.open(".", os.O_RDONLY)))
print(os.fstatvfs(1).f_namemax == os.fstatvfs(1)[9], repr(s).startswith("os.statvfs_result(f_bsize="))
try:
    os.statvfs("no such dir")
except FileNotFoundError as e:
    print(e)
master, slave = os.openpty()
print(os.isatty(slave), os.isatty(master), os.get_inheritable(master))
for kwargs in ({}, {"before": None}, {"after_in_child": 2}):
    try:
        os.register_at_fork(**kwargs)
    except TypeError as e:
        print(e)
calls = []
os.register_at_fork(before=lambda: calls.append("before1"), after_in_parent=lambda: calls.append("parent"))
os.register_at_fork(before=lambda: calls.append("before2"), after_in_child=lambda: os._exit(0))
pid = os.fork()
os.waitpid(pid, 0)
print(calls)
for bad in (-1, 2**64):
    try:
        os.major(bad)
    except OverflowError as e:
        print(e)
print(os.getresuid()[0] == os.getuid(), os.getresgid()[1] == os.getegid())
print(os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0))
os.seteuid(os.geteuid())
os.setegid(os.getegid())
print(os.sched_get_priority_min(os.SCHED_FIFO), os.sched_get_priority_max(os.SCHED_FIFO))
for function, value in ((os.setuid, -2), (os.setegid, -5)):
    try:
        function(value)
    except OverflowError as e:
        print(e)
