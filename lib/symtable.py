"""The compiler's symbol tables, as objects: which names each scope of a program binds, uses, declares
global or nonlocal, and how the compiler resolves them (local, global, free or cell).

symtable(code, filename, compile_type) returns the table of the module; its get_children() are the
tables of the classes, functions and other scopes inside, and lookup(name) gives a Symbol. The raw
tables come from the _symtable module.
"""

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM, DEF_IMPORT, DEF_BOUND,
                       DEF_ANNOT, SCOPE_OFF, SCOPE_MASK, FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL)
import weakref

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """The SymbolTable of the module `code` (str or bytes); compile_type is compile()'s mode."""
    return _newSymbolTable(_symtable.symtable(code, filename, compile_type), filename)


class SymbolTableFactory:
    """Makes the SymbolTable of a raw table, once: the same raw table gives the same object while it lives."""

    def __init__(self):
        self.__memo = weakref.WeakValueDictionary()

    def new(self, table, filename):
        if table.type == _symtable.TYPE_FUNCTION:
            return Function(table, filename)
        if table.type == _symtable.TYPE_CLASS:
            return Class(table, filename)
        return SymbolTable(table, filename)

    def __call__(self, table, filename):
        key = (table, filename)
        made = self.__memo.get(key)
        if made is None:
            made = self.__memo[key] = self.new(table, filename)
        return made


_newSymbolTable = SymbolTableFactory()

_TYPE_NAMES = {
    _symtable.TYPE_MODULE: "module",
    _symtable.TYPE_FUNCTION: "function",
    _symtable.TYPE_CLASS: "class",
    _symtable.TYPE_ANNOTATION: "annotation",
    _symtable.TYPE_TYPE_VAR_BOUND: "TypeVar bound",
    _symtable.TYPE_TYPE_ALIAS: "type alias",
    _symtable.TYPE_TYPE_PARAM: "type parameter",
}


class SymbolTable:
    """The table of one scope."""

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = "" if self.__class__ == SymbolTable else self.__class__.__name__ + " "
        if self._table.name == "top":
            return f"<{kind}SymbolTable for module {self._filename}>"
        return f"<{kind}SymbolTable for {self._table.name} in {self._filename}>"

    def get_type(self):
        """'module', 'function', 'class', 'annotation', 'TypeVar bound', 'type alias' or 'type parameter'."""
        kind = _TYPE_NAMES.get(self._table.type)
        assert kind is not None, f"unexpected type: {self._table.type}"
        return kind

    def get_id(self):
        """An identifier of the table."""
        return self._table.id

    def get_name(self):
        """The name of the class or function, or 'top' for the module."""
        return self._table.name

    def get_lineno(self):
        """The first line of the block (0 for the module)."""
        return self._table.lineno

    def is_optimized(self):
        """True for a function's table, whose locals are fast locals."""
        return self._table.type == _symtable.TYPE_FUNCTION

    def is_nested(self):
        """True for a class or function nested in a function."""
        return bool(self._table.nested)

    def has_children(self):
        """True if scopes are nested in this one."""
        return bool(self._table.children)

    def get_identifiers(self):
        """A view of the names of the table's symbols."""
        return self._table.symbols.keys()

    def lookup(self, name):
        """The Symbol of a name (KeyError if the table has none)."""
        symbol = self._symbols.get(name)
        if symbol is None:
            flags = self._table.symbols[name]
            namespaces = [_newSymbolTable(child, self._filename)
                          for child in self._table.children if child.name == name]
            symbol = self._symbols[name] = Symbol(name, flags, namespaces,
                                                  module_scope=self._table.name == "top")
        return symbol

    def get_symbols(self):
        """The Symbols of all the table's names."""
        return [self.lookup(name) for name in self.get_identifiers()]

    def get_children(self):
        """The tables of the scopes nested in this one."""
        return [_newSymbolTable(child, self._filename) for child in self._table.children]


class Function(SymbolTable):
    """The table of a function (or lambda, or generator expression)."""

    def __names_where(self, test):
        symbols = self._table.symbols
        return tuple(name for name in self.get_identifiers() if test(symbols[name]))

    def __scope_in(self, scopes):
        return self.__names_where(lambda flags: (flags >> SCOPE_OFF) & SCOPE_MASK in scopes)

    def get_parameters(self):
        """The names of the parameters."""
        return self.__names_where(lambda flags: flags & DEF_PARAM)

    def get_locals(self):
        """The names local to the function (cells included)."""
        return self.__scope_in((LOCAL, CELL))

    def get_globals(self):
        """The names the function reads or writes as globals."""
        return self.__scope_in((GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def get_nonlocals(self):
        """The names declared nonlocal."""
        return self.__names_where(lambda flags: flags & DEF_NONLOCAL)

    def get_frees(self):
        """The free variables: names of enclosing functions."""
        return self.__scope_in((FREE,))


class Class(SymbolTable):
    """The table of a class body."""

    def get_methods(self):
        """The names of the functions (and other scopes) defined in the body, each once."""
        return tuple(dict.fromkeys(child.name for child in self._table.children))


class Symbol:
    """A name of a table, with what the table does with it."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = (flags >> SCOPE_OFF) & SCOPE_MASK
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return f"<symbol {self.__name!r}>"

    def get_name(self):
        return self.__name

    def is_referenced(self):
        """True if the block reads the name."""
        return bool(self.__flags & _symtable.USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        """True for a global (a module's bound names are global and local)."""
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        """True if a global statement names it."""
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        """True for a local (a module's bound names are global and local)."""
        return bool(self.__scope in (LOCAL, CELL)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        """True if the name belongs to an enclosing function."""
        return bool(self.__scope == FREE)

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """True if the name is bound by a class or def statement (it may be bound to other things too)."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        """The tables of the classes and functions bound to the name."""
        return self.__namespaces

    def get_namespace(self):
        """The one table bound to the name; ValueError if there are none or several."""
        if len(self.__namespaces) == 0:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]


if __name__ == "__main__":
    import os
    import sys
    with open(sys.argv[0]) as f:
        source = f.read()
    module = symtable(source, os.path.split(sys.argv[0])[1], "exec")
    for name in module.get_identifiers():
        info = module.lookup(name)
        print(info, info.is_local(), info.is_namespace())
