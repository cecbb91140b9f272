# atexit._run_exitfuncs runs and forgets the callbacks; _clear drops them; _ncallbacks; argument errors.
import atexit

def first():
    print("first")

def second():
    print("second")
    atexit.register(lambda: print("registered while running: not run"))

atexit.register(first)
atexit.register(second)
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(first)
atexit._clear()
print(atexit._ncallbacks())

class Equal:
    def __eq__(self, other):
        return True
    __hash__ = None
    def __call__(self):
        print("never: unregistered by equality")

atexit.register(Equal())
atexit.unregister(object())
atexit.register(lambda: print("at exit"))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: atexit.register(1))
show(lambda: atexit.register())
show(lambda: atexit.unregister())
show(lambda: atexit._clear(1))
show(lambda: atexit._ncallbacks(1))
show(lambda: atexit._run_exitfuncs(1))
