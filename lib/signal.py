"""Ginger's signal module: the _signal functions, with signal numbers and handlers shown as enums
(signal.Signals, signal.Handlers, signal.Sigmasks) as CPython's module shows them."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_IntEnum._convert_('Signals', __name__,
                   lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_'))
_IntEnum._convert_('Handlers', __name__, lambda name: name in ('SIG_DFL', 'SIG_IGN'))
if hasattr(_signal, 'pthread_sigmask'):
    _IntEnum._convert_('Sigmasks', __name__, lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _as_enum(value, enum_class):
    """The member of enum_class for value, or value itself (a handler function, an unnamed number)."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _as_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    return _as_enum(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    return _as_enum(_signal.getsignal(signalnum), Handlers)


if hasattr(_signal, 'pthread_sigmask'):
    def pthread_sigmask(how, mask):
        return {_as_enum(number, Signals) for number in _signal.pthread_sigmask(how, mask)}

if hasattr(_signal, 'sigpending'):
    def sigpending():
        return {_as_enum(number, Signals) for number in _signal.sigpending()}

if hasattr(_signal, 'sigwait'):
    def sigwait(sigset):
        return _as_enum(_signal.sigwait(sigset), Signals)

if hasattr(_signal, 'valid_signals'):
    def valid_signals():
        return {_as_enum(number, Signals) for number in _signal.valid_signals()}

del _IntEnum
