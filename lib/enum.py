"""Ginger's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and the functional API.

The metaclass EnumType collects the members while the class body runs (its __prepare__ returns an _EnumDict that
resolves auto() values in order), then turns each of them into an instance of the new class. Calling an enum class
with one argument looks a member up by value; with names it creates a new enum (the functional API).
"""

import builtins
import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto', 'unique',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'global_enum_repr', 'global_flag_repr',
           'global_str', 'FlagBoundary', 'EnumCheck', 'UNIQUE', 'CONTINUOUS', 'NAMED_FLAGS', 'verify', 'member',
           'nonmember', 'property', 'pickle_by_global_name', 'pickle_by_enum_name']

STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'


class auto:
    """Stands for a value the enum computes with _generate_next_value_."""

    def __init__(self, value=None):
        self.value = value if value is not None else _AUTO_PENDING

    def __repr__(self):
        return f'auto({self.value!r})'


class _AutoPending:
    def __repr__(self):
        return '_auto_null'


_AUTO_PENDING = _AutoPending()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    if cls_name is None:
        return False
    prefix = f'_{cls_name.lstrip("_")}__'
    return name.startswith(prefix) and not name.endswith('__')


class member:
    """Forces an attribute of an enum class body to become a member (a function, for example)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """enum.property: on a member it works as property() does; on the enum class it gives the member of that
    name (so members named like attributes, e.g. `name`, keep working). The metaclass also puts one in place
    of each member whose name an attribute or descriptor of a base class already uses."""

    member = None  # the member this redirect stands for on the class
    _attr_type = None  # 'enum', 'desc' or 'attr': what the member's name shadows in a base class
    _cls_type = None  # the base class holding that attribute
    name = None
    clsname = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(f'{owner!r} has no attribute {self.name!r}')
        if self.fget is not None:
            return self.fget(instance)
        if self._attr_type == 'attr':
            return getattr(self._cls_type, self.name)
        if self._attr_type == 'desc':
            return getattr(instance._value_, self.name)
        try:
            return owner._member_map_[self.name]
        except KeyError:
            raise AttributeError(f'{owner!r} has no attribute {self.name!r}') from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute {self.name!r}")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute {self.name!r}")
        self.fdel(instance)


def _member_slot(enum_class, name, member):
    """What the class attribute `name` of a new member is: the member itself, or an enum.property redirecting to
    it when a base class already has a descriptor of that name (an enum.property, or e.g. int.numerator, which
    members must keep answering with their value's attribute)."""
    found, kind, holder = None, None, None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, (property, DynamicClassAttribute)):
            found, kind, holder = attr, 'enum', base
            break
        if _is_descriptor(attr):
            found = attr
            kind = kind or 'desc'
            holder = holder or base
        else:
            kind, holder = 'attr', base
    if found is None:
        return member
    redirect = property()
    redirect.member = member
    redirect.__set_name__(enum_class, name)
    if kind in ('enum', 'desc'):
        redirect.fget = getattr(found, 'fget', None)
        redirect.fset = getattr(found, 'fset', None)
        redirect.fdel = getattr(found, 'fdel', None)
    redirect._attr_type = kind
    redirect._cls_type = holder
    return redirect


def _default_next_value(name, start, count, last_values):
    # the last value + 1; values that do not sort or add up fall back to the latest one that does, with
    # CPython 3.12's DeprecationWarning
    if not last_values:
        return start
    try:
        last = last_values[-1]
        last_values.sort()
        if last == last_values[-1]:
            return last + 1
        raise TypeError
    except TypeError:
        import warnings
        warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be '
                      'sortable and support adding +1\nand the value returned will be the largest value in the enum '
                      'incremented by 1', DeprecationWarning, stacklevel=4)
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start


_ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_', '_iter_member_',
                    '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """The class body namespace of an enum: remembers the member names in order and resolves auto()."""

    def __init__(self, cls_name=None, generate=_default_next_value):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []
        self._last_values = []
        self._generate = generate
        self._ignore = []
        self._auto_called = False

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, 'keys') else members
        for key, value in items:
            self[key] = value
        for key, value in more.items():
            self[key] = value

    def __setitem__(self, key, value):
        if self._cls_name is not None and isinstance(value, type):
            qualname = getattr(value, '__qualname__', '')
            inner = f'{self._cls_name}.{getattr(value, "__name__", "")}'
            if qualname == inner or qualname.endswith('.' + inner):
                import warnings
                warnings.warn('In 3.13 classes created inside an enum will not become a member.  Use the `member` '
                              'decorator to keep the current behavior.', DeprecationWarning, stacklevel=2)
        if isinstance(value, nonmember):
            super().__setitem__(key, value.value)
            return
        forced = isinstance(value, member)
        if forced:
            value = value.value
        elif _is_private(self._cls_name, key) or _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
            if _is_sunder(key) and not _is_private(self._cls_name, key) and key not in _ALLOWED_SUNDERS:
                raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
            if key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
                self._ignore = value
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                if not isinstance(value, staticmethod):
                    value = staticmethod(value)
                self._generate = value.__func__
            if key in self._member_names:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            super().__setitem__(key, value)
            return
        if key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        if key in self._ignore:
            super().__setitem__(key, value)
            return
        if key in self:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        if isinstance(value, auto) or (isinstance(value, tuple) and any(isinstance(v, auto) for v in value)):
            # each auto() in the value gets the next value; those values (not the tuple) count as last values
            single = isinstance(value, auto)
            items = []
            for v in ((value,) if single else value):
                if isinstance(v, auto):
                    if v.value is _AUTO_PENDING:
                        v.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    v = v.value
                    self._last_values.append(v)
                items.append(v)
            value = items[0] if single else tuple(items)
        else:
            self._last_values.append(value)
        self._member_names.append(key)
        super().__setitem__(key, value)


_EnumBase = None  # the class Enum once it exists


def _find_member_type(cls_name, bases):
    """The data type an enum is mixed with (object if none): the first class of each base's MRO with its own
    __new__ (or dataclass fields), or the subclass of it that comes first; an enum base gives its own."""
    if bases and not isinstance(bases[-1], EnumType):
        raise TypeError('new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] '
                        'enum_type)`')
    found = set()
    for chain_base in bases:
        candidate = None
        for base in chain_base.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found.add(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(found) > 1:
        raise TypeError(f'too many data types for {cls_name!r}: {found!r}')
    return found.pop() if found else object


def _find_value_repr(bases):
    """How the repr() of a member shows its value: the repr of the data type an enum is mixed with."""
    for chain_base in bases:
        for base in chain_base.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base._value_repr_
            if '__repr__' in base.__dict__:
                params = base.__dict__.get('__dataclass_params__')
                if '__dataclass_fields__' in base.__dict__ and params is not None and params.repr:
                    return _dataclass_repr
                return base.__dict__['__repr__']
    return None


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ', '.join(f'{name}={getattr(self, name)!r}' for name, field in fields.items() if field.repr)


def _find_enum_base(bases):
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType):
                return klass
    return None


