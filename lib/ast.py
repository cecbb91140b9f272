"""Helpers for working with Python abstract syntax trees, with the public API of CPython 3.12's ast module.

The node classes come from _ast (generated from src/parse/ast.asdl); this module adds parse(), literal_eval(),
dump(), the location helpers, the visitors, unparse() and the deprecated aliases of older Pythons.
`ginger -m ast FILE` prints the dump of FILE, as `python -m ast` does.
"""
import sys
from _ast import *


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """
    Parse the source into an AST node.
    Equivalent to compile(source, filename, mode, PyCF_ONLY_AST).
    Pass type_comments=True to get back type comments where the syntax allows.
    """
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
    # TODO: Ginger's parser knows only 3.12 syntax, so feature_version is checked but not applied.
    return compile(source, filename, mode, flags)


def _number_types():
    try:
        return (int, float, complex)
    except NameError:  # Ginger without complex
        return (int, float)


_NUMBER_TYPES = _number_types()


def literal_eval(node_or_string):
    """
    Evaluate an expression node or a string containing only a Python
    expression.  The string or node provided may only consist of the following
    Python literal structures: strings, bytes, numbers, tuples, lists, dicts,
    sets, booleans, and None.

    Caution: A complex expression can overflow the C stack and cause a crash.
    """
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = "malformed node or string"
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(f'{message}: {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in _NUMBER_TYPES:
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([convert(element) for element in node.elts])
        if isinstance(node, List):
            return [convert(element) for element in node.elts]
        if isinstance(node, Set):
            return set([convert(element) for element in node.elts])
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([convert(key) for key in node.keys], [convert(value) for value in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            # Only complex literals such as 1+2j: the right side must be imaginary.
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and len(_NUMBER_TYPES) == 3 and isinstance(right, _NUMBER_TYPES[2]):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """
    Return a formatted dump of the tree in node.  This is mainly useful for
    debugging purposes.  If annotate_fields is true (by default),
    the returned string will show the names and the values for fields.
    If annotate_fields is false, the result string will be more compact by
    omitting unambiguous field names.  Attributes such as line
    numbers and column offsets are not dumped by default.  If this is wanted,
    include_attributes can be set to true.  If indent is a non-negative
    integer or string, then the tree will be pretty-printed with that indent
    level. None (the default) selects the single line representation.
    """
    # Returns (text, simple): simple means the value fits on one line even when indenting, which is true of
    # plain values, empty lists and nodes without fields.
    def format(node, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            separator = ',\n' + indent * level
        else:
            prefix = ''
            separator = ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            all_simple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True  # later fields need names once one is missing
                    continue
                # CPython 3.12 compat: an optional field holding its default None is left out.
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                text, simple = format(value, level)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}' if keywords else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = format(value, level)
                    all_simple = all_simple and simple
                    parts.append(f'{name}={text}')
            name = cls.__name__
            if all_simple and len(parts) <= 3:
                return f"{name}({', '.join(parts)})", not parts
            return f'{name}({prefix}{separator.join(parts)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return f'[{prefix}{separator.join([format(item, level)[0] for item in node])}]', False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {node.__class__.__name__!r}')
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return format(node, 0)[0]


_LOCATION_ATTRIBUTES = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """
    Copy source location (`lineno`, `col_offset`, `end_lineno`, and `end_col_offset`
    attributes) from *old_node* to *new_node* if possible, and return *new_node*.
    """
    for name in _LOCATION_ATTRIBUTES:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # The end positions are optional, so an explicit None is copied too.
            if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """
    When you compile a node tree with compile(), the compiler expects lineno and
    col_offset attributes for every node that supports them.  This is rather
    tedious to fill in for generated nodes, so this helper adds these attributes
    recursively where not already set, by setting them to the values of the
    parent node.  It works recursively starting at *node*.
    """
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        attributes = node._attributes
        if 'lineno' in attributes:
            if hasattr(node, 'lineno'):
                lineno = node.lineno
            else:
                node.lineno = lineno
        if 'end_lineno' in attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in attributes:
            if hasattr(node, 'col_offset'):
                col_offset = node.col_offset
            else:
                node.col_offset = col_offset
        if 'end_col_offset' in attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """
    Increment the line number and end line number of each node in the tree
    starting at *node* by *n*. This is useful to "move code" to a different
    location in a file.
    """
    for child in walk(node):
        # A TypeIgnore's lineno is a field, not an attribute.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end_lineno = getattr(child, 'end_lineno', 0)
            if end_lineno is not None:
                child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """
    Yield a tuple of ``(fieldname, value)`` for each field in ``node._fields``
    that is present on *node*.
    """
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """
    Yield all direct child nodes of *node*, that is, all fields that are nodes
    and all items of fields that are lists of nodes.
    """
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def _cleandoc(text):
    # inspect.cleandoc of CPython 3.12: expand tabs, strip the first line, remove the common indentation of
    # the others, and drop blank lines at both ends.
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            line_indent = len(line) - content
            if margin is None or line_indent < margin:
                margin = line_indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """
    Return the docstring for the given node or None if no docstring can
    be found.  If the node provided does not have docstrings a TypeError
    will be raised.

    If *clean* is `True`, all tabs are expanded to spaces and any whitespace
    that can be uniformly removed from the second line onwards is removed.
    """
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{node.__class__.__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    return _cleandoc(value.value) if clean else value.value


def _splitlines_no_ff(source, maxlines=None):
    """Split a string into lines ignoring form feed and other chars.

    This mimics how the Python parser splits source code.
    """
    # Lines end at \r\n, \n or \r only (str.splitlines also splits at \f, \v, \x1c...). CPython 3.12 compat:
    # as its regular expression does, this always ends with an empty line, even after text without a break.
    lines = []
    start = 0
    i = 0
    length = len(source)
    while i < length:
        if maxlines is not None and len(lines) >= maxlines:
            return lines
        c = source[i]
        if c == '\n' or c == '\r':
            if c == '\r' and i + 1 < length and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    for rest in ([source[start:], ''] if start < length else ['']):
        if maxlines is None or len(lines) < maxlines:
            lines.append(rest)
    return lines


def _pad_whitespace(source):
    r"""Replace all chars except '\f\t' in a line with spaces."""
    return ''.join([c if c in '\f\t' else ' ' for c in source])


def get_source_segment(source, node, *, padded=False):
    """Get source code segment of the *source* that generated *node*.

    If some location information (`lineno`, `end_lineno`, `col_offset`,
    or `end_col_offset`) is missing, return None.

    If *padded* is `True`, the first line of a multi-line statement will
    be padded with spaces to match its original position.
    """
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None

    # Column offsets count UTF-8 bytes.
    lines = _splitlines_no_ff(source, maxlines=end_lineno + 1)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """
    Recursively yield all descendant nodes in the tree starting at *node*
    (including *node* itself), in no specified order.  This is useful if you
    only want to modify nodes in place and don't care about the context.
    """
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """
    A node visitor base class that walks the abstract syntax tree and calls a
    visitor function for every node found.  This function may return a value
    which is forwarded by the `visit` method.

    This class is meant to be subclassed, with the subclass adding visitor
    methods.

    Per default the visitor functions for the nodes are ``'visit_'`` +
    class name of the node.  So a `TryFinally` node visit function would
    be `visit_TryFinally`.  This behavior can be changed by overriding
    the `visit` method.  If no visitor function exists for a node
    (return value `None`) the `generic_visit` visitor is used instead.

    Don't use the `NodeVisitor` if you want to apply changes to nodes during
    traversing.  For this a special visitor exists (`NodeTransformer`) that
    allows modifications.
    """

    def visit(self, node):
        """Visit a node."""
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        """Called if no explicit visitor function exists for a node."""
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # Visitors written for Python < 3.8 define visit_Num, visit_Str, ...: call those if present.
        value = node.value
        type_name = _CONSTANT_NODE_NAMES.get(type(value))
        if type_name is None:
            for cls, name in _CONSTANT_NODE_NAMES.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            visitor = getattr(self, 'visit_' + type_name, None)
            if visitor is not None:
                _deprecated(f"visit_{type_name} is deprecated; add visit_Constant", 3)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """
    A :class:`NodeVisitor` subclass that walks the abstract syntax tree and
    allows modification of nodes.

    The `NodeTransformer` will walk the AST and use the return value of the
    visitor methods to replace or remove the old node.  If the return value of
    the visitor method is ``None``, the node will be removed from its location,
    otherwise it is replaced with the return value.  The return value may be the
    original node in which case no replacement takes place.

    For nodes that were part of a collection of statements (that applies to all
    statement nodes), the visitor may also return a list of nodes rather than
    just a single node.

    Usually you use the transformer like this::

       node = YourTransformer().visit(node)
    """

    def generic_visit(self, node):
        for name, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new_node)
        return node


def _deprecated(message, stacklevel):
    # DeprecationWarning through warnings when Ginger has it; silently nothing otherwise.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel)


def _removed_in_314(name, what):
    if what == 'value':
        return f"{name} is deprecated and will be removed in Python 3.14; use value instead"
    return f"{name} is deprecated and will be removed in Python 3.14; use ast.Constant instead"


# Constant.n and Constant.s: the value under its pre-3.8 names (only once if this module is loaded again).
if not hasattr(Constant, 'n'):
    def _value_alias(name):
        def get(self):
            _deprecated(_removed_in_314(f"Attribute {name}", 'value'), 3)
            return self.value

        def set(self, value):
            _deprecated(_removed_in_314(f"Attribute {name}", 'value'), 3)
            self.value = value

        return property(get, set)

    Constant.n = _value_alias('n')
    Constant.s = _value_alias('s')


class _ABC(type):
    # The metaclass of the deprecated constant classes: isinstance(x, Num) is true of a Constant holding a
    # number, and so on.

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if cls in _CONSTANT_TYPES:
            _deprecated(_removed_in_314(f"ast.{cls.__qualname__}", 'class'), 3)
        if not isinstance(inst, Constant):
            return False
        if cls in _CONSTANT_TYPES:
            try:
                value = inst.value
            except AttributeError:
                return False
            return isinstance(value, _CONSTANT_TYPES[cls]) and not (cls is Num and isinstance(value, bool))
        return type.__instancecheck__(cls, inst)


def _new_constant(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _CONSTANT_TYPES:
        _deprecated(_removed_in_314(f"ast.{cls.__qualname__}", 'class'), 3)
        return Constant(*args, **kwargs)
    return Constant.__new__(cls)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new_constant


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new_constant


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new_constant


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new_constant


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is _EllipsisNode:
            _deprecated(_removed_in_314("ast.Ellipsis", "class"), 3)
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls)


_EllipsisNode = Ellipsis

_CONSTANT_TYPES = {
    Num: _NUMBER_TYPES,
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}

# bool comes before int so that the loop in visit_Constant finds it first.
_CONSTANT_NODE_NAMES = {bool: 'NameConstant', type(None): 'NameConstant'}
for _type in _NUMBER_TYPES:
    _CONSTANT_NODE_NAMES[_type] = 'Num'
_CONSTANT_NODE_NAMES[str] = 'Str'
_CONSTANT_NODE_NAMES[bytes] = 'Bytes'
_CONSTANT_NODE_NAMES[type(...)] = 'Ellipsis'
del _type


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


# Tuple.dims: the elements under their pre-3.9 name.
if not hasattr(Tuple, 'dims'):
    def _get_dims(self):
        """Deprecated. Use elts instead."""
        return self.elts

    def _set_dims(self, value):
        self.elts = value

    Tuple.dims = property(_get_dims, _set_dims)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# Float and imaginary literals too large for a double are infinities in the tree; unparse writes them as
# this overflowing literal.
_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)


class _Precedence:
    """Precedence table that originated from python grammar."""
    # Plain ints rather than CPython's IntEnum: only their order matters here.
    NAMED_EXPR = 1  # <target> := <expr1>
    TUPLE = 2       # <expr1>, <expr2>
    YIELD = 3       # 'yield', 'yield from'
    TEST = 4        # 'if'-'else', 'lambda'
    OR = 5          # 'or'
    AND = 6         # 'and'
    NOT = 7         # 'not'
    CMP = 8         # '<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not'
    EXPR = 9
    BOR = EXPR      # '|'
    BXOR = 10       # '^'
    BAND = 11       # '&'
    SHIFT = 12      # '<<', '>>'
    ARITH = 13      # '+', '-'
    TERM = 14       # '*', '@', '/', '%', '//'
    FACTOR = 15     # unary '+', '-', '~'
    POWER = 16      # '**'
    AWAIT = 17      # 'await'
    ATOM = 18


def _next_precedence(precedence):
    return precedence + 1 if precedence < _Precedence.ATOM else precedence


_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)

