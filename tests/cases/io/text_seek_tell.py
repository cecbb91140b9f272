# Text files: tell() cookies and seek() back to them, with utf-8, newline translation and r+ mode.
# (After a line ending in a lone "\r" the cookie packs the newline decoder's state, as CPython's does.)
path = "_tmp_text_seek_tell.txt"

with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("ab\r\ncé\nline three\rfour\n")
    print(f.tell())

with open(path, encoding="utf-8") as f:
    cookies = []
    while True:
        cookies.append(f.tell())
        line = f.readline()
        if not line:
            break
    print(cookies)
    for cookie in reversed(cookies):
        f.seek(cookie)
        print(cookie, repr(f.readline()))
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.read(2)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    for offset, whence in ((1, 1), (-1, 2), (0, 5), (-3, 0)):
        try:
            f.seek(offset, whence)
        except Exception as e:
            print(type(e).__name__, e)
    print(f.seek(0, 1) == f.tell())

with open(path, "r+", encoding="utf-8") as f:
    print(repr(f.read(2)))
    f.seek(f.tell())
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.truncate(3)
    print(repr(f.read()))

with open(path, "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print(f.readlines(), f.tell())

import os
os.remove(path)
