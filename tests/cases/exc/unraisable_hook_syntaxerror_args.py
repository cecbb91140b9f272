# Exceptions in __del__ reach sys.unraisablehook; SyntaxError's details tuple is checked; symtable error locations.
import sys

seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.object is BrokenDel.__del__,
                                            u.err_msg, u.exc_traceback is not None))


class BrokenDel:
    def __del__(self):
        raise ValueError("del is broken")


obj = BrokenDel()
del obj
print(seen)


def broken_hook(unraisable):
    raise RuntimeError("hook broke")


sys.unraisablehook = broken_hook
obj = BrokenDel()
del obj
sys.unraisablehook = sys.__unraisablehook__
print("after")

for details in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1), ("f", 1, 2, "t"),
                ("f", 1, 2, "t", 3, 4), [1, 2, 3, 4]]:
    try:
        e = SyntaxError("bad bad", details)
        print(e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as e:
        print("TypeError", e)

for source in ["def f():\n  from _ import *", "def f():\n  global x\n  nonlocal x",
               "def f():\n  x=1\n  def g():\n    nonlocal x\n    global x"]:
    try:
        compile(source, "f", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
