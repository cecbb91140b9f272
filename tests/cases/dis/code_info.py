# dis.code_info, dis.show_code, Bytecode.info and pretty_flags: the format is CPython's. A stand-in code object
# gives the same text on every implementation (the values of a real one depend on its compiler).
import dis
import io


class FakeCode:
    co_code = b""
    co_name = "fake"
    co_filename = "fake.py"
    co_argcount = 2
    co_posonlyargcount = 1
    co_kwonlyargcount = 1
    co_nlocals = 4
    co_stacksize = 7
    co_flags = 0x1 | 0x2 | 0x8 | 0x20
    co_consts = (None, 1.5, "text", (1, 2))
    co_names = ("print", "len")
    co_varnames = ("a", "b", "c", "d")
    co_freevars = ("outer",)
    co_cellvars = ("cell",)


print(dis.code_info(FakeCode()))
dis.show_code(FakeCode())
out = io.StringIO()
dis.show_code(FakeCode(), file=out)
print(out.getvalue() == dis.code_info(FakeCode()) + "\n")


class Empty(FakeCode):
    co_consts = co_names = co_varnames = co_freevars = co_cellvars = ()
    co_flags = 0


print(dis.code_info(Empty()))

for flags in (0, 1, 3, 0x40, 0x80, 0x200, 0x100 | 0x20, 0x400, 0x1000000 | 1, 0x80000000, 0xFFFFFFFF, 1 << 33):
    print(hex(flags), "->", repr(dis.pretty_flags(flags)))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))


def real(a, /, b, *, c, **rest):
    x = [a, b, c]
    return x, rest


info = dis.code_info(real)
lines = info.splitlines()
print(lines[0], lines[2:6], sep="\n")
print(lines[lines.index("Variable names:"):])
print(dis.Bytecode(real).info() == info)
print(dis.code_info("x = 1").splitlines()[:2])


def closure():
    cell = 1

    def inner():
        return cell
    return inner


print([line for line in dis.code_info(closure).splitlines() if line.startswith("Cell")])
print([line for line in dis.code_info(closure()).splitlines() if line.startswith(("Free", "   0: cell"))])
