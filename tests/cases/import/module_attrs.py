# __spec__, __loader__, __package__, __path__, __file__ and __cached__ of source, package, built-in
# and frozen modules, and the module repr built from the spec.
import os
import sys
import _helper
import _spec_pkg

HERE = os.path.dirname(os.path.abspath(__file__))


def rel(path):
    return os.path.relpath(path, HERE)


spec = _helper.__spec__
print(type(spec).__name__, spec.name, repr(spec.parent), spec.has_location)
print(type(spec.loader).__name__, spec.loader is _helper.__loader__)
print(rel(spec.origin), rel(_helper.__file__), spec.submodule_search_locations)
print(os.path.basename(os.path.dirname(spec.cached)), spec.cached.endswith(".pyc"), spec.cached == _helper.__cached__)
print(repr(_helper.__package__), repr(_helper).startswith("<module '_helper' from "))
print(spec.loader.name, rel(spec.loader.path), spec.loader.is_package("_helper"))

pkg = _spec_pkg.__spec__
print(pkg.name, pkg.parent, [rel(p) for p in pkg.submodule_search_locations])
print([rel(p) for p in _spec_pkg.__path__], _spec_pkg.__path__ is pkg.submodule_search_locations)
print(_spec_pkg.__package__, rel(_spec_pkg.__file__), pkg.loader.is_package("_spec_pkg"))
print(_spec_pkg.sub.SEEN)

for module in (sys, __builtins__ if isinstance(__builtins__, type(sys)) else sys.modules["builtins"]):
    s = module.__spec__
    print(s.name, s.origin, s.loader.__name__, module.__loader__ is s.loader, s.has_location, repr(module))
    print(hasattr(module, "__file__"), module.__package__ == "", s.submodule_search_locations)

s = os.__spec__
print(s.name, s.origin, s.loader.__name__, s.has_location, repr(os), s.cached)

print(sys.meta_path)
print([type(hook).__name__ for hook in sys.path_hooks][-1:])
print(__spec__, __name__, __package__)
print(type(_helper.__spec__).__module__, type(_helper.__loader__).__module__)
