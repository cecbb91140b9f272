# An uncaught error from a contextmanager generator that never yields.
from contextlib import contextmanager

@contextmanager
def broken():
    return
    yield

with broken():
    pass
