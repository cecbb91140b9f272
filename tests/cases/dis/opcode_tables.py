# The opcode tables of dis and opcode: names and numbers agree, the has* lists name real opcodes, and
# stack_effect checks its arguments as CPython's does.
import dis
import opcode

print(dis.opname is opcode.opname or dis.opname == opcode.opname, len(dis.opname) >= 256)
print(all(dis.opname[number] == name for name, number in dis.opmap.items()))
print(all(name.startswith("<") for number, name in enumerate(dis.opname) if number not in dis.opmap.values()))
for table in ("hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "hasexc", "hasarg"):
    values = getattr(dis, table)
    print(table, isinstance(values, list), all(isinstance(v, int) for v in values), values == getattr(opcode, table))
print(dis.cmp_op)
print(dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opmap["LOAD_GLOBAL"] in dis.hasname,
      dis.opmap["STORE_NAME"] in dis.hasname, dis.opmap["LOAD_FAST"] in dis.haslocal,
      dis.opmap["LOAD_DEREF"] in dis.hasfree, dis.opmap["COMPARE_OP"] in dis.hascompare,
      dis.opmap["SETUP_FINALLY"] in dis.hasexc, dis.opmap["POP_TOP"] not in dis.hasarg)
print(sorted(set(dis.__all__) & {"dis", "get_instructions", "Bytecode", "Instruction", "opname", "stack_effect",
                                 "code_info", "show_code", "findlinestarts", "findlabels", "distb", "disco"}))

print(dis.stack_effect(dis.opmap["POP_TOP"]), dis.stack_effect(dis.opmap["LOAD_CONST"], 0),
      dis.stack_effect(dis.opmap["BUILD_TUPLE"], 3), dis.stack_effect(dis.opmap["BUILD_LIST"], 0),
      dis.stack_effect(dis.opmap["PUSH_NULL"]), dis.stack_effect(dis.opmap["STORE_FAST"], 1),
      dis.stack_effect(dis.opmap["RETURN_VALUE"]), dis.stack_effect(dis.opmap["CALL"], 2))
for jump in (None, True, False):
    print(dis.stack_effect(dis.opmap["POP_JUMP_IF_TRUE"], 4, jump=jump))
for args, kwargs in [((dis.opmap["POP_TOP"], 0), {}), ((dis.opmap["LOAD_CONST"],), {}), ((-1,), {}),
                     ((dis.opmap["POP_TOP"],), {"jump": 1}), ((), {}), ((1, 2, 3), {}), (("x",), {})]:
    try:
        print(dis.stack_effect(*args, **kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e if type(e) is ValueError else "")
print(dis.UNKNOWN)
