"""Message catalogs (GNU gettext .mo files) for internationalization, as CPython 3.12's gettext module.

NullTranslations and GNUTranslations, translation() with fallbacks, install(), find(), and the
module-level gettext/ngettext/pgettext/npgettext and their d* forms over a current domain.
"""
import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find', 'translation',
           'install', 'textdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext', 'pgettext', 'dpgettext',
           'npgettext', 'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')

# Plural-Forms expressions are a small subset of C: n, decimal numbers, ! * / % + - < > <= >= == != && || ?:
# and parentheses. c2py() translates one into a Python expression (as CPython does, so that the same
# expressions are refused as too complex) and compiles it.
_TOKEN = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    |
        (?P<NUMBER>[0-9]+\b)                       |
        (?P<NAME>n\b)                              |
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) |
        (?P<INVALID>\w+|.)
    """, re.VERBOSE | re.DOTALL)

# Binary operators by priority (higher binds tighter).
_PRIORITY = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4, '+': 5, '-': 5,
             '*': 6, '/': 6, '%': 6}
_PYTHON_OPERATOR = {'||': 'or', '&&': 'and', '/': '//'}


def _tokens(plural):
    for match in _TOKEN.finditer(plural):
        kind = match.lastgroup
        if kind == 'WHITESPACES':
            continue
        value = match.group(kind)
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


def _translate(tokens, priority=-1):
    # Returns (Python source of the expression, the token after it).
    source = ''
    token = next(tokens)
    while token == '!':
        source += 'not '
        token = next(tokens)
    if token == '(':
        inner, token = _translate(tokens)
        source = '%s(%s)' % (source, inner)
        if token != ')':
            raise ValueError('unbalanced parenthesis in plural form')
    elif token == 'n':
        source += token
    else:
        try:
            value = int(token, 10)
        except ValueError:
            raise _unexpected(token) from None
        source = '%s%d' % (source, value)
    token = next(tokens)
    previous = 100
    while token in _PRIORITY:
        current = _PRIORITY[token]
        if current < priority:
            break
        # C comparisons do not chain as Python's do: parenthesize the left side.
        if current in (3, 4) and previous in (3, 4):
            source = '(%s)' % source
        operator = _PYTHON_OPERATOR.get(token, token)
        right, token = _translate(tokens, current + 1)
        source = '%s %s %s' % (source, operator, right)
        previous = current
    if previous == priority == 4:
        source = '(%s)' % source
    if token == '?' and priority <= 0:
        if_true, token = _translate(tokens, 0)
        if token != ':':
            raise _unexpected(token)
        if_false, token = _translate(tokens)
        source = '%s if %s else %s' % (if_true, source, if_false)
        if priority == 0:
            source = '(%s)' % source
    return source, token


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,)) from None
    try:
        import warnings
    except ImportError:
        return n
    # The warning points at the first caller outside this module.
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,), DeprecationWarning,
                  stacklevel)
    return n


def c2py(plural):
    """Return a Python function computing the C plural-form expression plural (as in .po files)."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        source, token = _translate(_tokens(plural))
        if token:
            raise _unexpected(token)
        depth = 0
        for c in source:
            if c == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif c == ')':
                depth -= 1
        namespace = {'_as_int': _as_int, '__name__': __name__}
        exec('def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _as_int(n)\n'
             '    return int(%s)\n' % source, namespace)
        return namespace['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


def _normalize(loc):
    try:
        import locale
    except ImportError:
        return loc
    return locale.normalize(loc)


def _expand_lang(loc):
    """The names to look for a locale under, most specific first (language[_territory][.codeset][@modifier])."""
    loc = _normalize(loc)
    CODESET, TERRITORY, MODIFIER = 1, 2, 4
    mask = 0
    modifier = codeset = territory = ''
    pos = loc.find('@')
    if pos >= 0:
        loc, modifier = loc[:pos], loc[pos:]
        mask |= MODIFIER
    pos = loc.find('.')
    if pos >= 0:
        loc, codeset = loc[:pos], loc[pos:]
        mask |= CODESET
    pos = loc.find('_')
    if pos >= 0:
        loc, territory = loc[:pos], loc[pos:]
        mask |= TERRITORY
    names = []
    for i in range(mask, -1, -1):
        if not (i & ~mask):
            name = loc
            if i & TERRITORY:
                name += territory
            if i & CODESET:
                name += codeset
            if i & MODIFIER:
                name += modifier
            names.append(name)
    return names


class NullTranslations:
    """Translations that translate nothing (but pass to a fallback if one was added)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Install self.gettext as builtins._, and the methods named in names ('gettext', 'ngettext',
        'pgettext', 'npgettext') as builtins.
        """
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (either byte order, format revision 0 or 1)."""
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    # A message with a context is stored as "context\x04message".
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)  # the Germanic plural until the header says otherwise
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('<4I', buf[4:20])
            pair = '<II'
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('>4I', buf[4:20])
            pair = '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version), filename)
        for i in range(msgcount):
            mlen, moff = unpack(pair, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(pair, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                # The header: "Key: value" lines (continuation lines extend the previous value).
                lastk = None
                for b_item in tmsg.split(b'\n'):
                    item = b_item.decode().strip()
                    if not item:
                        continue
                    if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                        continue  # a comment line of msgcat
                    k = v = None
                    if ':' in item:
                        k, v = item.split(':', 1)
                        k = k.strip().lower()
                        v = v.strip()
                        self._info[k] = v
                        lastk = k
                    elif lastk:
                        self._info[lastk] += '\n' + item
                    if k == 'content-type':
                        self._charset = v.split('charset=')[1]
                    elif k == 'plural-forms':
                        v = v.split(';')
                        plural = v[1].split('plural=')[1]
                        self.plural = c2py(plural)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # Plural forms: msgid\0msgid_plural, and the translations separated by \0.
                msgid1, msgid2 = msg.split(b'\x00')
                tmsg = tmsg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg


def find(domain, localedir=None, languages=None, all=False):
    """Locate the .mo file of domain for the languages (default: $LANGUAGE, $LC_ALL, $LC_MESSAGES,
    $LANG); the first path found, or with all=True the list of all.
    """
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    result = [] if all else None
    for lang in candidates:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


# Parsed catalogs by (class, absolute path): a file is read once.
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """Return the translations of domain (each file found adding a fallback), or NullTranslations()
    if none is found and fallback is true (FileNotFoundError otherwise).
    """
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        # A shallow copy: each translation() result has its own fallback chain.
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# An alias for translation(), kept by CPython for Solaris compatibility.
Catalog = translation
