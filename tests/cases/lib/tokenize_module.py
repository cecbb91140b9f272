# tokenize: generate_tokens and tokenize with COMMENT and NL tokens, untokenize (both modes),
# detect_encoding, TokenInfo, open, main() (ginger -m tokenize) and the errors.
import io
import sys
import token
import tokenize

with open("_tokenize_source.py") as f:
    source = f.read()
for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    print(tok)
with open("_tokenize_source.py", "rb") as f:
    tokens = list(tokenize.tokenize(f.readline))
print(tokens[0], len(tokens), tokens[1].exact_type, tokens[-1].type == token.ENDMARKER)
print(tokenize.untokenize(tokens) == source.encode())
print(tokenize.untokenize((t.type, t.string) for t in tokens)[:80])
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("x=1 # c\n").readline)))
print(list(tokenize.generate_tokens(io.StringIO("x = 1").readline)))
print(list(tokenize.generate_tokens(io.StringIO("# only a comment").readline)))
print(list(tokenize.generate_tokens(io.StringIO("").readline)))
print([t.string for t in tokenize.generate_tokens(io.StringIO("f(a,  # c\n  b)\n").readline)])
print([tokenize.tok_name[t.exact_type] for t in tokenize.generate_tokens(io.StringIO("a += b ** -c\n").readline)])
print(tokenize.detect_encoding(io.BytesIO(b"# coding: latin-1\nx").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"#!/bin/sh\n# vim: set fileencoding=utf_8 :\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"x = 1\n# coding: latin-1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"").readline))
for data in (b"# coding: foo\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe\n"):
    try:
        tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        print("SyntaxError", e)
try:
    list(tokenize.generate_tokens(io.StringIO("def f():\n        a\n    b\n").readline))
except IndentationError as e:
    print("IndentationError", e.args[0])
with tokenize.open("_tokenize_source.py") as f:
    print(f.encoding, f.mode, f.readline(), end="")
print(tokenize.TokenInfo(1, "a", (1, 0), (1, 1), "a").exact_type, tokenize.TokenInfo(55, "(", (1, 0), (1, 1), "(").exact_type)
print(issubclass(tokenize.TokenError, Exception), tokenize.ENCODING, tokenize.COMMENT, tokenize.NL, token.N_TOKENS)
sys.argv = ["tokenize", "-e", "_tokenize_source.py"]
tokenize.main()
for tok in tokenize.tokenize(io.BytesIO(b"if False:\r\n    # NL\r\n    a    = False # NEWLINE\r\n\r\n").readline):
    print(tok)
for text in ('f"a{{b}}c"\n', "f'{{x}}' f'}}{y}{{'\n", 'f"{{"\n'):
    print([(t.string, t.start, t.end) for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type == tokenize.FSTRING_MIDDLE])
