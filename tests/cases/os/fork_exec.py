# _posixsubprocess.fork_exec (what subprocess.Popen calls) with os.waitpid and the wait-status helpers.
import _posixsubprocess
import os


def read_all(fd):
    data = b""
    while chunk := os.read(fd, 1000):
        data += chunk
    os.close(fd)
    return data


def spawn(argv, executable, cwd=None, env=None, stdout=-1):
    errpipe_read, errpipe_write = os.pipe()
    pid = _posixsubprocess.fork_exec(
        argv, [executable], True, (errpipe_write,), cwd, env,
        -1, -1, -1, stdout, -1, -1,
        errpipe_read, errpipe_write,
        True, False, -1, None, None, None, -1, None, False)
    os.close(errpipe_write)
    return pid, read_all(errpipe_read)


read_end, write_end = os.pipe()
pid, error = spawn([b"echo", b"hello from a child"], b"/bin/echo", stdout=write_end)
os.close(write_end)
print(error, read_all(read_end))
waited, status = os.waitpid(pid, 0)
print(waited == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

pid, error = spawn([b"sh", b"-c", b"exit 7"], b"/bin/sh")
status = os.waitpid(pid, 0)[1]
print(error, os.WIFEXITED(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))

pid, error = spawn([b"sh", b"-c", b"kill -9 $$"], b"/bin/sh")
status = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

read_end, write_end = os.pipe()
pid, error = spawn([b"sh", b"-c", b"echo $GREETING; pwd"], b"/bin/sh", cwd=b"/", env=[b"GREETING=hi"], stdout=write_end)
os.close(write_end)
print(read_all(read_end))
os.waitpid(pid, 0)

# Failures before exec come back through the error pipe, for subprocess.py to raise.
pid, error = spawn([b"x"], b"/nonexistent/program")
print(error, os.waitpid(pid, 0)[1] != 0)
pid, error = spawn([b"x"], b"/bin/echo", cwd=b"/nonexistent")
print(error, os.waitpid(pid, 0)[1] != 0)

pid = os.getpid()
try:
    os.waitpid(pid, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
