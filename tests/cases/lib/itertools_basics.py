# itertools: the infinite iterators, the terminating ones and the combinatoric ones.
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)


print(list(islice(count(3), 4)), list(islice(count(1, 0.5), 3)), repr(count(7)), repr(count(2, 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), repr(repeat(1, 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda x, y: x * y)), list(accumulate([1, 2], initial=10)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3)))
print(list(pairwise("abcd")), list(batched(range(7), 3)))
print([(k, list(g)) for k, g in groupby("aaabccaa")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))))
print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
try:
    list(islice([], -1))
except ValueError as e:
    print("ValueError:", e)
print(type(chain()).__name__, type(count()).__module__)
