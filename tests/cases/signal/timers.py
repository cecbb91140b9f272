# alarm, setitimer/getitimer, ItimerError; strsignal, valid_signals, masks.
import _signal as signal

print(signal.alarm(0))
print(signal.alarm(100) == 0, signal.alarm(0) in (99, 100))
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, signal.SIG_IGN)
print(signal.setitimer(signal.ITIMER_REAL, 50, 0.5))
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(40 < delay <= 50, interval)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(40 < delay <= 50, interval)
print(signal.getitimer(signal.ITIMER_VIRTUAL), signal.getitimer(signal.ITIMER_PROF))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.ItimerError.__name__, signal.ItimerError.__module__, signal.ItimerError.__mro__[1].__name__)
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print(type(e).__name__, e, e.errno)
try:
    signal.getitimer(7)
except OSError as e:
    print(type(e).__name__, e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV), signal.strsignal(signal.SIGKILL))
valid = signal.valid_signals()
print(type(valid).__name__, len(valid), min(valid), max(valid), 32 in valid)
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX, signal.SIG_DFL, signal.SIG_IGN)
print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])))
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
print(sorted(signal.sigpending()))
print(sorted(signal.pthread_sigmask(signal.SIG_SETMASK, [])))
print(signal.set_wakeup_fd(-1))
names = sorted(n for n in dir(signal) if n.startswith("SIG") and not n.startswith("SIG_"))
print([(n, getattr(signal, n)) for n in names])
