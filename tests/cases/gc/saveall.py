# gc.DEBUG_SAVEALL: unreachable objects are kept in gc.garbage instead of being freed.
import gc

gc.collect()
print("garbage at start:", gc.garbage)
cycle = []
cycle.append(cycle)
identity = id(cycle)
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug() == gc.DEBUG_SAVEALL)
del cycle
print("collected:", gc.collect())
gc.set_debug(0)
print("saved:", len(gc.garbage), id(gc.garbage[0]) == identity, gc.garbage[0][0] is gc.garbage[0])
gc.garbage.clear()
print("freed once unsaved:", gc.collect())
