# faulthandler.register() dumps the traceback on a signal of the user's; dump_traceback_later() dumps every
# thread's from a watchdog after a timeout (thread ids vary, so they are masked here).
import faulthandler
import os
import re
import signal
import sys
import tempfile
import time


def show(log):
    """The dump, with the script's absolute path and the thread ids (which vary) masked."""
    log.seek(0)
    text = log.read().replace(os.path.abspath(__file__), "SCRIPT")
    print(re.sub("0x[0-9a-f]+", "0x...", text), end="")


log = tempfile.TemporaryFile("w+")
faulthandler.register(signal.SIGUSR1, file=log, all_threads=False)


def send():
    os.kill(os.getpid(), signal.SIGUSR1)


send()
show(log)
print("unregister:", faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))

# chain=True: the previous Python handler runs too.
log = tempfile.TemporaryFile("w+")
signal.signal(signal.SIGUSR2, lambda signum, frame: print("Python handler ran"))
faulthandler.register(signal.SIGUSR2, file=log, all_threads=False, chain=True)
os.kill(os.getpid(), signal.SIGUSR2)
faulthandler.unregister(signal.SIGUSR2)
show(log)

for bad in (signal.SIGSEGV, 0, signal.NSIG):
    try:
        faulthandler.register(bad)
    except (RuntimeError, ValueError) as error:
        print(type(error).__name__, error)
for timeout in (-1, 0, 1e300, float("nan")):
    try:
        faulthandler.dump_traceback_later(timeout)
    except (ValueError, OverflowError) as error:
        print(type(error).__name__, error)

with tempfile.TemporaryFile("w+") as log:
    faulthandler.dump_traceback_later(0.25, file=log)

    def wait():
        time.sleep(1)

    wait()
    faulthandler.cancel_dump_traceback_later()
    show(log)

# Cancelled before the timeout: nothing is written.
with tempfile.TemporaryFile("w+") as log:
    faulthandler.dump_traceback_later(30, file=log)
    faulthandler.cancel_dump_traceback_later()
    log.seek(0)
    print("after cancel:", repr(log.read()))