_UNARY_OPERATORS = {"Invert": "~", "Not": "not", "UAdd": "+", "USub": "-"}
_UNARY_PRECEDENCE = {"not": _Precedence.NOT, "~": _Precedence.FACTOR, "+": _Precedence.FACTOR,
                     "-": _Precedence.FACTOR}
_BINARY_OPERATORS = {
    "Add": "+", "Sub": "-", "Mult": "*", "MatMult": "@", "Div": "/", "Mod": "%", "LShift": "<<",
    "RShift": ">>", "BitOr": "|", "BitXor": "^", "BitAnd": "&", "FloorDiv": "//", "Pow": "**",
}
_BINARY_PRECEDENCE = {
    "+": _Precedence.ARITH, "-": _Precedence.ARITH, "*": _Precedence.TERM, "@": _Precedence.TERM,
    "/": _Precedence.TERM, "%": _Precedence.TERM, "<<": _Precedence.SHIFT, ">>": _Precedence.SHIFT,
    "|": _Precedence.BOR, "^": _Precedence.BXOR, "&": _Precedence.BAND, "//": _Precedence.TERM,
    "**": _Precedence.POWER,
}
_COMPARISON_OPERATORS = {
    "Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is", "IsNot": "is not",
    "In": "in", "NotIn": "not in",
}
_BOOLEAN_OPERATORS = {"And": "and", "Or": "or"}
_BOOLEAN_PRECEDENCE = {"and": _Precedence.AND, "or": _Precedence.OR}


