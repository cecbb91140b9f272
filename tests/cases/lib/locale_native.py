# _locale: the C library's locale functions, constants and errors (only the C, POSIX and C.UTF-8 locales).
import _locale

print(sorted(n for n in dir(_locale) if not n.startswith('__')))
print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME, _locale.LC_COLLATE, _locale.LC_MONETARY,
      _locale.LC_MESSAGES, _locale.LC_ALL, _locale.CHAR_MAX)
print(_locale.Error, _locale.Error.__mro__, _locale.Error.__module__, _locale.Error.__name__)
print(_locale.setlocale(_locale.LC_CTYPE))
print(_locale.setlocale(_locale.LC_NUMERIC))
print(_locale.setlocale(_locale.LC_ALL))
print(_locale.localeconv())
print(_locale.getencoding())

for key in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'RADIXCHAR', 'THOUSEP',
            'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', 'ALT_DIGITS',
            '_DATE_FMT']:
    print(key, getattr(_locale, key), repr(_locale.nl_langinfo(getattr(_locale, key))))
print([_locale.nl_langinfo(getattr(_locale, 'DAY_%d' % i)) for i in range(1, 8)])
print([_locale.nl_langinfo(getattr(_locale, 'ABDAY_%d' % i)) for i in range(1, 8)])
print([_locale.nl_langinfo(getattr(_locale, 'MON_%d' % i)) for i in range(1, 13)])
print([_locale.nl_langinfo(getattr(_locale, 'ABMON_%d' % i)) for i in range(1, 13)])

for name in ['C', 'POSIX', 'C.UTF-8', '']:
    print(repr(name), _locale.setlocale(_locale.LC_ALL, name), _locale.setlocale(_locale.LC_CTYPE),
          _locale.getencoding(), _locale.localeconv()['decimal_point'])
print(_locale.setlocale(_locale.LC_ALL, 'C'))
print(_locale.setlocale(_locale.LC_CTYPE, 'C.UTF-8'))
print(_locale.setlocale(_locale.LC_ALL))
print(_locale.setlocale(_locale.LC_ALL, None))

print(_locale.strcoll('a', 'b'), _locale.strcoll('b', 'a'), _locale.strcoll('abc', 'abc'),
      _locale.strcoll('\u00e9', 'f') > 0, _locale.strcoll('', 'a'))
print(repr(_locale.strxfrm('abc')), repr(_locale.strxfrm('')), repr(_locale.strxfrm('\u00e9t\u00e9')))
print(sorted(['b', 'A', 'a', 'B', '\u00e9'], key=_locale.strxfrm))
print(_locale.gettext('hello'), _locale.dgettext(None, 'hello'), _locale.dcgettext(None, 'hello', _locale.LC_MESSAGES))
print(_locale.textdomain(None))

def attempt(f, *args):
    try:
        print('ok', repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(_locale.setlocale)
attempt(_locale.setlocale, 'a')
attempt(_locale.setlocale, 1, 2, 3)
attempt(_locale.setlocale, 12345)
attempt(_locale.setlocale, 12345, 'C')
attempt(_locale.setlocale, _locale.LC_ALL, 'xx_NOPE.UTF-8')
attempt(_locale.setlocale, _locale.LC_ALL, 5)
attempt(_locale.setlocale, _locale.LC_ALL, b'C')
attempt(_locale.setlocale, _locale.LC_ALL, 'C\0')
attempt(_locale.setlocale, 1.5, 'C')
attempt(_locale.nl_langinfo, 12345)
attempt(_locale.nl_langinfo, 'x')
attempt(_locale.nl_langinfo)
attempt(_locale.localeconv, 1)
attempt(_locale.strcoll, 1, 'a')
attempt(_locale.strcoll, 'a', 1)
attempt(_locale.strcoll, 'a')
attempt(_locale.strcoll, 'a\0', 'b')
attempt(_locale.strxfrm, b'a')
attempt(_locale.strxfrm, 'a\0b')
attempt(_locale.getencoding, 1)
attempt(_locale.gettext, 1)
try:
    _locale.setlocale(_locale.LC_ALL, 'nope')
except _locale.Error as e:
    print('caught', type(e), e.args)
