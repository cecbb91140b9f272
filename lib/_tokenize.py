"""The tokenizer behind CPython's tokenize.generate_tokens() and tokenize.tokenize() (its C tokenizer).

Ginger's own tokenizer is in C++ (src/parse/tokenizer.cpp) and is not exposed this way yet: importing works, so
modules that import tokenize for its other helpers (detect_encoding, open) load, and tokenizing raises a clear error.
"""


class TokenizerIter:
    def __init__(self, source, *, encoding=None, extra_tokens=False):
        raise NotImplementedError("tokenize's tokenizer (_tokenize.TokenizerIter) is not implemented by Ginger yet")
