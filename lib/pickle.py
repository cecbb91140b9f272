"""Serialize Python objects to bytes and back (Ginger's own pickle, protocols 0 to 5).

dumps(obj)/dump(obj, file) write a pickle; loads(data)/load(file) read one. Pickler and Unpickler are
the classes behind them and may be subclassed (persistent_id, persistent_load, reducer_override,
dispatch_table, find_class). The bytes written are the ones CPython 3.12's C pickler writes.

Objects other than the built-in containers and atoms are saved through their reduction: a pickler
dispatch_table, copyreg.dispatch_table, __reduce_ex__(protocol) or __reduce__ (see copyreg).
"""

import sys
import copyreg
from copyreg import dispatch_table, dispatch_table as _copyreg_dispatch, _extension_registry, _inverted_registry, \
    _extension_cache
from struct import pack as _pack, unpack as _unpack
from functools import partial as _partial
from codecs import encode as _codecs_encode, escape_decode as _escape_decode

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING",
           "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE",
           "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST",
           "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
           "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES",
           "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE",
           "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _StackError(UnpicklingError, IndexError):
    """A bad stack or MARK: an UnpicklingError as in CPython's C unpickler, and an IndexError as in its
    Python one."""


_StackError.__name__ = _StackError.__qualname__ = "UnpicklingError"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes (the names pickletools documents).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2 = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000
_BININT1_OPS = [BININT1 + bytes((i,)) for i in range(256)]
_SHORT_BINUNICODE_OPS = [SHORT_BINUNICODE + bytes((i,)) for i in range(256)]


class PickleBuffer:
    """Wraps a buffer so that protocol 5 can pass it out of band (needs memoryview)."""

    def __init__(self, buffer):
        try:
            view = memoryview(buffer)
        except NameError:
            raise NotImplementedError("pickle.PickleBuffer needs memoryview, which Ginger lacks") from None
        self._view = view

    def raw(self):
        view = self._view
        if not view.c_contiguous and not view.f_contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B') if view.format == 'B' and view.ndim == 1 else view.cast('B', (view.nbytes,))

    def release(self):
        self._view.release()

    def __buffer__(self, flags):
        return self._view

    def __release_buffer__(self, view):
        pass

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# Names and modules of Python 2, for protocols 0 to 2 with fix_imports.
def _compat():
    try:
        import _compat_pickle
    except ImportError:
        return None
    return _compat_pickle


