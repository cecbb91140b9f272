# py_compile.compile: where the .pyc goes, its header for each invalidation mode (PEP 552), the errors, and
# importlib.util's helpers that agree with it.
import importlib.util
import os
import sys
import py_compile
import _pycdir as _scratch

tmp = _scratch.fresh()
source = _scratch.write("mod.py", "VALUE = 'first'\n")

print([(m.name, m.value) for m in py_compile.PycInvalidationMode])
print(py_compile.__all__)

cfile = py_compile.compile(source)
print(cfile == importlib.util.cache_from_source(source), os.path.exists(cfile))
print(os.path.relpath(cfile, tmp).startswith("__pycache__/mod."), cfile.endswith(".pyc"))
opt = py_compile.compile(source, optimize=2)
print(opt.endswith(".opt-2.pyc"), opt == importlib.util.cache_from_source(source, optimization=2))


def header(path):
    with open(path, "rb") as f:
        data = f.read()
    return data[:4], int.from_bytes(data[4:8], "little"), data[8:16]


with open(source, "rb") as f:
    source_bytes = f.read()
st = os.stat(source)
for mode in py_compile.PycInvalidationMode:
    target = os.path.join(tmp, "out-%s.pyc" % mode.name)
    print(mode.name, py_compile.compile(source, cfile=target, invalidation_mode=mode) == target)
    magic, flags, rest = header(target)
    print("  magic ok:", magic == importlib.util.MAGIC_NUMBER, "flags:", flags)
    if mode is py_compile.PycInvalidationMode.TIMESTAMP:
        print("  mtime and size:", rest == (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little") +
              st.st_size.to_bytes(4, "little"))
    else:
        print("  source hash:", rest == importlib.util.source_hash(source_bytes))

h = importlib.util.source_hash(b"print(1)\n")
print(type(h).__name__, len(h), h == importlib.util.source_hash(b"print(1)\n"), h != importlib.util.source_hash(b"print(2)\n"))
print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER.endswith(b"\r\n"))
print(importlib.util.source_from_cache(importlib.util.cache_from_source("/a/b/c.py")))
print(importlib.util.cache_from_source("/a/b/c.py", optimization=1).endswith(".opt-1.pyc"))
try:
    importlib.util.source_from_cache("/a/b/c.pyc")
except ValueError as e:
    print("ValueError:", e)

# Errors: a SyntaxError becomes PyCompileError (raised with doraise, else written to stderr).
bad = _scratch.write("bad.py", "x = = 1\n")
try:
    py_compile.compile(bad, doraise=True)
except py_compile.PyCompileError as e:
    print(type(e).__name__, e.exc_type_name, e.file == bad, isinstance(e.exc_value, SyntaxError))
    print(str(e).replace(bad, "BAD"))
    print(e.msg == str(e), e.args[1:3] == ("SyntaxError", e.exc_value))
print(py_compile.compile(bad, dfile="shown.py", quiet=2))
try:
    py_compile.compile(bad, dfile="shown.py", doraise=True)
except py_compile.PyCompileError as e:
    print(e.msg.splitlines()[0])
e = py_compile.PyCompileError(ValueError, ValueError("oops"), "f.py")
print(e.msg, "|", e.exc_type_name, "|", str(e))
print(py_compile.PyCompileError(ValueError, ValueError("x"), "f.py", "custom").msg)

try:
    py_compile.compile(os.path.join(tmp, "missing.py"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.symlink(os.path.join(tmp, "elsewhere"), os.path.join(tmp, "link.pyc"))
try:
    py_compile.compile(source, cfile=os.path.join(tmp, "link.pyc"))
except FileExistsError as e:
    print("FileExistsError:", str(e).replace(tmp, "TMP"))
os.mkdir(os.path.join(tmp, "dir.pyc"))
try:
    py_compile.compile(source, cfile=os.path.join(tmp, "dir.pyc"))
except FileExistsError as e:
    print("FileExistsError:", str(e).replace(tmp, "TMP"))
# The directory of cfile is made if missing.
deep = os.path.join(tmp, "a", "b", "deep.pyc")
print(py_compile.compile(source, cfile=deep) == deep, os.path.isfile(deep))
_scratch.clean()
