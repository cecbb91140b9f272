# Hash-based .pyc files (PEP 552) at import: an unchecked one is used even when its source changed; a checked
# one is used only while the source's hash matches; a .pyc alone (no source) is imported as a sourceless module.
import importlib.util
import os
import sys
import py_compile
import _pycdir as _scratch

tmp = _scratch.fresh()
sys.path.insert(0, tmp)
sys.dont_write_bytecode = True
Mode = py_compile.PycInvalidationMode

_scratch.write("unchecked.py", "VALUE = 'compiled'\n")
py_compile.compile(os.path.join(tmp, "unchecked.py"), invalidation_mode=Mode.UNCHECKED_HASH)
_scratch.write("unchecked.py", "VALUE = 'edited'\n")
import unchecked
print("unchecked:", unchecked.VALUE)

_scratch.write("checked.py", "VALUE = 'compiled'\n")
py_compile.compile(os.path.join(tmp, "checked.py"), invalidation_mode=Mode.CHECKED_HASH)
import checked
print("checked, same source:", checked.VALUE)
_scratch.write("checked2.py", "VALUE = 'compiled'\n")
py_compile.compile(os.path.join(tmp, "checked2.py"), invalidation_mode=Mode.CHECKED_HASH)
_scratch.write("checked2.py", "VALUE = 'edited!'\n")
import checked2
print("checked, edited source:", checked2.VALUE)

# A compiled module without its source.
_scratch.write("alone_src.py", "VALUE = 'sourceless'\ndef where():\n    return __name__\n")
py_compile.compile(os.path.join(tmp, "alone_src.py"), cfile=os.path.join(tmp, "alone.pyc"))
import alone
print(alone.VALUE, alone.where(), os.path.basename(alone.__file__), alone.__file__ == alone.__cached__)
print(type(alone.__loader__).__name__, alone.__spec__.origin == alone.__file__, alone.__spec__.cached == alone.__file__)
print(alone.__spec__.has_location, alone.__loader__.get_source("alone"))

# A package whose __init__ is only a .pyc; the .py wins when both are there.
_scratch.write("pkg/__init__.py", "NAME = 'package'\n")
py_compile.compile(os.path.join(tmp, "pkg", "__init__.py"), cfile=os.path.join(tmp, "pkg", "__init__.pyc"))
os.remove(os.path.join(tmp, "pkg", "__init__.py"))
import pkg
print(pkg.NAME, os.path.basename(pkg.__file__), [os.path.basename(p) for p in pkg.__path__])
_scratch.write("both.py", "VALUE = 'from source'\n")
_scratch.write("both_src.py", "VALUE = 'from pyc'\n")
py_compile.compile(os.path.join(tmp, "both_src.py"), cfile=os.path.join(tmp, "both.pyc"))
import both
print(both.VALUE)

# Damaged sourceless files are import errors.
for name, data in [("badmagic", b"garbage!" * 4), ("short", importlib.util.MAGIC_NUMBER + b"\0\0"),
                   ("badflags", importlib.util.MAGIC_NUMBER + (4).to_bytes(4, "little") + bytes(8))]:
    with open(os.path.join(tmp, name + ".pyc"), "wb") as f:
        f.write(data)
    try:
        __import__(name)
    except (ImportError, EOFError) as e:
        print(type(e).__name__ + ":", str(e).replace(repr(importlib.util.MAGIC_NUMBER[:4]), "MAGIC"))
sys.path.remove(tmp)
_scratch.clean()
