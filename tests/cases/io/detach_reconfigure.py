# TextIOWrapper.detach(), BufferedReader.detach() and TextIOWrapper.reconfigure().
import io

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8")
text.write("héllo\n")
buffer = text.detach()
print(buffer is raw, raw.getvalue(), text.buffer, text.encoding, repr(text))
for action in (lambda: text.write("x"), text.read, lambda: text.closed, text.flush, text.detach):
    try:
        action()
    except ValueError as e:
        print("ValueError", e)

reader = io.BufferedReader(io.BytesIO(b"abc"))
print(reader.read(1))
inner = reader.detach()
print(inner.read(), reader.raw, repr(reader))
try:
    reader.read()
except ValueError as e:
    print("ValueError", e)

data = io.BytesIO()
t = io.TextIOWrapper(data, encoding="ascii", errors="strict", newline="\n")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)
t.reconfigure(encoding="latin-1")
print(t.encoding, t.errors)
t.write("é\n")
t.reconfigure(errors="replace", newline="\r\n", line_buffering=True, write_through=True)
print(t.encoding, t.errors, t.line_buffering, t.write_through)
t.write("€\n")
print(data.getvalue())
t.reconfigure(encoding="utf-8", newline=None)
print(t.encoding, t.errors)
t.write("€\n")
print(data.getvalue())
for kwargs in ({"encoding": 5}, {"errors": 3}, {"newline": "x"}, {"newline": 4}, {"encoding": "nope"}):
    try:
        t.reconfigure(**kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    t.reconfigure("utf-8")
except TypeError as e:
    print("TypeError", e)

r = io.TextIOWrapper(io.BytesIO(b"line one\nline two\n"), encoding="utf-8")
print(r.readline())
try:
    r.reconfigure(encoding="ascii")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
r.reconfigure(line_buffering=True)
print(r.line_buffering, r.readline())
