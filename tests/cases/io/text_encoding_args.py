# TextIOWrapper's encoding and errors arguments: lone surrogates, NUL characters, unknown names and error handlers.
import io
b = io.BytesIO(b"abc")
for kw in [dict(encoding='\udcfe'), dict(encoding='utf-8\0'), dict(encoding='utf-8', errors='\udcfe'), dict(encoding='utf-8', errors='replace\0'), dict(encoding='utf-16', errors='\udcfe'), dict(encoding='utf-8', errors='bogus'), dict(encoding='utf-16', errors='bogus'), dict(encoding='\xe9')]:
    try:
        t = io.TextIOWrapper(b, **kw)
        print(kw, 'ok', t.errors)
    except Exception as e:
        print(ascii(kw), type(e).__name__, ascii(str(e)))
t = io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding='utf-16', errors='bogus')
try:
    print(t.read())
except Exception as e:
    print(type(e).__name__, e)
