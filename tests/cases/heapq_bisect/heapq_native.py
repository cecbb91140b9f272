# _heapq (native): heappush/heappop/heapify/heapreplace/heappushpop and the max-heap helpers, with errors.
import heapq
import _heapq


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(heapq.heappush is _heapq.heappush, heapq.heapify is _heapq.heapify, heapq._heappop_max is _heapq._heappop_max)
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(len(h))], h)
data = [(i * 37) % 101 for i in range(40)]
heapq.heapify(data)
print(all(data[k] <= data[c] for k in range(len(data)) for c in (2 * k + 1, 2 * k + 2) if c < len(data)))
print(heapq.heapreplace(data, 1000), heapq.heappushpop(data, -1), heapq.heappushpop(data, 50), data[0])
print(heapq.heappushpop([], 3), heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m[0], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[0])
words = ["pear", "fig", "apple"]
heapq.heapify(words)
print(heapq.heappop(words), heapq.heappop(words))
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq._heappop_max([]))
show(lambda: heapq.heappush((), 1))
show(lambda: heapq.heappop(()))
show(lambda: heapq.heapify(None))
show(lambda: heapq.heappush([], 1, 2))
show(lambda: heapq.heappush([]))
show(lambda: heapq.heappush(heap=[], item=1))
show(lambda: heapq.heapify([1, "a", 2]))
show(lambda: heapq.heappush([1], None))


class Evil:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


e = []
e.extend([Evil(e), Evil(e)])
show(lambda: heapq.heappush(e, Evil(e)))
e = [1, 2, 3]
e.append(Evil(e))
show(lambda: heapq.heapify(e))
