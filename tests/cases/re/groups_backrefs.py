# Capturing, non-capturing and named groups, backreferences by number and by name.
import re

m = re.match(r'((a)(b))(c)?(?:d)(?P<e>e)', 'abde')
print(m.groups(), m.groupdict(), m.re.groups, dict(m.re.groupindex), m.lastindex, m.lastgroup)
print(re.findall(r'(\w)\1', 'aabbcd'), re.findall(r'(?P<c>\w)(?P=c)', 'xxyz'), re.search(r'(a)(b)\2\1', 'xabba').span())
print(re.match(r'(a)|\1', 'a').groups(), re.match(r'(a)?\1', 'aa'), re.match(r'(a)?b\1', 'b'))
print(re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Jane Doe').groupdict())
print(re.match('(?P<\u00e9t\u00e9>x)', 'x').groupdict(), re.match(r'(?P<_a1>y)', 'y').group('_a1'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').span())
print(re.match(r'(a)\1\01', 'aa\x01').group(), re.match(r'(a)\100', 'a@').group())
print(re.compile('(?:a)(b)(?#no group)(?P<c>c)').groups, re.compile('').groups)
print(re.search('(a)(?:b(c))?', 'ab').groups(), re.match('((a)|(b))+', 'ab').groups())
print(re.match(r'(?P<x>a)(?P<y>(?P=x)b)', 'aab').groupdict(), re.compile('(?P<n>a)|(?P<m>b)').groupindex)
for pattern in ['(?P<a>x)(?P<a>y)', '(?P<1>x)', '(?P<a b>x)', '(?P<>x)', '(?P=nope)', '(?P=1)', r'(a)\2',
                r'(a\1)', '(?P<x>(?P=x))', r'\1(a)', '(?P<a', '(?P<a>', '(?P=a', '(?P', '(?Px)']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), '->', e)
print(re.match(r'(?P<a>.)(?P<b>.)', 'xy').expand(r'\g<b>\g<a>\g<2>'))
