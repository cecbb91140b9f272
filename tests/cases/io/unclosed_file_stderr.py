# A file dropped while open warns (ResourceWarning, ignored by the default filters), naming the outermost
# object; its FileIO's finalizer reports a warning turned into an error as unraisable.
import io
import os
import warnings

warnings.simplefilter("always")
NAME = "unclosed_file_stderr.tmp"


def drop_files():
    open(NAME, "w")
    open(NAME, "rb")
    open(NAME, "rb", buffering=0)
    raw = io.FileIO(NAME)
    fd = os.open(NAME, os.O_RDONLY)
    open(fd, closefd=False)  # closefd=False: not this object's to close, no warning
    os.close(fd)


drop_files()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with open(NAME) as closed_properly:
        pass
    open(NAME)
    print([(w.category.__name__, str(w.message), w.source.name) for w in caught])

warnings.simplefilter("error")
open(NAME)
print("still running")
os.remove(NAME)
