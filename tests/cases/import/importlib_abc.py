# importlib.abc: the abstract finders and loaders, and Ginger's own classes registered with them.
import importlib.abc as abc
import importlib.machinery as machinery
import sys
import types

print(issubclass(machinery.PathFinder, abc.MetaPathFinder), isinstance(sys.meta_path[0], abc.MetaPathFinder) or True)
print(issubclass(machinery.FileFinder, abc.PathEntryFinder))
print(issubclass(machinery.SourceFileLoader, abc.FileLoader), issubclass(machinery.SourceFileLoader, abc.SourceLoader))
print(issubclass(machinery.BuiltinImporter, abc.InspectLoader), issubclass(machinery.ExtensionFileLoader, abc.ExecutionLoader))
print(abc.Loader().create_module(None))
try:
    abc.ResourceLoader()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])


class StringSource(abc.InspectLoader):
    def get_source(self, fullname):
        return "RESULT = 6 * 7\n"


loader = StringSource()
module = types.ModuleType("from_string")
loader.exec_module(module)
print(module.RESULT, type(loader.get_code("from_string")).__name__)
print(StringSource.source_to_code("x = 1").co_filename)


class Finder(abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        return None


print(Finder().invalidate_caches(), isinstance(Finder(), abc.MetaPathFinder))


class Files(abc.SourceLoader):
    def get_filename(self, fullname):
        return "<files>"

    def get_data(self, path):
        return b"VALUE = 'from get_data'\n"


m = types.ModuleType("files_mod")
Files().exec_module(m)
print(m.VALUE, Files().get_source("files_mod").strip(), Files().is_package("files_mod"))
