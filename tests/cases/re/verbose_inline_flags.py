# VERBOSE mode and inline flags: global (?x) and scoped (?i:...) (?-i:...).
import re

p = re.compile(r'''
    (?P<int> \d+ )      # digits
    \s* [+\-] \s*       # an operator; '\ ' and [ ] keep their spaces
    (?P<frac> \d+ \. \d* )
''', re.X)
print(p.match('12 + 3.5').groupdict(), p.groups)
print(re.findall(r'(?x) a \  b [ ]c \# d', 'a bc #d a b cd'), re.findall('(?x)a#b\nc', 'ac'))
print(re.match('(?x)a{ 2 }', 'a{ 2 }'), re.match('(?x)a{2}', 'aa').group())
print(re.findall('(?i)a(?-i:b)', 'AB Ab ab aB'), re.findall('(?i:a)b', 'Ab AB'))
print(re.findall('(?s:.)(?-s:.)', 'a\nb\n\nc'), re.findall('(?m:^x)|y$', 'x\nx\ny\ny'))
print(re.compile('(?imsx)a').flags, re.compile('(?a)a').flags, re.compile('(?u)a').flags)
print(re.compile('(?i)(?m)(?s)a').flags, re.compile('(?x) (?i) a').flags, re.compile('(?#c)(?i)a').flags)
print(re.findall('(?x: a b ) c', 'ab c abc'), re.findall('(?-x: a )', ' a a'))
print(re.findall('(?a:\\w+)', 'na\u00efve'), re.findall('(?u:\\w+)', 'na\u00efve'))
print(re.findall('(?i:(?-i:a)b)', 'aB AB'), re.findall('a(?#comment)b', 'ab'))
for pattern in ['a(?i)b', '(?i', '(?i-:a)', '(?i-i:a)', '(?-a:a)', '(?au)a', '(?iz)', '(?t:a)', '(?-x',
                '(?x)(?i)a|(?m)b', '((?i)a)']:
    try:
        print(pattern, re.compile(pattern).flags)
    except re.error as e:
        print(pattern, '->', e)
