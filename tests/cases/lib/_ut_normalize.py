# Helper of the unittest cases: run a suite with TextTestRunner into a string, with the time and this
# directory's path taken out, so that the output is the same everywhere.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    text = re.sub(r"(Ran \d+ tests?) in \d+\.\d+s", r"\1 in 0.000s", text)
    return text.replace(HERE, "")


def run(suite, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, **kwargs)
    result = runner.run(suite)
    print(clean(stream.getvalue()), end="")
    return result


def load(*classes):
    loader = unittest.TestLoader()
    return unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
