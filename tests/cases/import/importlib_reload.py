# importlib.reload runs the module's code again in the same module object; its errors.
import importlib
import sys
import _reload_me

first = _reload_me
print(_reload_me.RUNS)
_reload_me.EXTRA = "kept"
again = importlib.reload(_reload_me)
print(again is first, again.RUNS, again.EXTRA, sys._reload_runs)
print(importlib.reload(again).RUNS)

for bad in (42, "a string"):
    try:
        importlib.reload(bad)
    except TypeError as e:
        print("TypeError:", e)

import types
orphan = types.ModuleType("_not_registered")
try:
    importlib.reload(orphan)
except ImportError as e:
    print("ImportError:", e, e.name)

import _spec_pkg.sub
print(importlib.reload(_spec_pkg.sub).SEEN)
importlib.invalidate_caches()
print("invalidated")
