# _tokenize.TokenizerIter (what tokenize.generate_tokens runs on): tokens with character positions and lines.
import _tokenize
import io

source = 'def f(a, b=1):\n    return a + "é" * 2\nx = f"{a!r:>4}"\n'
for token in _tokenize.TokenizerIter(io.StringIO(source).readline, extra_tokens=True):
    print(token)

# The text signatures of slot wrappers, which inspect.signature parses.
print(object.__init__.__text_signature__, int.__add__.__text_signature__, object.__repr__.__text_signature__)
