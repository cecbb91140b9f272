# collections.ChainMap, UserDict, UserList, UserString.
from collections import ChainMap, UserDict, UserList, UserString

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0), "a" in cm)
print(cm)
cm["d"] = 4
del cm["b"]
print(over, base, cm["b"])
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], len(child.maps), child.maps[0])
print(ChainMap(), bool(ChainMap({})), dict(ChainMap({"x": 1}, {"y": 2})))
print(cm.pop("c"), cm.popitem(), over)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({})["nope"]
except KeyError as e:
    print("KeyError", e)
print(list(ChainMap({"x": 1}, {"y": 2, "x": 3})))

ud = UserDict({"k": 1}, j=2)
ud["m"] = 3
print(ud, len(ud), ud["k"], "j" in ud, sorted(ud.keys()), ud.get("q", 9), ud.data)
del ud["k"]
print(ud, ud.pop("j"), ud, isinstance(ud, UserDict), ud == {"m": 3})


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()["ab"], ud | {"n": 1}, type(ud.copy()).__name__)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), 2 in ul)
ul.extend([9])
ul += [10]
print(ul + [11], [0] + ul, ul * 2, ul == [0, 1, 2, 3, 9, 10], ul.pop(), ul.index(9), ul.count(1))
ul.reverse()
ul.insert(0, "x")
ul.remove(1)
print(ul, ul.data, ul < UserList(["y"]))

us = UserString("Hello")
print(us, repr(us), len(us), us[1], us.upper(), us.lower(), us + "!", "!" + us, us * 2)
print(us == "Hello", "ell" in us, us.find("l"), us.replace("l", "L"), us.split("l"), us.startswith("He"))
print(type(us.upper()).__name__, us.center(9, "*"), us.strip("Ho"), us.count("l"), sorted(us))
print(UserString(42), us.join(["a", "b"]), us.isalpha(), us.zfill(8), "%s!" % us, us < "World")
