# re.error: messages, positions, line and column numbers, for bad patterns and bad flags.
import re

BAD = [
    '(', ')', 'a)', '(a', '((a)', '(?', '(?P', '(?P<', '(?P<a', '(?P<>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
    '(?P=a', '(?P=a)', '(?Px)', '(?<x)', '(?#abc', '(?z)', '(?i', '(?i-:a)', '(?i-i:a)', '(?L)a', '(?au)a',
    '(?-a:a)', '(?t:a)', 'a(?i)b', '*', '+a', 'a**', 'a{1}{2}', '^*', '[', '[a', '[z-a]', r'[\d-z]', r'[\A]',
    '\\', r'\q', r'\8', r'(a)\2', r'(a\1)', r'\400', r'\x4', r'\u12', r'\U00110000', r'\N{NOT A NAME}', r'\N',
    'a{2,1}', '(?<=a+)b', '(?<=a|bc)d', '(?(1)a|b|c)', '(?(0)a)', '(?(a)b)', '(?(2)a)(b)', '(?P<x>(?P=x))',
    'x\ny\n[', 'ab\n  (?P<n', '(?x)a\n  )',
]
for pattern in BAD:
    try:
        re.compile(pattern)
    except re.error as e:
        print(f'{pattern!r:18} {e}')
        print(f'{"":18} msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno} {e.pattern == pattern}')

for pattern in [b'(', b'(?P<\xe9>a)', b'\\u1234', b'(?u)a', b'[\xff-\xe9]']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), e, e.pos)

for pattern in ['a{4294967295}', 'a{1,4294967296}']:
    try:
        re.compile(pattern)
    except OverflowError as e:
        print('OverflowError', e)

e = re.error('plain message')
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('at', 'ab\ncd', 4)
print(str(e), e.lineno, e.colno)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception), re.error.__mro__[1].__name__)
try:
    re.compile('[unterminated')
except Exception as e:
    print(type(e).__name__, isinstance(e, re.error))
