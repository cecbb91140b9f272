# The usual script: unittest.main() runs the module's tests, reports on stderr and exits with 1 on failure.
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 2, 3)

    def test_wrong(self):
        self.assertEqual(2 * 2, 5)

    @unittest.skip("later")
    def test_later(self):
        pass


if __name__ == "__main__":
    print("running")
    unittest.main()
