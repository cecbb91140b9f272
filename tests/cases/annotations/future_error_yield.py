# PEP 563: yield cannot appear in an annotation, even in a generator.
from __future__ import annotations

print("compiled?")


def gen():
    x: (yield 1)
    yield 2
