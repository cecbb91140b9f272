# A __del__ that runs while its container is being destroyed may collect or list the tracked objects:
# the dying container is no longer among them.
import gc

class Probe:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        lists = [o for o in gc.get_objects() if type(o) is list]
        gc.collect()
        print("del", self.name, all(isinstance(x, list) for x in lists))

holder = [Probe("in a list"), [1, 2, 3], "text"]
del holder

class Box:
    pass

box = Box()
box.probe = Probe("in an instance")
box.items = [4, 5]
del box

class Phoenix:
    saved = []
    def __del__(self):
        Phoenix.saved.append(self)

p = Phoenix()
del p
print(len(Phoenix.saved), gc.is_tracked(Phoenix.saved[0]))
print("end")