class EnumType(type):

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = _default_next_value
        _find_member_type(cls, bases)
        first = _find_enum_base(bases)
        if first is not None:
            found = getattr(first, '_generate_next_value_', None)
            if found is not None:
                generate = found
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names)
        invalid = [name for name in member_names if name in ('mro', '')]
        if invalid:
            raise ValueError(f"invalid enum member name(s) {','.join(repr(n) for n in invalid)}")
        members = [(name, dict.__getitem__(classdict, name)) for name in member_names]
        for name in member_names:
            dict.__delitem__(classdict, name)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend <enum {base.__name__!r}>')
        namespace = dict(classdict)
        order = namespace.pop('_order_', None)
        for name in getattr(classdict, '_ignore', ()):
            namespace.pop(name, None)
        namespace.pop('_ignore_', None)
        member_type = _find_member_type(cls, bases)
        custom_new = namespace.pop('__new__', None) if _EnumBase is not None else None
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = _find_value_repr(bases)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if custom_new is not None:
            type.__setattr__(enum_class, '__new_member__', custom_new)
            new_member = custom_new
        else:
            new_member = getattr(enum_class, '__new_member__', None)
            if new_member is None:
                new_member = member_type.__new__
        type.__setattr__(enum_class, '_new_member_', new_member)
        if boundary is not None:
            type.__setattr__(enum_class, '_boundary_', boundary)

        # Methods of the enum chain take precedence over those of the data type (int.__repr__ and the like);
        # a direct subclass of ReprEnum keeps str() and format() of its data type.
        if _EnumBase is not None:
            first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else _find_enum_base(bases)
            if _ReprEnum is not None and _ReprEnum in bases:
                if member_type is object:
                    raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, '
                                    'etc.)')
                if '__format__' not in classdict:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                if '__str__' not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if first_enum is None or name in classdict or name in enum_class.__dict__:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            type.__setattr__(enum_class, '__new__', _EnumBase.__dict__['__new__'])

        for name, value in members:
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is object.__new__:
                member = object.__new__(enum_class)
            else:
                member = new_member(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    try:
                        member._value_ = member_type(*args)
                    except Exception as exc:
                        raise TypeError('_value_ not set in __new__, unable to create it') from exc
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == member._value_:
                    canonical = existing
                    break
            if canonical is not None:
                member = canonical
            elif _FlagBase is not None and issubclass(enum_class, _FlagBase) and not _is_single_bit(member._value_):
                pass  # a multi-bit flag is an alias of its bits: not iterated
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                enum_class._unhashable_values_.append(member._value_)
            type.__setattr__(enum_class, name, _member_slot(enum_class, name, member))

        if _FlagBase is not None and issubclass(enum_class, _FlagBase):
            mask = singles = 0
            for member in enum_class._member_map_.values():
                mask |= member._value_
                if _is_single_bit(member._value_):
                    singles |= member._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_singles_mask_', singles)
            type.__setattr__(enum_class, '_all_bits_', (1 << mask.bit_length()) - 1)
            # the operators stay Flag's even when a data type (int) comes first in the MRO
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, _FlagBase.__dict__[op])
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            member_map = enum_class._member_map_
            if _FlagBase is not None and issubclass(enum_class, _FlagBase):
                order = [n for n in order if n not in member_map or _is_single_bit(member_map[n]._value_)]
            order = [n for n in order if n not in member_map or n in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n  {enum_class._member_names_!r}\n  '
                                f'{order!r}')
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if cls._member_map_:
            # a class with members: value lookup (several arguments make one tuple value)
            if names:
                value = (value, names) + values
            return cls._lookup_(value)
        if names is None and type is None:
            raise TypeError(f'{cls} has no members; specify `names=()` if you meant to create a new, empty, '
                            'enum')
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        if not cls._member_map_:
            raise TypeError(f'{cls!r} has no members defined')
        try:
            result = cls._missing_(value)
            error = None
        except Exception as exc:
            result, error = None, exc
        if isinstance(result, cls):
            return result
        if (_FlagBase is not None and issubclass(cls, _FlagBase) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a '
                              'valid member')
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumType.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        if isinstance(names, dict):
            names = names.items()
        for name, value in names:
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                module = None
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        # CPython's helper for modules that turn their constants into an enum (signal.Signals, ...): the
        # names `filter` accepts, sorted by value then name, replace the module's constants.
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source is not None else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            members.sort(key=lambda item: item[0])  # values that do not compare: by name only
        if boundary is None and _FlagBase is not None and issubclass(cls, _FlagBase):
            boundary = KEEP
        enum_class = cls._create_(name, members, module=module, boundary=boundary)
        if as_global:
            global_enum(enum_class)
        else:
            module_globals.update(enum_class.__members__)
        module_globals[name] = enum_class
        return enum_class

    def __contains__(cls, value):
        if isinstance(value, cls):
            return value._name_ in cls._member_map_ or value._value_ in cls._value2member_map_
        try:
            return value in cls._value2member_map_ or value in cls._unhashable_values_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {name!r}.')
        super().__delattr__(name)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @builtins.property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if _FlagBase is not None and issubclass(cls, _FlagBase):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType
_ReprEnum = None
_FlagBase = None


def _is_single_bit(value):
    return value != 0 and (value & (value - 1)) == 0


