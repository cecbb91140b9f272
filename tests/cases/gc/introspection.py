# gc.is_tracked, get_objects, get_referrers, get_referents, freeze, callbacks.
import gc

class Box:
    pass

print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked(Box()), gc.is_tracked(lambda: 0))
print(gc.is_finalized(Box()))

marker = [1, 2, 3]
holder = [marker]
objects = gc.get_objects()
print(any(o is marker for o in objects), any(o is objects for o in objects))
print(gc.get_objects(0) == [] or True)
referrers = gc.get_referrers(marker)
print(any(r is holder for r in referrers))
item = Box()
pair = [item, "s"]
print(item in gc.get_referents(pair), gc.get_referents(1, "x"))

gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

events = []
def callback(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(callback)
gc.collect()
gc.callbacks.remove(callback)
print(events[0][0], events[-1][0], events[0][1])
print(all(isinstance(x, int) for x in gc.get_count()))

# A collection asked for by a callback does nothing: the collector is already running.
nested = []
def collecting(phase, info):
    nested.append((phase, gc.collect()))
gc.callbacks.append(collecting)
gc.collect()
gc.callbacks.remove(collecting)
print(nested)
