# faulthandler: dump_traceback in both formats, enable/disable, and the report a fatal signal prints
# (checked in a forked child, through a pipe; the thread id is masked).
import faulthandler
import os
import re
import signal
import sys


def show(text):
    print(re.sub(r"0x[0-9a-f]{16}", "0x<thread>", text).replace(os.path.abspath(__file__), "<file>"), end="")


def inner():
    r, w = os.pipe()
    faulthandler.dump_traceback(w, all_threads=False)
    faulthandler.dump_traceback(file=w)
    os.close(w)
    with os.fdopen(r) as f:
        show(f.read())


def outer():
    inner()


outer()
print(faulthandler.is_enabled(), faulthandler.disable())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled())


def crash(signal_function):
    r, w = os.pipe()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        faulthandler.enable(w)
        signal_function()
        os._exit(0)
    os.close(w)
    with os.fdopen(r) as f:
        show(f.read())
    _, status = os.waitpid(pid, 0)
    print(os.WIFSIGNALED(status), signal.Signals(os.WTERMSIG(status)).name)


def level_two():
    faulthandler._sigsegv()


crash(level_two)
crash(faulthandler._sigabrt)
crash(lambda: faulthandler._sigfpe())
for args in ((-1,), ("x",), (object(),)):
    try:
        faulthandler.dump_traceback(*args)
    except Exception as e:
        print(type(e).__name__, e)
