# signal.sigwait() and signal.pause() wait without the GIL: the thread that sends the signal must run meanwhile
# (both used to hang, the sender never getting the GIL).
import os
import signal
import threading
import time


def kill_later(signum):
    time.sleep(0.1)
    os.kill(os.getpid(), signum)


signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
killer = threading.Thread(target=kill_later, args=(signal.SIGUSR1,))
killer.start()
received = signal.sigwait([signal.SIGUSR1])
killer.join()
print("sigwait:", received == signal.SIGUSR1)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])

calls = []
signal.signal(signal.SIGUSR2, lambda signum, frame: calls.append(signum))
killer = threading.Thread(target=kill_later, args=(signal.SIGUSR2,))
killer.start()
signal.pause()
killer.join()
print("pause:", calls == [signal.SIGUSR2])
