# "Did you mean" suggestions in unittest reports (AttributeError, NameError, self.x, forgotten imports).
import os
import unittest
from _ut_normalize import run, load


class T(unittest.TestCase):
    value = 3
    def test_attr(self):
        self.assertEqal(1, 1)
    def test_attr_case(self):
        self.VALUE
    def test_name(self):
        valeu = 1
        print(valu)
    def test_self(self):
        print(value)
    def test_stdlib(self):
        print(string)
    def test_builtin(self):
        lenn([])
    def test_none(self):
        self.zzzzzzzzzzz
    def test_module_attr(self):
        os.getcwdd()


run(load(T))
