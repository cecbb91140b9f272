import copy
for s in ["abc", "héllo", ""]:
    it = iter(s)
    print(it.__reduce__()); next(it, None); print(it.__reduce__())
    print(list(copy.copy(it)), list(copy.deepcopy(it)), list(it)); print(it.__reduce__())
it = iter("abcd"); it.__setstate__(3); print(list(it))
it = iter("abcd"); it.__setstate__(-3); print(list(it))
it = iter("abcd"); it.__setstate__(30); print(list(it))
