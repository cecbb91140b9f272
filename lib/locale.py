"""Locale support: the C library's locale (through _locale) and number formatting that follows it.

setlocale() switches the C library's locale for a category; localeconv() describes the numeric and
monetary conventions of the current one, and format_string(), currency(), str(), atof(), atoi(),
localize() and delocalize() format and parse numbers by them. normalize() maps the many spellings of
a locale name to the form setlocale() accepts, through the generated tables of _locale_alias.
"""

import sys
import encodings
import encodings.aliases
import functools
import re
import _collections_abc
from builtins import str as _builtin_str

from _locale import *
from _locale import setlocale as _setlocale, localeconv as _localeconv, getencoding
from _locale_alias import locale_alias, locale_encoding_alias

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]


def _strcoll(a, b):
    """strcoll(string,string) -> int. Compares two strings by code point (the C locale)."""
    return (a > b) - (a < b)


def _strxfrm(s):
    """strxfrm(string) -> string. The C locale's collation key: the string itself."""
    return s


# Entries here replace those of the real localeconv() (tests use it to fake a locale).
_override_localeconv = {}


@functools.wraps(_localeconv)
def localeconv():
    conv = _localeconv()
    if _override_localeconv:
        conv.update(_override_localeconv)
    return conv


# ---- number formatting ----

def _grouping_intervals(grouping):
    """The group sizes from right to left: CHAR_MAX ends the grouping, 0 repeats the last size forever."""
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _group(s, monetary=False):
    """Inserts thousands separators into the digits of s; returns (result, separator characters added)."""
    conv = localeconv()
    separator = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    trailing = ''
    if s[-1] == ' ':
        body = s.rstrip()
        trailing = s[len(body):]
        s = body
    leading = ''
    groups = []
    for size in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            leading = s     # a sign or padding is left
            s = ''
            break
        groups.append(s[-size:])
        s = s[:-size]
    if s:
        groups.append(s)
    groups.reverse()
    return leading + separator.join(groups) + trailing, len(separator) * (len(groups) - 1)


def _strip_padding(s, amount):
    """Removes up to `amount` spaces, from the left first, then from the right."""
    start = 0
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    end = len(s)
    while amount and s[end - 1] == ' ':
        end -= 1
        amount -= 1
    return s[start:end]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional) if additional else percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def _localize(formatted, grouping=False, monetary=False):
    """Puts the locale's decimal point (and separators, if grouping) into a number formatted by %."""
    added = 0
    if '.' in formatted:
        parts = formatted.split('.')
        if grouping:
            parts[0], added = _group(parts[0], monetary=monetary)
        formatted = localeconv()['mon_decimal_point' if monetary else 'decimal_point'].join(parts)
    elif grouping:
        formatted, added = _group(formatted, monetary=monetary)
    if added:
        formatted = _strip_padding(formatted, added)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats like f % val, with the locale's decimal point, and its thousands separators if grouping
    is true (the monetary ones if monetary is true)."""
    specs = list(_percent_re.finditer(f))
    template = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, _collections_abc.Mapping):
        for spec in specs:
            text = spec.group()
            pieces.append('%' if text[-1] == '%' else _format(text, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for spec in specs:
            text = spec.group()
            if text[-1] == '%':
                pieces.append('%')
                continue
            stars = spec.group('modifiers').count('*')
            pieces.append(_format(text, val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val as an amount of money by the current locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    negative = val < 0
    # '<' and '>' mark the two places a sign can go (before or after the number itself).
    s = '<' + _localize(f'{abs(val):.{digits}f}', grouping, monetary=True) + '>'
    if symbol:
        sym = conv['int_curr_symbol' if international else 'currency_symbol']
        space = ' ' if conv['n_sep_by_space' if negative else 'p_sep_by_space'] else ''
        if conv['n_cs_precedes' if negative else 'p_cs_precedes']:
            s = sym + space + s
        else:
            if international and sym[-1] == ' ':
                sym = sym[:-1]
            s = s + space + sym
    position = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if position == 0:
        s = '(' + s + ')'
    elif position == 2:
        s = s + sign
    elif position == 3:
        s = s.replace('<', sign)
    elif position == 4:
        s = s.replace('>', sign)
    else:       # 1, and the fallback for "unspecified"
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """Converts a float to a string as '%.12g' does, with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """Turns a number written in the locale's conventions into one float() and int() read."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Writes a normalized number string in the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float by the locale's conventions."""
    return func(delocalize(string))


