# Bad values in the import system's places give Python exceptions, as in CPython.
import sys
import importlib
import importlib.util


def attempt(function):
    try:
        print(function())
    except Exception as e:
        print(type(e).__name__, e)


saved = sys.meta_path
sys.meta_path = None
attempt(lambda: __import__("not_here_1"))
sys.meta_path = 5
attempt(lambda: __import__("not_here_2"))
sys.meta_path = [5, object()]
attempt(lambda: __import__("not_here_3"))


class ReturnsInt:
    def find_spec(self, *args):
        return 5


class Raises:
    def find_spec(self, *args):
        raise KeyError("boom")


sys.meta_path = [ReturnsInt()]
attempt(lambda: __import__("not_here_4"))
sys.meta_path = [Raises()]
attempt(lambda: __import__("not_here_5"))
sys.meta_path = saved
attempt(lambda: importlib.reload(sys) is sys)

m = type(sys)("x")
print(repr(m))
m.__spec__ = 5
attempt(lambda: repr(m))
m.__spec__ = None
m.__loader__ = 7
attempt(lambda: repr(m))
attempt(lambda: importlib.import_module(".", None))
attempt(lambda: importlib.util.find_spec(""))
attempt(lambda: importlib.util.spec_from_file_location("x", 5))
attempt(lambda: __import__("a..b"))
attempt(lambda: __import__(".a"))
attempt(lambda: __import__("sys", fromlist=5))
attempt(lambda: __import__("os", fromlist=[5]))
attempt(lambda: __import__("_star_pkg", fromlist=[5]))
attempt(lambda: __import__("_star_pkg", fromlist=["*"]).alpha.NAME)
attempt(lambda: sorted(k for k in vars(__import__("_star_pkg")) if not k.startswith("__")))
from _star_pkg import *
print(alpha.NAME, beta.NAME)
sys.modules["_star_pkg.gamma"] = None
attempt(lambda: __import__("_star_pkg", fromlist=["gamma"]))
