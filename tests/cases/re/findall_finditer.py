# findall and finditer: no group, one group, several groups, empty matches.
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'))
print(re.findall(r'(\w)=\d', 'a=1 b=2'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall('', 'abc'))
print(re.findall('a*', 'baaac'))
print(re.findall('x*', ''))
print(re.findall(r'\b', 'ab cd'))
print(re.findall('(?:ab)+', 'ababxab'))
print(re.findall('a|ab', 'abab'))
print(re.findall(r'(\d)(\d)?', '1 23'))
print(re.findall('.', 'a\nb'), re.findall('(?s).', 'a\nb'))
print(re.findall('(?i)k', 'kK\u212a'))
print(re.findall(b'[a-c]+', b'xabcyba'))
print(re.compile(r'\w').findall('abcdef', 2, 4))

for m in re.finditer(r'(?P<word>[a-z]+)(\d*)', 'ab12 cd ef3'):
    print(m.span(), m.group('word'), m.groups())
print([m.span() for m in re.finditer('a*', 'baac')])
print([m.span() for m in re.finditer('', 'ab')])
print([m.span() for m in re.finditer(r'\b|x', 'x y')])
it = re.finditer('a', 'aa')
print(type(it).__name__, next(it).span(), next(it).span(), next(it, 'done'))
print([m.group() for m in re.compile('.').finditer('abcde', 1, 3)])
print([m.group() for m in re.finditer('(?m)^.', 'ab\ncd\n\nef')])
