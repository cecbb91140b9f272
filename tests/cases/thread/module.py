# _thread's functions for the single thread: identities, counts, stack_size, _local, interrupt_main,
# start_new_thread's argument checks.
import _thread

print(_thread.get_ident() == _thread.get_ident(), _thread.get_ident() > 0)
print(type(_thread.get_native_id()).__name__, _thread.get_native_id() > 0)
print(_thread._count(), _thread.daemon_threads_allowed())
print(_thread.stack_size())
print(_thread.stack_size(65536), _thread.stack_size(), _thread.stack_size(0), _thread.stack_size())
sentinel = _thread._set_sentinel()
print(type(sentinel).__name__, sentinel.locked())

local = _thread._local()
local.x = 1
local.name = "main"
print(local.x, local.name, sorted(local.__dict__))
del local.x
print(hasattr(local, "x"), type(local).__module__, type(local).__name__)

class MyLocal(_thread._local):
    def __init__(self, start):
        self.value = start

ml = MyLocal(5)
print(ml.value, isinstance(ml, _thread._local))

try:
    _thread.interrupt_main()
    for i in range(10):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")

def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

show(lambda: _thread._local(1))
show(lambda: _thread.stack_size(100))
show(lambda: _thread.stack_size(-1))
show(lambda: _thread.start_new_thread(1, ()))
show(lambda: _thread.start_new_thread(print, []))
show(lambda: _thread.start_new_thread(print, (), 1))
show(lambda: _thread.interrupt_main(0))
show(lambda: _thread.exit())
show(lambda: _thread.get_ident(1))
