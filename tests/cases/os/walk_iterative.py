# os.walk: iterative (deeper than the recursion limit), top-down pruning, bottom-up order, symlinks, onerror;
# DirEntry and the scandir iterator refuse pickling.
import os, tempfile, pickle, copy
def t(label, f, *a, **k):
    try: print(label, repr(f(*a, **k)))
    except Exception as e: print(label, type(e).__name__, e)
old = os.getcwd()
top = tempfile.TemporaryDirectory()
os.chdir(top.name)
os.makedirs("a/b/c")
os.makedirs("a/d")
os.makedirs("e")
open("a/f1", "w").close()
open("a/b/f2", "w").close()
os.symlink("a", "link")
norm = lambda rows: [(p, sorted(d), sorted(f)) for p, d, f in rows]
print(sorted(norm(os.walk("."))))
print(sorted(norm(os.walk(".", followlinks=True))))
order = [p for p, d, f in os.walk(".", topdown=False)]
print(order.index("./a/b/c") < order.index("./a/b") < order.index("./a") < order.index("."), len(order))
for p, d, f in os.walk("."):
    if "a" in d:
        d.remove("a")
    print(p, sorted(d), sorted(f))
errors = []
print(list(os.walk("missing", onerror=errors.append)), type(errors[0]).__name__)
# deeper than the recursion limit
import sys
depth = sys.getrecursionlimit() + 50
p = "deep"
os.mkdir(p)
for _ in range(depth):
    p = os.path.join(p, "x")
    os.mkdir(p)
print(sum(1 for _ in os.walk("deep")), sum(1 for _ in os.walk("deep", topdown=False)))
for p, d, f in os.walk("deep", topdown=False):
    os.rmdir(p)
print(os.path.exists("deep"))
entry = next(e for e in os.scandir(".") if e.name == "e")
t("pickle entry", pickle.dumps, entry)
t("copy entry", copy.copy, entry)
with os.scandir(".") as it:
    t("pickle iterator", pickle.dumps, it)
os.chdir(old)
top.cleanup()
