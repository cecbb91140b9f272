import unittest


class BetaTest(unittest.TestCase):
    def test_beta(self):
        pass
