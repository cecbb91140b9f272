"""Ginger's opcodes by name and number, and the lists that sort them by what their argument means.

The interface is CPython's `opcode` module; the instructions are Ginger's own (src/vm/opcodes.def,
docs/internals/opcodes.md). An instruction is one 32-bit word, so offsets seen from Python are multiples of 4,
and every jump argument is an absolute target (a word index): `hasjrel` is empty. Ginger has neither
EXTENDED_ARG (arguments have 24 bits) nor an ordering of the opcodes by whether they take an argument, so
HAVE_ARGUMENT and EXTENDED_ARG are not defined; `hasarg` lists the opcodes that take one.
"""

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "hasexc", "hasnargs", "opname", "opmap", "stack_effect"]

import _opcode
import _opcode_metadata as _metadata
from _opcode import stack_effect

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

opmap = dict(_metadata.opmap)
opname = ['<%r>' % (op,) for op in range(256)]
for _name, _op in opmap.items():
    opname[_op] = _name

_operands = _opcode._ginger_operands
_PSEUDO = 8

# The cell and free-variable instructions name a slot of localsplus too, but CPython lists them apart.
_FREE_OPS = {'MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_FROM_DICT_OR_DEREF'}


def _having(*kinds):
    return [op for op, kind in enumerate(_operands) if kind in kinds]


hasarg = _having('CONST', 'LOCAL', 'LOCAL_PAIR', 'NAME', 'GLOBAL', 'COUNT', 'JUMP', 'BINOP', 'CMPOP', 'INVERT', 'FORMAT')
hasconst = _having('CONST')
hasname = _having('NAME', 'GLOBAL')
hasjrel = []
hasjabs = _having('JUMP')
haslocal = [op for op in _having('LOCAL', 'LOCAL_PAIR') if opname[op] not in _FREE_OPS]
hasfree = [op for op in _having('LOCAL') if opname[op] in _FREE_OPS]
hascompare = _having('CMPOP')
hasexc = [opmap[name] for name in ('SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH')]
hasnargs = []  # deprecated in CPython, and empty there too

# BINARY_OP's argument: Ginger's operator numbers (src/objects/type.h), then their in-place forms.
_nb_ops = [('NB_ADD', '+'), ('NB_SUBTRACT', '-'), ('NB_MULTIPLY', '*'), ('NB_TRUE_DIVIDE', '/'),
           ('NB_FLOOR_DIVIDE', '//'), ('NB_REMAINDER', '%'), ('NB_POWER', '**'), ('NB_LSHIFT', '<<'),
           ('NB_RSHIFT', '>>'), ('NB_AND', '&'), ('NB_OR', '|'), ('NB_XOR', '^'), ('NB_MATRIX_MULTIPLY', '@')]
_nb_ops = _nb_ops + [('NB_INPLACE_' + name[3:], symbol + '=') for name, symbol in _nb_ops]

# CALL_INTRINSIC_1 and CALL_INTRINSIC_2 (src/vm/opcodes.h).
_intrinsic_1_descs = ['INTRINSIC_1_INVALID', 'INTRINSIC_TYPEVAR', 'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE',
                      'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS']
_intrinsic_2_descs = ['INTRINSIC_2_INVALID', 'INTRINSIC_TYPEVAR_WITH_BOUND', 'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS',
                      'INTRINSIC_SET_FUNCTION_TYPE_PARAMS']

# The number of inline-cache words after each instruction (cache words are 4 bytes, like instructions).
_inline_cache_entries = [0] * 256
for _name, _size in _metadata.cache_entries.items():
    _inline_cache_entries[opmap[_name]] = _size

# Ginger does not specialize instructions.
_specializations = {}
_specialized_instructions = []

del _name, _op, _size
