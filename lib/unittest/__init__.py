"""Ginger's unit testing framework, with the API and the output of CPython's unittest.

    import unittest

    class ArithmeticTest(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 2, 3)

    if __name__ == '__main__':
        unittest.main()

unittest.mock is not written here: when GINGER_STDLIB names CPython's library, its unittest directory is
added to this package's __path__, so that `import unittest.mock` finds CPython's mock.py.
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler
from .loader import makeSuite, getTestCaseNames, findTestCases


def _extend_path():
    # Modules of CPython's unittest that Ginger does not have (mock) come from GINGER_STDLIB.
    import os
    stdlib = os.environ.get('GINGER_STDLIB')
    if stdlib:
        directory = os.path.join(stdlib, 'unittest')
        if os.path.isdir(directory) and directory not in __path__:
            __path__.append(directory)


_extend_path()
del _extend_path


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    # IsolatedAsyncioTestCase is imported on first use: it needs asyncio.
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
