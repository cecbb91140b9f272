# itertools: __reduce__/__setstate__ as CPython 3.12 (with its DeprecationWarning), pickling round trips at
# every step, copy/deepcopy, and the errors of __setstate__.
import copy
import itertools as it
import pickle
import warnings
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    count(3).__reduce__()
    cycle("a").__setstate__(([], 0))
    copy.copy(tee([])[0])  # tee's __copy__ does not warn
    print([(w.category.__name__, str(w.message), w.filename == __file__) for w in caught])
warnings.simplefilter("ignore", DeprecationWarning)


def advanced(iterator, steps):
    for _ in range(steps):
        next(iterator)
    return iterator


def second(a, b):
    return b


def round_trips(name, make, limit=12):
    # For each number of steps taken, the pickled copy and a deepcopy go on as the original does.
    expected = list(islice(make(), limit))
    ok = True
    for steps in range(len(expected) + 1):
        for protocol in (0, 2, pickle.HIGHEST_PROTOCOL):
            original = advanced(make(), steps)
            restored = pickle.loads(pickle.dumps(original, protocol))
            if list(islice(restored, limit - steps)) != expected[steps:]:
                ok = False
        if list(islice(copy.deepcopy(advanced(make(), steps)), limit - steps)) != expected[steps:]:
            ok = False
    print(name, ok, expected)


round_trips("count", lambda: count(5))
round_trips("count float", lambda: count(1.5, 0.5))
round_trips("count big", lambda: count(2**64, -3))
round_trips("repeat", lambda: repeat("x", 4))
round_trips("repeat forever", lambda: repeat("x"))
round_trips("cycle", lambda: cycle("abc"))
round_trips("accumulate", lambda: accumulate([1, 2, 3, 4]))
round_trips("accumulate initial", lambda: accumulate([1, 2, 3], initial=10))
round_trips("accumulate func", lambda: accumulate([3, 1, 4, 1, 5], max))
round_trips("accumulate None", lambda: accumulate([None, 1, 2], second))
round_trips("chain", lambda: chain("ab", [], "cde"))
round_trips("from_iterable", lambda: chain.from_iterable(["ab", "c"]))
round_trips("compress", lambda: compress("abcdef", [1, 0, 1, 1, 0, 1]))
round_trips("dropwhile", lambda: dropwhile(bool, [1, 1, 0, 1, 0]))
round_trips("takewhile", lambda: takewhile(bool, [1, 1, 0, 1]))
round_trips("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2, "", 3]))
round_trips("starmap", lambda: starmap(pow, [(2, 3), (3, 2), (10, 1)]))
round_trips("islice", lambda: islice(range(20), 2, 15, 3))
round_trips("islice stop", lambda: islice("abcdef", 4))
round_trips("zip_longest", lambda: zip_longest("abc", [1], fillvalue="-"))
round_trips("product", lambda: product("ab", range(3)))
round_trips("product repeat", lambda: product("01", repeat=2))
round_trips("permutations", lambda: permutations("abc", 2))
round_trips("combinations", lambda: combinations("abcd", 2))
round_trips("cwr", lambda: combinations_with_replacement("abc", 2))
round_trips("tee", lambda: tee(range(100))[0], 70)
round_trips("range iterator", lambda: iter(range(3, 30, 4)))

g = groupby("aabbbc")
print([(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])
g = groupby("aabbbc")
key, group = next(g)
restored = pickle.loads(pickle.dumps(g))
print(key, [(k, list(v)) for k, v in restored])
print(type(group.__reduce__()[0]).__name__, group.__reduce__()[1][1])
next(g)
print(group.__reduce__()[1])

# Reduce values themselves, as CPython 3.12 gives them.
def show(x):
    r = x.__reduce__()
    print(type(x).__name__, [type(part).__name__ if hasattr(part, "__next__") else part for part in r[1]], r[2:])

show(count(7)), show(count(1, 2)), show(repeat("a", 2)), show(repeat("a"))
show(advanced(islice("abcdef", 1, 5, 2), 1)), show(product("ab", "cd")), show(advanced(product("ab", "cd"), 3))
show(advanced(permutations("abc", 2), 2)), show(advanced(combinations("abc", 2), 1))
show(advanced(takewhile(bool, [1, 0]), 1))
c = cycle("ab"); advanced(c, 3); print(c.__reduce__()[2])
a = accumulate([1, 2]); print(a.__reduce__()[2], advanced(a, 1).__reduce__()[2])
ex = islice("ab", 1); list(ex); print(ex.__reduce__()[1][1:], ex.__reduce__()[2])
done = chain("a"); list(done); print(done.__reduce__()[1])
print(advanced(tee("abc")[0], 1).__reduce__()[2][1], tee("abc")[0].__reduce__()[1])
for obj in (pairwise("abc"), batched("abc", 2)):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)

# __setstate__ errors.
for text in ["cycle([]).__setstate__(3)", "cycle([]).__setstate__(([],))", "cycle([]).__setstate__((1, 2))",
             "chain().__setstate__(3)", "chain().__setstate__((1,))", "chain().__setstate__(())",
             "groupby([]).__setstate__(3)", "groupby([]).__setstate__((1, 2))", "islice([], 3).__setstate__('a')",
             "product('ab').__setstate__(3)", "product('ab').__setstate__(('a',))",
             "permutations('ab').__setstate__(3)", "permutations('ab').__setstate__(((0, 1),))",
             "permutations('ab').__setstate__(((0,), (1, 2)))", "combinations('ab', 1).__setstate__(3)",
             "combinations('ab', 1).__setstate__(('a',))", "tee([])[0].__setstate__(3)",
             "tee([])[0].__setstate__((1, 2))", "tee([])[0].__setstate__((tee([])[0].__reduce__()[2][0], 99))"]:
    try:
        eval(text)
        print(text, "-> ok")
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)

p = product("abc", "de")
p.__setstate__((1, 5))
print(list(p))
c = combinations("abcd", 2)
c.__setstate__((0, 9))
print(list(c))
s = islice(range(10), 2, 8, 2)
s.__setstate__(4)
print(list(s))
