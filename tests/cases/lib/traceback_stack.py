# traceback: stack extraction, walk_*, recursion summaries, suggestions, caret variants, linecache.
import _strip_dir  # (prints paths relative to this directory)
import traceback, sys, io, linecache

def level2():
    return traceback.extract_stack()

def level1():
    return level2()

stack = level1()
print([(f.name, f.line) for f in stack][-3:])
print(traceback.format_stack()[-1], end="")
def show_stack():
    buf = io.StringIO()
    traceback.print_stack(file=buf, limit=2)
    return buf.getvalue()
print(show_stack(), end="")
print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())][:2])
s = traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)
print(len(s))
print(traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]).format())

def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    return recurse(n - 1)
try:
    recurse(10)
except RecursionError as e:
    print("".join(traceback.format_exception(e)), end="")
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)][:3])
    traceback.clear_frames(e.__traceback__)

# Suggestions.
class Obj:
    attribute_one = 1
    def method(self):
        return self.atribute_one
for code in ("Obj().atribute_one", "Obj().method()", "lenn([])", "sys", "Obj().zzzzzzzzzzzzz"):
    try:
        eval(code) if code != "sys" else exec("del sys\nsys.path", {})
    except (AttributeError, NameError) as e:
        print(traceback.format_exception_only(e))

# Carets: multiline expressions, calls, wide characters, whole-line statements.
def f_multi():
    return (1 +
            None)
def f_call():
    return int("x" +
               "y")
def f_wide():
    s = "日本"; return s + 1
def f_whole():
    raise KeyError("whole line")
def f_sub():
    d = {}
    return d["a"]["b"]
def f_attr():
    return None.attr
for fn in (f_multi, f_call, f_wide, f_whole, f_sub, f_attr):
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_tb(e.__traceback__)[1:]), end="")

# linecache
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 100000)), repr(linecache.getline("no/such/file.py", 1)))
print(len(linecache.getlines(__file__)) > 50, __file__ in linecache.cache)
linecache.checkcache(__file__)
linecache.clearcache()
print(linecache.cache)
print(linecache.lazycache("<string>", globals()), linecache.lazycache("", {}))
