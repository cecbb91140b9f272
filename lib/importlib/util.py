"""Utilities around the import system (importlib.util): finding specs, making modules from them,
the __pycache__ naming rules."""

import sys
import types
from _frozen_importlib import module_from_spec, spec_from_loader, _resolve_name, _find_spec
import _imp
from _frozen_importlib_external import (
    MAGIC_NUMBER, _RAW_MAGIC_NUMBER, cache_from_source, decode_source, source_from_cache, spec_from_file_location)


def source_hash(source_bytes):
    """The hash of a source, as hash-based .pyc files record it."""
    return _imp.source_hash(_RAW_MAGIC_NUMBER, source_bytes)


def resolve_name(name, package):
    """The absolute name of a relative module name ('..mod') within `package`."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: its __spec__ if imported already, else what sys.meta_path finds.
    The parent package of a submodule is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f'__path__ attribute not found on {parent_name!r} '
                    f'while trying to find {fullname!r}', name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


class _LazyModule(types.ModuleType):
    """A module whose loader runs on the first attribute access."""

    def __getattribute__(self, attr):
        spec = object.__getattribute__(self, '__spec__')
        state = spec.loader_state
        if state['loading']:
            return object.__getattribute__(self, attr)
        state['loading'] = True
        # From now on an ordinary module: run the real loader, then answer.
        self.__class__ = types.ModuleType
        spec.loader.exec_module(self)
        return getattr(self, attr)

    def __delattr__(self, attr):
        self.__getattribute__('__class__')
        delattr(self, attr)


class LazyLoader:
    """Wraps a loader so that a module runs only when one of its attributes is first used."""

    @staticmethod
    def _check(loader):
        if not hasattr(loader, 'exec_module'):
            raise TypeError('loader must define exec_module()')

    @classmethod
    def factory(cls, loader):
        """A function making lazy loaders around `loader(*args, **kwargs)`."""
        cls._check(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def __init__(self, loader):
        self._check(loader)
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {'loading': False}
        module.__class__ = _LazyModule
