import string
from string import Template, Formatter

print(repr(string.whitespace), string.ascii_lowercase, string.ascii_uppercase, string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation, len(string.printable))
print(string.capwords('  hello   wORLD  again '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = Template('$who likes ${what}; costs $$5 ($who$what)')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}, who='bob'))
print(t.safe_substitute(who='sam'), t.get_identifiers(), t.is_valid(), t.template)
for text in ['$x $', 'a$1', '$', '${x', 'ab\ncd$!', '${ x}', 'line1\nline2 $x.$y\n$ z']:
    tt = Template(text)
    try:
        print(repr(tt.substitute(x=1, y=2)))
    except ValueError as e:
        print('ValueError', e)
    print(repr(tt.safe_substitute(x=1)), tt.is_valid())
try:
    Template('$missing').substitute({})
except KeyError as e:
    print('KeyError', e)
class Percent(Template):
    delimiter = '%'
print(Percent('%name is %% %{age}').substitute(name='x', age=3))
class Multi(Template):
    delimiter = '<<'
print(Multi('<<a and <<<<').substitute(a=1))
f = Formatter()
print(f.format('{0}, {1}!', 'Hello', 'world'), f.format('{} {}', 1, 2), f.format('{name:>6}|', name='ab'))
print(f.format('{0[1]} {0[k]!r} {p.real:.2f}', {1: 'one', 'k': 'v'}, p=2.5), f.format('{0.imag}', 3))
print(f.format('{:{w}.{p}f}', 3.14159, w=8, p=3), f.format('{!a} {!s:^7}', 'é', 'mid'))
print(f.format('{{literal}} {0}', 'x'), f.format('{0!r:>{1}}', 'q', 6))
for spec in ['a{0}b{{c}}d', '', '{}', '{!r}', '{0[:]}x', '{a.b[c]!s:>{w}}', 'x{{', '}}', '{:{:{}}}', '{0!:}']:
    print(repr(spec), list(f.parse(spec)))
for bad in ['a{', 'a}b', '{0!rr}', '{0[}', '{0{}', '{0!r', '{0:', '{0!', '{0}}']:
    try:
        list(f.parse(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for bad, args in [('{} {0}', (1, 2)), ('{0} {}', (1, 2)), ('{0!x}', (1,)), ('{0:{1:{2:{3}}}}', (1, 2, 3, 4)), ('{0[}', (1,)), ('{a.}', ())]:
    try:
        print(f.format(bad, *args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} and {missing} {x:x}', 'abc', x=255))
print(f.get_field('a.real', (), {'a': 5}), f.convert_field(1.5, 'r'), f.vformat('{0}{k}', (1,), {'k': 2}))
