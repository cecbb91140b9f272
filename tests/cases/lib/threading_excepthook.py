# threading.excepthook's report ("Exception in thread NAME:" and the traceback), SystemExit ignored,
# a custom hook through ExceptHookArgs.
import io
import os
import sys
import threading


def fail():
    raise ValueError("bad value")


thread = threading.Thread(target=fail, name="worker")
for exc_type in (ValueError, SystemExit):
    try:
        if exc_type is ValueError:
            fail()
        else:
            raise SystemExit(3)
    except BaseException:
        args = threading.ExceptHookArgs([*sys.exc_info(), thread])
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        threading.excepthook(args)
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = old
    print(repr(text.replace(os.path.abspath(__file__), "FILE").replace(__file__, "FILE")))
print(args.exc_type.__name__, args.thread.name, len(args), args[0].__name__)
try:
    raise KeyError("k")
except KeyError:
    args = threading.ExceptHookArgs([*sys.exc_info(), None])
old = sys.stderr
sys.stderr = io.StringIO()
threading.excepthook(args)
text, sys.stderr = sys.stderr.getvalue(), old
print(text.splitlines()[0].startswith("Exception in thread "), text.splitlines()[-1])
print(repr(threading.ExceptHookArgs([ValueError, None, None, None])), type(args).__name__)
