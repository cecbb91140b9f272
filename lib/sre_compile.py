"""Deprecated alias of re._compiler, kept because old code imports it (as CPython 3.12 keeps it)."""

try:
    import warnings
except ImportError:
    pass
else:
    warnings.warn(f'module {__name__!r} is deprecated', DeprecationWarning, stacklevel=2)

from re import _compiler as _module

globals().update({name: value for name, value in vars(_module).items() if not name.startswith('__')})
del _module
