# Locks accept weak references (the reference dies with the lock).
import _thread
import gc
import weakref

for make in (_thread.allocate_lock, _thread.RLock):
    lock = make()
    ref = weakref.ref(lock)
    print(ref() is lock)
    del lock
    gc.collect()
    print(ref())
