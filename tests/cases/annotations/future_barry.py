# from __future__ import barry_as_FLUFL (as compile()'s flag; a file's own import does not change how it parses):
# '<>' is the not-equal operator and '!=' an error.
import __future__
flag = __future__.barry_as_FLUFL.compiler_flag
print(eval(compile('1 <> 2', 's', 'eval', flag)))
exec(compile('print(1 <> 2, 1 <> 1)', 's', 'exec', flag))
for src in ('1 != 2', '1 <> 2', 'a <> b <> c'):
    for flags in (0, flag):
        try:
            print(repr(src), flags, eval(compile(src, 's', 'eval', flags), {'a': 1, 'b': 2, 'c': 3}))
        except SyntaxError as e:
            print(repr(src), flags, "SyntaxError:", e.msg, e.offset, e.end_offset)
exec("from __future__ import barry_as_FLUFL\nprint(1 != 2)")
try:
    exec("from __future__ import barry_as_FLUFL\nprint(1 <> 2)")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, e.end_offset)
import tokenize, io
for t in tokenize.generate_tokens(io.StringIO('1 <> 2 != 3\n').readline):
    print(t.string, t.exact_type)
