# gc.collect finds reference cycles; enable/disable/isenabled; thresholds; stats; argument errors.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
found = gc.collect()
print(found >= 2)
print(gc.collect())
gc.enable()
print(gc.isenabled())

# A list that contains itself.
x = []
x.append(x)
del x
print(gc.collect(0) >= 1, gc.collect(generation=1) >= 0)

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(type(gc.get_count()).__name__, len(gc.get_count()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks)

for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"), lambda: gc.set_threshold(),
            lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.set_threshold("a"), lambda: gc.enable(1),
            lambda: gc.is_tracked(), lambda: gc.get_objects(3), lambda: gc.get_objects(generation="a"),
            lambda: gc.set_debug("x"), lambda: gc.collect(2**100)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
