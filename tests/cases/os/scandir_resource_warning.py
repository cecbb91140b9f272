# os.scandir's iterator: ResourceWarning when dropped before exhausted or closed; none otherwise.
import os, warnings, gc, tempfile
top = tempfile.TemporaryDirectory()
for n in ("a", "b"):
    open(os.path.join(top.name, n), "w").close()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    it = os.scandir(top.name)
    next(it)
    del it
    gc.collect()
    print([(w.category.__name__, str(w.message).split(" at ")[0]) for w in caught])
    caught.clear()
    it = os.scandir(top.name)
    list(it)
    del it
    it = os.scandir(top.name)
    it.close()
    del it
    with os.scandir(top.name) as it:
        next(it)
    del it
    gc.collect()
    print(caught)
print(type(os.scandir(".")).__name__, type(os.scandir(".")).__module__)
it = os.scandir(top.name)
print(len(list(it)), list(it))
top.cleanup()