def _escape_char(c):
    # What str.encode('unicode_escape') makes of one backslash or non-printable character.
    if c == '\\':
        return '\\\\'
    if c == '\t':
        return '\\t'
    if c == '\n':
        return '\\n'
    if c == '\r':
        return '\\r'
    code = ord(c)
    if code < 0x100:
        return f'\\x{code:02x}'
    if code < 0x10000:
        return f'\\u{code:04x}'
    return f'\\U{code:08x}'


class _Unparser(NodeVisitor):
    """Methods in this class recursively traverse an AST and
    output source code for the abstract syntax; original formatting
    is disregarded."""

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # Output helpers.

    def interleave(self, inter, f, seq):
        """Call f on each item in seq, calling inter() in between."""
        first = True
        for item in seq:
            if first:
                first = False
            else:
                inter()
            f(item)

    def comma_separated(self, traverser, items):
        self.interleave(lambda: self.write(", "), traverser, items)

    def items_view(self, traverser, items):
        """Traverse and separate the given *items* with a comma and append it to
        the buffer. If *items* is a single item sequence, a trailing comma
        will be added."""
        if len(items) == 1:
            traverser(items[0])
            self.write(",")
        else:
            self.comma_separated(traverser, items)

    def maybe_newline(self):
        """Adds a newline if it isn't the start of generated source"""
        if self._source:
            self.write("\n")

    def fill(self, text=""):
        """Indent a piece of text and append it, according to the current
        indentation level"""
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def write(self, *text):
        """Add new source parts"""
        self._source.extend(text)

    def block(self, body, extra=None):
        # ':' (and a type comment), then body indented one level deeper; body is a node, a list or a callable.
        self.write(":")
        if extra:
            self.write(extra)
        self._indent += 1
        if callable(body):
            body()
        else:
            self.traverse(body)
        self._indent -= 1

    def buffered(self, f, *args):
        # Runs f with a fresh output buffer and returns what it wrote.
        saved = self._source
        self._source = []
        try:
            f(*args)
            return self._source
        finally:
            self._source = saved

    def open_parens(self, precedence, node):
        # Writes "(" if node, in a context of the given precedence, needs parentheses; returns whether it did.
        if self.get_precedence(node) > precedence:
            self.write("(")
            return True
        return False

    def close_parens(self, opened):
        if opened:
            self.write(")")

    def get_precedence(self, node):
        return self._precedences.get(node, _Precedence.TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def get_raw_docstring(self, node):
        """If a docstring node is found in the body of the *node* parameter,
        return that docstring node, None otherwise.

        Logic mirrored from ``_PyAST_GetDocString``."""
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or len(node.body) < 1:
            return None
        node = node.body[0]
        if not isinstance(node, Expr):
            return None
        node = node.value
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node
        return None

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"
        return None

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    # visit() starts a new output text, so no node may be left to NodeVisitor.generic_visit, which calls it.
    def visit(self, node):
        """Outputs a source code string that, if converted back to an ast
        (using ast.parse) will generate an AST equivalent to *node*"""
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    # Modules and statements.

    def _write_docstring_and_traverse_body(self, node):
        docstring = self.get_raw_docstring(node)
        if docstring:
            self._write_docstring(docstring)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._type_ignores = {ignore.lineno: f"ignore{ignore.tag}" for ignore in node.type_ignores}
        self._write_docstring_and_traverse_body(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        self.write("(")
        self.comma_separated(self.traverse, node.argtypes)
        self.write(")")
        self.write(" -> ")
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_Precedence.YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        opened = self.open_parens(_Precedence.NAMED_EXPR, node)
        self.set_precedence(_Precedence.ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(" := ")
        self.traverse(node.value)
        self.close_parens(opened)

    def visit_Import(self, node):
        self.fill("import ")
        self.comma_separated(self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.comma_separated(self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_Precedence.TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        type_comment = self.get_type_comment(node)
        if type_comment:
            self.write(type_comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINARY_OPERATORS[node.op.__class__.__name__] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        parenthesize = not node.simple and isinstance(node.target, Name)
        if parenthesize:
            self.write("(")
        self.traverse(node.target)
        if parenthesize:
            self.write(")")
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.comma_separated(self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.comma_separated(self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.comma_separated(self.write, node.names)

    def visit_Await(self, node):
        opened = self.open_parens(_Precedence.AWAIT, node)
        self.write("await")
        if node.value:
            self.write(" ")
            self.set_precedence(_Precedence.ATOM, node.value)
            self.traverse(node.value)
        self.close_parens(opened)

    def visit_Yield(self, node):
        opened = self.open_parens(_Precedence.YIELD, node)
        self.write("yield")
        if node.value:
            self.write(" ")
            self.set_precedence(_Precedence.ATOM, node.value)
            self.traverse(node.value)
        self.close_parens(opened)

    def visit_YieldFrom(self, node):
        opened = self.open_parens(_Precedence.YIELD, node)
        self.write("yield from ")
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.set_precedence(_Precedence.ATOM, node.value)
        self.traverse(node.value)
        self.close_parens(opened)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def _try_helper(self, node, in_try_star):
        outer = self._in_try_star
        self._in_try_star = in_try_star
        try:
            self.fill("try")
            self.block(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill("else")
                self.block(node.orelse)
            if node.finalbody:
                self.fill("finally")
                self.block(node.finalbody)
        finally:
            self._in_try_star = outer

    def visit_Try(self, node):
        self._try_helper(node, False)

    def visit_TryStar(self, node):
        self._try_helper(node, True)

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        self.block(node.body)

    def _decorators(self, node):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill("@")
            self.traverse(decorator)

    def visit_ClassDef(self, node):
        self._decorators(node)
        self.fill("class " + node.name)
        if hasattr(node, "type_params"):
            self._type_params_helper(node.type_params)
        if node.bases or node.keywords:
            self.write("(")
            self.comma_separated(self.traverse, node.bases + node.keywords)
            self.write(")")
        self.block(lambda: self._write_docstring_and_traverse_body(node))

    def visit_FunctionDef(self, node):
        self._function_helper(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function_helper(node, "async def")

    def _function_helper(self, node, keyword):
        self._decorators(node)
        self.fill(keyword + " " + node.name)
        if hasattr(node, "type_params"):
            self._type_params_helper(node.type_params)
        self.write("(")
        self.traverse(node.args)
        self.write(")")
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        self.block(lambda: self._write_docstring_and_traverse_body(node), self.get_type_comment(node))

    def _type_params_helper(self, type_params):
        if type_params is not None and len(type_params) > 0:
            self.write("[")
            self.comma_separated(self.traverse, type_params)
            self.write("]")

    def visit_TypeVar(self, node):
        self.write(node.name)
        if node.bound:
            self.write(": ")
            self.traverse(node.bound)

    def visit_TypeVarTuple(self, node):
        self.write("*" + node.name)

    def visit_ParamSpec(self, node):
        self.write("**" + node.name)

    def visit_TypeAlias(self, node):
        self.fill("type ")
        self.traverse(node.name)
        self._type_params_helper(node.type_params)
        self.write(" = ")
        self.traverse(node.value)

    def visit_For(self, node):
        self._for_helper("for ", node)

    def visit_AsyncFor(self, node):
        self._for_helper("async for ", node)

    def _for_helper(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(_Precedence.TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.block(node.body, self.get_type_comment(node))
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.block(node.body)
        # An else holding nothing but an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.comma_separated(self.traverse, node.items)
        self.block(node.body, self.get_type_comment(node))

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.comma_separated(self.traverse, node.items)
        self.block(node.body, self.get_type_comment(node))

    # String literals and f-strings.

    def _str_literal_helper(self, string, *, quote_types=_ALL_QUOTES, escape_special_whitespace=False):
        """Helper for writing string literals, minimizing escapes.
        Returns the tuple (string literal to write, possible quote types).
        """
        parts = []
        for c in string:
            # Newlines and tabs are kept unless asked; backslashes and other non-printables are escaped.
            if (c == '\n' or c == '\t') and not escape_special_whitespace:
                parts.append(c)
            elif c == '\\' or not c.isprintable():
                parts.append(_escape_char(c))
            else:
                parts.append(c)
        escaped = "".join(parts)
        possible = quote_types
        if "\n" in escaped:
            possible = [q for q in possible if q in _MULTI_QUOTES]
        possible = [q for q in possible if q not in escaped]
        if not possible:
            # No quote fits: fall back to repr, keeping to quote_types where it can (triple quotes for
            # docstrings).
            string = repr(string)
            quote = string[0]
            for q in quote_types:
                if string[0] in q:
                    quote = q
                    break
            return string[1:-1], [quote]
        if escaped:
            # Prefer quotes unlike the last character ('''"''' rather than """\""""); a triple quote that is
            # still like it gets that character escaped.
            possible.sort(key=lambda q: q[0] == escaped[-1])
            if possible[0][0] == escaped[-1]:
                escaped = escaped[:-1] + "\\" + escaped[-1]
        return escaped, possible

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        """Write string literal value with a best effort attempt to avoid backslashes."""
        string, quote_types = self._str_literal_helper(string, quote_types=quote_types)
        quote = quote_types[0]
        self.write(f"{quote}{string}{quote}")

    def visit_JoinedStr(self, node):
        self.write("f")
        parts = []
        for value in node.values:
            text = "".join(self.buffered(self._write_fstring_inner, value))
            parts.append((text, isinstance(value, Constant)))

        # Find the quotes that suit every literal part.
        written = []
        quote_types = list(_ALL_QUOTES)
        fallback_to_repr = False
        for text, is_constant in parts:
            if is_constant:
                text, new_quote_types = self._str_literal_helper(
                    text, quote_types=quote_types, escape_special_whitespace=True)
                if set(new_quote_types).isdisjoint(quote_types):
                    fallback_to_repr = True
                    break
                quote_types = new_quote_types
            elif "\n" in text:
                quote_types = [q for q in quote_types if q in _MULTI_QUOTES]
            written.append(text)

        if fallback_to_repr:
            # None fits all: triple single quotes, with the literal parts as repr writes them.
            quote_types = ["'''"]
            written = []
            for text, is_constant in parts:
                if is_constant:
                    text = repr('"' + text)[2:-1]  # the '"' makes repr choose single quotes
                written.append(text)

        quote = quote_types[0]
        self.write(f"{quote}{''.join(written)}{quote}")

    def _write_fstring_inner(self, node, escape_newlines=False):
        if isinstance(node, JoinedStr):
            # The f-string itself, or a format spec.
            for value in node.values:
                self._write_fstring_inner(value, escape_newlines=escape_newlines)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            value = node.value.replace("{", "{{").replace("}", "}}")
            if escape_newlines:
                value = value.replace("\n", "\\n")
            self.write(value)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)()
        inner.set_precedence(_next_precedence(_Precedence.TEST), node.value)
        expression = inner.visit(node.value)
        self.write("{")
        if expression.startswith("{"):
            self.write(" ")  # "{ {" rather than "{{", which would be a literal brace
        self.write(expression)
        if node.conversion != -1:
            self.write(f"!{chr(node.conversion)}")
        if node.format_spec:
            self.write(":")
            self._write_fstring_inner(node.format_spec, escape_newlines=True)
        self.write("}")

    def visit_Name(self, node):
        self.write(node.id)

    def _write_docstring(self, node):
        self.fill()
        if node.kind == "u":
            self.write("u")
        self._write_str_avoiding_backslashes(node.value, quote_types=_MULTI_QUOTES)

    def _write_constant(self, value):
        if isinstance(value, _NUMBER_TYPES[1:]):
            # Infinities become an overflowing literal, NaNs inf - inf.
            self.write(repr(value).replace("inf", _INFSTR).replace("nan", f"({_INFSTR}-{_INFSTR})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write("(")
            self.items_view(self._write_constant, value)
            self.write(")")
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self._write_constant(node.value)

    # Expressions.

    def visit_List(self, node):
        self.write("[")
        self.comma_separated(self.traverse, node.elts)
        self.write("]")

    def _comprehension_helper(self, node, opening, closing):
        self.write(opening)
        self.traverse(node.elt)
        for generator in node.generators:
            self.traverse(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self._comprehension_helper(node, "[", "]")

    def visit_GeneratorExp(self, node):
        self._comprehension_helper(node, "(", ")")

    def visit_SetComp(self, node):
        self._comprehension_helper(node, "{", "}")

    def visit_DictComp(self, node):
        self.write("{")
        self.traverse(node.key)
        self.write(": ")
        self.traverse(node.value)
        for generator in node.generators:
            self.traverse(generator)
        self.write("}")

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(_Precedence.TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_next_precedence(_Precedence.TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(" if ")
            self.traverse(condition)

    def visit_IfExp(self, node):
        opened = self.open_parens(_Precedence.TEST, node)
        self.set_precedence(_next_precedence(_Precedence.TEST), node.body, node.test)
        self.traverse(node.body)
        self.write(" if ")
        self.traverse(node.test)
        self.write(" else ")
        self.set_precedence(_Precedence.TEST, node.orelse)
        self.traverse(node.orelse)
        self.close_parens(opened)

    def visit_Set(self, node):
        if node.elts:
            self.write("{")
            self.comma_separated(self.traverse, node.elts)
            self.write("}")
        else:
            # {} is a dict, and the name set may be rebound.
            self.write('{*()}')

    def visit_Dict(self, node):
        def write_item(item):
            key, value = item
            if key is None:
                # {**mapping} (PEP 448)
                self.write("**")
                self.set_precedence(_Precedence.EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(": ")
                self.traverse(value)

        self.write("{")
        self.comma_separated(write_item, zip(node.keys, node.values))
        self.write("}")

    def visit_Tuple(self, node):
        parenthesize = len(node.elts) == 0 or self.get_precedence(node) > _Precedence.TUPLE
        if parenthesize:
            self.write("(")
        self.items_view(self.traverse, node.elts)
        if parenthesize:
            self.write(")")

    def visit_UnaryOp(self, node):
        operator = _UNARY_OPERATORS[node.op.__class__.__name__]
        precedence = _UNARY_PRECEDENCE[operator]
        opened = self.open_parens(precedence, node)
        self.write(operator)
        # +1 rather than + 1; but not x.
        if precedence != _Precedence.FACTOR:
            self.write(" ")
        self.set_precedence(precedence, node.operand)
        self.traverse(node.operand)
        self.close_parens(opened)

    def visit_BinOp(self, node):
        operator = _BINARY_OPERATORS[node.op.__class__.__name__]
        precedence = _BINARY_PRECEDENCE[operator]
        opened = self.open_parens(precedence, node)
        if operator == "**":  # right-associative
            left_precedence = _next_precedence(precedence)
            right_precedence = precedence
        else:
            left_precedence = precedence
            right_precedence = _next_precedence(precedence)
        self.set_precedence(left_precedence, node.left)
        self.traverse(node.left)
        self.write(f" {operator} ")
        self.set_precedence(right_precedence, node.right)
        self.traverse(node.right)
        self.close_parens(opened)

    def visit_Compare(self, node):
        opened = self.open_parens(_Precedence.CMP, node)
        self.set_precedence(_next_precedence(_Precedence.CMP), node.left, *node.comparators)
        self.traverse(node.left)
        for operator, comparator in zip(node.ops, node.comparators):
            self.write(" " + _COMPARISON_OPERATORS[operator.__class__.__name__] + " ")
            self.traverse(comparator)
        self.close_parens(opened)

    def visit_BoolOp(self, node):
        operator = _BOOLEAN_OPERATORS[node.op.__class__.__name__]
        precedence = _BOOLEAN_PRECEDENCE[operator]
        opened = self.open_parens(precedence, node)
        # CPython 3.12 compat: each operand gets a higher precedence than the one before it.
        separator = f" {operator} "
        for i, value in enumerate(node.values):
            if i:
                self.write(separator)
            precedence = _next_precedence(precedence)
            self.set_precedence(precedence, value)
            self.traverse(value)
        self.close_parens(opened)

    def visit_Attribute(self, node):
        self.set_precedence(_Precedence.ATOM, node.value)
        self.traverse(node.value)
        # 3.__abs__() is a syntax error: write 3 .__abs__().
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_Precedence.ATOM, node.func)
        self.traverse(node.func)
        self.write("(")
        self.comma_separated(self.traverse, node.args + node.keywords)
        self.write(")")

    def visit_Subscript(self, node):
        self.set_precedence(_Precedence.ATOM, node.value)
        self.traverse(node.value)
        self.write("[")
        if isinstance(node.slice, Tuple) and node.slice.elts:
            # A non-empty tuple needs no parentheses here.
            self.items_view(self.traverse, node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write("]")

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(_Precedence.EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write("...")

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.block(node.cases)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        # Positional parameters, with "/" after the positional-only ones.
        all_args = node.posonlyargs + node.args
        defaults = [None] * (len(all_args) - len(node.defaults)) + node.defaults
        for index, (argument, default) in enumerate(zip(all_args, defaults), 1):
            if first:
                first = False
            else:
                self.write(", ")
            self.traverse(argument)
            if default:
                self.write("=")
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(", /")

        # *args, or a bare * before keyword-only parameters.
        if node.vararg or node.kwonlyargs:
            if first:
                first = False
            else:
                self.write(", ")
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)

        if node.kwonlyargs:
            for argument, default in zip(node.kwonlyargs, node.kw_defaults):
                self.write(", ")
                self.traverse(argument)
                if default:
                    self.write("=")
                    self.traverse(default)

        if node.kwarg:
            if not first:
                self.write(", ")
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        opened = self.open_parens(_Precedence.TEST, node)
        self.write("lambda")
        parameters = self.buffered(self.traverse, node.args)
        if parameters:
            self.write(" ", *parameters)
        self.write(": ")
        self.set_precedence(_Precedence.TEST, node.body)
        self.traverse(node.body)
        self.close_parens(opened)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    # Patterns.

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        self.block(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.write("[")
        self.comma_separated(self.traverse, node.patterns)
        self.write("]")

    def visit_MatchStar(self, node):
        name = node.name
        self.write(f"*{'_' if name is None else name}")

    def visit_MatchMapping(self, node):
        def write_pair(pair):
            key, pattern = pair
            self.traverse(key)
            self.write(": ")
            self.traverse(pattern)

        keys = node.keys
        if len(keys) != len(node.patterns):
            raise ValueError("zip() argument 2 is shorter than argument 1" if len(keys) > len(node.patterns)
                             else "zip() argument 2 is longer than argument 1")
        self.write("{")
        self.comma_separated(write_pair, zip(keys, node.patterns))
        if node.rest is not None:
            if keys:
                self.write(", ")
            self.write(f"**{node.rest}")
        self.write("}")

    def visit_MatchClass(self, node):
        def write_attribute_pattern(pair):
            attribute, pattern = pair
            self.write(f"{attribute}=")
            self.traverse(pattern)

        self.set_precedence(_Precedence.ATOM, node.cls)
        self.traverse(node.cls)
        self.write("(")
        patterns = node.patterns
        self.comma_separated(self.traverse, patterns)
        attributes = node.kwd_attrs
        if attributes:
            if len(attributes) != len(node.kwd_patterns):
                raise ValueError("zip() argument 2 is shorter than argument 1"
                                 if len(attributes) > len(node.kwd_patterns)
                                 else "zip() argument 2 is longer than argument 1")
            if patterns:
                self.write(", ")
            self.comma_separated(write_attribute_pattern, zip(attributes, node.kwd_patterns))
        self.write(")")

    def visit_MatchAs(self, node):
        name = node.name
        pattern = node.pattern
        if name is None:
            self.write("_")
        elif pattern is None:
            self.write(node.name)
        else:
            opened = self.open_parens(_Precedence.TEST, node)
            self.set_precedence(_Precedence.BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(f" as {node.name}")
            self.close_parens(opened)

    def visit_MatchOr(self, node):
        opened = self.open_parens(_Precedence.BOR, node)
        self.set_precedence(_next_precedence(_Precedence.BOR), *node.patterns)
        self.interleave(lambda: self.write(" | "), self.traverse, node.patterns)
        self.close_parens(opened)


def unparse(ast_obj):
    return _Unparser().visit(ast_obj)


# The deprecated constant classes are reached through the module's __getattr__ (PEP 562), as in CPython, so
# that `from ast import *` leaves them out.
_deprecated_globals = {name: globals().pop(name) for name in ('Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis')}


def __getattr__(name):
    if name in _deprecated_globals:
        globals()[name] = value = _deprecated_globals[name]
        _deprecated(_removed_in_314(f"ast.{name}", "class"), 3)
        return value
    raise AttributeError(f"module 'ast' has no attribute '{name}'")


_USAGE = ("usage: python -m ast [-h] [-m {exec,single,eval,func_type}]\n"
          "                     [--no-type-comments] [-a] [-i INDENT]\n"
          "                     [infile]\n")

_HELP = """
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
"""


def _usage_error(message):
    sys.stderr.write(_USAGE + f"python -m ast: error: {message}\n")
    raise SystemExit(2)


def _parse_command_line(argv):
    # The options of CPython's `python -m ast`, parsed by hand with argparse's messages (Ginger has no
    # argparse yet).
    modes = ('exec', 'single', 'eval', 'func_type')
    options = {'infile': None, 'mode': 'exec', 'type_comments': True, 'include_attributes': False, 'indent': 3}
    i = 0
    only_positionals = False
    while i < len(argv):
        argument = argv[i]
        i += 1
        if only_positionals or argument == '-' or not argument.startswith('-'):
            if options['infile'] is not None:
                _usage_error(f"unrecognized arguments: {' '.join(argv[i - 1:])}")
            options['infile'] = argument
            continue
        if argument == '--':
            only_positionals = True
            continue
        if argument in ('-h', '--help'):
            sys.stdout.write(_USAGE + _HELP)
            raise SystemExit(0)
        if argument == '--no-type-comments':
            options['type_comments'] = False
            continue
        if argument in ('-a', '--include-attributes'):
            options['include_attributes'] = True
            continue
        name = value = None
        for short, long, key in (('-m', '--mode', 'mode'), ('-i', '--indent', 'indent')):
            if argument == short or argument == long:
                name = key
                if i >= len(argv) or (argv[i].startswith('-') and argv[i] != '-'):
                    _usage_error(f"argument {short}/{long}: expected one argument")
                value = argv[i]
                i += 1
            elif argument.startswith(long + '='):
                name, value = key, argument[len(long) + 1:]
            elif argument.startswith(short) and not argument.startswith('--'):
                name, value = key, argument[len(short):]
            if name is not None:
                label = f"{short}/{long}"
                break
        if name is None:
            _usage_error(f"unrecognized arguments: {argument}")
        if name == 'mode':
            if value not in modes:
                choices = ', '.join([repr(mode) for mode in modes])
                _usage_error(f"argument {label}: invalid choice: {value!r} (choose from {choices})")
            options['mode'] = value
        else:
            try:
                options['indent'] = int(value)
            except ValueError:
                _usage_error(f"argument {label}: invalid int value: {value!r}")
    return options


def main():
    options = _parse_command_line(sys.argv[1:])
    infile = options['infile']
    if infile is None or infile == '-':
        name = '<stdin>'
        # Bytes, so that a coding declaration applies; Ginger's sys.stdin has no .buffer yet.
        buffer = getattr(sys.stdin, 'buffer', None)
        if buffer is not None:
            source = buffer.read()
        else:
            try:
                with open('/dev/stdin', 'rb') as f:
                    source = f.read()
            except OSError:
                source = sys.stdin.read()
    else:
        name = infile
        try:
            with open(infile, 'rb') as f:
                source = f.read()
        except OSError as error:
            _usage_error(f"argument infile: can't open {infile!r}: {error}")
    tree = parse(source, name, options['mode'], type_comments=options['type_comments'])
    print(dump(tree, include_attributes=options['include_attributes'], indent=options['indent']))


if __name__ == '__main__':
    main()
