# dis.get_instructions and dis.Bytecode: the Instruction named tuples are consistent with the code object
# (offsets, jump targets, line starts, positions, resolved arguments). Only properties are printed, since
# the instructions themselves are each implementation's own.
import dis


def sample(a, b=2, *args, k, **kw):
    total = a + b
    for i in range(3):
        if i > total:
            break
        total += i
    try:
        y = a[0]
    except (KeyError, IndexError) as e:
        y = None
    while total:
        total -= 1
    inner = lambda z: z + total
    return f"{total!r:>3}" + str(y) + str(inner)


def check(x):
    instructions = list(dis.get_instructions(x))
    code = dis._get_code_object(x)
    offsets = [i.offset for i in instructions]
    print("offsets increase:", offsets == sorted(set(offsets)), "start at 0:", offsets[0] == 0)
    print("every instruction is an Instruction:", all(isinstance(i, dis.Instruction) for i in instructions))
    print("opname/opcode agree:", all(dis.opname[i.opcode] == i.opname and dis.opmap[i.opname] == i.opcode
                                      for i in instructions))
    print("arg is None iff no argument:", all((i.arg is None) == (i.opcode not in dis.hasarg) for i in instructions))
    jumps = [i for i in instructions if i.opcode in dis.hasjabs or i.opcode in dis.hasjrel]
    targets = {i.argval for i in jumps}
    print("has jumps:", bool(jumps))
    print("jump targets are instructions:", targets <= set(offsets))
    print("jump argrepr:", all(i.argrepr == "to " + repr(i.argval) for i in jumps))
    marked = {i.offset for i in instructions if i.is_jump_target}
    print("jump targets are marked:", targets <= marked)
    print("marked offsets are targets or handlers:",
          marked <= targets | {e.target for e in dis._parse_exception_table(code)})
    print("findlabels:", set(dis.findlabels(code.co_code)) == targets)
    starts = {i.offset: i.starts_line for i in instructions if i.starts_line is not None}
    print("starts_line matches findlinestarts:", starts == dict(dis.findlinestarts(code)))
    lines = {}
    last = None
    for start, end, line in code.co_lines():
        if line is not None and line != last:
            lines[start] = line
            last = line
    print("starts_line matches co_lines():", starts == lines)
    print("positions are Positions:", all(isinstance(i.positions, dis.Positions) for i in instructions))
    print("positions lines match starts_line:",
          all(i.positions.lineno == i.starts_line for i in instructions if i.starts_line is not None))
    for i in instructions:
        if i.opcode in dis.hasconst:
            assert i.argval is code.co_consts[i.arg] and i.argrepr == repr(i.argval), i
        elif i.opcode in dis.hasname:
            assert i.argval in code.co_names and i.argrepr.endswith(i.argval), i
        elif i.opcode in dis.hascompare:
            assert i.argval in dis.cmp_op and i.argrepr == i.argval, i
        elif i.opcode in dis.haslocal and isinstance(i.argval, str):
            assert i.argval in code.co_varnames + code.co_cellvars, i
        elif i.opcode in dis.hasfree:
            assert i.argval in code.co_cellvars + code.co_freevars + code.co_varnames, i
    print("arguments resolve")
    names = {i.argval for i in instructions if i.opcode in dis.hasname}
    print("names used:", sorted(n for n in names if n in ("range", "KeyError", "IndexError", "str")))
    text = dis.Bytecode(x).dis()
    print("dis() has a line per instruction:",
          len([line for line in text.splitlines() if line.strip() and not line.startswith(("ExceptionTable", "  "))])
          <= len(instructions))
    # Bytecode marks exception handlers as jump targets; get_instructions does not (as in CPython).
    print("Bytecode iterates like get_instructions:",
          [i._replace(is_jump_target=False) for i in dis.Bytecode(x)] == [i._replace(is_jump_target=False) for i in instructions])
    print("get_instructions marks only jump targets:", marked == targets)


check(sample)
check("for x in y:\n    if x: continue\n    print(x)\n")

bc = dis.Bytecode(sample, first_line=100)
first = next(iter(bc))
print("first_line:", bc.first_line)
shifted = [i.starts_line for i in dis.get_instructions(sample, first_line=100) if i.starts_line is not None]
plain = [i.starts_line for i in dis.get_instructions(sample) if i.starts_line is not None]
print("first_line shifts every line:", [s - p for s, p in zip(shifted, plain)] == [100 - sample.__code__.co_firstlineno] * len(plain))
print(repr(dis.Bytecode(sample)).startswith("Bytecode(<function sample at "))
print(dis.Bytecode(sample).codeobj is sample.__code__, dis.Bytecode(sample).current_offset)

# LOAD_CONST of the lambda's code: argval is the code object, argrepr its repr.
codes = [i.argval for i in dis.get_instructions(sample) if i.opcode in dis.hasconst and hasattr(i.argval, "co_code")]
print([c.co_name for c in codes])

print(dis.Instruction._fields)
print(dis.Positions._fields, dis.Positions())
ins = dis.Instruction("NOP", dis.opmap["NOP"], None, None, "", 0, None, False)
print(ins.positions, ins._disassemble())
print(dis.Instruction("X", 1, 5, 5, "five", 10, 3, True)._disassemble())
print(dis.Instruction("X", 1, 5, 5, "five", 10, None, False)._disassemble(lineno_width=0, mark_as_current=True))
