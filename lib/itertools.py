"""Functions creating iterators for efficient looping (Ginger's own, in Python for now).

Each iterator is a class, so that type(), repr() and iteration behave as CPython's itertools objects
do; the work is done in generators held by the instances.
"""

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations",
           "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]

from operator import index as _index


class _Iterator:
    """Common behaviour: an iterator over the generator made by _run()."""

    __slots__ = ("_gen",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count(_Iterator):
    __slots__ = ("_next", "_step")

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not hasattr(type(value), "__add__") or isinstance(value, (str, bytes, list, tuple)):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


class repeat(_Iterator):
    __slots__ = ("_object", "_times")

    def __init__(self, object, times=None):
        self._object = object
        # CPython takes times as a C integer: a float is a TypeError.
        self._times = None if times is None else max(0, _index(times))

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class cycle(_Iterator):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class accumulate(_Iterator):
    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_Iterator):
    def __init__(self, *iterables):
        self._gen = self._run(iterables)

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iterable

    @classmethod
    def from_iterable(cls, iterables):
        instance = cls.__new__(cls)
        instance._gen = cls._run(iterables)
        return instance


class compress(_Iterator):
    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for element in it:
            if not predicate(element):
                yield element
                break
        yield from it


class takewhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iterable)

    @staticmethod
    def _run(predicate, iterable):
        for element in iterable:
            if not predicate(element):
                return
            yield element


class filterfalse(_Iterator):
    def __init__(self, function, iterable):
        test = bool if function is None else function
        self._gen = (element for element in iterable if not test(element))


class starmap(_Iterator):
    def __init__(self, function, iterable):
        self._gen = (function(*args) for args in iterable)


class islice(_Iterator):
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args else "islice expected at least 2 arguments, got 1")
        bounds = slice(*args)
        start = 0 if bounds.start is None else bounds.start
        stop = bounds.stop
        step = 1 if bounds.step is None else bounds.step
        for value in (start, stop, step):
            if value is not None and (not isinstance(value, int) or value < 0):
                if len(args) == 1:
                    raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step == 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        # Never reads past stop: the underlying iterator may be shared (batched, consumers of a file).
        index = 0
        wanted = start
        while stop is None or index < stop:
            try:
                element = next(it)
            except StopIteration:
                return
            if index == wanted:
                yield element
                wanted += step
            index += 1


class pairwise(_Iterator):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            previous = next(it)
        except StopIteration:
            return
        for element in it:
            yield previous, element
            previous = element


class batched(_Iterator):
    def __init__(self, iterable, n):
        if n < 1:
            raise ValueError("n must be at least one")
        self._gen = self._run(iter(iterable), n)

    @staticmethod
    def _run(it, n):
        while True:
            batch = tuple(islice(it, n))
            if not batch:
                return
            yield batch


class groupby(_Iterator):
    def __init__(self, iterable, key=None):
        self._gen = self._run(iter(iterable), key)

    @staticmethod
    def _run(it, key):
        sentinel = object()
        current = next(it, sentinel)
        while current is not sentinel:
            current_key = current if key is None else key(current)
            group = [current]
            current = next(it, sentinel)
            while current is not sentinel and (current if key is None else key(current)) == current_key:
                group.append(current)
                current = next(it, sentinel)
            yield current_key, iter(group)


class zip_longest(_Iterator):
    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(i) for i in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        if not iterators:
            return
        active = len(iterators)
        done = [False] * len(iterators)
        while True:
            values = []
            for index, it in enumerate(iterators):
                if done[index]:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    done[index] = True
                    active -= 1
                    if not active:
                        return
                    values.append(fillvalue)
            yield tuple(values)


class product(_Iterator):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        results = [()]
        for pool in pools:
            results = [result + (element,) for result in results for element in pool]
        for result in results:
            yield result


class permutations(_Iterator):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iterator):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


def tee(iterable, n=2):
    """n independent iterators from one iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def follower(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for buffer in buffers:
                    buffer.append(value)
            yield mine.pop(0)

    return tuple(_Tee(follower(buffer)) for buffer in buffers)


class _Tee(_Iterator):
    def __init__(self, gen):
        self._gen = gen


for _cls in (count, repeat, cycle, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, islice,
             pairwise, batched, groupby, zip_longest, product, permutations, combinations,
             combinations_with_replacement, _Tee):
    _cls.__module__ = "itertools"
_Tee.__name__ = _Tee.__qualname__ = "_tee"
del _cls
