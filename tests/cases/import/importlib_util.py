# importlib.util: find_spec, spec_from_file_location, module_from_spec, spec_from_loader, resolve_name.
import importlib.util
import importlib.machinery
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

spec = importlib.util.find_spec("_second")
print(spec.name, type(spec.loader).__name__, os.path.relpath(spec.origin, HERE), "_second" in sys.modules)
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys") is sys.__spec__)
spec = importlib.util.find_spec("_spec_pkg.sub")
print(spec.name, spec.parent, "_spec_pkg" in sys.modules, "_spec_pkg.sub" in sys.modules)
print(importlib.util.find_spec(".sub", "_spec_pkg").name)
try:
    importlib.util.find_spec("_second.child")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

path = os.path.join(HERE, "_helper.py")
spec = importlib.util.spec_from_file_location("renamed_helper", path)
print(spec.name, type(spec.loader).__name__, os.path.relpath(spec.origin, HERE), spec.has_location)
print(spec.submodule_search_locations, spec.parent, spec.cached.endswith(".pyc"))
module = importlib.util.module_from_spec(spec)
print(type(module).__name__, module.__name__, os.path.relpath(module.__file__, HERE), hasattr(module, "GREETING"))
spec.loader.exec_module(module)
print(module.GREETING, "renamed_helper" in sys.modules)

pkg_spec = importlib.util.spec_from_file_location("pkg_copy", os.path.join(HERE, "_spec_pkg", "__init__.py"))
print([os.path.relpath(p, HERE) for p in pkg_spec.submodule_search_locations], pkg_spec.parent)
print(importlib.util.spec_from_file_location("x", os.path.join(HERE, "data.txt")))


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.made = True

    def is_package(self, name):
        return name == "pkgish"


s = importlib.util.spec_from_loader("plain", Loader())
print(s.name, s.origin, s.submodule_search_locations, s.has_location, s.parent)
print(importlib.util.spec_from_loader("pkgish", Loader()).submodule_search_locations)
print(importlib.util.spec_from_loader("o", Loader(), origin="here").origin)
m = importlib.util.module_from_spec(s)
print(m.__name__, m.__spec__ is s, type(m.__loader__).__name__, m.__package__, hasattr(m, "__file__"))
s.loader.exec_module(m)
print(m.made)

print(importlib.util.resolve_name("..b", "a.b.c"), importlib.util.resolve_name("x", None))
for args in (("..b", None), ("....b", "a.b")):
    try:
        importlib.util.resolve_name(*args)
    except ImportError as e:
        print("ImportError:", e)

print(importlib.util.MAGIC_NUMBER[2:], len(importlib.util.MAGIC_NUMBER))
print(importlib.util.decode_source(b"x = 1\r\ny = 2\r\n"))
spec_a = importlib.util.spec_from_file_location("same", path)
spec_b = importlib.util.spec_from_file_location("same", path)
print(spec_a == spec_b, spec_a == importlib.util.spec_from_loader("same", None))
print(repr(importlib.machinery.ModuleSpec("n", None)))
print(repr(importlib.machinery.ModuleSpec("n", None, origin="o", is_package=True)))
