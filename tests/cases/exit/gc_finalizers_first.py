# PEP 442: the collector runs the __del__ of every object in an unreachable cycle before it breaks the
# cycle (each sees the others intact), in tracking order, and only once (a resurrected object keeps it run).
import gc
class Node:
    def __init__(self, name): self.name = name; self.other = None
    def __del__(self):
        print("del", self.name, "sees", self.other.name if self.other else None)
a = Node("a"); b = Node("b"); a.other = b; b.other = a
del a, b
print("collected", gc.collect() >= 2)
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
p = Phoenix(); p.me = p
del p
gc.collect()
print(len(saved))
saved.clear()
gc.collect()
print("end")
