# unittest reports of exception groups (nested, wide, with chained members), chains, SyntaxError and notes.
import unittest
from _ut_normalize import run, load
def boom(i):
    raise ValueError(i)
class Groups(unittest.TestCase):
    def test_group(self):
        errors = []
        for i in range(3):
            try:
                boom(i)
            except ValueError as e:
                errors.append(e)
        raise ExceptionGroup("several", errors)
    def test_nested(self):
        try:
            raise KeyError("inner")
        except KeyError as k:
            inner = ExceptionGroup("inner group", [k, TypeError("t")])
        raise ExceptionGroup("outer", [inner, OSError("os")]) from RuntimeError("cause")
    def test_wide(self):
        raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
    def test_chain_in_group(self):
        try:
            try:
                1 / 0
            except ZeroDivisionError:
                raise ValueError("during")
        except ValueError as v:
            raise ExceptionGroup("g", [v])
    def test_chain(self):
        try:
            {}.pop(1)
        except KeyError:
            raise IndexError("second") from None
    def test_context(self):
        try:
            {}.pop(1)
        except KeyError:
            raise IndexError("second")
class Others(unittest.TestCase):
    def test_syntax(self):
        compile("x = (1 +\n", "<src>", "exec")
    def test_syntax2(self):
        compile("  a b c", "f.py", "exec")
    def test_syntax3(self):
        raise SyntaxError("bare")
    def test_notes(self):
        e = ValueError("with notes")
        e.add_note("note one")
        e.add_note("note\ntwo")
        raise e
    def test_noargs(self):
        raise KeyError


run(load(Groups, Others))
