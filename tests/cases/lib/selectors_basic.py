# selectors: register/modify/unregister, select() with and without timeout, get_key/get_map, errors,
# for each selector class there is (DefaultSelector among them).
import os
import re
import selectors

print(selectors.EVENT_READ, selectors.EVENT_WRITE)
key = selectors.SelectorKey("f", 3, 1, None)
print(key, key.fd, key._replace(data=1))

classes = [selectors.SelectSelector]
for name in ("PollSelector", "EpollSelector"):
    if hasattr(selectors, name):
        classes.append(getattr(selectors, name))
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector), selectors.DefaultSelector in classes)


class FileLike:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "FileLike(%d)" % self.fd


for cls in classes:
    print("--", cls.__name__ in ("SelectSelector", "PollSelector", "EpollSelector"))
    r, w = os.pipe()
    with cls() as sel:
        k = sel.register(r, selectors.EVENT_READ, "reader")
        print(k.fileobj == r, k.fd == r, k.events, k.data)
        print(sel.select(0))
        print(len(sel.get_map()), sel.get_key(r).data, r in sel.get_map(), w in sel.get_map())
        k2 = sel.register(FileLike(w), selectors.EVENT_WRITE)
        ready = sel.select(0)
        print([(key.data, events) for key, events in ready])
        os.write(w, b"x")
        ready = sel.select(1)
        print(sorted((str(key.data), events) for key, events in ready))
        print(sel.modify(r, selectors.EVENT_READ, "renamed").data)
        k3 = sel.modify(r, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
        print(k3.events, sel.get_key(r).data)
        ready = sel.select(None)
        print(sorted((str(key.data), events) for key, events in ready))
        print(sel.unregister(FileLike(w)).fd == w, len(sel.get_map()))
        for bad in (lambda: sel.register(r, selectors.EVENT_READ),
                    lambda: sel.register(w, 0),
                    lambda: sel.register(w, 64),
                    lambda: sel.register("nofd", selectors.EVENT_READ),
                    lambda: sel.register(-1, selectors.EVENT_READ),
                    lambda: sel.unregister(w),
                    lambda: sel.get_key(w),
                    lambda: sel.modify(w, selectors.EVENT_READ),
                    lambda: sel.get_map()[w]):
            try:
                bad()
                print("no error")
            except (KeyError, ValueError) as e:
                text = re.sub(r"\b%d\b" % r, "R", str(e))
                print(type(e).__name__, re.sub(r"\b%d\b" % w, "W", text))
        print(sel.get_map().get(w, "absent"), list(sel.get_map()) == [r])
        # A closed file object is still found by identity.
        f = open(os.dup(r), "rb", buffering=0)
        sel.register(f, selectors.EVENT_READ, "file")
        f.close()
        print(sel.unregister(f).data)
    print(sel.get_map())
    try:
        sel.get_key(r)
    except RuntimeError as e:
        print(e)
    os.close(r)
    os.close(w)

# A timeout: nothing ready.
r, w = os.pipe()
sel = selectors.DefaultSelector()
sel.register(r, selectors.EVENT_READ)
print(sel.select(0.01), sel.select(-1))
sel.close()
os.close(r)
os.close(w)
try:
    selectors.BaseSelector()
except TypeError as e:
    print(type(e).__name__)
