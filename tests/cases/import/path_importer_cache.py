# A finder placed in sys.path_importer_cache for a sys.path entry is used for that entry (no hook
# involved); None there means the entry has no finder.
import os
import sys
import importlib.machinery

ENTRY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_cache_entry_dir")
LOG = []


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.FROM = "cached finder"


class CachedFinder:
    def find_spec(self, fullname, target=None):
        LOG.append(fullname)
        if fullname == "from_cached_finder":
            return importlib.machinery.ModuleSpec(fullname, Loader())
        if fullname == "cached_namespace":
            spec = importlib.machinery.ModuleSpec(fullname, None)
            spec.submodule_search_locations = ["/nonexistent/portion"]
            return spec
        return None


sys.path.insert(0, ENTRY)
sys.path_importer_cache[ENTRY] = CachedFinder()
import from_cached_finder
print(from_cached_finder.FROM, LOG)
import cached_namespace
print(list(cached_namespace.__path__), cached_namespace.__spec__.origin)
import _helper
print(_helper.GREETING, LOG[-1])
sys.path_importer_cache[ENTRY] = None
LOG.clear()
try:
    import from_cached_finder_again
except ModuleNotFoundError as e:
    print(e, LOG)
del sys.path_importer_cache[ENTRY]
sys.path.remove(ENTRY)

# The import system fills the cache itself: a FileFinder per directory searched, None for the rest.
HERE = os.path.dirname(os.path.abspath(__file__))
finder = sys.path_importer_cache[HERE]
print(type(finder).__name__, finder.path == HERE)
not_a_directory = os.path.join(HERE, "_helper.py")
sys.path.append(not_a_directory)
try:
    import surely_missing_module
except ModuleNotFoundError as e:
    print(e)
print(sys.path_importer_cache[not_a_directory])
sys.path.remove(not_a_directory)
