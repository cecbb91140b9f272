"""Abstract Base Classes for containers: the public face of _collections_abc."""

from _collections_abc import *
from _collections_abc import __all__
