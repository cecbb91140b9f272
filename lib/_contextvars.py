"""Context variables (PEP 567), Ginger's own implementation of the _contextvars module.

A Context maps ContextVars to values. Each thread has its own current context (a fresh, empty one when the
thread starts, as in CPython); Context.run() makes another current for the length of a call. Setting a variable changes the current context only, so a copy
made earlier by copy_context() keeps the values it had.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from _thread import _local

_MISSING = object()


class Context:
    __slots__ = ('_data', '_previous', '_entered')

    def __init__(self):
        self._data = {}
        self._previous = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        self._previous = _state.current
        self._entered = True
        _state.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.current = self._previous
            self._previous = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class _ThreadState(_local):
    def __init__(self):
        self.current = Context()


_state = _ThreadState()


def copy_context():
    return _state.current.copy()


class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        value = _state.current._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        context = _state.current
        old = context._data.get(self, _MISSING)
        context._data[self] = value
        return Token(context, self, Token.MISSING if old is _MISSING else old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._context is not _state.current:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is Token.MISSING:
            _state.current._data.pop(self, None)
        else:
            _state.current._data[self] = token._old_value
        token._used = True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"


class Token:
    __slots__ = ('_context', '_var', '_old_value', '_used')

    MISSING = type('Token.MISSING', (), {'__repr__': lambda self: '<Token.MISSING>'})()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"
