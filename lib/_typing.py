"""The objects behind type parameters: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic.

CPython writes these in C (Objects/typevarobject.c); Ginger writes them in Python. Everything that
needs the rest of `typing` (Union, substitution, Generic[...]) imports it lazily, as CPython does.

The compiler lowers PEP 695 syntax to calls of these entry points:

    _make_typevar(name, bound_function, constraints_function)
        `def f[T: int]` / `class C[T: (int, str)]`: a TypeVar whose __bound__ / __constraints__ are
        bound_function() / constraints_function(), evaluated on first access (either may be None).
        Its variance is inferred (__infer_variance__ is True).
    _make_paramspec(name)          `**P`: a ParamSpec with inferred variance.
    _make_typevartuple(name)       `*Ts`: a TypeVarTuple.
    _make_typealias(name, type_params, value_function)
        `type X[T] = ...`: a TypeAliasType whose __value__ is value_function(), evaluated on first
        access and cached; type_params is a tuple or None (meaning ()).
    _subscript_generic(params)     `class C[T]`: Generic[*params], the implicit base.

Each of them takes __module__ from its caller's globals.
"""

import sys

__all__ = ["TypeVar", "ParamSpec", "TypeVarTuple", "ParamSpecArgs", "ParamSpecKwargs",
           "TypeAliasType", "Generic"]

_NOT_COMPUTED = object()


def _typing():
    import typing
    return typing


def _caller_module(depth):
    # depth counts frames above the function that calls _caller_module.
    try:
        return sys._getframe(depth + 1).f_globals.get("__name__")  # None when exec() had no __name__
    except (AttributeError, ValueError):
        return None


def _idfunc(_, x):
    return x


def _variance_prefix(var):
    if var.__infer_variance__:
        return ""
    if var.__covariant__:
        return "+"
    if var.__contravariant__:
        return "-"
    return "~"


def _check_variance(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise ValueError("Bivariant types are not supported.")
    if infer_variance and (covariant or contravariant):
        raise ValueError("Variance cannot be specified with infer_variance.")


def _no_subclassing(name):
    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"type 'typing.{name}' is not an acceptable base type")
    return classmethod(__init_subclass__)


class _ReadOnly:
    """Instances of the type-parameter classes refuse attribute assignment, as C objects do."""
    __slots__ = ()
    _getset_names = False  # True where CPython exposes the attributes as getsets, not members

    def __setattr__(self, name, value):
        if name == "__module__":
            object.__setattr__(self, name, value)
            return
        if isinstance(getattr(type(self), name, None), property) and type(self)._getset_names:
            raise AttributeError(f"attribute '{name}' of 'typing.{type(self).__name__}' objects is not writable")
        if hasattr(type(self), name) or name in self.__dict__:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")


def _set(obj, **fields):
    for name, value in fields.items():
        object.__setattr__(obj, name, value)


class TypeVar(_ReadOnly):
    """Type variable: T = TypeVar('T'), with optional constraints, bound and variance."""

    __init_subclass__ = _no_subclassing("TypeVar")

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"TypeVar() argument 'name' must be str, not {type(name).__name__}")
        _check_variance(covariant, contravariant, infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if bound is not None:
            bound = _typing()._type_check(bound, "Bound must be a type.")
        _set(self, __name__=name, _bound=bound, _bound_function=None, _constraints=tuple(constraints),
             _constraints_function=None, __covariant__=bool(covariant),
             __contravariant__=bool(contravariant), __infer_variance__=bool(infer_variance),
             __module__=_caller_module(1))

    @property
    def __bound__(self):
        if self._bound is _NOT_COMPUTED:
            object.__setattr__(self, "_bound", self._bound_function())
        return self._bound

    @property
    def __constraints__(self):
        if self._constraints is _NOT_COMPUTED:
            object.__setattr__(self, "_constraints", tuple(self._constraints_function()))
        return self._constraints

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __or__(self, right):
        return _typing().Union[self, right]

    def __ror__(self, left):
        return _typing().Union[left, self]

    def __typing_subst__(self, arg):
        return _typing()._typevar_subst(self, arg)

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class _ParamSpecAttribute(_ReadOnly):
    """What ParamSpecArgs and ParamSpecKwargs share: an origin ParamSpec and a suffix in the repr."""

    def __init__(self, origin):
        _set(self, __origin__=origin)

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._suffix}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class ParamSpecArgs(_ParamSpecAttribute):
    """The type of P.args for a ParamSpec P."""

    __init_subclass__ = _no_subclassing("ParamSpecArgs")
    _suffix = "args"


