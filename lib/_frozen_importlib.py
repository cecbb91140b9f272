"""The import system seen from Python: module specs, the built-in and frozen importers, and loading
a module from a spec (CPython's importlib._bootstrap, which it freezes as _frozen_importlib).

Ginger's search runs in C++ (src/import/import.cpp), which loads this module the first time a module
is imported and then describes every module it loads with the objects defined here. Finders and
loaders written in Python (sys.meta_path, sys.path_hooks) are called through the functions below.
"""

import sys
import _imp
import builtins

_builtin_import = builtins.__import__

_bootstrap_external = None  # _frozen_importlib_external, set by _install()


def _verbose_message(message, *args, verbosity=1):
    """Writes message.format(*args) on stderr under -v (verbosity 2: -vv), as a '# ' comment line."""
    if sys.flags.verbose < verbosity:
        return
    if not message.startswith(('#', 'import ')):
        message = '# ' + message
    print(message.format(*args), file=sys.stderr)


def _new_module(name):
    return type(sys)(name)


class ModuleSpec:
    """The import-system-related state of a module: how it was found and how to load it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(parts)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name
                    and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if _bootstrap_external is None:
                raise NotImplementedError
            self._cached = _bootstrap_external._get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module found by `loader`."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        from_file = _bootstrap_external.spec_from_file_location
        if is_package is None:
            return from_file(name, loader=loader)
        return from_file(name, loader=loader, submodule_search_locations=[] if is_package else None)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _init_module_attrs(spec, module, *, override=False):
    """Sets __name__, __loader__, __package__, __spec__, __path__, __file__ and __cached__ from the spec."""
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            # A namespace package found by a finder that left the loader unset (CPython does the same).
            namespace_loader = _bootstrap_external.NamespaceLoader
            loader = namespace_loader.__new__(namespace_loader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Creates a module from a spec (the loader's create_module(), or a plain module)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _module_repr_from_spec(spec):
    name = '?' if spec.name is None else spec.name
    if spec.origin is None:
        loader = spec.loader
        if loader is None:
            return f'<module {name!r}>'
        if _bootstrap_external is not None and isinstance(loader, _bootstrap_external.NamespaceLoader):
            return f'<module {name!r} (namespace) from {list(loader._path)}>'
        return f'<module {name!r} ({loader!r})>'
    if spec.has_location:
        return f'<module {name!r} from {spec.origin!r}>'
    return f'<module {spec.name!r} ({spec.origin})>'


def _module_repr(module):
    """repr() of a module, as module.__repr__ computes it (called from C++)."""
    loader = getattr(module, '__loader__', None)
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return _module_repr_from_spec(spec)
    try:
        name = module.__name__
    except AttributeError:
        name = '?'
    try:
        filename = module.__file__
    except AttributeError:
        if loader is None:
            return f'<module {name!r}>'
        return f'<module {name!r} ({loader!r})>'
    return f'<module {name!r} from {filename!r}>'


def _load_module_shim(self, fullname):
    """The deprecated load_module() of loaders that have exec_module()."""
    spec = spec_from_loader(fullname, self)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _exec(spec, module)
        return sys.modules[fullname]
    return _load(spec)


def _load_backward_compatible(spec):
    # A loader with only load_module(): it puts the module into sys.modules itself.
    try:
        spec.loader.load_module(spec.name)
    except:
        if spec.name in sys.modules:
            module = sys.modules.pop(spec.name)
            sys.modules[spec.name] = module
        raise
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    if getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if getattr(module, '__package__', None) is None:
        try:
            module.__package__ = module.__name__ if hasattr(module, '__path__') else spec.name.rpartition('.')[0]
        except AttributeError:
            pass
    if getattr(module, '__spec__', None) is None:
        try:
            module.__spec__ = spec
        except AttributeError:
            pass
    return module


def _load_unlocked(spec):
    """Creates, registers and executes the module of `spec`; a failure removes it from sys.modules."""
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        return _load_backward_compatible(spec)
    module = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError('missing loader', name=spec.name)
            else:
                spec.loader.exec_module(module)
        except:
            try:
                del sys.modules[spec.name]
            except KeyError:
                pass
            raise
        # The module may have replaced itself in sys.modules.
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    finally:
        spec._initializing = False
    return module


_load = _load_unlocked


def _exec(spec, module):
    """Executes `spec`'s loader on an existing module (reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError('missing loader', name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, 'exec_module'):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(name)
        sys.modules[name] = module
    return module


class BuiltinImporter:
    """Finds and loads the modules compiled into Ginger (sys, math, posix, ...)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return spec_from_loader(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names and not _imp.is_builtin(spec.name):
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        _imp.exec_builtin(module)

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def load_module(cls, fullname):
        return _load_module_shim(cls, fullname)


class FrozenImporter:
    """Finds and loads Ginger's own library (lib/), compiled into the binary. The modules that
    CPython itself freezes are found here, before sys.path; the others stand for files of the
    standard library directory and are found by PathFinder (see src/import/import.cpp)."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp._ginger_frozen_before_path(fullname):
            return None
        return cls._spec(fullname)

    @classmethod
    def _spec(cls, fullname):
        info = _imp.find_frozen(fullname)
        if info is None:
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN, is_package=info[1])

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        code = _imp.get_frozen_object(name)
        exec(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        return _imp.get_frozen_object(fullname)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)

    @classmethod
    def load_module(cls, fullname):
        return _load_module_shim(cls, fullname)


