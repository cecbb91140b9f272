# _thread.interrupt_main() in the main thread raises KeyboardInterrupt from the call itself.
import _thread
import signal

try:
    _thread.interrupt_main()
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt")


class Expect:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__ if kind else None)
        return kind is KeyboardInterrupt


with Expect():
    _thread.interrupt_main()
caught = []
old = signal.signal(signal.SIGTERM, lambda signum, frame: caught.append(signum))
_thread.interrupt_main(signal.SIGTERM)
print(caught == [signal.SIGTERM])
signal.signal(signal.SIGTERM, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGTERM)
signal.signal(signal.SIGTERM, old)
for bad in (-1, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)
