# sys.path_hooks and sys.path_importer_cache: a hook claims a made-up sys.path entry and returns a
# path entry finder; other entries get the default FileFinder.
import os
import sys
import importlib.machinery

ENTRY = "<virtual-entry>"
SEEN = []


class EntryLoader:
    def __init__(self, fullname):
        self.fullname = fullname

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.ORIGIN = "made by EntryLoader for " + self.fullname


class EntryFinder:
    def __init__(self, path):
        self.path = path

    def find_spec(self, fullname, target=None):
        SEEN.append(fullname)
        if fullname.startswith("hooked_"):
            return importlib.machinery.ModuleSpec(fullname, EntryLoader(fullname), origin=self.path)
        return None


def hook(path):
    if path != ENTRY:
        raise ImportError("not mine")
    return EntryFinder(path)


sys.path_hooks.insert(0, hook)
sys.path.append(ENTRY)
import hooked_one
print(hooked_one.ORIGIN, hooked_one.__spec__.origin, type(hooked_one.__loader__).__name__)
finder = sys.path_importer_cache[ENTRY]
print(type(finder).__name__, finder.path)
import _helper  # found by the default hook in the case directory
print(_helper.GREETING, "_helper" in SEEN)
here = os.path.dirname(os.path.abspath(__file__))
print(type(sys.path_importer_cache[here]).__name__)
file_finder = sys.path_importer_cache[here]
spec = file_finder.find_spec("_second")
print(spec.name, type(spec.loader).__name__, os.path.basename(spec.origin))
print(file_finder.find_spec("nothing_here"))
try:
    import hooked_but_missing_prefix
except ModuleNotFoundError as e:
    print(e)
sys.path.remove(ENTRY)
sys.path_hooks.remove(hook)
import importlib
importlib.invalidate_caches()
print(hook in sys.path_hooks, len(sys.path_hooks) >= 1)
