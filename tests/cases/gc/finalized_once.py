# __del__ runs once per object (PEP 442), also when the object survived its first death; gc.is_finalized
# tells which objects it ran for.
import gc

saved = []


class Lazarus:
    def __del__(self):
        print("__del__ of", self.name)
        saved.append(self)


first = Lazarus()
first.name = "first"
print("before:", gc.is_finalized(first), gc.is_finalized(3), gc.is_finalized([]))
del first
print("resurrected and finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("second death: no second __del__")

# The same through the collector, with a cycle.
second = Lazarus()
second.name = "second"
second.me = second
del second
gc.collect()
survivor = saved.pop()
print("after collection:", survivor.name, gc.is_finalized(survivor))
del survivor
gc.collect()
print("collected again without __del__:", saved)

# A class without __del__ is never finalized.
class Plain:
    pass


plain = Plain()
print("plain:", gc.is_finalized(plain))
