# An exception in an atexit callback is reported on stderr and the other callbacks still run.
import atexit

class Callback:
    def __init__(self, name, error):
        self.name = name
        self.error = error

    def __repr__(self):
        return f"<callback {self.name}>"

    def __call__(self):
        print("running", self.name)
        if self.error:
            raise self.error

atexit.register(Callback("last", None))
atexit.register(Callback("raises", ValueError("bad value")))
atexit.register(Callback("exits", SystemExit(4)))
print("main done")
