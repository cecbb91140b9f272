# split: plain, with groups, maxsplit, empty matches, bytes.
import re

print(re.split(r',\s*', 'a, b,c,  d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(',', 'a,b,c', 1), re.split(',', 'a,b,c', maxsplit=2), re.split(',', 'a,b,c', -1))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\b', 'ab cd'))
print(re.split('a', ''), re.split('', ''), re.split('(a)', 'a'))
print(re.split(r'\s+', '  lead and trail  '))
print(re.split('(?m)^', 'one\ntwo\nthree'))
print(re.split(b'[, ]+', b'x, y z'))
print(re.compile(r'\d').split('a1b2c3d'), re.compile(r'(\d)').split('a1b2', 1))
print(re.split('(?:a)(b)?', 'xaybaz'))
print(re.split('[a-c]', 'xaybzc'))
