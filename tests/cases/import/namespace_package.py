# Namespace packages (PEP 420): a directory without __init__.py is a package with no file.
import os
import sys
import _ns_pkg.inner.leaf

HERE = os.path.dirname(os.path.abspath(__file__))

print(_ns_pkg.inner.leaf.VALUE)
for module in (_ns_pkg, _ns_pkg.inner):
    spec = module.__spec__
    print(module.__name__, spec.origin, spec.has_location, module.__file__, module.__package__)
    print(type(module.__path__).__name__, [os.path.relpath(p, HERE) for p in module.__path__], len(module.__path__))
    print(type(spec.loader).__name__, module.__loader__ is spec.loader, spec.submodule_search_locations is module.__path__)
    print(repr(module).replace(HERE, "HERE"))
print(repr(_ns_pkg.__path__).replace(HERE, "HERE"))
print(HERE + "/_ns_pkg" in _ns_pkg.__path__, list(_ns_pkg.__path__) == [HERE + "/_ns_pkg"])
from _ns_pkg import inner
print(inner is _ns_pkg.inner)
import importlib.util
print(importlib.util.find_spec("_ns_pkg.inner.leaf").name)
try:
    import _ns_pkg.missing
except ModuleNotFoundError as e:
    print(e)

# A directory added to sys.path later adds a portion: __path__ is recomputed.
sys.path.append(os.path.join(HERE, "_ns_more"))
print([os.path.relpath(p, HERE) for p in _ns_pkg.__path__])
import _ns_pkg.extra
print(_ns_pkg.extra.EXTRA, len(_ns_pkg.__path__))
