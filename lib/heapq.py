"""Heap queue algorithm (a.k.a. priority queue), Ginger's own heapq.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k; a[0] is the smallest item.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (name, type(heap).__name__))


def _sift_up(heap, pos):
    """Moves heap[pos] towards the root until its parent is not greater."""
    item = heap[pos]
    while pos > 0:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    """Moves heap[pos] down to a leaf along the path of smaller children, then back up to its place (fewer
    comparisons than stopping on the way down)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    # Back up towards start.
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return result
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return result


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down(heap, pos)


# Max-heap helpers (used by nsmallest; CPython exposes them with these names too).

def _sift_up_max(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _heapify_max(heap):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down_max(heap, pos)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return result
    return last


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return result


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    # Each heap entry is [sort value, order, value, next]; the input's order breaks ties so that the merge is
    # stable and the values themselves are never compared.
    entries = []
    sign = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        following = it.__next__
        for value in it:
            entries.append([value if key is None else key(value), order * sign, value, following])
            break
    if reverse:
        heapify_ = _heapify_max
        replace = _heapreplace_max
        pop = _heappop_max
    else:
        heapify_ = heapify
        replace = heapreplace
        pop = heappop
    heapify_(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            pop(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(entries, entry)
    if entries:
        entry = entries[0]
        yield entry[2]
        following = entry[3]
        while True:
            try:
                value = following()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n smallest seen so far, as [sort value, order, value]; order keeps the result stable.
    it = iter(iterable)
    heap = []
    order = 0
    for value in it:
        heap.append([value if key is None else key(value), order, value])
        order += 1
        if order == n:
            break
    if not heap:
        return []
    _heapify_max(heap)
    top = heap[0][0]
    for value in it:
        k = value if key is None else key(value)
        if k < top:
            _heapreplace_max(heap, [k, order, value])
            top = heap[0][0]
            order += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n largest seen so far, as [sort value, -order, value]: among equal values the earlier
    # one ranks higher, as with a stable reverse sort.
    it = iter(iterable)
    heap = []
    order = 0
    for value in it:
        heap.append([value if key is None else key(value), order, value])
        order -= 1
        if -order == n:
            break
    if not heap:
        return []
    heapify(heap)
    top = heap[0][0]
    for value in it:
        k = value if key is None else key(value)
        if top < k:
            heapreplace(heap, [k, order, value])
            top = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


# The native versions, when _heapq is there (as CPython's heapq.py does).
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapreplace_max
except ImportError:
    pass
try:
    from _heapq import _heapify_max
except ImportError:
    pass
try:
    from _heapq import _heappop_max
except ImportError:
    pass
