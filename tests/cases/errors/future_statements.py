# from __future__ imports: only at the beginning of a module (after its docstring), and only of features that
# exist; the compiler says where, as CPython's future.c does.
sources = [
    '"""doc"""\nfrom __future__ import nested_scopes\nfrom __future__ import rested_snopes\n',
    '"""doc"""\nimport __future__\nfrom __future__ import nested_scopes\n',
    'from __future__ import nested_scopes\nimport foo\nfrom __future__ import nested_scopes\n',
    '"""doc"""\n"not a docstring"\nfrom __future__ import nested_scopes\n',
    '"""doc"""\nfrom __future__ import nested_scopes; import string; from __future__ import \\\n     nested_scopes\n',
    'from __future__ import *\n',
    'from __future__ import nested_scopes, braces\n',
    'from __future__ import absolute_import\n"spam"\nfrom __future__ import print_function\n',
    'def f():\n    from __future__ import division\n',
    'if x:\n    from __future__ import division\n',
    'class C:\n    from __future__ import generators\n',
    'from __future__ import generator_stop, annotations as a, division, unicode_literals, with_statement\n',
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import barry_as_FLUFL\nx = 1\n',
    'from .__future__ import anything\n',
]
for source in sources:
    try:
        compile(source, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")
