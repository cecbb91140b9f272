"""The core of the warnings machinery under CPython's name for it.

CPython implements warn(), warn_explicit() and the filter state in C as _warnings, and
warnings.py uses them. In Ginger, lib/warnings.py is the whole implementation; this module gives
its core under the names _warnings has, for programs that import _warnings.
"""

from warnings import (filters, warn, warn_explicit, _filters_mutated,
                      defaultaction as _defaultaction, onceregistry as _onceregistry)
