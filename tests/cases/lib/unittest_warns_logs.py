# assertWarns, assertWarnsRegex, assertLogs and assertNoLogs: they need warnings and logging in lib/.
import logging
import unittest
import warnings
from _ut_normalize import run, load


class Warns(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        self.assertEqual(str(cm.warning), "old")
        self.assertWarnsRegex(UserWarning, "ab+c", warnings.warn, "xabbbc")

    def test_not_warned(self):
        with self.assertWarns(UserWarning):
            pass

    def test_logs(self):
        with self.assertLogs("demo", level="INFO") as cm:
            logging.getLogger("demo").info("first")
            logging.getLogger("demo.child").error("second")
        self.assertEqual(cm.output, ["INFO:demo:first", "ERROR:demo.child:second"])

    def test_no_logs(self):
        # (caught here: the failure's traceback would show a frame of unittest's own files)
        try:
            with self.assertNoLogs("demo", level="ERROR"):
                logging.getLogger("demo").error("oops")
        except AssertionError as e:
            print("assertNoLogs failed:", e)


run(load(Warns), verbosity=2)
