# set(dict), set.difference(dict), symmetric_difference_update(dict), dict.fromkeys(set) reuse stored hashes.
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


d = dict.fromkeys(map(HashCountingInt, range(10)))
count = lambda: sum(elem.hash_count for elem in d)
print(count())
for thetype in [set, frozenset]:
    s = thetype(d); print('ctor', count())
    print(len(s.difference(d)), 'difference', count())
    if hasattr(s, 'symmetric_difference_update'):
        s.symmetric_difference_update(d); print('symmetric_difference_update', count())
    d2 = dict.fromkeys(set(d)); print('fromkeys(set)', count())
    d3 = dict.fromkeys(frozenset(d), 123); print('fromkeys(frozenset)', count(), d3 == dict.fromkeys(d, 123))


class LyingSet(set):
    def __iter__(self):
        yield 'other'


print(dict.fromkeys(LyingSet([1, 2])), dict.fromkeys(LyingSet([1, 2]), 0))
