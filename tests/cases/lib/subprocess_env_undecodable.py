# Environment strings that are not UTF-8 reach the child as bytes (os.fsencode) and come back in its
# os.environ as lone surrogates (surrogateescape), in os.environb as the original bytes.
import os
import subprocess
import sys

code = "import os, sys; print(ascii(os.getenv(sys.argv[1])), ascii(os.environb.get(os.fsencode(sys.argv[1]))))"
for key, value in (("test", "abc\udcff"), ("test\udcff", "42"), ("plain", "caf\u00e9")):
    env = dict(os.environ)
    env[key] = value
    print(subprocess.check_output([sys.executable, "-c", code, key], env=env))
env = {"BYTES": os.fsdecode(b"\xe9t\xe9")}
print(subprocess.check_output([sys.executable, "-c", code, "BYTES"], env=env))
