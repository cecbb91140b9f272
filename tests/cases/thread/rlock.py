# _thread.RLock: recursive acquisition by its owner, the Condition helpers, repr, errors.
import _thread

r = _thread.RLock()
print(type(r).__name__, _thread.RLock.__module__)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(False), r.acquire(timeout=1))
print(r._is_owned(), r._recursion_count())
me = _thread.get_ident()
print(repr(r).startswith(f"<locked _thread.RLock object owner={me} count=3 at 0x"))
r.release()
print(r._recursion_count())
state = r._release_save()
print(state == (2, me), r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned())
with r:
    with r:
        print("nested", r._recursion_count())
print(r._recursion_count())
r.acquire()
r._at_fork_reinit()
print(r._is_owned())

class MyLock(_thread.RLock):
    pass

m = MyLock()
print(m.acquire(), repr(m).startswith("<locked MyLock object owner="))
m.release()

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: r.release())
show(lambda: r._release_save())
show(lambda: r.acquire(False, 1))
show(lambda: r.acquire(True, -5))
show(lambda: r.acquire(timeout=float("nan")))

fresh = _thread.RLock()
for state in [(1,), 5, (1, 2, 3), ("a", 1), (1, "a")]:
    show(lambda: fresh._acquire_restore(state))
fresh._acquire_restore((2, -1))
print(repr(fresh).split(" at ")[0])
