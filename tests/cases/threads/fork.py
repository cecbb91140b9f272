# fork() from a thread while others run: the child has only the forking thread, now its main thread.
import os
import threading
import time
import warnings

stop = threading.Event()
bg = threading.Thread(target=stop.wait)
bg.start()
result = []


def forker():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pid = os.fork()
    if pid == 0:
        me = threading.current_thread()
        print("child:", me is threading.main_thread(), threading.active_count(), me.name, flush=True)
        t = threading.Thread(target=lambda: print("child thread runs", flush=True))
        t.start()
        t.join()
        os._exit(7)
    _, status = os.waitpid(pid, 0)
    result.append((os.waitstatus_to_exitcode(status), [w.category.__name__ for w in caught]))


t = threading.Thread(target=forker, name="forker")
t.start()
t.join()
stop.set()
bg.join()
print(result)
