# re.escape on str and bytes; escaped text matches itself.
import re

for text in ['a.b*c', 'hello world', '1+1=2', '(x)[y]{z}', 'a-b|c^d$e', 'tab\tnewline\n', '#comment',
             'back\\slash', '&~', 'caf\u00e9 \u00fcber', '_under_score_', '', '!"%\',/:;<=>@`']:
    escaped = re.escape(text)
    print(repr(escaped), bool(re.fullmatch(escaped, text)), bool(re.fullmatch(escaped, text, re.X)))
print(re.escape(b'a.b\xff c*'), re.escape(b''))
print(bool(re.fullmatch(re.escape(b'x+y'), b'x+y')))
print(re.escape(''.join(chr(c) for c in range(32, 127))))