class ParamSpecKwargs(_ParamSpecAttribute):
    """The type of P.kwargs for a ParamSpec P."""

    __init_subclass__ = _no_subclassing("ParamSpecKwargs")
    _suffix = "kwargs"


class ParamSpec(_ReadOnly):
    """Parameter specification variable: P = ParamSpec('P'), for Callable[P, T]."""

    __init_subclass__ = _no_subclassing("ParamSpec")

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"ParamSpec() argument 'name' must be str, not {type(name).__name__}")
        _check_variance(covariant, contravariant, infer_variance)
        # CPython 3.12 compat: ParamSpec(bound=None) records NoneType, unlike TypeVar.
        bound = _typing()._type_check(bound, "Bound must be a type.")
        _set(self, __name__=name, __bound__=bound, __covariant__=bool(covariant),
             __contravariant__=bool(contravariant), __infer_variance__=bool(infer_variance),
             __module__=_caller_module(1))

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __or__(self, right):
        return _typing().Union[self, right]

    def __ror__(self, left):
        return _typing().Union[left, self]

    def __typing_subst__(self, arg):
        return _typing()._paramspec_subst(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._paramspec_prepare_subst(self, alias, args)

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpec")


class TypeVarTuple(_ReadOnly):
    """Variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts or Unpack[Ts]."""

    __init_subclass__ = _no_subclassing("TypeVarTuple")

    def __init__(self, name):
        if not isinstance(name, str):
            raise TypeError(f"TypeVarTuple() argument 'name' must be str, not {type(name).__name__}")
        _set(self, __name__=name, __module__=_caller_module(1))

    def __iter__(self):
        yield _typing().Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        return _typing()._typevartuple_prepare_subst(self, alias, args)

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")


def _generic_alias(origin, args):
    # types.GenericAlias(origin, args); Ginger builds one through the PEP 585 hook of a builtin.
    return list.__dict__["__class_getitem__"].__get__(None, origin)(args)


class TypeAliasType(_ReadOnly):
    """Type alias: the value of a `type X = ...` statement, or TypeAliasType(name, value, type_params=())."""

    _getset_names = True

    __init_subclass__ = _no_subclassing("TypeAliasType")

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"typealias() takes exactly 2 positional arguments ({len(args)} given)")
        names = ("name", "value")
        fields = dict(zip(names, args))
        type_params = ()
        for key, value in kwargs.items():
            if key == "type_params":
                type_params = value
            elif key in names and key not in fields:
                fields[key] = value
            else:
                raise TypeError(f"typealias() got an unexpected keyword argument '{key}'")
        for key in names:
            if key not in fields:
                raise TypeError(f"typealias() missing required argument '{key}' (pos {names.index(key) + 1})")
        name = fields["name"]
        if not isinstance(name, str):
            raise TypeError(f"typealias() argument 'name' must be str, not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        _set(self, __name__=name, _value=fields["value"], _value_function=None,
             __type_params__=type_params, __module__=_caller_module(1))

    @property
    def __value__(self):
        if self._value is _NOT_COMPUTED:
            object.__setattr__(self, "_value", self._value_function())
        return self._value

    @property
    def __parameters__(self):
        parameters = []
        for param in self.__type_params__:
            if isinstance(param, TypeVarTuple):
                parameters.extend(param)
            else:
                parameters.append(param)
        return tuple(parameters)

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _generic_alias(self, parameters)

    def __repr__(self):
        return self.__name__

    def __or__(self, right):
        return _typing().Union[self, right]

    def __ror__(self, left):
        return _typing().Union[left, self]

    def __reduce__(self):
        return self.__name__


