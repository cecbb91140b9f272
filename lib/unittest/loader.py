"""TestLoader: finds tests in classes, modules, names and directories."""

import os
import re
import sys
import types
import functools

from . import case, suite, util

from fnmatch import fnmatch, fnmatchcase

__unittest = True

# What discovery accepts as a module file; the name must be importable.
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


import traceback


def _format_exc():
    return traceback.format_exc()


class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super(_FailedTest, self).__getattr__(name)
        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, _format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n%s' % (_format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    TestClass = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((TestClass(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


def _is_test_class(obj):
    return (isinstance(obj, type) and issubclass(obj, case.TestCase)
            and obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader(object):
    """Loads tests by various criteria and returns them wrapped in a TestSuite."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        # Packages being loaded by discovery, so that a package's load_tests calling discover()
        # does not load it again.
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            testCaseNames = []
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
            if not testCaseNames and hasattr(testCaseClass, 'runTest'):
                testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *, pattern=None):
        """Return a suite of all test cases contained in the given module"""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if _is_test_class(obj):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """Return a suite of the tests named by a dotted name: a module, a TestCase class, a test
        method, or a callable returning a TestCase or TestSuite; relative to module if given."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    # Remember the error in case no attribute lookup below finds the name.
                    error_case, error_message = _make_failed_import_test(next_attribute, self.suiteClass)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # A package's submodule that failed to import: report the import error.
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass, 'Failed to access attribute:\n%s' % (_format_exc(),))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        elif _is_test_class(obj):
            return self.loadTestsFromTestCase(obj)
        elif (isinstance(obj, types.FunctionType) and isinstance(parent, type) and
              issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            # static methods follow the callable path below
            if not isinstance(getattr(inst, name), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """Return a suite of the tests found for each of the names (see loadTestsFromName)."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within testCaseClass"""
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            fullName = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return (self.testNamePatterns is None or
                    any(fnmatchcase(fullName, pattern) for pattern in self.testNamePatterns))
        testFnNames = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find the test modules under start_dir (recursively) whose file names match pattern (a shell
        pattern), and return a suite of their tests.

        The modules must be importable from top_level_dir (default: start_dir), which is put on sys.path.
        A package whose load_tests function exists is loaded by calling load_tests(loader, tests,
        pattern) instead of recursing into it. Paths are sorted, so the order is reproducible."""
        set_implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            # a load_tests calling discover() again
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            set_implicit_top = True
            top_level_dir = start_dir

        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            # Left in sys.path: the tests may import their modules lazily.
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        is_not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                is_not_importable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # a dotted module name
            try:
                __import__(start_dir)
            except ImportError:
                is_not_importable = True
            else:
                the_module = sys.modules[start_dir]
                top_part = start_dir.split('.')[0]
                try:
                    start_dir = os.path.abspath(os.path.dirname(the_module.__file__))
                except AttributeError:
                    if the_module.__name__ in sys.builtin_module_names:
                        raise TypeError('Can not use builtin modules '
                                        'as dotted module names') from None
                    raise TypeError(f"don't know how to discover from {the_module!r}") from None
                if set_implicit_top:
                    self._top_level_dir = self._get_directory_containing_module(top_part)
                    sys.path.remove(top_level_dir)

        if is_not_importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        tests = list(self._find_tests(start_dir, pattern))
        return self.suiteClass(tests)

    def _get_directory_containing_module(self, module_name):
        module = sys.modules[module_name]
        full_path = os.path.abspath(module.__file__)
        if os.path.basename(full_path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(full_path))
        # a plain module: its directory is the top level
        return os.path.dirname(full_path)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        path = _splitext(os.path.normpath(path))
        relpath = os.path.relpath(path, self._top_level_dir)
        assert not os.path.isabs(relpath), "Path must be within the project"
        assert not relpath.startswith('..'), "Path must be within the project"
        return relpath.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # override this method to use alternative matching strategy
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Used by discovery. Yields test suites it loads."""
        name = self._get_name_from_path(start_dir)
        # The start directory itself, when it is a package, unless it is being loaded already.
        if name != '.' and name not in self._loading_packages:
            tests, should_recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not should_recurse:
                return
        for path in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, path)
            tests, should_recurse = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if should_recurse:
                name = self._get_name_from_path(full_path)
                self._loading_packages.add(name)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(name)

    def _find_test_path(self, full_path, pattern):
        """Load the tests of one file, or of a directory's __init__.py.
        Returns (tests or None, whether to recurse into the directory)."""
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not VALID_MODULE_NAME.match(basename):
                return None, False
            if not self._match_path(basename, full_path, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                module = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            mod_file = os.path.abspath(getattr(module, '__file__', full_path))
            realpath = _splitext(os.path.realpath(mod_file))
            fullpath_noext = _splitext(os.path.realpath(full_path))
            if realpath.lower() != fullpath_noext.lower():
                module_dir = os.path.dirname(realpath)
                mod_name = _splitext(os.path.basename(full_path))
                expected_dir = os.path.dirname(full_path)
                msg = ("%r module incorrectly imported from %r. Expected "
                       "%r. Is this module globally installed?")
                raise ImportError(msg % (mod_name, module_dir, expected_dir))
            return self.loadTestsFromModule(module, pattern=pattern), False
        elif os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                package = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            load_tests = getattr(package, 'load_tests', None)
            # Mark the package so that a load_tests calling discover() does not load it again.
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                if load_tests is not None:
                    # load_tests is in charge of the whole package
                    return tests, False
                return tests, True
            finally:
                self._loading_packages.discard(name)
        return None, False


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    case._warn("unittest.getTestCaseNames() is deprecated and will be removed in Python 3.13. "
               "Please use unittest.TestLoader.getTestCaseNames() instead.", DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    case._warn("unittest.makeSuite() is deprecated and will be removed in Python 3.13. "
               "Please use unittest.TestLoader.loadTestsFromTestCase() instead.", DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    case._warn("unittest.findTestCases() is deprecated and will be removed in Python 3.13. "
               "Please use unittest.TestLoader.loadTestsFromModule() instead.", DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
