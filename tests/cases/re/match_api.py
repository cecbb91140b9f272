# The Match object: groups, spans, named groups, indexing, expand and attributes.
import re

m = re.search(r'(?P<key>\w+)=(?P<value>\d+)?(;)?', 'x: size=;')
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('key'), m.group(1, 2, 'value'), m.group(2))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(1), m.span(2), m.span('key'), m.start(), m.end(), m.start(1), m.end(3), m.start(2))
print(m[0], m[1], m['value'], m.lastindex, m.lastgroup, m.regs)
print(m.string, m.re.pattern, m.pos, m.endpos)
print(m.expand(r'\g<key> is [\g<value>] \1'))

m = re.match(r'(a)(b)?(c)', 'ac')
print(m.lastindex, m.lastgroup, m.groups(), m.span(2))
m = re.match(r'(?P<outer>a(?P<inner>b))', 'ab')
print(m.lastindex, m.lastgroup, m.groupdict())
m = re.match(r'(a)|(b)', 'b')
print(m.lastindex, m.groups())
m = re.match(r'((a)|b)+', 'ab')
print(m.groups(), m.span(2), m.lastindex)
m = re.match(r'(?:x)(y)', 'xy')
print(m.lastindex, m.lastgroup, m.groups())

for bad in (3, 'nope', -1, 1.5):
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)

m = re.compile('b+').search('abbbc', 1, 4)
print(m.pos, m.endpos, m.span(), repr(m))
print(bool(re.match('', 'x')), repr(re.match('', 'x')))
m = re.match('(?P<a>.)(?P<b>.)', 'xy')
print(m.start('b'), m.end('a'), m.span('a'), m.expand(r'\2\1'), m.expand(r'\g<b>\g<0>'))
print(type(m.group(0)), type(re.match(b'.', b'q').group()), re.match(b'(.)', b'q').groups())
print(m.re is re.compile('(?P<a>.)(?P<b>.)'))
