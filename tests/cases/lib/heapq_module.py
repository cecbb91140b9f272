import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heappush(h, x)
print(h[0], [heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data[0], all(data[i] <= data[c] for i in range(len(data)) for c in (2 * i + 1, 2 * i + 2) if c < len(data)))
print(heapreplace(data, 11), data[0], heappushpop(data, -1), heappushpop(data, 4), data[0])
print(sorted(data) == [heappop(data) for _ in range(len(data))])
try:
    heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
try:
    heappush((), 1)
except TypeError as e:
    print('TypeError', e)
print(heappushpop([], 3))
nums = [5, 1, 8, 3, 9, 2, 8, 7, 0, 4]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, []), nlargest(0, nums))
print(nlargest(20, nums), nsmallest(4, iter(nums)), nlargest(4, iter(nums)))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'plum', 'date']
print(nsmallest(3, words, key=len), nlargest(3, words, key=len), nlargest(2, iter(words), key=len))
print(nsmallest(2, iter(words), key=lambda w: w[-1]))
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 1], [8, 3], reverse=True)), list(merge()), list(merge([1, 2])))
pairs = [(1, 'a'), (1, 'b')]
print(list(merge(pairs, [(1, 'c'), (0, 'z')][::-1][:1] + [(1, 'c')], key=lambda p: p[0])))
tasks = []
heappush(tasks, (2, 'code'))
heappush(tasks, (1, 'write spec'))
heappush(tasks, (3, 'test'))
while tasks:
    print(heappop(tasks))
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'Item(%d)' % self.v
hi = [Item(3), Item(1), Item(2)]
heapify(hi)
print(heappop(hi), hi[0], nsmallest(2, [Item(5), Item(4), Item(6)]))
