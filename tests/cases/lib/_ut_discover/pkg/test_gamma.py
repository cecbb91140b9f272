import unittest


class GammaTest(unittest.TestCase):
    def test_gamma(self):
        self.assertIn(1, [1, 2])

    @unittest.skip("not today")
    def test_skipped(self):
        pass
