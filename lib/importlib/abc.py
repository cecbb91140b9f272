"""Abstract base classes of finders and loaders (importlib.abc)."""

import abc
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
from importlib import machinery

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader', 'InspectLoader',
           'ExecutionLoader', 'FileLoader', 'SourceLoader']


def _register(abstract_class, *classes):
    for cls in classes:
        abstract_class.register(cls)


class Loader(metaclass=abc.ABCMeta):
    """The base of loaders."""

    def create_module(self, spec):
        """None: the import system makes a plain module."""
        return None

    def load_module(self, fullname):
        """The deprecated way to load: exec_module() through a shim when it exists."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        return _bootstrap._load_module_shim(self, fullname)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        """Drops whatever the finder caches."""


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one entry of sys.path, as made by a path hook."""

    def invalidate_caches(self):
        """Drops whatever the finder caches."""


_register(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that can read data files."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file at `path`."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can show a module's code and source."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        """The code object from get_source(), or None."""
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compiles source (str or bytes) to a module's code object."""
        return compile(data, path, 'exec', dont_inherit=True)

    exec_module = _bootstrap_external._LoaderBasics.exec_module
    load_module = _bootstrap_external._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter, machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """A loader of modules that live in files."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


_register(ExecutionLoader, machinery.ExtensionFileLoader)


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of the file at self.path."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader of source from get_data() and get_filename()."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Where a loader would write bytecode; nothing by default."""


_register(SourceLoader, machinery.SourceFileLoader)
