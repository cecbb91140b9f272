# Coding declarations in compiled bytes: any codec's name (the source is decoded with it), an unknown name, and a
# UTF-8 BOM with a declaration of another encoding.
sources = [
    b"# -*- coding: koi8-r -*-\ns = '\xf0\xd2\xc9\xd7\xc5\xd4'\n",
    b"# coding=cp1252\ns = '\x80 \xe9'\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ns = '\xe9'\n",
    b"# coding: utf_8\ns = '\xc3\xa9'\n",
    b"\xef\xbb\xbf# coding: utf-8\ns = 'bom'\n",
    b"# coding: uft-8\ns = 1\n",
    b"\xef\xbb\xbf# coding: latin-1\ns = 1\n",
    b"\xef\xbb\xbf# coding: utf8\ns = 1\n",
    b"x = 1\n# coding: no-such-codec\ns = 'third line: ignored'\n",
]
for source in sources:
    namespace = {}
    try:
        exec(compile(source, "<case>", "exec"), namespace)
        print(ascii(namespace["s"]))
    except SyntaxError as e:
        print("SyntaxError:", e.args)
