# subprocess error cases: a program that cannot start (the child's OSError re-raised in the parent), bad
# arguments, failing checks and timeouts, and the exception classes themselves.
import os
import signal
import subprocess
import sys
import tempfile
import warnings

PY = sys.executable


def show(exc):
    print(type(exc).__name__, exc.args if isinstance(exc, OSError) else "", "|", exc)


# Programs that cannot be started.
for args in (["nonexistent"], "nonexistent", [b"nonexistent-too", "x"], ["/no/such/dir/prog"], ["./nonexistent"]):
    try:
        subprocess.Popen(args)
    except OSError as e:
        show(e)
        print(e.errno, e.strerror, e.filename, e.filename2)
with tempfile.TemporaryDirectory() as tmp:
    plain = os.path.join(tmp, "plain")
    with open(plain, "w") as f:
        f.write("echo hi\n")
    try:
        subprocess.run([plain])
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.filename == plain)
    try:
        subprocess.run(["true"], cwd=os.path.join(tmp, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(tmp, "missing"))
    try:
        subprocess.run(["true"], cwd=plain)
    except NotADirectoryError as e:
        print(type(e).__name__, e.errno, e.filename == plain)
    try:
        subprocess.run(["plain"], env={"PATH": tmp})
    except PermissionError as e:
        print(type(e).__name__, e.filename)
try:
    subprocess.run(["true"], executable="nonexistent-exe")
except FileNotFoundError as e:
    show(e)
for call in (subprocess.call, subprocess.check_call, subprocess.check_output, subprocess.getoutput):
    try:
        print(call(["nonexistent"]) if call is not subprocess.getoutput else call("nonexistent 2>/dev/null"))
    except FileNotFoundError as e:
        print(call.__name__, type(e).__name__, e.filename)
print(subprocess.getstatusoutput("nonexistent-cmd 2>/dev/null"))
print(subprocess.call(["/bin/sh", "-c", "nonexistent-cmd 2>/dev/null"]))

# preexec_fn raising.
def fail():
    raise ValueError("no")


try:
    subprocess.Popen(["true"], preexec_fn=fail)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

# Bad arguments.
bad = [
    (lambda: subprocess.Popen(["true"], bufsize="1"), TypeError),
    (lambda: subprocess.Popen(["true"], pipesize=1.5), TypeError),
    (lambda: subprocess.Popen(["true"], text=True, universal_newlines=False), subprocess.SubprocessError),
    (lambda: subprocess.Popen(["true"], startupinfo=1), ValueError),
    (lambda: subprocess.Popen(["true"], creationflags=1), ValueError),
    (lambda: subprocess.Popen(["true"], env={"A=B": "1"}), ValueError),
    (lambda: subprocess.Popen(["tr\0ue"]), ValueError),
    (lambda: subprocess.Popen(["true", "a\0b"]), ValueError),
    (lambda: subprocess.Popen(["true"], env={"A": "b\0"}), ValueError),
    (lambda: subprocess.Popen(5), TypeError),
    (lambda: subprocess.Popen([5]), TypeError),
    (lambda: subprocess.Popen(["true"], cwd=5), TypeError),
    (lambda: subprocess.Popen(["true"], stdin=1.5), AttributeError),
    (lambda: subprocess.Popen(["true"], user=-1), ValueError),
    (lambda: subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE), ValueError),
    (lambda: subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE), ValueError),
    (lambda: subprocess.run(["true"], capture_output=True, stderr=subprocess.DEVNULL), ValueError),
    (lambda: subprocess.check_output(["true"], stdout=None), ValueError),
    (lambda: subprocess.check_output(["true"], check=False), ValueError),
    (lambda: subprocess.run(["cat"], input="text"), TypeError),
    (lambda: subprocess.run(["cat"], input=b"bytes", text=True), TypeError),
    (lambda: subprocess.Popen(["true"], group=-1), ValueError),
    (lambda: subprocess.Popen(["true"], extra_groups=[-1]), ValueError),
    (lambda: subprocess.Popen(["true"], extra_groups=[1.5]), TypeError),
    (lambda: subprocess.Popen(["true"], user=1.5), TypeError),
    (lambda: subprocess.Popen(["true"], group=1.5), TypeError),
    (lambda: subprocess.Popen(["true"], user="no-such-user-here"), KeyError),
    (lambda: subprocess.Popen(["true"], group="no-such-group-here"), KeyError),
    (lambda: subprocess.Popen(["true"], extra_groups="abc"), ValueError),
]
for make, expected in bad:
    try:
        make()
        print("no error")
    except expected as e:
        print(type(e).__name__, e)
