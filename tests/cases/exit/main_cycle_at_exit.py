# An object of __main__ in a reference cycle is finalized at exit while __main__'s namespace is intact
# (the collector frees the namespace with it), and the main thread is still the current one.
import gc
import threading

main_thread = threading.current_thread()


class RefCycle:
    def __init__(self, name):
        self.name = name
        self.cycle = self

    def __del__(self):
        print("__del__ of", self.name, threading.current_thread() is main_thread,
              threading.enumerate() == [main_thread])


RefCycle("a cycle collected while running")
gc.collect()
x = RefCycle("a cycle alive until exit")
print("end of the program")