def encode_long(x):
    """Two's-complement little-endian bytes of x, as few as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _getattribute(obj, name):
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj (called name there) was found in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _type_name(x):
    return type(x).__name__


class _Framer:
    """The framing controls of a Pickler, for code (pickletools.optimize) that writes opcodes itself."""

    _FRAME_SIZE_MIN = _FRAME_SIZE_MIN
    _FRAME_SIZE_TARGET = _FRAME_SIZE_TARGET

    def __init__(self, pickler):
        self._pickler = pickler
        self.file_write = pickler._file_write

    def start_framing(self):
        self._pickler._framing = True

    def end_framing(self):
        self._pickler._commit_frame()
        self._pickler._framing = False

    def commit_frame(self, force=False):
        # Forced, it also writes out what a protocol below 4 has buffered, so direct file writes stay in order.
        pickler = self._pickler
        if force or (pickler._framing and len(pickler._buf) >= _FRAME_SIZE_TARGET):
            pickler._commit_frame()


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None): writes pickles to file."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buf = bytearray()
        self._framing = False
        self.framer = _Framer(self)

    def _get_persistent_id(self):
        try:
            return self._persistent_id_set
        except AttributeError:
            raise AttributeError('persistent_id') from None

    def _set_persistent_id(self, value):
        if not callable(value):
            raise TypeError("persistent_id must be a callable taking one argument")
        self._persistent_id_set = value

    # Only a subclass method or an assignment to the instance makes the pickler call one.
    persistent_id = property(_get_persistent_id, _set_persistent_id)

    def clear_memo(self):
        """Forget the objects already pickled (the memo), so they are pickled again in full."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        self._persistent_id = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        self._dispatch_table = getattr(self, 'dispatch_table', None)
        proto = self.proto
        buf = self._buf
        if proto >= 2:
            if proto >= 4:
                self._file_write(PROTO + bytes((proto,)))
                self._framing = True
            else:
                buf += PROTO + bytes((proto,))
        try:
            self.save(obj)
            self._buf += STOP
            self._commit_frame()
        finally:
            self._framing = False
            self._buf = bytearray()

    def _commit_frame(self):
        buf = self._buf
        if buf:
            if self._framing and len(buf) >= _FRAME_SIZE_MIN:
                self._file_write(FRAME + len(buf).to_bytes(8, 'little'))
            self._file_write(bytes(buf))
            self._buf = bytearray()

    def write(self, data):
        self._buf += data

    def _write_large(self, header, payload):
        # A payload of a frame's size or more goes between frames, not into one.
        self._commit_frame()
        self._file_write(header)
        self._file_write(payload)

    # The memo maps id(obj) to (index, obj).
    def memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        if self.proto >= 4:
            self._buf += MEMOIZE
        elif self.bin:
            if idx < 256:
                self._buf += BINPUT + bytes((idx,))
            else:
                self._buf += LONG_BINPUT + idx.to_bytes(4, 'little')
        else:
            self._buf += PUT + repr(idx).encode('ascii') + b'\n'
        memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + idx.to_bytes(4, 'little')
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            return LONG_BINGET + i.to_bytes(4, 'little')
        return GET + repr(i).encode('ascii') + b'\n'

    def save(self, obj, save_persistent_id=True):
        buf = self._buf
        if len(buf) >= _FRAME_SIZE_TARGET and self._framing:
            self._commit_frame()
            buf = self._buf
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        # Fast paths for the commonest atoms (the same bytes as save_long/save_str write).
        if t is int:
            if 0 <= obj <= 0xff and self.bin:
                buf += _BININT1_OPS[obj]
            else:
                self.save_long(obj)
            return
        if t is str:
            x = self.memo.get(id(obj))
            if x is not None:
                buf += self.get(x[0])
                return
            if self.proto >= 4:
                data = obj.encode('utf-8', 'surrogatepass')
                n = len(data)
                if n <= 0xff:
                    buf += _SHORT_BINUNICODE_OPS[n]
                    buf += data
                    if not self.fast:
                        buf += MEMOIZE
                        memo = self.memo
                        memo[id(obj)] = len(memo), obj
                    return
            self.save_str(obj)
            return
        f = _atom_dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            buf += self.get(x[0])
            return
        f = _dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        self._save_other(obj, t)

    def _save_other(self, obj, t):
        override = self._reducer_override
        if override is not None:
            rv = override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type:
            self.save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        table = self._dispatch_table
        if table is None:
            reduce = _copyreg_dispatch.get(t)
        else:
            try:
                reduce = table[t]
            except KeyError:
                reduce = None
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        elif t is _EllipsisType:
            self.save_global(obj, 'Ellipsis')
            return
        elif t is _NotImplementedType:
            self.save_global(obj, 'NotImplemented')
            return
        else:
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce is None:
                    raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                rv = reduce()
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        n = len(rv)
        if not (2 <= n <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._buf += BINPERSID
        else:
            try:
                self._buf += PERSID + str(pid).encode("ascii") + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None,
                    *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % _type_name(listitems))
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % _type_name(dictitems))
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % _type_name(state_setter))
        save = self.save
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                    "not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                    "not %s" % _type_name(cls))
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                    "not %s" % _type_name(args))
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                    "not %s" % _type_name(kwargs))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                self._buf += NEWOBJ_EX
            else:
                save(_partial(cls.__new__, cls, *args, **kwargs))
                save(())
                self._buf += REDUCE
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._buf += NEWOBJ
        else:
            save(func)
            save(args)
            self._buf += REDUCE
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                self._buf += POP + self.get(x[0])
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._buf += BUILD
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._buf += TUPLE2 + REDUCE + POP

    # Atoms (never memoized).
    def save_none(self, obj):
        self._buf += NONE

    def save_bool(self, obj):
        if self.proto >= 2:
            self._buf += NEWTRUE if obj else NEWFALSE
        else:
            self._buf += TRUE if obj else FALSE

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if obj >= 0:
                    if obj <= 0xff:
                        self._buf += BININT1 + bytes((obj,))
                        return
                    if obj <= 0xffff:
                        self._buf += BININT2 + obj.to_bytes(2, 'little')
                        return
                self._buf += BININT + obj.to_bytes(4, 'little', signed=True)
            else:
                self._buf += INT + repr(obj).encode('ascii') + b'\n'
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._buf += LONG1 + bytes((n,)) + data
            else:
                self._buf += LONG4 + n.to_bytes(4, 'little', signed=True) + data
        else:
            self._buf += LONG + repr(obj).encode('ascii') + b'L\n'

    def save_float(self, obj):
        if self.bin:
            self._buf += BINFLOAT + _pack('>d', obj)
        else:
            self._buf += FLOAT + repr(obj).encode('ascii') + b'\n'

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._buf += SHORT_BINBYTES + bytes((n,)) + obj
        elif n > 0xffffffff and self.proto >= 4:
            self._write_bin(BINBYTES8 + n.to_bytes(8, 'little'), obj)
        else:
            self._write_bin(BINBYTES + n.to_bytes(4, 'little'), obj)
        self.memoize(obj)

    def _write_bin(self, header, payload):
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._write_large(header, payload)
        else:
            self._buf += header
            self._buf += payload

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(type(obj), (), obj=obj)
            else:
                self.save_reduce(type(obj), (bytes(obj),), obj=obj)
            return
        self._write_bin(BYTEARRAY8 + len(obj).to_bytes(8, 'little'), obj)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        view = obj._view
        if not view.contiguous:
            raise PicklingError("PickleBuffer can not be pickled when pointing to a "
                                "non-contiguous buffer")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            data = view.tobytes()
            if view.readonly:
                self.save_bytes(data)
            else:
                self._write_bin(BYTEARRAY8 + len(data).to_bytes(8, 'little'), data)
                self.memoize(obj)
        else:
            self._buf += NEXT_BUFFER
            if view.readonly:
                self._buf += READONLY_BUFFER

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self._buf += SHORT_BINUNICODE + bytes((n,)) + data
            elif n > 0xffffffff and self.proto >= 4:
                self._write_bin(BINUNICODE8 + n.to_bytes(8, 'little'), data)
            else:
                self._write_bin(BINUNICODE + n.to_bytes(4, 'little'), data)
        else:
            text = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
                    .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self._buf += UNICODE + text.encode('raw_unicode_escape') + b'\n'
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self._buf += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                self._buf += POP * n + self.get(x[0])
            else:
                self._buf += _TUPLESIZE2[n]
                self.memoize(obj)
            return
        self._buf += MARK
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                self._buf += POP_MARK + self.get(x[0])
            else:
                self._buf += POP * (n + 1) + self.get(x[0])
            return
        self._buf += TUPLE
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self._buf += EMPTY_LIST
        else:
            self._buf += MARK + LIST
        self.memoize(obj)
        n = len(obj)
        if not n:
            return
        if self.bin and type(obj) is list:
            save = self.save
            if n == 1:
                save(obj[0])
                self._buf += APPEND
                return
            total = 0
            while total < len(obj):
                self._buf += MARK
                stop = total + _BATCHSIZE
                while total < len(obj):
                    save(obj[total])
                    total += 1
                    if total == stop:
                        break
                self._buf += APPENDS
        else:
            self._batch_appends(iter(obj))

    def _batch_appends(self, items):
        save = self.save
        if not self.bin:
            for x in items:
                save(x)
                self._buf += APPEND
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                x = next(items)
            except StopIteration:
                save(first)
                self._buf += APPEND
                return
            self._buf += MARK
            save(first)
            n = 1
            while True:
                save(x)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    x = next(items)
                except StopIteration:
                    break
            self._buf += APPENDS
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self._buf += EMPTY_DICT
        else:
            self._buf += MARK + DICT
        self.memoize(obj)
        n = len(obj)
        if not n:
            return
        if self.bin and type(obj) is dict:
            save = self.save
            if n == 1:
                for k, v in obj.items():
                    save(k)
                    save(v)
                self._buf += SETITEM
                return
            it = iter(obj.items())
            while True:
                i = 0
                self._buf += MARK
                for k, v in it:
                    save(k)
                    save(v)
                    i += 1
                    if i == _BATCHSIZE:
                        break
                self._buf += SETITEMS
                if len(obj) != n:
                    raise RuntimeError("dictionary changed size during iteration")
                if i != _BATCHSIZE:
                    return
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        save = self.save
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                self._buf += SETITEM
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            try:
                x = next(items)
            except StopIteration:
                save(first[0])
                save(first[1])
                self._buf += SETITEM
                return
            self._buf += MARK
            save(first[0])
            save(first[1])
            n = 1
            while True:
                if not isinstance(x, tuple) or len(x) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(x[0])
                save(x[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    x = next(items)
                except StopIteration:
                    break
            self._buf += SETITEMS
            if n != _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._buf += EMPTY_SET
        self.memoize(obj)
        n = len(obj)
        if not n:
            return
        save = self.save
        it = iter(obj)
        while True:
            i = 0
            self._buf += MARK
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            self._buf += ADDITEMS
            if len(obj) != n:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(type(obj), (list(obj),), obj=obj)
            return
        self._buf += MARK
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += POP_MARK + self.get(x[0])
            return
        self._buf += FROZENSET
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        path = name.split('.')
        if '<locals>' in path:
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) \
                from None
        try:
            parent = None
            found = module
            for part in path:
                parent = found
                found = getattr(found, part)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        proto = self.proto
        if proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._buf += EXT1 + bytes((code,))
                elif code <= 0xffff:
                    self._buf += EXT2 + code.to_bytes(2, 'little')
                else:
                    self._buf += EXT4 + code.to_bytes(4, 'little', signed=True)
                return
        lastname = path[-1]
        if parent is module:
            name = lastname
        if proto >= 4:
            self.save(module_name)
            self.save(name)
            self._buf += STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                compat = _compat()
                if compat is not None:
                    r_name_mapping = compat.REVERSE_NAME_MAPPING
                    r_import_mapping = compat.REVERSE_IMPORT_MAPPING
                    if (module_name, name) in r_name_mapping:
                        module_name, name = r_name_mapping[(module_name, name)]
                    elif module_name in r_import_mapping:
                        module_name = r_import_mapping[module_name]
            if proto >= 3:
                self._buf += GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n'
            else:
                try:
                    self._buf += (GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii')
                                  + b'\n')
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                        "protocol %i" % (module_name, name, proto)) from None
        self.memoize(obj)


