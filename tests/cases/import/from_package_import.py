# `from package import name` imports submodules; only the submodule's own absence becomes ImportError.
import _fromlist_pkg
print(_fromlist_pkg.good.VALUE)

from _fromlist_pkg import good
print(good.VALUE)

try:
    from _fromlist_pkg import missing
except ImportError as e:
    print(type(e).__name__, e.name)

try:
    from _fromlist_pkg import broken
except ImportError as e:
    print(type(e).__name__, e.name, e)
import sys
print("_fromlist_pkg.broken" in sys.modules)
