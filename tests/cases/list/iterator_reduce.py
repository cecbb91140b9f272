import copy
for it in [iter([1,2,3]), iter((1,2,3)), reversed([1,2,3])]:
    print(it.__reduce__()); next(it); print(it.__reduce__()); print(it.__reduce_ex__(2))
    c = copy.copy(it); print(list(c), list(it)); print(it.__reduce__())
    print(list(copy.deepcopy(it)))
it = iter([1,2,3,4]); it.__setstate__(2); print(list(it))
it = iter([1,2,3,4]); it.__setstate__(-2); print(list(it))
it = iter([1,2,3,4]); it.__setstate__(10); print(list(it))
it = reversed([1,2,3,4]); it.__setstate__(1); print(list(it))
it = reversed([1,2,3,4]); it.__setstate__(10); print(list(it))
it = reversed([1,2,3,4]); it.__setstate__(-5); print(list(it))
it = iter((1,2,3,4)); it.__setstate__(3); print(list(it))
it = iter((1,2,3,4)); it.__setstate__(-3); print(list(it))
a = [1, 2, 3]; it = iter(a); next(it); d = copy.deepcopy(it); a.append(4); print(list(d), list(it))
