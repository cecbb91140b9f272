# re's parser and compiler: the _sre code of patterns, parse trees, widths and replacement templates.
import re
from re import _compiler, _parser


def code(pattern, flags=0):
    try:
        return [int(word) for word in _compiler._code(_parser.parse(pattern, flags), flags)]
    except (re.error, OverflowError) as e:
        return f'{type(e).__name__}: {e}'


for pattern in ['abc', 'a|b', 'ab|ac', 'a(b)c', '(?:ab)*c', 'a*?b+', 'a{2,5}+', '[a-z]', '[^0-9_]', r'\d\w\s',
                '[a-cx-z]', '[abcdefgh]', '[\u0100-\u01ff\u4e00]', '[^\U00010000-\U0010ffff]', '^a$', r'\bx\B\A\Z',
                '(?P<n>a)(?P=n)', r'(a)?(?(1)b|c)', '(?<=ab)c', '(?!x)y', '(?>a+)b', 'x(?=y)', r'(a)\1',
                'a.b', '(?s)a.b', '(?m)^a$', '(?i)abc', '(?i)[a-z]', '(?i)s', '(?i)[\u017f]', '(?i)k\u212a',
                '(?i)\u00df', '(?ai)k', '(?i)(a)\\1', '(?x) a b ', 'a(?i:b)c', '(?i)a(?-i:b)', 'ab(cd)ef',
                'abab(x)', 'aaaa', '(a)(b)(c)', '\\N{EM DASH}', '(?i)[\U00010400-\U00010428]', 'a{0}',
                '(?i)\u0390', 'x*y|z', '(?t)a', 'a{4294967294}', '[\\w-]', '(?a)\\w\\b']:
    print(repr(pattern), code(pattern))
for pattern, flags in [('a', re.I), ('a b', re.X), (b'\\w', re.L), (b'a', re.I | re.L), (b'[a-z]', re.I | re.L),
                       (b'(a)\\1', re.I | re.L), (b'\\xe9', re.I), ('a*', re.T), ('$', re.M), ('\\w', re.A)]:
    print(repr(pattern), int(flags), code(pattern, flags))

tree = _parser.parse(r'(?P<word>\w+)\s*(?:,|;)?(a{2,3})+')
print(tree.getwidth(), tree.state.groups, tree.state.groupdict, tree.state.flags)
print(tree)
print(_parser.parse('a|b|cd').getwidth(), _parser.parse('x*').getwidth(), _parser.parse('(?=a)').getwidth())
tree.dump()

pattern = re.compile('(?P<a>x)(y)')
for template in [r'plain', r'\1-\2', r'\g<a>\g<0>', r'\n\t\\', r'a\&b', r'\101', r'\0', r'\g<2>x']:
    print(repr(template), _parser.parse_template(template, pattern))
print(_parser.parse_template(rb'\1!', re.compile(b'(.)')))
for template in [r'\3', r'\g<b>', r'\g<1a>', r'\q', '\\']:
    try:
        _parser.parse_template(template, pattern)
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.escape('a.b'), re.I | re.M, repr(re.RegexFlag(0)))
re.compile('a(b)|[c-e]', re.DEBUG)
