# The small native modules are built in, and sys carries the option lists that the library reads.
import sys

for name in ["_signal", "_stat", "_thread", "atexit", "errno", "gc", "posix", "time", "sys", "builtins"]:
    print(name, name in sys.builtin_module_names)
print(sys.warnoptions, sys._xoptions)
import _signal, _stat, _struct, _thread, atexit, binascii, errno, gc, struct
print(struct.pack is _struct.pack, struct.error is _struct.error, struct.Struct is _struct.Struct)
print(sorted(struct.__all__))
print(binascii.__name__, errno.__name__, gc.__name__, _thread.__name__, _signal.__name__, atexit.__name__)