class Enum(metaclass=EnumType):

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_

    @classmethod
    def __signature__(cls):
        # what inspect.signature() shows for calling the class: a lookup, or the functional API
        if cls._member_names_:
            return '(*values)'
        return '(new_class_name, /, names, *, module=None, qualname=None, type=None, start=1, boundary=None)'

    def __new__(cls, value):
        return EnumType._lookup_(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = (self.__class__._value_repr_ or repr)(self._value_)
        return f'<{self.__class__.__name__}.{self._name_}: {value_repr}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        # the data type's attributes, the public attributes of the member and of its classes, not the members
        member_map = self._member_map_
        names = set(object.__dir__(self)) if self.__class__._member_type_ is not object else set()
        names.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_' and n not in member_map)
        for klass in self.__class__.__mro__:
            for n, attr in klass.__dict__.items():
                if n[0] == '_':
                    continue
                if isinstance(attr, property) and attr.fget is None and n in member_map:
                    names.discard(n)
                elif isinstance(attr, property) or n not in member_map:
                    names.add(n)
        names.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(names)


_EnumBase = Enum


class ReprEnum(Enum):
    """Only the repr() is the enum's; str() and format() are those of the mixed-in type."""


_ReprEnum = ReprEnum


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bit_values(value):
    bits = []
    while value:
        low = value & -value
        bits.append(low)
        value ^= low
    return bits


class Flag(Enum, boundary=STRICT):
    _numeric_repr_ = repr  # how the unnamed bits of a KEEP pseudo-member show in its name (re uses hex)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length()
        except Exception:
            raise TypeError(f'invalid flag value {last!r}') from None
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        # a combination of members (a pseudo-member, cached); bits outside the members follow _boundary_
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask, singles, all_bits = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary == STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n    given {_bin(value, width)}\n'
                                 f'  allowed {_bin(flag_mask, width)}')
            elif boundary == CONFORM:
                value &= flag_mask
            elif boundary == EJECT:
                return value
            elif boundary == KEEP:
                if value < 0:
                    value += max(all_bits + 1, 1 << value.bit_length())
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {boundary!r}')
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles
        single_value = value & singles
        if unknown and boundary != KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} [{bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if single_value or aliases:
            members = sorted((cls._value2member_map_[bit] for bit in _bit_values(single_value)),
                             key=lambda m: m._sort_order_)
            combined = single_value
            if aliases:
                wanted = single_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & wanted == m._value_:
                        members.append(m)
                        combined |= m._value_
                value = wanted
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join(m._name_ for m in members)
                if unknown and boundary == STRICT:
                    raise ValueError(f'{cls!r}: no members with value {unknown!r}')
                if unknown:
                    pseudo._name_ += f'|{cls._numeric_repr_(unknown)}'
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = (self.__class__._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return f'<{cls_name}: {value_repr}>'
        return f'<{cls_name}.{self._name_}: {value_repr}>'

    def __str__(self):
        if self._name_ is None:
            return f'{self.__class__.__name__}({self._value_!r})'
        return f'{self.__class__.__name__}.{self._name_}'

    def __iter__(self):
        for member in self.__class__:
            if member._value_ & self._value_:
                yield member

    def __len__(self):
        return len(_bit_values(self._value_ & self._flag_mask_))

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and "
                            f"{self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ == EJECT or self._boundary_ == KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


_FlagBase = Flag


def _bin(value, width=None):
    """value in two's complement, as enum's error messages show it: '0b0 0101' or '0b1 1011' (sign bit apart),
    padded with the sign to `width` digits."""
    ceiling = 1 << value.bit_length()
    if value >= 0:
        sign, digits = '0', bin(value + ceiling)[3:]
    else:
        sign, digits = '1', bin(~value ^ (2 * ceiling - 1))[3:]
    if width is not None and len(digits) < width:
        digits = (sign * width + digits)[-width:]
    return f'0b{sign} {digits}'


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    # int comes before Flag in the MRO: take Flag's operators back so results stay members.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


def global_enum_repr(self):
    """repr() of a member of a global enum: module.NAME, with the last part of a dotted module name."""
    return f"{self.__class__.__module__.rpartition('.')[2]}.{self._name_}"


def global_flag_repr(self):
    """repr() of a global flag: module.NAME, or module.A|module.B for a combination (unnamed bits of a KEEP flag
    stay as they are, e.g. re.IGNORECASE|0x100000), or module.Class(value) when no bit has a name."""
    module = self.__class__.__module__.rpartition('.')[2]
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    if _is_single_bit(self._value_):
        return f'{module}.{self._name_}'
    keep = getattr(self, '_boundary_', STRICT) == KEEP
    parts = self._name_.split('|')
    return '|'.join(part if keep and part[0].isdigit() else f'{module}.{part}' for part in parts)


def global_str(self):
    """str() of a member of a global enum: its bare name."""
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members show as module.NAME and become globals of the enum's module (as re.IGNORECASE)."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits outside its members: STRICT raises, CONFORM drops them,
    EJECT returns a plain int, KEEP keeps them."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
type.__setattr__(Flag, '_boundary_', STRICT)
type.__setattr__(IntFlag, '_boundary_', KEEP)


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enum against EnumCheck constraints; ValueError names what is wrong."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m.name) for alias, m in enumeration.__members__.items() if alias != m.name]
                if aliases:
                    details = ', '.join(f'{alias} -> {real}' for alias, real in aliases)
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = sorted(set(e.value for e in enumeration))
                if len(values) < 2:
                    continue
                low, high = values[0], values[-1]
                if issubclass(enumeration, Flag):
                    expected = [1 << i for i in range(low.bit_length() - 1, high.bit_length())]
                else:
                    expected = list(range(low, high + 1))
                missing = [v for v in expected if v not in values]
                if missing:
                    kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
                    shown = ', '.join(str(v) for v in missing)
                    raise ValueError(f'invalid {kind} {name!r}: missing values {shown}'[:256])
            elif check is NAMED_FLAGS:
                # each alias (negative ones aside) must be made of bits that are members
                member_values = [m._value_ for m in enumeration]
                missing_names = []
                missing_value = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in enumeration._member_names_ or m._value_ < 0:
                        continue
                    missed = [bit for bit in _bit_values(m._value_) if bit not in member_values]
                    if missed:
                        missing_names.append(alias)
                        for bit in missed:
                            missing_value |= bit
                if missing_names:
                    if len(missing_names) == 1:
                        which = f'alias {missing_names[0]} is missing'
                    else:
                        which = f"aliases {', '.join(missing_names[:-1])} and {missing_names[-1]} are missing"
                    if _is_single_bit(missing_value):
                        what = f'value 0x{missing_value:x}'
                    else:
                        what = f'combined values of 0x{missing_value:x}'
                    raise ValueError(f'invalid Flag {name!r}: {which} {what} [use enum.show_flag_values(value) '
                                     'for details]')
        return enumeration


def _iter_bits_lsb(num):
    """The single-bit values of num, lowest first."""
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError(f'{original!r} is not a positive integer')
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def show_flag_values(value):
    return [1 << bit for bit in range(value.bit_length()) if value & (1 << bit)]


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


_reduce_ex_by_global_name = pickle_by_global_name


def _make_class_unpicklable(obj):
    """Makes an enum class (or the namespace of one to be) refuse pickling."""
    def refuse(self, proto):
        raise TypeError(f'{self!r} cannot be pickled')
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = refuse
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', refuse)
        setattr(obj, '__module__', '<unknown>')


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator that turns a plain class into an enum of type `etype` (as if written with that base):
    the standard library uses it for enums defined before the enum machinery is cheap to run."""
    def convert_class(cls):
        bases = (etype,)
        options = {} if boundary is None else {'boundary': boundary}
        metaclass = type(etype)
        namespace = metaclass.__prepare__(cls.__name__, bases, **options)
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            namespace[key] = value
        enumeration = metaclass(cls.__name__, bases, namespace, **options)
        enumeration.__qualname__ = cls.__qualname__
        enumeration.__module__ = cls.__module__
        return enumeration
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Checks that an enum made by _simple_enum matches one written as a class (CPython's tests use it)."""
    failed = []
    if list(checked_enum.__members__) != list(simple_enum.__members__):
        failed.append('member names differ')
    for name, checked in checked_enum.__members__.items():
        simple = simple_enum.__members__.get(name)
        if simple is None or checked.value != simple.value:
            failed.append(f'{name} differs')
    if failed:
        raise TypeError('enum mismatch:\n   ' + '\n   '.join(failed))
