# At exit, the objects that __main__'s globals hold are finalized (their __del__ runs) while the
# namespace is still intact; then the namespace is cleared.
import threading


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees config =", config)


class Broken:
    def __del__(self):
        raise ValueError("from __del__")


config = "intact"
first = Noisy("first")
second = Noisy("second")
shared = Noisy("shared")
alias = shared
_private = Noisy("_private")
broken = Broken()
local = threading.local()
local.value = "value"


class UsesLocal:
    def __del__(self):
        print("local.value =", local.value)


user = UsesLocal()
print("end of program")
