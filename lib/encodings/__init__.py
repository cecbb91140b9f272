"""The standard codecs package: its search function finds a codec by name among the modules here.

A name is normalised (normalize_encoding), mapped through the alias table (aliases.py), and the module
of that name is imported; its getregentry() gives the CodecInfo. Importing this package registers the
search function, as CPython's startup does.
"""

import codecs
import sys

from . import aliases

_cache = {}
_unknown = '--unknown--'
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Turns every run of characters other than letters, digits and '.' into one '_' (none at the ends);
    non-ASCII letters and digits are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    gap = False
    for ch in encoding:
        if ch == '.' or ch.isalnum():
            if gap and out:
                out.append('_')
            gap = False
            if ch.isascii():
                out.append(ch)
        else:
            gap = True
    return ''.join(out)


def _import_codec_module(names):
    for name in names:
        if not name or '.' in name:
            continue
        try:
            return __import__('encodings.' + name, fromlist=['*'], level=0)
        except ImportError:
            continue
    return None


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    normalized = normalize_encoding(encoding)
    alias = _aliases.get(normalized) or _aliases.get(normalized.replace('.', '_'))
    module = _import_codec_module([alias, normalized] if alias is not None else [normalized])
    getregentry = getattr(module, 'getregentry', None) if module is not None else None
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register' % (module.__name__, module.__file__))
        if not callable(entry[0]) or not callable(entry[1]) or \
           (entry[2] is not None and not callable(entry[2])) or \
           (entry[3] is not None and not callable(entry[3])) or \
           (len(entry) > 4 and entry[4] is not None and not callable(entry[4])) or \
           (len(entry) > 5 and entry[5] is not None and not callable(entry[5])):
            raise CodecRegistryError('incompatible codecs in module "%s" (%s)' % (module.__name__, module.__file__))
        if len(entry) < 7 or entry[6] is None:
            entry += (None,) * (6 - len(entry)) + (module.__name__.split(".", 1)[1],)
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    getaliases = getattr(module, 'getaliases', None)
    if getaliases is not None:
        for name in getaliases():
            if name not in _aliases:
                _aliases[name] = module.__name__.split(".", 1)[1]
    return entry


codecs.register(search_function)
