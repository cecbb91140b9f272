# Warnings written on sys.stderr by the runtime itself, before lib/warnings.py is imported (CPython's
# format, with the source line read from the file), then through lib/warnings.py once it is imported.
import sys
import _warnings

print("before:", "warnings" in sys.modules)
bool(NotImplemented)
compile('x = "\\d"', "<string>", "exec")
z = "\d"

def f():
    _warnings.warn("from f", RuntimeWarning, stacklevel=2)

f()
_warnings.warn("too deep", stacklevel=10)

class C:
    def __index__(self):
        return True

[1, 2][C()]
_warnings.warn_explicit("explicit", UserWarning, "nowhere.py", 3)
print("after:", "warnings" in sys.modules)

import warnings
print("imported:", "warnings" in sys.modules)
bool(NotImplemented)
warnings.warn("through the module")
f()
