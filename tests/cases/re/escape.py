# re.escape on str and bytes: which characters get a backslash.
import re

for text in ['a.b*c', 'hello world', '1+1=2', '(x)[y]{z}', 'a-b|c^d$e', 'tab\tnewline\n', '#comment',
             'back\\slash', '&~', 'caf\u00e9 \u00fcber', '_under_score_', '', '!"%\',/:;<=>@`', '\x00\x7f\U0001F600']:
    print(repr(re.escape(text)))
print(re.escape(b'a.b\xff c*'), re.escape(b''), re.escape(bytes(range(32, 48))))
print(re.escape(''.join(chr(c) for c in range(32, 127))))
print(''.join(c for c in map(chr, range(0x3000)) if re.escape(c) != c))
for bad in [None, 5, ['a']]:
    try:
        re.escape(bad)
    except TypeError as e:
        print('TypeError', e)