def _resolve_name(name, package, level):
    """The absolute name of a relative module name."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _find_spec(name, path, target=None):
    """Asks each finder on sys.meta_path for a spec of `name`."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            # A finder may have imported the module meanwhile (CPython's rule).
            if not is_reload and name in sys.modules:
                module = sys.modules[name]
                try:
                    module_spec = module.__spec__
                except AttributeError:
                    return spec
                return spec if module_spec is None else module_spec
            return spec
    return None


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _find_and_load(name):
    return _imp._ginger_import(name)


def _gcd_import(name, package=None, level=0):
    """Imports `name` (relative to `package` when level > 0) and returns the module itself."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _imp._ginger_import(name)


def _handle_fromlist(module, fromlist, import_, *, recursive=False):
    for x in fromlist:
        if not isinstance(x, str):
            where = module.__name__ + '.__all__' if recursive else "``from list''"
            raise TypeError(f"Item in {where} must be str, not {type(x).__name__}")
        elif x == '*':
            if not recursive and hasattr(module, '__all__'):
                _handle_fromlist(module, module.__all__, import_, recursive=True)
        elif not hasattr(module, x):
            from_name = f'{module.__name__}.{x}'
            try:
                import_(from_name)
            except ModuleNotFoundError as exc:
                if exc.name == from_name and sys.modules.get(from_name, _NEEDS_LOADING) is not None:
                    continue
                raise
    return module


_NEEDS_LOADING = object()


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """The import statement as a function (the default builtins.__import__)."""
    return _builtin_import(name, globals, locals, fromlist, level)


def _builtin_from_name(name):
    spec = BuiltinImporter.find_spec(name)
    if spec is None:
        raise ImportError('no built-in module named ' + name)
    return _load_unlocked(spec)


class _ImportLockContext:
    def __enter__(self):
        _imp.acquire_lock()

    def __exit__(self, exc_type, exc_value, exc_traceback):
        _imp.release_lock()


# Called by the C++ import system for every module it loads itself: `kind` 0 built-in, 1 frozen,
# 2 source file, 3 namespace package (then `package` is the list of its directories), 4 a .pyc without source. The module is
# fresh, so its attributes are stored directly (_init_module_attrs would ask for each one first).
def _ginger_setup(module, kind, origin, cached, package):
    name = module.__name__
    if kind == 3:
        spec = ModuleSpec(name, None, is_package=True)
        spec.submodule_search_locations = _bootstrap_external._NamespacePath(
            name, package, _bootstrap_external.PathFinder._get_spec)
        _init_module_attrs(spec, module)
        spec._initializing = True
        return spec
    attrs = module.__dict__
    if kind == 2 or kind == 4:
        loader_class = _bootstrap_external.SourceFileLoader if kind == 2 else _bootstrap_external.SourcelessFileLoader
        loader = loader_class(name, origin)
        spec = ModuleSpec(name, loader, origin=origin, is_package=package)
        spec._set_fileattr = True
        spec._cached = cached
        if package:
            spec.submodule_search_locations.append(origin.rpartition('/')[0])
        attrs['__file__'] = origin
        attrs['__cached__'] = cached
    elif kind == 1:
        loader = FrozenImporter
        spec = ModuleSpec(name, loader, origin='frozen', is_package=package)
    else:
        loader = BuiltinImporter
        spec = ModuleSpec(name, loader, origin='built-in')
    attrs['__loader__'] = loader
    attrs['__spec__'] = spec
    attrs['__package__'] = name if package else name.rpartition('.')[0]
    if package:
        attrs['__path__'] = spec.submodule_search_locations
    spec._initializing = True
    return spec


def _install(external):
    """Called once from C++: links the two halves, fills sys.meta_path and friends and gives the
    modules loaded so far their specs. Returns what the C++ side needs to recognise its own finders."""
    global _bootstrap_external
    _bootstrap_external = external
    external._set_bootstrap_module(sys.modules[__name__])
    sys.meta_path = [BuiltinImporter, FrozenImporter, external.PathFinder]
    hook = external.FileFinder.path_hook(*external._get_supported_file_loaders())
    sys.path_hooks = [hook]
    sys.path_importer_cache = {}
    for name, module in list(sys.modules.items()):
        if name == '__main__' or getattr(module, '__spec__', None) is not None:
            continue
        if name in ('sys', 'builtins') or _imp.is_builtin(name):
            spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
        elif _imp.is_frozen(name):
            spec = ModuleSpec(name, FrozenImporter, origin='frozen', is_package=_imp.is_frozen_package(name))
        else:
            continue
        _init_module_attrs(spec, module)
    return (BuiltinImporter, FrozenImporter, external.PathFinder, hook, _ginger_setup, _load_unlocked,
            _module_repr, external.FileFinder)
