"""Ginger's dataclasses: the @dataclass decorator, field(), fields(), asdict(), astuple(), replace().

The generated methods are built as source text and compiled with exec(); values they need (defaults, factories,
the class itself) reach them through the globals dictionary of that exec. Annotations are evaluated objects in
Ginger, so ClassVar, InitVar and KW_ONLY are recognised by the objects themselves.
"""

import abc
import copy
import keyword
import reprlib
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()


class _FieldKind:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @reprlib.recursive_repr()
    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func is not None:
            func(self.default, owner, name)


_EMPTY_METADATA = types.MappingProxyType({})


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots',
                 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args=True, kw_only=False, slots=False,
                 weakref_slot=False):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r},match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},slots={self.slots!r},weakref_slot={self.weakref_slot!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    classvar = getattr(typing, 'ClassVar', None)
    if classvar is None:
        return False
    return annotation is classvar or getattr(annotation, '__origin__', None) is classvar


def _is_initvar(annotation):
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation):
    return annotation is KW_ONLY or type(annotation) is _KW_ONLY_TYPE


def _string_annotation_names(annotation):
    """For a string annotation "[module.]Name[...]", the pair (module or None, Name); else None.

    CPython matches the same prefix with a regular expression; Ginger's re needs _sre, so scan it.
    """
    words = []
    rest = annotation.lstrip()
    for _ in range(2):
        end = 0
        while end < len(rest) and (rest[end].isalnum() or rest[end] == '_'):
            end += 1
        if end == 0:
            return None
        words.append(rest[:end])
        rest = rest[end:].lstrip()
        if not rest.startswith('.') or len(words) == 2:
            break
        rest = rest[1:].lstrip()
    if len(words) == 1:
        return None, words[0]
    return words[0], words[1]


def _is_string_type(annotation, cls, module_name, predicate):
    """Whether a string annotation names, in cls's module, an object accepted by predicate."""
    names = _string_annotation_names(annotation)
    if names is None:
        return False
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    prefix, name = names
    if prefix is not None:
        # "typing.ClassVar": the name is looked up in that module, if the class's module calls it so.
        target = sys.modules.get(module_name)
        if target is None or module.__dict__.get(prefix) is not target:
            return False
        module = target
    return predicate(module.__dict__.get(name))


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, types.MemberDescriptorType):
        default = MISSING  # the descriptor of a __slots__ entry, not a default value
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation) or (isinstance(annotation, str)
                                    and _is_string_type(annotation, cls, 'typing', _is_classvar)):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation) or (isinstance(annotation, str)
                                     and _is_string_type(annotation, cls, 'dataclasses', _is_initvar)):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _make_function(name, params, body, namespace):
    """Compiles `def name(params): body` with namespace as its globals and returns the function."""
    lines = [f'def {name}({", ".join(params)}):']
    if not body:
        body = ['pass']
    for line in body:
        lines.append('    ' + line)
    source = '\n'.join(lines) + '\n'
    local_ns = {}
    exec(source, namespace, local_ns)
    return local_ns[name]