closed_fd = os.open(os.devnull, os.O_RDONLY)
os.close(closed_fd)
try:
    subprocess.Popen(["true"], pass_fds=[closed_fd], close_fds=False).wait()
except Exception as e:
    print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    p = subprocess.Popen(["true"], pass_fds=(), close_fds=False)
    p.wait()
    r, w = os.pipe()
    p = subprocess.Popen(["true"], pass_fds=[w], close_fds=False)
    p.wait()
    os.close(r)
    os.close(w)
print([(w.category.__name__, str(w.message)) for w in caught])

# CalledProcessError.
for code in (1, 2, 255, -9, -15, -2, -200):
    print(subprocess.CalledProcessError(code, ["cmd", "arg"]))
print(subprocess.CalledProcessError(0, "c"))
e = subprocess.CalledProcessError(3, "cmd", output=b"out", stderr=b"err")
print(e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args, repr(e))
e.stdout = b"new"
print(e.output)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
try:
    subprocess.run("exit 4", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.cmd, e.output, e.stderr)
try:
    subprocess.run("kill -TERM $$", shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)

# TimeoutExpired.
e = subprocess.TimeoutExpired(["sleep", "9"], 2.5)
print(e, e.cmd, e.timeout, e.output, e.stdout, e.stderr, e.args, repr(e))
e = subprocess.TimeoutExpired("cmd", 1, output=b"o", stderr=b"e")
print(e.stdout, e.stderr)
e.stdout = b"changed"
print(e.output)
code = "import sys, time; print('partial', flush=True); print('err', file=sys.stderr, flush=True); time.sleep(30)"
try:
    subprocess.run([PY, "-c", code], capture_output=True, timeout=1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout <= 1, e.stdout, e.stderr)
try:
    subprocess.call(["sleep", "30"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
try:
    subprocess.check_output(["sleep", "30"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.output)
try:
    subprocess.run(["sleep", "30"], timeout=0)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout <= 0)

# list2cmdline.
for seq in (["a", "b c"], ['a"b', "c\\d", "e\\\\\"f"], ["", "x"], ["tab\there", "end\\"], ["end\\ x\\"], [],
            [b"bytes", "mix"], ["\\\\", '"']):
    print(repr(subprocess.list2cmdline(seq)))

# A Popen collected while its child still runs warns (ResourceWarning) and is reaped later.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    p = subprocess.Popen(["sleep", "30"])
    pid = p.pid
    del p
    import gc
    gc.collect()
print([(w.category.__name__, str(w.message) == "subprocess %d is still running" % pid) for w in caught])
print(len(subprocess._active))
os.kill(pid, signal.SIGKILL)
subprocess._active[0].wait()
subprocess._cleanup()
print(len(subprocess._active))
for v in (2**63-1, 2**63, 2**64, 2**40):
    for k in ('user', 'group'):
        try:
            subprocess.check_call(['true'], **{k: v})
        except Exception as e:
            print(v, k, type(e).__name__, e)
for groups in ([2**64], [2**32], [-1]):
    try:
        subprocess.check_call(['true'], extra_groups=groups)
    except Exception as e:
        print(groups, type(e).__name__, e)
