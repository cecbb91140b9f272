# Streams dropped without close() are flushed and closed, subclasses included; io objects are weakly referenceable.
import io, os
def check(label, make):
    binary = label.endswith(" b")
    f = make()
    f.write(b"data" if binary else "data")
    del f
    print(label, open("_tmp_dropped_streams.txt", "rb").read())
check("text", lambda: open("_tmp_dropped_streams.txt", "w"))
check("bin b", lambda: open("_tmp_dropped_streams.txt", "wb"))
check("raw b", lambda: open("_tmp_dropped_streams.txt", "wb", buffering=0))
class T(io.TextIOWrapper): pass
check("text-subclass", lambda: T(io.BufferedWriter(io.FileIO("_tmp_dropped_streams.txt", "w"))))
class B(io.BufferedWriter): pass
check("bin sub b", lambda: B(io.FileIO("_tmp_dropped_streams.txt", "w")))
class R(io.FileIO): pass
check("raw sub b", lambda: R("_tmp_dropped_streams.txt", "w"))
class Closing(io.TextIOWrapper):
    def close(self):
        print("close called")
        super().close()
check("closing", lambda: Closing(io.BufferedWriter(io.FileIO("_tmp_dropped_streams.txt", "w"))))
import _weakref as weakref
f = open("_tmp_dropped_streams.txt")
r = weakref.ref(f)
print(r() is f)
del f
print(r())
os.remove("_tmp_dropped_streams.txt")
