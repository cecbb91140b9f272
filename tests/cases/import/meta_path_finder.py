# A finder and loader written in Python on sys.meta_path: consulted before the built-in finders when
# inserted first, after them when appended, and able to make packages.
import sys
from importlib.machinery import ModuleSpec

SOURCES = {
    "virtual_mod": "VALUE = 42\ndef double(x):\n    return 2 * x\n",
    "virtual_pkg": "NAME = 'pkg'\n",
    "virtual_pkg.child": "from . import sibling\nTEXT = 'child of ' + __package__\n",
    "virtual_pkg.sibling": "S = 'sibling'\n",
    "os": "raise AssertionError('not reached')\n",
}
CALLS = []


class StringLoader:
    def create_module(self, spec):
        CALLS.append(("create", spec.name))
        return None

    def exec_module(self, module):
        CALLS.append(("exec", module.__name__))
        exec(SOURCES[module.__name__], module.__dict__)


class StringFinder:
    def find_spec(self, fullname, path, target=None):
        CALLS.append(("find", fullname, path if path is None else type(path).__name__))
        if fullname not in SOURCES or fullname == "os":
            return None
        is_package = "." not in fullname and fullname.endswith("pkg")
        spec = ModuleSpec(fullname, StringLoader(), origin="string", is_package=is_package)
        return spec


finder = StringFinder()
sys.meta_path.insert(0, finder)
import virtual_mod
print(virtual_mod.VALUE, virtual_mod.double(21), virtual_mod.__spec__.origin)
print(type(virtual_mod.__loader__).__name__, virtual_mod.__package__, repr(virtual_mod).startswith("<module 'virtual_mod' (<"))
import virtual_pkg.child
print(virtual_pkg.NAME, virtual_pkg.child.TEXT, virtual_pkg.sibling.S, virtual_pkg.__path__)
print(virtual_pkg.child.__spec__.parent, "virtual_pkg.sibling" in sys.modules)
import virtual_mod  # already imported: no finder is asked
print(CALLS)
CALLS.clear()
import _helper
print(CALLS, _helper.GREETING)

sys.meta_path.remove(finder)
sys.meta_path.append(finder)
CALLS.clear()
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(CALLS)
del sys.modules["virtual_mod"]
import virtual_mod
print(virtual_mod.VALUE, CALLS[-2:])
sys.meta_path.remove(finder)


class NoSpecMethod:
    pass


sys.meta_path.insert(0, NoSpecMethod())
import _second
print(type(sys.meta_path[0]).__name__, _second.__name__)
del sys.meta_path[0]
print(len(sys.meta_path))
