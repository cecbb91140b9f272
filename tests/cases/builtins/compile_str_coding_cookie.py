# A coding declaration applies to bytes sources only: a str is already text, so compile(), exec() and eval()
# of a str ignore it (CPython 3.12), while bytes are decoded as it says.
source = '# -*- coding: latin-1 -*-\nx = "é"\n'
namespace = {}
exec(compile(source, "<str>", "exec"), namespace)
print(ascii(namespace["x"]))
exec(source, namespace)
print(ascii(namespace["x"]))
print(ascii(eval('# coding: latin-1\n"é"')))
exec(compile(source.encode("latin-1"), "<bytes>", "exec"), namespace)
print(ascii(namespace["x"]))
exec(compile(source.encode("utf-8"), "<bytes>", "exec"), namespace)
print(ascii(namespace["x"]))
exec(compile("# vim: set fileencoding=latin-1 :\ny = 'ü'\n", "<str>", "exec"), namespace)
print(ascii(namespace["y"]))
