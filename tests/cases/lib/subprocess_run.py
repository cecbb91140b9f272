# subprocess.run, call, check_call, check_output, getoutput, getstatusoutput and CompletedProcess, with small
# children: /bin/sh, echo, cat and this interpreter itself (sys.executable -c ...).
import os
import subprocess
import sys
import tempfile

PY = sys.executable

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))

# run: capture_output, text, input, returncode.
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(type(r).__name__, r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r)
r = subprocess.run(["cat"], input=b"some input\n", stdout=subprocess.PIPE)
print(r)
r = subprocess.run(["cat"], input="caf\u00e9\n", capture_output=True, encoding="utf-8")
print(r)
r = subprocess.run(["/bin/sh", "-c", "exit 7"])
print(r, repr(r))
r = subprocess.run(["true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r)
r = subprocess.run("echo both; echo err2 >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.splitlines()), r.stderr)

# The child is this interpreter.
r = subprocess.run([PY, "-c", "import sys; print(sys.argv[1:]); sys.exit(4)", "a b", "c"],
                   capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([PY, "-c", "import sys; data = sys.stdin.read(); print(len(data), data[:3])"],
                   input="xyz" * 1000, capture_output=True, text=True)
print(r.stdout)

# universal newlines: \r\n and \r become \n in text mode, not in binary mode.
code = "import sys; sys.stdout.buffer.write(b'a\\r\\nb\\rc\\n')"
print(repr(subprocess.run([PY, "-c", code], capture_output=True, text=True).stdout))
print(repr(subprocess.run([PY, "-c", code], capture_output=True, universal_newlines=True).stdout))
print(repr(subprocess.run([PY, "-c", code], capture_output=True).stdout))

# errors= in text mode.
r = subprocess.run([PY, "-c", "import sys; sys.stdout.buffer.write(b'ok\\xff')"], capture_output=True,
                   encoding="ascii", errors="replace")
print(repr(r.stdout))

# check=True and check_returncode.
try:
    subprocess.run(["/bin/sh", "-c", "echo partial; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
r = subprocess.run(["/bin/sh", "-c", "exit 1"])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(["true"]).check_returncode())

# call and check_call.
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 5", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e, e.cmd)
try:
    subprocess.check_call(args=["/bin/sh", "-c", "exit 9"])
except subprocess.CalledProcessError as e:
    print(e)

# check_output.
print(subprocess.check_output(["echo", "out"]))
print(repr(subprocess.check_output(["echo", "out"], text=True)))
print(subprocess.check_output("echo to-err >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.check_output(["cat"], input=b"fed"))
print(repr(subprocess.check_output(["cat"], input=None)), repr(subprocess.check_output(["cat"], input=None, text=True)))
try:
    subprocess.check_output(["/bin/sh", "-c", "echo got; exit 3"])
except subprocess.CalledProcessError as e:
    print(e, e.output)

# getoutput and getstatusoutput.
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo fine"))
print(subprocess.getstatusoutput("echo bad >&2; exit 3"))
print(subprocess.getstatusoutput("kill $$"))
print(subprocess.getstatusoutput("printf 'no newline'"))

# cwd, env, executable, args as str / bytes / PathLike.
with tempfile.TemporaryDirectory() as tmp:
    real = os.path.realpath(tmp)
    out = subprocess.check_output(["pwd"], cwd=tmp, text=True).strip()
    print(out == real)
    out = subprocess.check_output("pwd", shell=True, cwd=os.fsencode(tmp)).strip()
    print(out == os.fsencode(real))
    script = os.path.join(tmp, "script.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho from script \"$@\"\n")
    os.chmod(script, 0o755)
    class Path:
        def __init__(self, path):
            self.path = path

        def __fspath__(self):
            return self.path

    print(subprocess.check_output(Path(script)))
    print(subprocess.check_output(script.encode()))
    print(subprocess.check_output([Path(script), "x", b"y"]))
print(subprocess.check_output("echo $GREETING-$OTHER", shell=True, env={"GREETING": "hi"}))
print(subprocess.check_output([PY, "-c", "import os; print(os.environ.get('K'), 'PATH' in os.environ)"],
                              env={"K": "v"}))
print(subprocess.check_output(["anything", "-c", "echo $0"], executable="/bin/sh"))
print(subprocess.check_output("echo $0", shell=True, executable="/bin/sh"))
print(subprocess.check_output(["echo", b"bytes", "str"]))

# CompletedProcess by hand.
cp = subprocess.CompletedProcess(["x"], 0)
print(cp, subprocess.CompletedProcess("x", 1, "o", "e"), subprocess.CompletedProcess(args=[], returncode=-9, stderr=b""))
print(subprocess.CompletedProcess[str], subprocess.Popen[bytes])
