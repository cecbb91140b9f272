"""Container datatypes: namedtuple, deque, ChainMap, Counter, OrderedDict, defaultdict, UserDict, UserList and
UserString, written in pure Python for Ginger.

OrderedDict, Counter and defaultdict are dict subclasses (Ginger's dicts keep insertion order, as CPython's do).
deque keeps its items in a list with free room at the front, so that appends and pops are amortised O(1) at both
ends.
"""

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque",
    "namedtuple",
]

import sys as _sys
import _collections_abc
from keyword import iskeyword as _iskeyword

_Mapping = _collections_abc.Mapping
_MutableMapping = _collections_abc.MutableMapping
_MutableSequence = _collections_abc.MutableSequence
_Sequence = _collections_abc.Sequence

# Objects whose repr is being computed, by id: a container met again inside itself prints as "...".
_repr_running = set()


def _recursive_repr(fallback):
    def decorate(method):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fallback
            _repr_running.add(key)
            try:
                return method(self)
            finally:
                _repr_running.discard(key)

        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper

    return decorate


def _index(value):
    """The integer value of an object that supports __index__, as for a sequence index."""
    if isinstance(value, int):
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    return method(value)


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order, and whose equality with another OrderedDict is order-sensitive."""

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    @_recursive_repr("...")
    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({dict(self.items())!r})"

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return self.__class__, (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# namedtuple
################################################################################

class _tuplegetter:
    """The descriptor of a namedtuple field: reads item `index` of the tuple."""

    __slots__ = ("_index", "_doc")

    def __init__(self, index, doc):
        self._index = index
        self._doc = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    @property
    def __doc__(self):
        return self._doc

    @__doc__.setter
    def __doc__(self, doc):
        self._doc = doc

    def __repr__(self):
        return f"_tuplegetter({self._index}, {self._doc!r})"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    # Not interned: sys.intern here led to a crash in Ginger (a freed field-name string).
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"
    tuple_new = tuple.__new__

    # __new__ gets a real signature (argument names, defaults, error messages) by being compiled from source.
    namespace = {"_tuple_new": tuple_new, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    code = f"def __new__(_cls, {arg_list}):\n    return _tuple_new(_cls, ({arg_list}))\n"
    exec(code, namespace)
    __new__ = namespace["__new__"]
    __new__.__qualname__ = f"{typename}.__new__"
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None

    class_namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    if module is not None:
        class_namespace["__module__"] = module
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f"Alias for field number {index}")

    return type(typename, (tuple,), class_namespace)


################################################################################
# Counter
################################################################################

def _count_elements(mapping, iterable):
    """Tally elements from the iterable."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag or multiset.  Elements are stored as
    dictionary keys and their counts are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least.  If n is None,
        then list all element counts.
        """
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        return ordered[:n] if n > 0 else []

    def elements(self):
        """Iterator over elements repeating each as many times as its count.

        If an element's count has been set to zero or is a negative number, elements() will ignore it.
        """
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        """
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.  Counts can be reduced below zero."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    # Comparisons treat missing elements as having zero counts.
    def __eq__(self, other):
        """True if all counts agree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        """True if any counts disagree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """True if all counts in self are a subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        """True if all counts in self are a proper subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """True if all counts in self are a superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        """True if all counts in self are a proper superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        """Add counts from two counters, keeping only positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            new_count = count + other[elem]
            if new_count > 0:
                result[elem] = new_count
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            new_count = count - other[elem]
            if new_count > 0:
                result[elem] = new_count
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            new_count = other_count if count < other_count else count
            if new_count > 0:
                result[elem] = new_count
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            new_count = count if count < other_count else other_count
            if new_count > 0:
                result[elem] = new_count
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts, and flips the sign on negative
        counts.
        """
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        for elem in [elem for elem, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce a new value when a key is not present, in
    __getitem__ only. A defaultdict compares equal to a dict with the same items. All remaining arguments are treated
    the same as if they were passed to the dict constructor, including keyword arguments.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        # dict.__init__ is given the keyword arguments separately: Ginger's drops them when called this way.
        dict.__init__(self, *args)
        if kwargs:
            dict.update(self, kwargs)

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
        if self.default_factory is None: raise KeyError((key,))
        self[key] = value = self.default_factory()
        return value
        """
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = "None"
        elif id(factory) in _repr_running:
            factory_repr = "..."
        else:
            key = id(factory)  # as CPython's Py_ReprEnter(default_factory)
            _repr_running.add(key)
            try:
                factory_repr = repr(factory)
            finally:
                _repr_running.discard(key)
        return f"{type(self).__name__}({factory_repr}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # The items are _items[_head:]; the slots before _head are free room for appendleft. _state counts mutations,
    # so that iterators notice them.
    __slots__ = ("_items", "_head", "_maxlen", "_state")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._head = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                try:
                    maxlen = _index(maxlen)
                except TypeError:
                    raise TypeError("an integer is required") from None
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._items:
            self.clear()
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def _pop_left(self):
        items = self._items
        head = self._head
        value = items[head]
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head >= 32 and head * 2 >= len(items):
            del items[:head]
            head = 0
        else:
            items[head - 1] = None
        self._head = head
        return value

    def _push_left(self, value):
        if self._head == 0:
            room = max(8, len(self._items))
            self._items[0:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = value

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._items) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._pop_left()
        self._items.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._items) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._items.pop()
        self._push_left(x)

    def pop(self):
        """Remove and return the rightmost element."""
        items = self._items
        if len(items) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        value = items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0
        return value

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop_left()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if cls is deque:
            new = deque(maxlen=self._maxlen)
            new._items = self._items[self._head:]
            return new
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    def rotate(self, n=1):
        """Rotate the deque n steps to the right.  If n is negative, rotates left."""
        n = _index(n)
        length = len(self)
        self._state += 1
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = self._compact()
        items[:] = items[-n:] + items[:-n]

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._compact().reverse()

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        total = 0
        items = self._items
        for i in range(self._head, len(items)):
            v = items[i]
            if v is value or v == value:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        start = _index(start)
        stop = _index(stop)
        length = len(self)
        if start < 0:
            start = max(start + length, 0)
        if stop < 0:
            stop = max(stop + length, 0)
        stop = min(stop, length)
        state = self._state
        items = self._items
        head = self._head
        for i in range(start, stop):
            v = items[head + i]
            if v is value or v == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        length = len(self)
        if index < 0:
            index = max(index + length, 0)
        elif index > length:
            index = length
        if index == 0:
            self._push_left(value)
        else:
            self._items.insert(self._head + index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items
        state = self._state
        for i in range(self._head, len(items)):
            v = items[i]
            if v is value or v == value:
                if state != self._state:
                    raise IndexError("deque mutated during remove().")
                del self[i - self._head]
                return
        raise ValueError(f"{value!r} is not in deque")

    def _position(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), "__index__"):
                index = _index(index)
            else:
                raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        length = len(self._items) - self._head
        if index < 0:
            index += length
        if index < 0 or index >= length:
            raise IndexError("deque index out of range")
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        self._state += 1
        if position == self._head:
            self._pop_left()
        else:
            del self._items[position]
            if len(self._items) == self._head:
                self._items.clear()
                self._head = 0

    def __iter__(self):
        items = self._items
        state = self._state
        i = self._head
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(items):
                return
            yield items[i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self._items) - 1
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i < self._head:
                return
            yield self._items[i]
            i -= 1

    def __contains__(self, value):
        state = self._state
        items = self._items
        for i in range(self._head, len(items)):
            v = items[i]
            if v is value or v == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def _as_list(self):
        return self._items[self._head:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() == other._as_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() != other._as_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() < other._as_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() <= other._as_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() > other._as_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() >= other._as_list()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        self._state += 1
        if n <= 0:
            self.clear()
            return self
        items = self._compact()
        if self._maxlen is not None and len(items) * n > self._maxlen:
            items = items * n
            self._items = items[len(items) - self._maxlen:]
        else:
            items *= n
        return self

    def __repr__(self):
        name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            body = repr(self._as_list())
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)


_MutableSequence.register(deque)


################################################################################
# ChainMap
################################################################################

class ChainMap(_MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together to create a single, updateable view.

    Lookups search the underlying mappings successively until a key is found; writes, updates and deletions only
    operate on the first mapping.
    """

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings. If no mappings are provided, a single
        empty dictionary is used.
        """
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr("...")
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        """Create a new ChainMap with keys from iterable and values set to value."""
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps. If no map is provided, an empty dict is
        used. Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
# UserDict, UserList, UserString
################################################################################

class UserDict(_MutableMapping):
    """A dict-like class that wraps a real dictionary, kept in the attribute `data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A more or less complete user-defined wrapper around list objects, kept in the attribute `data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_Sequence):
    """A user-defined wrapper around string objects, kept in the attribute `data`."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def _unwrap(self, value):
        return value.data if isinstance(value, UserString) else value

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._unwrap(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self._unwrap(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self._unwrap(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._unwrap(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._unwrap(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._unwrap(old), self._unwrap(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._unwrap(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._unwrap(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
