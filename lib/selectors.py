"""High-level I/O multiplexing over the select module (Ginger's own, with CPython 3.12's API).

A selector watches registered file objects for readiness: register(fileobj, events, data) returns a SelectorKey,
select(timeout) returns the (key, events) pairs that are ready. DefaultSelector is the best one the platform has.
"""
import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_ALL_EVENTS = EVENT_READ | EVENT_WRITE

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = "SelectorKey(fileobj, fd, events, data)\n\n    Object used to associate a file object to its backing\n    file descriptor, selected event mask, and attached data.\n"
SelectorKey.fileobj.__doc__ = 'File object registered.'
SelectorKey.fd.__doc__ = 'Underlying file descriptor.'
SelectorKey.events.__doc__ = 'Events that must be waited for on this file object.'
SelectorKey.data.__doc__ = 'Optional opaque data associated to this file object.\n    For example, this could be used to store a per-client session ID.'


def _fileobj_to_fd(fileobj):
    """The file descriptor of fileobj: an int itself, or what its fileno() returns."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping(Mapping):
    """The read-only view of a selector's keys that get_map() returns: file object -> SelectorKey."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._selector._fileobj_lookup(fileobj)
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError("{!r} is not registered".format(fileobj))
        return key

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """The interface every selector has."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """Keeps the registrations in a dict fd -> SelectorKey; subclasses add the system call."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A file object closed since it was registered has no fileno() any more: find it by identity.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """Selector on select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def _select(self, r, w, _, timeout=None):
        return select.select(r, w, w, timeout)

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        ready = []
        try:
            r, w, _ = self._select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return ready
        r = frozenset(r)
        w = frozenset(w)
        for fd in r | w:
            events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    """The common part of the selectors on poll-like objects (register/modify/unregister/poll)."""
    _selector_cls = None
    _EVENT_READ = None
    _EVENT_WRITE = None

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def _native_events(self, events):
        return (self._EVENT_READ if events & EVENT_READ else 0) | (self._EVENT_WRITE if events & EVENT_WRITE else 0)

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._native_events(events))
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass  # the descriptor may have been closed already
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        changed = False
        if events != key.events:
            if not events or events & ~_ALL_EVENTS:
                raise ValueError("Invalid events: {!r}".format(events))
            try:
                self._selector.modify(key.fd, self._native_events(events))
            except:
                super().unregister(fileobj)  # not left registered here and gone from the poll object
                raise
            changed = True
        if key.data != data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def _poll_timeout(self, timeout):
        # poll() takes milliseconds (None: forever), rounded up so that a short wait does not spin.
        if timeout is None:
            return None
        if timeout <= 0:
            return 0
        return math.ceil(timeout * 1e3)

    def _poll(self, timeout):
        return self._selector.poll(timeout)

    def select(self, timeout=None):
        ready = []
        try:
            fd_events = self._poll(self._poll_timeout(timeout))
        except InterruptedError:
            return ready
        for fd, native in fd_events:
            events = (EVENT_WRITE if native & ~self._EVENT_READ else 0) | \
                     (EVENT_READ if native & ~self._EVENT_WRITE else 0)
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


if hasattr(select, 'poll'):
    class PollSelector(_PollLikeSelector):
        """Selector on select.poll()."""
        _selector_cls = select.poll
        _EVENT_READ = select.POLLIN
        _EVENT_WRITE = select.POLLOUT


if hasattr(select, 'epoll'):
    class EpollSelector(_PollLikeSelector):
        """Selector on select.epoll()."""
        _selector_cls = select.epoll
        _EVENT_READ = select.EPOLLIN
        _EVENT_WRITE = select.EPOLLOUT

        def fileno(self):
            return self._selector.fileno()

        def _poll_timeout(self, timeout):
            # epoll takes seconds (-1: forever) but has millisecond resolution: round up to it.
            if timeout is None:
                return -1
            if timeout <= 0:
                return 0
            return math.ceil(timeout * 1e3) * 1e-3

        def _poll(self, timeout):
            return self._selector.poll(timeout, max(len(self._fd_to_key), 1))

        def close(self):
            self._selector.close()
            super().close()


def _can_use(method):
    """Whether select.<method> exists and works here (a sandbox may forbid it)."""
    selector = getattr(select, method, None)
    if selector is None:
        return False
    try:
        obj = selector()
        if method == 'poll':
            obj.poll(0)
        else:
            obj.close()
        return True
    except OSError:
        return False


if _can_use('epoll'):
    DefaultSelector = EpollSelector
elif _can_use('poll'):
    DefaultSelector = PollSelector
else:
    DefaultSelector = SelectSelector
