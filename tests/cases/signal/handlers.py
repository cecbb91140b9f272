# _signal.signal/getsignal: Python handlers run soon after the signal arrives, with the signal number and
# the current frame; SIG_IGN and SIG_DFL; the old handler is returned.
import _signal as signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGUSR1))
got = []

def handler(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))

print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)

def sender():
    signal.raise_signal(signal.SIGUSR1)
    return len(got)

print(sender())
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(len(got), signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))

# A handler may be any callable.
class Counter:
    count = 0
    def __call__(self, signum, frame):
        Counter.count += signum

signal.signal(signal.SIGUSR2, Counter())
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR2)
print(Counter.count == 2 * signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# SIGINT's default handler raises KeyboardInterrupt.
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
