# Patterns and subjects of type bytes: classes are ASCII, LOCALE is allowed, str and bytes do not mix.
import re

print(re.findall(rb'\w+', b'caf\xe9 na\xefve 42'))
print(re.findall(rb'\d', b'1\xb22'), re.findall(rb'\s', b'a b\x85c\x0bd'))
print(re.search(rb'(?i)\xe9', b'\xc9'), re.search(rb'(?i)k', b'K').group())
print(re.match(rb'[\x80-\xff]+', b'\xe9\xff\x80x').group())
print(re.sub(rb'(\w+)@(\w+)', rb'\2:\1', b'joe@home'), re.split(rb'\W+', b'a, b;c'))
print(re.compile(b'a').flags, re.compile(b'a', re.L).flags, re.compile(b'(?L)a').flags, re.compile(b'a', re.A).flags)
print(re.compile(rb'(?P<n>x)(?P=n)').match(b'xx').groupdict())
print(re.search(b'b', bytearray(b'abc')).group(), re.search(b'b', memoryview(b'abc')).span())
print(re.fullmatch(rb'\x00\xff', b'\x00\xff').span(), re.match(b'.', b'\n'), re.match(b'(?s).', b'\n').group())
print(re.escape(b'1.5*2'), re.findall(b'(a)(b)?', b'ab a'))
for pattern, subject in [('a', b'a'), (b'a', 'a')]:
    try:
        re.search(pattern, subject)
    except TypeError as e:
        print('TypeError', e)
for pattern, flags in [(b'a', re.U), (b'a', re.A | re.L), (rb'\u1234', 0), (b'(?u)a', 0), ('(?L)a', 0)]:
    try:
        re.compile(pattern, flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
print(repr(re.compile(b'ab', re.I)), repr(re.compile(rb'\d', re.L)))
print(re.match(b'(?L)\\w+', b'abc').group(), re.match(b'(?Li)A', b'a').group())
