# Ctrl-C handling (-c/--catch): the handler stops the registered results instead of interrupting.
import io
import os
import signal
import unittest


class T(unittest.TestCase):
    def test_a(self):
        os.kill(os.getpid(), signal.SIGINT)

    def test_b(self):
        pass


unittest.installHandler()
print(type(signal.getsignal(signal.SIGINT)).__name__)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.shouldStop, result.testsRun)
print(unittest.removeResult(result), unittest.removeResult(result))


@unittest.removeHandler
def without_handler():
    return signal.getsignal(signal.SIGINT)


print(without_handler())
print(type(signal.getsignal(signal.SIGINT)).__name__)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT))
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