def atoi(string):
    """Parses a string as an int by the locale's conventions."""
    return int(delocalize(string))


# ---- locale names ----

def _replace_encoding(code, encoding):
    """code with its encoding replaced by the C library's name for `encoding`."""
    language = code.partition('.')[0]
    name = encodings.normalize_encoding(encoding)
    name = encodings.aliases.aliases.get(name.lower(), name)
    key = name.lower()
    if key in locale_encoding_alias:
        name = locale_encoding_alias[key]
    else:
        key = key.replace('_', '').replace('-', '')
        if key in locale_encoding_alias:
            name = locale_encoding_alias[key]
    return language + '.' + name


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """Returns the locale code setlocale() accepts for a locale name (language[_territory][.encoding]
    [@modifier], in any case and spelling the alias tables know); other names are returned unchanged."""
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    language, dot, encoding = code.partition('.')
    encoding = encoding.split('.')[0]
    with_encoding = language
    if encoding:
        with_encoding += '.' + encoding.replace('-', '').replace('_', '')
    # The full name, then without the modifier, then without the encoding, then without both.
    found = locale_alias.get(with_encoding + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(with_encoding)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(language + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            found, own_modifier = found.split('@', 1)
            return _replace_encoding(found, encoding) + '@' + own_modifier
        if modifier:
            found = locale_alias.get(language)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                found, own_modifier = found.split('@', 1)
                if own_modifier.lower() == modifier:
                    return _replace_encoding(found, encoding) + '@' + own_modifier
    return localename


def _parse_localename(localename):
    """(language code, encoding) of a locale name, after normalize(); ValueError if it has neither."""
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'     # @euro locales are Latin-9 unless they say otherwise
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    """The locale name for a (language code, encoding) pair, with no aliasing."""
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        return language if encoding is None else language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- '
                        'language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) of the locale the environment asks for (deprecated)."""
    import warnings
    warnings._deprecated(
        "locale.getdefaultlocale",
        "{name!r} is deprecated and slated for removal in Python {remove}. "
        "Use setlocale(), getencoding() and getlocale() instead.",
        remove=(3, 15))
    return _getdefaultlocale(envvars)


def _getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    localename = 'C'
    for variable in envvars:
        value = os.environ.get(variable)
        if value:
            localename = value.split(':')[0] if variable == 'LANGUAGE' else value
            break
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the current setting of a category (not LC_ALL when the
    categories differ)."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def setlocale(category, locale=None):
    """Sets (or, with locale None, queries) the locale of a category. A (language, encoding) pair is
    turned into a name through normalize(); a string goes to the C library as it is."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Sets a category to the locale the environment asks for (deprecated)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', category=DeprecationWarning)
        default = getdefaultlocale()
    _setlocale(category, _build_localename(default))


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else the locale's encoding
    (from the environment's LC_CTYPE if do_setlocale is true)."""
    if sys.flags.warn_default_encoding:
        import warnings
        warnings.warn("UTF-8 Mode affects locale.getpreferredencoding(). Consider locale.getencoding() instead.",
                      EncodingWarning, 2)
    if sys.flags.utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    saved = _setlocale(LC_CTYPE)
    try:
        try:
            _setlocale(LC_CTYPE, "")
        except Error:
            pass
        return getencoding()
    finally:
        _setlocale(LC_CTYPE, saved)
