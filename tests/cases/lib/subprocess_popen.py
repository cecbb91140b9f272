# subprocess.Popen: pipes, communicate (input, several pipes, timeout), wait/poll, signals, file descriptors
# and the POSIX options (cwd, env, umask, start_new_session, process_group, preexec_fn, pass_fds...).
import io
import os
import signal
import subprocess
import sys
import tempfile

PY = sys.executable
PIPE = subprocess.PIPE

# Pipes as file objects.
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr, isinstance(p.pid, int), p.returncode)
p.stdin.write(b"line one\n")
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.returncode, p.poll())

# Text mode wraps them in TextIOWrapper.
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.stdin.encoding, p.text_mode, p.universal_newlines)
out, err = p.communicate("t\u00e9xt\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, encoding="latin-1")
print(p.communicate("\u00e9")[0] == "\u00e9", p.stdout.closed)
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, bufsize=0)
print(type(p.stdin).__name__, type(p.stdout).__name__)
p.communicate()
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True, bufsize=1)
print(p.stdin.line_buffering)
p.stdin.write("abc\n")  # line buffered: reaches the child without a flush
print(repr(p.stdout.readline()))
p.communicate()

# communicate over three pipes with more data than a pipe holds: no deadlock.
code = ("import sys\n"
        "data = sys.stdin.buffer.read()\n"
        "sys.stderr.buffer.write(data[::-1])\n"
        "sys.stdout.buffer.write(data.upper())\n")
payload = b"abcdefgh" * 100000
p = subprocess.Popen([PY, "-c", code], stdin=PIPE, stdout=PIPE, stderr=PIPE)
out, err = p.communicate(payload)
print(len(out), out[:8], len(err), err[:8], p.returncode)
print(p.stdin.closed, p.stdout.closed, p.stderr.closed)
print(p.communicate())  # again: nothing more to read

# communicate with a timeout, then again after it.
p = subprocess.Popen([PY, "-c", "import sys, time; print('early', flush=True); time.sleep(30)"], stdout=PIPE)
try:
    p.communicate(timeout=1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout, e.output, e.stdout, e.stderr)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)
try:
    p.communicate(b"late")
except ValueError as e:
    print("ValueError", e)

# wait with a timeout, poll, terminate, kill, send_signal: negative return codes.
p = subprocess.Popen(["sleep", "30"])
print(p.poll())
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout, e.output)
p.terminate()
print(p.wait(), p.poll())
p.terminate()  # dead already: nothing happens
p.kill()
p = subprocess.Popen(["sleep", "30"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGUSR1)
print(p.wait())
p = subprocess.Popen(["/bin/sh", "-c", "kill -9 $$"])
print(p.wait())
err = subprocess.CalledProcessError(p.returncode, ["x"])
print(err)

# The context manager closes the pipes and waits.
with subprocess.Popen(["echo", "ctx"], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)
with subprocess.Popen([PY, "-c", "import sys; sys.exit(3)"], stdin=PIPE) as p:
    pass
print(p.returncode, p.stdin.closed)

# stdin/stdout/stderr as descriptors, file objects, DEVNULL and STDOUT.
with tempfile.TemporaryFile() as f:
    subprocess.call(["echo", "to file"], stdout=f)
    subprocess.call("echo to fd >&2", shell=True, stderr=f.fileno())
    subprocess.call("echo both; echo both2 >&2", shell=True, stdout=f, stderr=subprocess.STDOUT)
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(subprocess.check_output(["cat"], stdin=f))
    f.seek(0)
    print(subprocess.check_output(["cat"], stdin=f.fileno()))
print(subprocess.check_output(["cat"], stdin=subprocess.DEVNULL))
p = subprocess.Popen(["/bin/sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=PIPE)
print(p.communicate())
p = subprocess.Popen([PY, "-c", "import sys; print(sys.stdin, sys.stdin.read())"], stdout=PIPE, stdin=subprocess.DEVNULL)
print(p.communicate()[0][-2:])

# pass_fds and close_fds.
r, w = os.pipe()
os.set_inheritable(w, True)
code = "import os, sys; os.write(int(sys.argv[1]), b'via fd')"
subprocess.call([PY, "-c", code, str(w)], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.set_inheritable(w, True)
code = ("import os, sys\n"
        "try:\n"
        "    os.write(int(sys.argv[1]), b'x')\n"
        "    print('open')\n"
        "except OSError as e:\n"
        "    print('closed', e.errno)\n")
print(subprocess.check_output([PY, "-c", code, str(w)], close_fds=True))
print(subprocess.check_output([PY, "-c", code, str(w)], close_fds=False))
os.close(w)
os.close(r)

# cwd, umask, start_new_session, process_group, preexec_fn, restore_signals.
with tempfile.TemporaryDirectory() as tmp:
    subprocess.call(["touch", "made"], cwd=tmp, umask=0o077)
    print(oct(os.stat(os.path.join(tmp, "made")).st_mode & 0o777))
code = "import os; print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid())"
print(subprocess.check_output([PY, "-c", code]))
print(subprocess.check_output([PY, "-c", code], start_new_session=True))
print(subprocess.check_output([PY, "-c", code], process_group=0))
print(subprocess.check_output(["echo", "pre"], preexec_fn=lambda: os.write(1, b"from preexec\n")))
old = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
code = "import signal; print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)"
print(subprocess.check_output([PY, "-c", code]))
print(subprocess.check_output([PY, "-c", code], restore_signals=False))
signal.signal(signal.SIGPIPE, old)

# repr and args.
p = subprocess.Popen(["true"])
print(repr(p).startswith("<Popen: returncode: None args: ['true']>"), p.args)
p.wait()
print(repr(p))
p = subprocess.Popen("exit 0; " + "x" * 100, shell=True)
p.wait()
print(repr(p), len(repr(p)))

# pass_fds makes a non-inheritable descriptor inheritable in the child only.
r, w = os.pipe()
print(os.get_inheritable(w))
subprocess.call([PY, "-c", "import os, sys; os.write(int(sys.argv[1]), b'kept')", str(w)], pass_fds=(w,))
os.close(w)
print(os.read(r, 100), os.get_inheritable(r))
os.close(r)

# user and group (the current ones: allowed without privileges).
code = "import os, sys; print(os.getuid() == int(sys.argv[1]), os.getgid() == int(sys.argv[2]))"
print(subprocess.check_output([PY, "-c", code, str(os.getuid()), str(os.getgid())], user=os.getuid(),
                              group=os.getgid()))

# pipesize sets the capacity of the pipes made for the child.
import fcntl
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, pipesize=65536 * 2)
print(fcntl.fcntl(p.stdin.fileno(), fcntl.F_GETPIPE_SZ), fcntl.fcntl(p.stdout.fileno(), fcntl.F_GETPIPE_SZ))
print(p.communicate(b"x")[0], p.pipesize)
