# Text files with encodings and error handlers: utf-8, latin-1, ascii; errors on reading and writing.
path = "_tmp_text_encodings.txt"

with open(path, "w", encoding="utf-8") as f:
    print(f.encoding, f.errors, f.write("café ☕ 𝄞\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(ascii(f.read()))
for errors in ("strict", "replace", "ignore", "surrogateescape", "backslashreplace"):
    try:
        with open(path, encoding="ascii", errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)

for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    try:
        with open(path, "w", encoding="ascii", errors=errors) as f:
            f.write("naïve\n")
        with open(path, "rb") as f:
            print(errors, f.read())
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError", e)

with open(path, "w", encoding="latin1") as f:
    f.write("ÿ and é")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8", errors="surrogateescape") as f:
    text = f.read()
    print(ascii(text))
with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(text)
with open(path, "rb") as f:
    print(f.read())

# Multi-byte characters split across the decoder's chunks.
with open(path, "w", encoding="utf-8") as f:
    f.write("é" * 10000)
with open(path, encoding="utf-8") as f:
    data = f.read()
    print(len(data), set(data))
with open(path, encoding="utf-8") as f:
    print(len(f.read(4097)), len(f.read(5000)), len(f.read()))

try:
    open(path, encoding="klingon")
except LookupError as e:
    print("LookupError", e)

import os
os.remove(path)
