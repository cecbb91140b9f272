# The collector runs the finalizers of native objects in garbage cycles too (PEP 442), once: a file in a cycle
# is closed with its ResourceWarning when the cycle is collected, not left open.
import gc
import io
import os
import warnings

NAME = "native_finalizers.tmp"


class File(io.FileIO):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    f = File(NAME, "w")
    f.me = f
    fd = f.fileno()
    del f
    print("before collection:", len(caught))
    gc.collect()
    print("after collection:", [(w.category.__name__, str(w.message).split(" name=")[0]) for w in caught])
try:
    os.fstat(fd)
    print("descriptor still open")
except OSError:
    print("descriptor closed")
os.remove(NAME)
