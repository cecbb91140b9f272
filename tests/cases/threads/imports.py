# Threads importing the same module at once all get it fully run (CPython's per-module import locks).
import threading

got = []


def load():
    import _slow_module
    got.append(_slow_module.VALUE)


ts = [threading.Thread(target=load) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(got)
