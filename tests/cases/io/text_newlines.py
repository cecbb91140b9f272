# Text files: newline translation on writing and reading, the newlines attribute, readline with a limit.
path = "_tmp_text_newlines.txt"

for newline in (None, "", "\n", "\r", "\r\n"):
    with open(path, "w", newline=newline) as f:
        f.write("a\nb\n")
    with open(path, "rb") as f:
        print("write", repr(newline), f.read())

with open(path, "wb") as f:
    f.write(b"one\ntwo\r\nthree\rfour\r")
for newline in (None, "", "\n", "\r", "\r\n"):
    with open(path, newline=newline) as f:
        lines = f.readlines()
        print("read", repr(newline), lines, f.newlines)
    with open(path, newline=newline) as f:
        print("  read()", repr(f.read()))

with open(path) as f:
    print(repr(f.readline(2)), repr(f.readline(100)), repr(f.readline(0)), repr(f.read(4)))

# A "\r\n" split across the decoder's chunks is still one newline.
with open(path, "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"y\r\n")
with open(path) as f:
    lines = f.readlines()
    print(len(lines), [len(line) for line in lines], repr(lines[-1]), f.newlines)
with open(path, newline="") as f:
    print([len(line) for line in f])

import os
os.remove(path)