def _tuple_source(obj_name, field_list):
    if not field_list:
        return '()'
    return '(' + ''.join(f'{obj_name}.{f.name},' for f in field_list) + ')'


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init, globals_, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    namespace = {'__dataclass_MISSING__': MISSING, '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}
    namespace.update(globals_)

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'

    # A field may be called 'self': the instance then goes by another name.
    self_name = '__dataclass_self__' if any(f.name == 'self' for f in all_fields) else 'self'

    def assign(name, value):
        if frozen:
            return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
        return f'{self_name}.{name}={value}'

    body = []
    for f in all_fields:
        if f._field_type is _FIELD_CLASSVAR:
            continue
        value = None
        if f.default_factory is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_dflt_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = f'__dataclass_dflt_{f.name}__()'
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # With slots the class attribute is gone: __init__ stores the default.
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        # Otherwise a field with init=False and a plain default is left alone: reading it finds the class attribute.
        if value is not None and f._field_type is _FIELD:
            body.append(assign(f.name, value))
    if has_post_init:
        args = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({args})')

    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    fn = _make_function('__init__', params, body, namespace)
    fn.__annotations__ = {f.name: f.type for f in std_fields + kw_only_fields}
    fn.__annotations__['return'] = None
    return fn


def _frozen_methods(cls, field_list):
    namespace = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ''.join(f'{f.name!r},' for f in field_list) + ')'
    condition = f'type(self) is cls or name in {names}'
    setattr_fn = _make_function('__setattr__', ['self', 'name', 'value'], [
        f'if {condition}:',
        '    raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], namespace)
    delattr_fn = _make_function('__delattr__', ['self', 'name'], [
        f'if {condition}:',
        '    raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], namespace)
    for fn in (setattr_fn, delattr_fn):
        if _set_new_attribute(cls, fn.__name__, fn):
            raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')


def _repr_fn(field_list):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in field_list)
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return f'{self.__class__.__qualname__}({inner(self)})'
        finally:
            running.discard(key)

    inner = _make_function('__repr__', ['self'], [f'return f"{parts}"'], {})
    return __repr__


def _cmp_fn(name, op, field_list):
    return _make_function(name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f'    return {_tuple_source("self", field_list)}{op}{_tuple_source("other", field_list)}',
        'return NotImplemented'], {})


def _hash_fn(field_list):
    return _make_function('__hash__', ['self'], [f'return hash({_tuple_source("self", field_list)})'], {})


def _slots_of(cls):
    """The slot names a class defines itself (none for one with a __dict__ of its own)."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")  # an iterator is already used up
    return tuple(slots)


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, frozen, weakref_slot):
    """slots=True: the class is made again with __slots__ for its fields (and __weakref__ if asked), leaving
    out what its bases already have."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace = dict(cls.__dict__)
    namespace['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__
    # Methods generated for the old class refer to it by name (frozen __setattr__ calls super(cls, self)).
    for value in namespace.values():
        function_globals = getattr(value, '__globals__', None)
        if isinstance(function_globals, dict) and function_globals.get('cls') is cls:
            function_globals['cls'] = new_cls
    if frozen:
        # A frozen instance cannot be restored by setattr: pickle goes through these instead, unless the class
        # wrote its own.
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            new_cls.__setstate__ = _frozen_setstate
    return new_cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot=False):
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    fields_map = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_map[f.name] = f
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation) or (isinstance(annotation, str)
                                       and _is_string_type(annotation, cls, 'dataclasses', _is_kw_only)):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only))

    for f in own_fields:
        fields_map[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields_map)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields_map.values())
    real_fields = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
        std_fields = [f for f in init_fields if not f.kw_only]
        kw_fields = [f for f in init_fields if f.kw_only]
        module = sys.modules.get(cls.__module__)
        globals_ = dict(module.__dict__) if module is not None else {}
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init, globals_, slots))

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in real_fields if f.repr]))

    compare_fields = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', compare_fields))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compare_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        _frozen_methods(cls, real_fields)

    # The __hash__ decision follows the table of CPython's documentation.
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        fn = _hash_fn([f for f in real_fields if (f.compare if f.hash is None else f.hash)])
        fn.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = fn
    elif eq and frozen:
        if not has_explicit_hash:
            fn = _hash_fn([f for f in real_fields if (f.compare if f.hash is None else f.hash)])
            fn.__qualname__ = f'{cls.__qualname__}.__hash__'
            cls.__hash__ = fn
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _class_signature_text(cls)
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)  # the generated methods may implement abstract ones (__lt__, ...)
    return cls


def _class_signature_text(cls):
    """str(inspect.signature(cls)) without ' -> None', or '' when the class has no signature."""
    if any('__call__' in meta.__dict__ for meta in type(cls).__mro__ if meta is not type and meta is not object):
        # A metaclass __call__ decides what calling the class means: ask inspect.
        import inspect
        try:
            return str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            return ''
    return _signature_text(cls.__init__)


def _format_annotation(annotation):
    # inspect.formatannotation's rules (Ginger has no inspect yet).
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(init):
    """What str(inspect.signature(cls)) gives for a class whose __init__ is `init`, without ' -> None'."""
    code = getattr(init, '__code__', None)
    if code is None:
        return '()'  # object.__init__
    names = code.co_varnames
    positional = code.co_argcount
    kwonly = code.co_kwonlyargcount
    annotations = getattr(init, '__annotations__', None) or {}
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    first_default = positional - len(defaults)

    def param(name, default=MISSING, prefix=''):
        text = prefix + name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
            if default is not MISSING:
                text += ' = ' + repr(default)
        elif default is not MISSING:
            text += '=' + repr(default)
        return text

    params = []
    for i in range(1, positional):  # skip self
        params.append(param(names[i], defaults[i - first_default] if i >= first_default else MISSING))
        if code.co_posonlyargcount and i == code.co_posonlyargcount - 1:
            params.append('/')
    index = positional + kwonly
    if code.co_flags & 0x04:
        params.append(param(names[index], prefix='*'))
        index += 1
    elif kwonly:
        params.append('*')
    for i in range(positional, positional + kwonly):
        params.append(param(names[i], kwdefaults.get(names[i], MISSING)))
    if code.co_flags & 0x08:
        params.append(param(names[index], prefix='**'))
    text = '(' + ', '.join(params) + ')'
    if 'return' in annotations and annotations['return'] is not None:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields_map = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields_map.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _rebuild_dict(obj, items):
    """A dict of obj's type holding items; a defaultdict keeps its default_factory (its first argument)."""
    if hasattr(type(obj), 'default_factory'):
        result = type(obj)(obj.default_factory)
        for key, value in items:
            result[key] = value
        return result
    return type(obj)(items)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items()]
        return _rebuild_dict(obj, items)
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items()]
        return _rebuild_dict(obj, items)
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    ns = dict(namespace) if namespace is not None else {}
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    ns['__module__'] = module
    # new_class resolves __mro_entries__ (a base may be Parent[int]) and picks the metaclass.
    cls = types.new_class(cls_name, tuple(bases), {}, lambda body: body.update(ns))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
