"""Disassembler of Ginger's bytecode into mnemonics, with the interface of CPython's dis module.

The instructions are Ginger's own (docs/internals/opcodes.md): each is one little-endian 32-bit word, the
opcode in the low 8 bits and the argument in the high 24, followed by its inline-cache words. Offsets are in
bytes, so they are multiples of 4, and jump arguments are absolute word indexes (argval is the byte offset).
"""

import sys
import types
import collections
import io

from opcode import *
from opcode import (
    __all__ as _opcodes_all,
    _inline_cache_entries,
    _nb_ops,
    _intrinsic_1_descs,
    _intrinsic_2_descs,
    _specializations,
    _specialized_instructions,
)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
RETURN_CONST = opmap['RETURN_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
FOR_ITER = opmap['FOR_ITER']
SEND = opmap['SEND']
LOAD_ATTR = opmap['LOAD_ATTR']
_LOAD_FAST_LOAD_FAST = opmap['LOAD_FAST_LOAD_FAST']
_IS_OP = opmap['IS_OP']
_CONTAINS_OP = opmap['CONTAINS_OP']
_CALL_INTRINSIC_1 = opmap['CALL_INTRINSIC_1']
_CALL_INTRINSIC_2 = opmap['CALL_INTRINSIC_2']

# Ginger's instructions and cache words are 4 bytes each.
_WORD = 4

_all_opname = list(opname)
_all_opmap = dict(opmap)
deoptmap = {}


def _try_compile(source, name):
    """Compiles source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):  # a class or a module
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive)


# The code flags by name; inspect takes its CO_* constants from here, and pretty_flags uses it.
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# What argval is when the tables needed to resolve an argument were not given.
UNKNOWN = _Unknown()


def _unwrap(x):
    """The function of a method, the code of a function, generator or coroutine; x otherwise."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def _get_code_object(x):
    """The code object of a method, function, generator, coroutine, code object or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _deoptop(op):
    return op


def _get_code_array(co, adaptive):
    # Ginger runs co_code as it is: there is no adaptive form.
    return co.co_code


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = ["Name:              %s" % co.co_name,
             "Filename:          %s" % co.co_filename,
             "Argument count:    %s" % co.co_argcount,
             "Positional-only arguments: %s" % co.co_posonlyargcount,
             "Kw-only arguments: %s" % co.co_kwonlyargcount,
             "Number of locals:  %s" % co.co_nlocals,
             "Stack size:        %s" % co.co_stacksize,
             "Flags:             %s" % pretty_flags(co.co_flags)]
    if co.co_consts:
        lines.append("Constants:")
        lines.extend("%4d: %r" % item for item in enumerate(co.co_consts))
    for title, names in (("Names:", co.co_names), ("Variable names:", co.co_varnames),
                         ("Free variables:", co.co_freevars), ("Cell variables:", co.co_cellvars)):
        if names:
            lines.append(title)
            lines.extend("%4d: %s" % item for item in enumerate(names))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry", "start end target depth lasti")

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of the listing: line number, current marker, jump-target marker, offset, name, argument."""
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append("%*d" % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    # CPython 3.12 compat: exception handlers are not marked as jump targets here (Bytecode marks them).
    return _get_instructions_bytes(_get_code_array(co, adaptive), _varname_getter(co), co.co_names, co.co_consts,
                                   linestarts, line_offset, co_positions=co.co_positions(), show_caches=show_caches)


def _localsplus_names(co):
    """The frame slots' names in Ginger's order: locals (arguments first), other cells, free variables."""
    return co.co_varnames + tuple(c for c in co.co_cellvars if c not in co.co_varnames) + co.co_freevars


def _varname_getter(co):
    return _localsplus_names(co).__getitem__


def _get_const_value(op, arg, co_consts):
    """The constant an instruction of hasconst names, or UNKNOWN without co_consts."""
    assert op in hasconst
    return UNKNOWN if co_consts is None else co_consts[arg]


def _get_const_info(op, arg, co_consts):
    argval = _get_const_value(op, arg, co_consts)
    return argval, repr(argval) if argval is not UNKNOWN else ''


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is None:
        return UNKNOWN, ''
    argval = get_name(name_index, **extrainfo)
    return argval, argval


def _parse_exception_table(code):
    """co_exceptiontable (Ginger's encoding: five little-endian u32 per entry, offsets in words) as entries
    whose offsets are in bytes, innermost regions first."""
    data = code.co_exceptiontable
    entries = []
    for at in range(0, len(data) - 19, 20):
        start, end, target, depth, lasti = (int.from_bytes(data[at + 4 * i:at + 4 * i + 4], 'little')
                                            for i in range(5))
        entries.append(_ExceptionTableEntry(start * _WORD, end * _WORD, target * _WORD, depth, bool(lasti)))
    return entries


def _argument(op, arg, varname_from_oparg, names, co_consts):
    """(argval, argrepr) of an instruction that has an argument."""
    get_name = None if names is None else names.__getitem__
    if op in hasconst:
        return _get_const_info(op, arg, co_consts)
    if op == LOAD_GLOBAL:
        argval, argrepr = _get_name_info(arg >> 1, get_name)
        if (arg & 1) and argrepr:
            argrepr = "NULL + " + argrepr
        return argval, argrepr
    if op in hasname:
        return _get_name_info(arg, get_name)
    if op in hasjabs:
        return arg * _WORD, "to " + repr(arg * _WORD)
    if op == _LOAD_FAST_LOAD_FAST:
        if varname_from_oparg is None:
            return UNKNOWN, ''
        pair = (varname_from_oparg(arg >> 12), varname_from_oparg(arg & 0xFFF))
        return pair, ', '.join(pair)
    if op in haslocal or op in hasfree:
        return _get_name_info(arg, varname_from_oparg)
    if op in hascompare:
        return cmp_op[arg], cmp_op[arg]
    if op == _IS_OP:
        return arg, 'is not' if arg else 'is'
    if op == _CONTAINS_OP:
        return arg, 'not in' if arg else 'in'
    if op == FORMAT_VALUE:
        function, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        if arg & 0x4:
            argrepr = argrepr + ', with format' if argrepr else 'with format'
        return (function, bool(arg & 0x4)), argrepr
    if op == MAKE_FUNCTION:
        return arg, ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
    if op == BINARY_OP:
        return arg, _nb_ops[arg][1] if arg < len(_nb_ops) else ''
    if op == _CALL_INTRINSIC_1:
        return arg, _intrinsic_1_descs[arg] if arg < len(_intrinsic_1_descs) else ''
    if op == _CALL_INTRINSIC_2:
        return arg, _intrinsic_2_descs[arg] if arg < len(_intrinsic_2_descs) else ''
    return arg, ''


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None, linestarts=None,
                            line_offset=0, exception_entries=(), co_positions=None, show_caches=False):
    """Generates an Instruction for each instruction of the bytecode `code`, resolving arguments with the
    tables given (UNKNOWN for what cannot be resolved)."""
    positions = list(co_positions) if co_positions is not None else []
    labels = set(findlabels(code))
    for entry in exception_entries:
        labels.add(entry.target)
    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        argval, argrepr = None, ''
        if arg is not None:
            argval, argrepr = _argument(op, arg, varname_from_oparg, names, co_consts)
        where = offset // 2
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line, offset in labels,
                          Positions(*positions[where]) if where < len(positions) else Positions())
        if show_caches:
            for i in range(_inline_cache_entries[op]):
                at = offset + _WORD * (i + 1)
                where = at // 2
                yield Instruction("CACHE", None, None, None, '', at, None, False,
                                  Positions(*positions[where]) if where < len(positions) else Positions())


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_bytes(_get_code_array(co, adaptive), lasti, _varname_getter(co), co.co_names, co.co_consts,
                       dict(findlinestarts(co)), file=file, exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions(), show_caches=show_caches)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None, linestarts=None,
                       *, file=None, line_offset=0, exception_entries=(), co_positions=None, show_caches=False):
    # The line-number column is left out when there is no line information.
    show_lineno = bool(linestarts)
    lineno_width = 0
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    maxoffset = len(code) - _WORD
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts, linestarts,
                                         line_offset=line_offset, exception_entries=exception_entries,
                                         co_positions=co_positions, show_caches=show_caches):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        if show_caches or instr.opcode is None:
            is_current = instr.offset == lasti
        else:
            is_current = instr.offset <= lasti <= instr.offset + _WORD * _inline_cache_entries[instr.opcode]
        print(instr._disassemble(lineno_width, is_current, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_text = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - _WORD} -> {entry.target} [{entry.depth}]{lasti_text}", file=file)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


disco = disassemble  # an old name, kept as CPython keeps it


def _unpack_opargs(code):
    """(offset, opcode, arg) for each instruction of the bytecode, skipping cache words; arg is None for an
    instruction without an argument."""
    end = len(code) - len(code) % _WORD
    offset = 0
    while offset < end:
        word = int.from_bytes(code[offset:offset + _WORD], 'little')
        op = word & 0xFF
        yield offset, op, (word >> 8 if op in hasarg else None)
        offset += _WORD * (1 + _inline_cache_entries[op])


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.

    """
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None and op in hasjabs:
            label = arg * _WORD
            if label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _find_imports(co):
    """(name, level, fromlist) for each import statement of the code, as __import__ is called."""
    IMPORT_NAME = opmap['IMPORT_NAME']
    opargs = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code)]
    for i, (op, oparg) in enumerate(opargs):
        if op == IMPORT_NAME and i >= 2:
            from_op, level_op = opargs[i - 1], opargs[i - 2]
            if from_op[0] in hasconst and level_op[0] in hasconst:
                level = _get_const_value(level_op[0], level_op[1], co.co_consts)
                fromlist = _get_const_value(from_op[0], from_op[1], co.co_consts)
                yield (co.co_names[oparg], level, fromlist)


def _find_store_names(co):
    """The names the code stores into with STORE_NAME or STORE_GLOBAL."""
    store_ops = {opmap['STORE_NAME'], opmap['STORE_GLOBAL']}
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in store_ops:
            yield co.co_names[arg]


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive), _varname_getter(co), co.co_names,
                                       co.co_consts, self._linestarts, line_offset=self._line_offset,
                                       exception_entries=self.exception_entries, co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        offset = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as output:
            _disassemble_bytes(_get_code_array(co, self.adaptive), varname_from_oparg=_varname_getter(co),
                               names=co.co_names, co_consts=co.co_consts, linestarts=self._linestarts,
                               line_offset=self._line_offset, file=output, lasti=offset,
                               exception_entries=self.exception_entries, co_positions=co.co_positions(),
                               show_caches=self.show_caches)
            return output.getvalue()


_USAGE = "usage: dis.py [-h] [infile]\n"


def main(args=None):
    """ginger -m dis [FILE]: disassembles a source file (standard input without FILE, or with -)."""
    args = sys.argv[1:] if args is None else args
    if args and args[0] in ('-h', '--help'):
        sys.stdout.write(_USAGE + "\npositional arguments:\n  infile\n\noptions:\n"
                         "  -h, --help  show this help message and exit\n")
        return
    if len(args) > 1 or (args and args[0].startswith('-') and args[0] != '-'):
        extra = ' '.join(args[1:]) if len(args) > 1 else args[0]
        sys.stderr.write(_USAGE + f"dis.py: error: unrecognized arguments: {extra}\n")
        sys.exit(2)
    name = args[0] if args else '-'
    if name == '-':
        source, name = sys.stdin.buffer.read(), '<stdin>'
    else:
        try:
            with open(name, 'rb') as infile:
                source = infile.read()
        except OSError as e:
            sys.stderr.write(_USAGE + f"dis.py: error: argument infile: can't open '{name}': {e}\n")
            sys.exit(2)
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    main()
