# The collector's three generations, as CPython's: new containers enter generation 0, survivors move up one
# generation per collection, and automatic collections follow gc.get_threshold().
import gc
import weakref


def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(generation=g))]


print("thresholds:", gc.get_threshold())
gc.collect()
cycle = []
cycle.append(cycle)
print("new object in generation:", where(cycle))
gc.collect(generation=0)
print("after collect(0):", where(cycle))
gc.collect(generation=1)
print("after collect(1):", where(cycle))
gc.collect()
print("after a full collection:", where(cycle))

# Garbage in a young generation goes with a young collection.
gc.collect()
garbage = []
garbage.append(garbage)
ref_target = type("Target", (), {})()
ref_target.me = ref_target
alive = weakref.ref(ref_target)
del garbage, ref_target
print("young collection finds the cycles:", gc.collect(0) >= 2, alive() is None)

# Statistics per generation.
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(1)
gc.collect(2)
after = [s["collections"] for s in gc.get_stats()]
print("collections per generation:", [a - b for a, b in zip(after, before)])

# Callbacks are told the generation.
seen = []
def callback(phase, info):
    seen.append((phase, info["generation"]))
gc.callbacks.append(callback)
gc.collect(1)
gc.callbacks.remove(callback)
print("callbacks:", seen)


# Automatic collections: garbage cycles do not pile up while a program allocates, even with many live objects.
class Marker:
    pass


class Detector:
    """Notices the collection of a cycle that is garbage from the start."""
    def __init__(self):
        self.happened = False
        marker = Marker()
        marker.me = marker
        self.ref = weakref.ref(marker, self.fire)

    def fire(self, ref):
        self.happened = True


live = [[] for i in range(50000)]
detector = Detector()
junk = []
for i in range(10000):
    if detector.happened:
        break
    junk.append([])
print("automatic collection within 10000 allocations:", detector.happened)

old = gc.get_threshold()
gc.set_threshold(0)
print("threshold 0:", gc.get_threshold(), gc.isenabled())
gc.set_threshold(*old)
print("restored:", gc.get_threshold() == old)
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as error:
        print("collect", bad, "->", error)
