# Under -X warn_default_encoding, text-mode pipes without an encoding emit EncodingWarning at the caller's line.
import subprocess
import sys

code = """from subprocess import *
run("echo hello", shell=True, text=True)
check_output("echo hello", shell=True, text=True)
run("echo hello", shell=True, text=True, encoding="utf-8")
import sys
print(sys.flags.warn_default_encoding)
"""
cp = subprocess.run([sys.executable, "-X", "warn_default_encoding", "-c", code], capture_output=True)
print(cp.stdout)
for line in cp.stderr.splitlines():
    print(line)
cp = subprocess.run([sys.executable, "-c", code], capture_output=True)
print(cp.stdout, cp.stderr)
