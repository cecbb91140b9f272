# IsolatedAsyncioTestCase: asyncSetUp, coroutine tests and cleanups; needs asyncio in lib/.
import unittest
from _ut_normalize import load

events = []


class Async(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.value = 1

    async def test_async(self):
        self.assertEqual(self.value, 1)

    async def test_async_fails(self):
        self.addAsyncCleanup(self.cleanup, "async cleanup")
        self.fail("inside a coroutine")

    async def cleanup(self, name):
        events.append(name)

    async def asyncTearDown(self):
        events.append("asyncTearDown")


result = unittest.TestResult()
load(Async).run(result)
print(result.testsRun, [(test.id(), text.splitlines()[-1]) for test, text in result.failures])
print(events)
