"""Shallow and deep copy operations (Ginger's own copy module).

copy(x) returns a shallow copy of x, deepcopy(x) a deep copy. A class can control copying by defining
__copy__() and __deepcopy__(memo), or through the pickle protocol (__reduce_ex__, __reduce__,
__getnewargs_ex__, __getnewargs__, __getstate__, __setstate__).
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass

error = Error   # backward compatible alias


def _function():
    pass

_NoneType = type(None)
_FunctionType = type(_function)
_BuiltinFunctionType = type(len)
_CodeType = type(_function.__code__)

# Objects of these types are returned as they are by both copy() and deepcopy().
_ATOMIC = {
    _NoneType, int, float, bool, str, bytes, type, range, property, _FunctionType, _BuiltinFunctionType,
    type(Ellipsis), type(NotImplemented), _CodeType,
}
try:
    _ATOMIC.add(complex)
except NameError:
    pass
try:
    from _weakref import ref as _weakref_type
    _ATOMIC.add(_weakref_type)
except ImportError:
    pass

# copy() also returns these as they are (they are immutable containers).
_COPY_IMMUTABLE = _ATOMIC | {tuple, frozenset, slice}

# copy() of these is their copy() method.
_COPY_BY_METHOD = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _COPY_IMMUTABLE:
        return x
    copier = _COPY_BY_METHOD.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _DEEPCOPY_DISPATCH.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _ATOMIC or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    # If x is its own copy, don't memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself through a list has been copied meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    return frozenset(y)


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEPCOPY_DISPATCH = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    bytearray: _deepcopy_bytearray,
}


class _Probe:
    def method(self):
        pass

try:
    _DEEPCOPY_DISPATCH[type(_Probe().method)] = _deepcopy_method
except Exception:
    pass
del _Probe


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so that its id is not reused while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# The pickle protocol: what the object says about how to rebuild it.

from copyreg import dispatch_table as _copyreg_dispatch

_OBJECT_REDUCE_EX = getattr(object, '__reduce_ex__', None)
_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def _reduce(x, cls, kind):
    # As pickle does: a reductor registered with copyreg.pickle() comes first.
    reductor = _copyreg_dispatch.get(cls)
    if reductor is not None:
        return reductor(x)
    if _OBJECT_REDUCE_EX is not None:
        reductor = getattr(x, '__reduce_ex__', None)
        if reductor is not None:
            return reductor(4)
        reductor = getattr(x, '__reduce__', None)
        if reductor:
            return reductor()
        raise Error("un(%s)copyable object of type %s" % (kind, cls))
    # A runtime without object.__reduce_ex__: a class's own reductor, else what object's would return.
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not _OBJECT_REDUCE:
        return reductor(x)
    return _default_reduce(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


_BUILTIN_BASES = (int, float, str, bytes, tuple, frozenset, bool)


def _default_reduce(x, cls):
    """What object.__reduce_ex__(4) returns, for a runtime that lacks it."""
    if cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            args = ()
            for base in cls.__mro__:
                if base in _BUILTIN_BASES:
                    args = (base(x),)
                    break
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, set):
        # A set's items are rebuilt through its constructor's argument.
        return cls, (list(x),), state, None, None
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listitems, dictitems
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _slot_names(cls):
    names = []
    for base in cls.__mro__:
        slots = base.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (base.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_state(x, cls):
    """What object.__getstate__() returns: the instance dict, with the slots' values if there are any."""
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if state is not None and not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if state is not None and name in state:
            continue
        slots[name] = value
    if slots:
        return state, slots
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
