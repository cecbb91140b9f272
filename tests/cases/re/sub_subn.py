# sub and subn: string templates with group references and escapes, callables, count, empty matches.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first> (\g<0>)', 'Ada Lovelace'))
print(re.sub('a', r'[\g<0>]', 'banana'), re.sub('a', 'o', 'banana', 2), re.sub('a', 'o', 'banana', count=1))
print(re.subn('a', 'o', 'banana'), re.subn('z', 'o', 'banana'), re.subn('a', '', 'aaa', 0))
print(re.sub('x*', '-', 'abc'), re.sub('x*', '-', ''), re.sub('a*', '-', 'baac'))
print(repr(re.sub('b', r'\n\t\\', 'abc')), repr(re.sub('b', '\\0\\07\\101', 'abc')))
print(re.sub('b', r'\\1', 'abc'), re.sub('b', r'\&', 'abc'))
print(re.sub('(b)', r'\1\1', 'abc'), re.sub('(b)', r'\g<1>0', 'abc'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'(\w)(\w)', lambda m: m.group(2) + m.group(1), 'abcde'))
print(re.subn(r'\s+', lambda m: '_', 'a  b \t c'))
print(re.compile('o').sub('0', 'foo boo', 3), re.compile('o').subn(repl='0', string='foo', count=1))
print(re.sub(b'(.)', rb'<\1>', b'ab'), re.sub(b'a', lambda m: b'A', b'aba'))
print(re.sub('(?i)A', 'x', 'aAa'), re.sub('^', '>', 'a\nb'), re.sub('(?m)^', '>', 'a\nb'))
print(re.sub('(?P<n>a)', r'\g<n>\g<n>', 'xax'), re.sub('', '-', 'ab'))

for template in [r'\1', r'\g<2>', r'\g<x>', r'\g<1a>', r'\g<', r'\g<>', r'\q', '\\', r'\g<-1>', r'\400', r'\9']:
    try:
        print(repr(re.sub('(a)', template, 'a')))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [lambda m: 3, b'x']:
    try:
        re.sub('a', repl, 'a')
    except TypeError as e:
        print('TypeError', e)
