"""Ginger's importlib: the import system as Python functions (import_module, reload,
invalidate_caches, __import__). The machinery lives in _frozen_importlib and
_frozen_importlib_external, which the C++ import system loads with the first import."""

import sys
import _imp
try:
    import _frozen_importlib as _bootstrap
    import _frozen_importlib_external as _bootstrap_external
except ImportError:
    # test.support's import_fresh_module() blocks the frozen modules to get an importlib "from source".
    # Ginger has a single bootstrap, so this importlib is built on it too, reached through sys's loader.
    _bootstrap_external = sys.__spec__.loader.find_spec.__func__.__globals__['_bootstrap_external']
    _bootstrap = _bootstrap_external._bootstrap

# The two halves are importlib._bootstrap and importlib._bootstrap_external, as in CPython.
_bootstrap.__name__ = 'importlib._bootstrap'
_bootstrap.__package__ = 'importlib'
_bootstrap_external.__name__ = 'importlib._bootstrap_external'
_bootstrap_external.__package__ = 'importlib'
sys.modules['importlib._bootstrap'] = _bootstrap
sys.modules['importlib._bootstrap_external'] = _bootstrap_external

__import__ = _bootstrap.__import__

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def invalidate_caches():
    """Calls invalidate_caches() on every finder of sys.meta_path that has it."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Imports a module; a relative name ('..mod') needs the `package` it is relative to."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


_RELOADING = {}


def reload(module):
    """Finds the module again and re-runs its code in the same module object."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f'parent {parent_name!r} not in sys.modules', name=parent_name) from None
            else:
                search = parent.__path__
        else:
            search = None
        spec = module.__spec__ = _bootstrap._find_spec(name, search, module)
        if spec is None:
            raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
        _bootstrap._exec(spec, module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
