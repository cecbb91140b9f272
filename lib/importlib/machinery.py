"""The importers and loaders the import system uses (importlib.machinery)."""

from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter
from _frozen_importlib_external import (
    SOURCE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES, BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES, PathFinder, FileFinder, SourceFileLoader, SourcelessFileLoader,
    ExtensionFileLoader, NamespaceLoader)


def all_suffixes():
    """Every file suffix the import system recognises as a module."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