_FunctionType = type(whichmodule)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)

_atom_dispatch = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}

_dispatch = {
    bytes: Pickler.save_bytes,
    str: Pickler.save_str,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
}


# Unpickling.

class _Reader:
    """Reads a pickle from bytes in memory, or from a file a frame (or an opcode) at a time."""

    def __init__(self, data, file_read=None, file_readline=None, file_readinto=None):
        self.data = data
        self.pos = 0
        self.file_read = file_read
        self.file_readline = file_readline
        self.in_frame = False


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        read = getattr(file, 'read', None)
        readline = getattr(file, 'readline', None)
        if read is None or readline is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file_read = read
        self._file_readline = readline
        self._buffers = iter(buffers) if buffers is not None else None
        self._data = b''
        self._pos = 0
        self._from_file = True
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def _read_slow(self, n):
        data = self._data
        pos = self._pos
        have = data[pos:]
        if self._from_file and not self._in_frame:
            more = self._file_read(n - len(have))
            if more is None:
                more = b''
            have = have + more
            self._data = b''
            self._pos = 0
            if len(have) == n:
                return have
        elif self._in_frame and self._from_file:
            raise UnpicklingError("pickle exhausted before end of frame")
        self._pos = len(data)
        raise UnpicklingError("pickle data was truncated")

    def read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._data):
            self._pos = end
            return self._data[pos:end]
        return self._read_slow(n)

    def readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        if self._from_file and not self._in_frame:
            line = data[pos:] + self._file_readline()
            self._data = b''
            self._pos = 0
            if line.endswith(b'\n'):
                return line
        self._pos = len(data)
        raise UnpicklingError("pickle data was truncated")

    def load(self):
        """Read a pickled object from the file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._in_frame = False
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        self._persistent_load = getattr(self, 'persistent_load', None)
        self._find_class = self.find_class
        dispatch = _load_dispatch
        try:
            while True:
                data = self._data
                pos = self._pos
                if pos < len(data):
                    key = data[pos]
                    self._pos = pos + 1
                else:
                    if self._in_frame:
                        self._in_frame = False
                    key = self._read_key()
                dispatch[key](self)
        except _Stop as stopinst:
            return stopinst.value

    def _read_key(self):
        if self._from_file:
            b = self._file_read(1)
            if b:
                return b[0]
        raise EOFError("Ran out of input")

    def pop_mark(self):
        items = self.stack
        try:
            self.stack = self.metastack.pop()
        except IndexError:
            raise _StackError("could not find MARK") from None
        self.append = self.stack.append
        return items

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise self._underflow() from None

    def _underflow(self):
        return _StackError("unexpected MARK found" if self.metastack else
                               "unpickling stack underflow")

    def _top(self):
        stack = self.stack
        if not stack:
            raise self._underflow()
        return stack

    def _get_persistent_load(self):
        try:
            return self._persistent_load_set
        except AttributeError:
            raise AttributeError('persistent_load') from None

    def _set_persistent_load(self, value):
        if not callable(value):
            raise TypeError("persistent_load must be a callable taking one argument")
        self._persistent_load_set = value

    persistent_load = property(_get_persistent_load, _set_persistent_load)

    def persistent_load_default(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        """Return the object called name in module (importing it): how pickles name classes."""
        sys.audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            compat = _compat()
            if compat is not None:
                if (module, name) in compat.NAME_MAPPING:
                    module, name = compat.NAME_MAPPING[(module, name)]
                elif module in compat.IMPORT_MAPPING:
                    module = compat.IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        mod = sys.modules[module]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, mod)) from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # Opcode handlers: each is called with the opcode byte already read.
    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size = int.from_bytes(self.read(8), 'little')
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        if self._from_file:
            rest = self._data[self._pos:]
            if len(rest) < frame_size:
                more = self._file_read(frame_size - len(rest))
                if more is None:
                    more = b''
                rest = rest + more
                if len(rest) < frame_size:
                    raise UnpicklingError("pickle exhausted before end of frame")
            self._data = rest
            self._pos = 0
            self._in_frame = True
        elif self._pos + frame_size > len(self._data):
            raise UnpicklingError("pickle data was truncated")

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._call_persistent_load(pid)

    def load_binpersid(self):
        pid = self._pop()
        self._call_persistent_load(pid)

    def _call_persistent_load(self, pid):
        load = self._persistent_load
        if load is None:
            self.persistent_load_default(pid)
        self.append(load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("invalid literal for int() with base 10: %r" % data[:-1].decode(
                    'ascii', 'replace')) from None
        self.append(val)

    def load_binint(self):
        self.append(int.from_bytes(self.read(4), 'little', signed=True))

    def load_binint1(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            self._pos = pos + 1
            self.append(data[pos])
        else:
            self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), 'little'))

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))

    def load_long4(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(_unpack('>d', self.read(8))[0])

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)[0]))

    def load_binstring(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self.read(4), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n = int.from_bytes(self.read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(self.read(n))

    def load_bytearray8(self):
        n = int.from_bytes(self.read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        stack = self._top()
        buf = stack[-1]
        try:
            view = memoryview(buf)
        except NameError:
            raise NotImplementedError("READONLY_BUFFER needs memoryview, which Ginger lacks") from None
        if not view.readonly:
            stack[-1] = view.toreadonly()

    def load_unicode(self):
        self.append(str(self.readline()[:-1], 'raw-unicode-escape'))

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), 'little')
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            end = pos + 1 + data[pos]
            if end <= len(data):
                self._pos = end
                self.append(str(data[pos + 1:end], 'utf-8', 'surrogatepass'))
                return
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        stack = self._top()
        stack[-1] = (stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            raise self._underflow()
        stack[-2:] = [(stack[-2], stack[-1])]

    def load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            raise self._underflow()
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) & 1:
            raise _StackError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self._find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s" % _type_name(args))
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % _type_name(cls))
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % _type_name(args))
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % _type_name(kwargs))
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self._find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self._find_class(module, name))

    def load_ext1(self):
        self._get_extension(self.read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self.read(2), 'little'))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self.read(4), 'little', signed=True))

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _missing)
        if obj is not _missing:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self._find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        stack = self.stack
        if len(stack) < 2:
            raise self._underflow()
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        stack = self._top()
        self.append(stack[-1])

    def load_get(self):
        i = int(self.readline()[:-1])
        self._memo_get(i)

    def load_binget(self):
        i = self.read(1)[0]
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self.read(4), 'little'))

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()[-1]

    def load_binput(self):
        i = self.read(1)[0]
        stack = self.stack
        if not stack:
            raise self._underflow()
        self.memo[i] = stack[-1]

    def load_long_binput(self):
        i = int.from_bytes(self.read(4), 'little')
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()[-1]

    def load_memoize(self):
        memo = self.memo
        stack = self.stack
        if stack:
            memo[len(memo)] = stack[-1]
        else:
            raise self._underflow()

    def load_append(self):
        value = self._pop()
        lst = self._top()[-1]
        if type(lst) is list:
            lst.append(value)
        else:
            lst.append(value)

    def load_appends(self):
        items = self.pop_mark()
        lst = self._top()[-1]
        if type(lst) is list:
            lst.extend(items)
            return
        try:
            extend = lst.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = lst.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        if len(stack) < 3:
            raise self._underflow()
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()[-1]
        if len(items) & 1:
            raise _StackError("odd number of items for SETITEMS")
        if type(d) is dict:
            d.update(zip(items[::2], items[1::2]))
            return
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())


_missing = object()


def _bad_key(self):
    key = self._data[self._pos - 1] if self._pos else 0
    raise UnpicklingError(_bad_key_message(key))


def _bad_key_message(c):
    if 0x20 <= c <= 0x7e and c != 0x27 and c != 0x5c:
        return "invalid load key, '%c'." % c
    return "invalid load key, '\\x%02x'." % c


def _make_dispatch():
    table = [None] * 256
    names = {
        MARK: 'mark', STOP: 'stop', POP: 'pop', POP_MARK: 'pop_mark', DUP: 'dup', FLOAT: 'float',
        INT: 'int', BININT: 'binint', BININT1: 'binint1', LONG: 'long', BININT2: 'binint2',
        NONE: 'none', PERSID: 'persid', BINPERSID: 'binpersid', REDUCE: 'reduce', STRING: 'string',
        BINSTRING: 'binstring', SHORT_BINSTRING: 'short_binstring', UNICODE: 'unicode',
        BINUNICODE: 'binunicode', APPEND: 'append', BUILD: 'build', GLOBAL: 'global', DICT: 'dict',
        EMPTY_DICT: 'empty_dictionary', APPENDS: 'appends', GET: 'get', BINGET: 'binget',
        INST: 'inst', LONG_BINGET: 'long_binget', LIST: 'list', EMPTY_LIST: 'empty_list',
        OBJ: 'obj', PUT: 'put', BINPUT: 'binput', LONG_BINPUT: 'long_binput', SETITEM: 'setitem',
        TUPLE: 'tuple', EMPTY_TUPLE: 'empty_tuple', SETITEMS: 'setitems', BINFLOAT: 'binfloat',
        PROTO: 'proto', NEWOBJ: 'newobj', EXT1: 'ext1', EXT2: 'ext2', EXT4: 'ext4',
        TUPLE1: 'tuple1', TUPLE2: 'tuple2', TUPLE3: 'tuple3', NEWTRUE: 'true', NEWFALSE: 'false',
        LONG1: 'long1', LONG4: 'long4', BINBYTES: 'binbytes', SHORT_BINBYTES: 'short_binbytes',
        SHORT_BINUNICODE: 'short_binunicode', BINUNICODE8: 'binunicode8', BINBYTES8: 'binbytes8',
        EMPTY_SET: 'empty_set', ADDITEMS: 'additems', FROZENSET: 'frozenset',
        NEWOBJ_EX: 'newobj_ex', STACK_GLOBAL: 'stack_global', MEMOIZE: 'memoize', FRAME: 'frame',
        BYTEARRAY8: 'bytearray8', NEXT_BUFFER: 'next_buffer', READONLY_BUFFER: 'readonly_buffer',
    }
    for i in range(256):
        table[i] = _bad_key
    for code, name in names.items():
        table[code[0]] = getattr(Unpickler, 'load_' + name)
    return table


_load_dispatch = _make_dispatch()


# The module-level shorthands.

class _BytesSink:
    __slots__ = ('parts',)

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of obj as bytes."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    parts = sink.parts
    if len(parts) == 1:
        return bytes(parts[0])
    return b''.join(parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle in the open binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


class _NoFile:
    def read(self, n=-1):
        return b''

    def readline(self):
        return b''


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data (bytes-like)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(_NoFile(), fix_imports=fix_imports, encoding=encoding, errors=errors,
                  buffers=buffers)
    u._data = bytes(data)
    u._from_file = False
    return u.load()


# Names CPython's pickle module also offers.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
