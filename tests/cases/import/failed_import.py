# A module that raises while importing is removed from sys.modules, and the next import runs it again.
import sys

for attempt in range(2):
    try:
        import _failing
    except ValueError as e:
        print("ValueError:", e, "_failing" in sys.modules, sys._failing_runs)

try:
    from _fromlist_pkg import broken
except ImportError as e:
    print(type(e).__name__, "_fromlist_pkg.broken" in sys.modules)
print("_fromlist_pkg" in sys.modules)
