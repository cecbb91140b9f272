# A few sys attributes a script commonly uses.
import sys
print(sys.version_info[:2] >= (3, 12), sys.version_info.major)
print(type(sys.argv).__name__, sys.argv[0])
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
print("sys" in sys.modules, "builtins" in sys.modules, type(sys.path).__name__)
print(sys.getrecursionlimit() >= 1000)
sys.stdout.write("stdout write\n")
print(sys.stdin is not None, sys.stdout is not None, sys.stderr is not None)
print(type(sys.implementation.name).__name__)
print(sys.dont_write_bytecode)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(__name__, __file__.endswith("sys_basics.py"))
