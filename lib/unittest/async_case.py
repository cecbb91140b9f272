"""IsolatedAsyncioTestCase: a TestCase whose test methods, setUp and tearDown may be coroutines.

asyncio is imported when a test runs; without it, each such test reports an ImportError."""

import contextvars

from .case import TestCase, _warn

# No __unittest marker here, as in CPython: these frames show in tracebacks.


def _iscoroutinefunction(func):
    try:
        import inspect
    except ImportError:
        code = getattr(func, '__code__', None)
        return code is not None and bool(code.co_flags & 0x80)   # CO_COROUTINE
    return inspect.iscoroutinefunction(func)


class IsolatedAsyncioTestCase(TestCase):
    # Each test runs in its own event loop (an asyncio.Runner), and setUp, the test and tearDown share
    # one contextvars context.

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # addCleanup for coroutine functions (any callable returning an awaitable).
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager cm, add its __aexit__ as a cleanup, and return
        what __aenter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        if self._asyncioRunner is None:
            raise ImportError("IsolatedAsyncioTestCase needs the asyncio module, which is not available")
        # Make the loop current, so that setUp can use asyncio.get_event_loop().
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            _warn(f'It is deprecated to return a value that is not None from a '
                  f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        assert _iscoroutinefunction(func), f'{func!r} is not an async function'
        return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        if _iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        try:
            import asyncio
        except ImportError:
            return
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner = self._asyncioRunner
        if runner is not None:
            runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