class Generic:
    """Abstract base class for generic types: class C(Generic[T]) makes C[int] meaningful."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _typing()._generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        return _typing()._generic_init_subclass(cls, *args, **kwargs)


for _cls in (TypeVar, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVarTuple, TypeAliasType, Generic):
    _cls.__module__ = "typing"
del _cls


# ---- Entry points for PEP 695 syntax ----

def _make_typevar(name, bound_function, constraints_function):
    var = TypeVar(name, infer_variance=True)
    _set(var, __module__=_caller_module(1))
    if bound_function is not None:
        _set(var, _bound=_NOT_COMPUTED, _bound_function=bound_function)
    if constraints_function is not None:
        _set(var, _constraints=_NOT_COMPUTED, _constraints_function=constraints_function)
    return var


def _make_paramspec(name):
    var = ParamSpec(name, infer_variance=True)
    _set(var, __bound__=None, __module__=_caller_module(1))
    return var


def _make_typevartuple(name):
    var = TypeVarTuple(name)
    _set(var, __module__=_caller_module(1))
    return var


def _make_typealias(name, type_params, value_function):
    alias = TypeAliasType(name, _NOT_COMPUTED, type_params=() if type_params is None else tuple(type_params))
    _set(alias, _value_function=value_function, __module__=_caller_module(1))
    return alias


def _subscript_generic(params):
    # As CPython's INTRINSIC_SUBSCRIPT_GENERIC: TypeVarTuples become *Ts, and the alias is built
    # directly (the compiler has already checked the parameters are unique type parameters).
    unpacked = []
    for param in params:
        if isinstance(param, TypeVarTuple):
            unpacked.extend(param)
        else:
            unpacked.append(param)
    return _typing()._GenericAlias(Generic, tuple(unpacked))


# ---- types.GenericAlias and types.UnionType: parameters and substitution ----
# The C++ types (src/objects/genericalias.cpp) call these two for __parameters__ and alias[...], as
# CPython's _Py_make_parameters and _Py_subs_parameters do in C.

def _alias_parameters(args):
    """The type variables among args (and inside them), in order of first appearance."""
    parameters = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, "__typing_subst__"):
            found = (arg,)
        else:
            found = getattr(arg, "__parameters__", None)
            if not isinstance(found, tuple):
                continue
        for param in found:
            if not any(param is p for p in parameters):
                parameters.append(param)
    return tuple(parameters)


def _unpack_alias_args(item):
    # *tuple[int, str] among the arguments stands for int, str (but *tuple[int, ...] stays whole).
    args = []
    for arg in item if isinstance(item, tuple) else (item,):
        if not isinstance(arg, type):
            sub = getattr(arg, "__typing_unpacked_tuple_args__", None)
            if isinstance(sub, tuple) and not (sub and sub[-1] is ...):
                args.extend(sub)
                continue
        args.append(arg)
    return tuple(args)


def _param_index(parameters, param):
    for i, p in enumerate(parameters):
        if p is param:
            return i
    return -1


def _alias_substitute(alias, args, item):
    """The new arguments of alias[item]: each type variable in args replaced by its value."""
    parameters = alias.__parameters__
    if not parameters:
        raise TypeError(f"{alias!r} is not a generic class")
    item = _unpack_alias_args(item)
    for param in parameters:
        prepare = getattr(param, "__typing_prepare_subst__", None)
        if prepare is not None:
            item = prepare(alias, item)
            if not isinstance(item, tuple):
                item = (item,)
    if len(item) != len(parameters):
        raise TypeError(f"Too {'many' if len(item) > len(parameters) else 'few'} arguments for {alias!r}; "
                        f"actual {len(item)}, expected {len(parameters)}")
    new_args = []
    for arg in args:
        if isinstance(arg, type):
            new_args.append(arg)
            continue
        unpack = not isinstance(arg, type) and getattr(arg, "__typing_is_unpacked_typevartuple__", False)
        subst = getattr(arg, "__typing_subst__", None)
        if subst is not None:
            arg = subst(item[_param_index(parameters, arg)])
        else:
            sub_parameters = getattr(arg, "__parameters__", None)
            if isinstance(sub_parameters, tuple) and sub_parameters:
                sub_args = []
                for param in sub_parameters:
                    i = _param_index(parameters, param)
                    value = item[i] if i >= 0 else param
                    if i >= 0 and hasattr(type(parameters[i]), "__iter__") and isinstance(value, tuple):
                        sub_args.extend(value)
                    else:
                        sub_args.append(value)
                arg = arg[tuple(sub_args)]
        if unpack:
            new_args.extend(arg)
        else:
            new_args.append(arg)
    return tuple(new_args)


def _starred_alias(origin, args):
    # Unpickles *tuple[int, str] (the starred form of a types.GenericAlias).
    return next(iter(_generic_alias(origin, args)))
