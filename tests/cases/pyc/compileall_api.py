# compileall.compile_dir, compile_file and compile_path: what they list and compile, what they skip, what they
# report, and the files they write.
import compileall
import importlib.util
import os
import re
import sys
import py_compile
import _pycdir as _scratch

tmp = _scratch.fresh()
os.chdir(tmp)
_scratch.write("a.py", "A = 1\n")
_scratch.write("b.py", "x = = 1\n")
_scratch.write("notes.txt", "not python\n")
_scratch.write("sub/c.py", "C = 3\n")
_scratch.write("sub/deeper/d.py", "D = 4\n")
_scratch.write("skip_me.py", "S = 5\n")


def tree():
    found = []
    for top, dirs, files in os.walk("."):
        dirs.sort()
        found += sorted(os.path.join(top, f) for f in files if f.endswith(".pyc"))
    return [re.sub(r"\.[a-z]+-3\d+", ".TAG", f) for f in found]


print("ok:", compileall.compile_dir(".", rx=re.compile("skip")))
print(tree())
print("again (up to date):", compileall.compile_dir(".", quiet=1, rx=re.compile("skip")))
print("forced:", compileall.compile_dir(".", force=True, quiet=1, maxlevels=0))
print("quiet 2:", compileall.compile_dir(".", force=True, quiet=2))

_scratch.rmtree("__pycache__")
print(compileall.compile_file("a.py"), compileall.compile_file("notes.txt"), compileall.compile_file("missing.py"))
print(compileall.compile_file("a.py", legacy=True, quiet=1), os.path.exists("a.pyc"))
print(compileall.compile_file("a.py", force=True, optimize=[0, 2]), tree())
print(compileall.compile_file("b.py", quiet=1))
print(compileall.compile_file("a.py", force=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH))
with open(importlib.util.cache_from_source("a.py"), "rb") as f:
    print("flags:", int.from_bytes(f.read(8)[4:], "little"))
# A hash-based file is never "up to date" by timestamp: it is compiled each time.
print(compileall.compile_file("a.py", invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH))

# The file name the code carries: ddir, or stripdir and prependdir (import still finds the module by its path).
for kwargs in ({"ddir": "/installed"}, {"stripdir": tmp, "prependdir": "/root"}, {}):
    compileall.compile_dir(tmp, force=True, quiet=2, maxlevels=0, **kwargs)
    sys.path.insert(0, tmp)
    sys.modules.pop("a", None)
    import a
    print(sorted(kwargs), a.__spec__.origin == os.path.join(tmp, "a.py"), a.A)
    sys.path.remove(tmp)

for bad in ({"ddir": "x", "stripdir": "y"}, {"workers": -1}):
    try:
        compileall.compile_dir(".", quiet=2, **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    compileall.compile_file("a.py", hardlink_dupes=True)
except ValueError as e:
    print("ValueError:", e)
print(compileall.compile_dir("no_such_dir"))
print(compileall.compile_dir("no_such_dir", quiet=1))

saved = sys.path[:]
sys.path[:] = ["", "sub"]
print("compile_path:", compileall.compile_path(force=True))
print("compile_path quiet 2:", compileall.compile_path(quiet=2))
sys.path[:] = saved
print(compileall.__all__)
os.chdir("/")
_scratch.clean()
