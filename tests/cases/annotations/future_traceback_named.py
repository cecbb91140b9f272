# PEP 563: a named expression in an annotation is a SyntaxError, reported at the expression.
from __future__ import annotations


class C:
    attr: list[(y := int)]
