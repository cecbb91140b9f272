# _string (native): formatter_parser and formatter_field_name_split, their errors, and string.Formatter on top.
import _string
import string


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(_string) if not n.startswith('__')), _string.__doc__)
for name in ('formatter_parser', 'formatter_field_name_split'):
    f = getattr(_string, name)
    print(f.__name__, f.__module__, f.__text_signature__, repr(f.__doc__))

formats = ['', 'abc', 'a{{b', 'a}}b', '{{}}', '}}{{', '{}', '{0}', '{0!r}', '{0!r:>10}', '{a.b[c]:{w}}', '{:}',
           '{!r}', '{!s}x', 'x{0}y{1}z', '{0[}]}', '{0[{]}', '{0 }', '{0]}', '{\u00e9:\u00e9}', '{0!x}',
           '{0:{1}{2}}', 'tail{}', '{!}', '{0!', '{0!r', '{0!rx}', '{', '}', 'a{', 'a}', '{0:{1}', '{a{b}',
           '{0:}}', '{[}', '{0!r:', '{0:', '{0!:x}', 'ok{0}then{']
for text in formats:
    t(lambda: list(_string.formatter_parser(text)))
# Items come one at a time: an error shows only when the parser reaches it.
it = _string.formatter_parser('a{0}b{1}}')
print(type(it).__name__, iter(it) is it, next(it), next(it))
t(next, it)

names = ['', '0', 'a', '0.a[1]', 'a.b.c', 'a[x]y', 'a.', 'a..b', 'a[', 'a[]', 'a[0]x', '[0]', '.a', 'a]',
         '99999999999999999999', 'a[99999999999999999999]', 'a[0x]', '\u0661', 'a[\u0661\u0662]', ' 1', 'a[b.c]']
for name in names:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), type(rest).__name__, end=' ')
        print(list(rest))
    except ValueError as e:
        print('ValueError', e)
first, rest = _string.formatter_field_name_split('x[0]y')
print(first, next(rest))
t(next, rest)

for bad in (1, None, b'x'):
    t(_string.formatter_parser, bad)
    t(_string.formatter_field_name_split, bad)
t(_string.formatter_parser)
t(_string.formatter_parser, 'a', 'b')
t(_string.formatter_parser, format_string='a')
t(_string.formatter_field_name_split)

# string.Formatter is built on these.
f = string.Formatter()
print(list(f.parse('x{0!r:>{1}}y{{')))
print(f.format('{0}-{name}-{1[0]}-{obj.real}', 'a', [5], name='n', obj=3 + 4j))
print(f.format('{:>{width}}|{!r}', 'r', 's', width=4))
print(f.vformat('{0.imag}', (2j,), {}))
t(f.format, '{0.}', 1)
t(f.format, '{0[}', 1)
t(f.format, '{x}')
t(f.format, '{}{0}', 1)


class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        return str(super().get_value(key, args, kwargs)).upper()


print(Upper().format('{0} and {k}', 'one', k='two'))
