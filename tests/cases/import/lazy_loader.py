# importlib.util.LazyLoader: the module's code runs on the first attribute access; other loaders.
import importlib.util
import importlib.machinery
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(HERE, "_lazy_target.py")
loader = importlib.util.LazyLoader(importlib.machinery.SourceFileLoader("_lazy_target", path))
spec = importlib.util.spec_from_file_location("_lazy_target", path, loader=loader)
module = importlib.util.module_from_spec(spec)
sys.modules["_lazy_target"] = module
loader.exec_module(module)
print(hasattr(sys, "_lazy_target_ran"))
print(module.VALUE, hasattr(sys, "_lazy_target_ran"), type(module).__name__)
try:
    importlib.util.LazyLoader(object())
except TypeError as e:
    print("TypeError:", e)
factory = importlib.util.LazyLoader.factory(importlib.machinery.SourceFileLoader)
print(type(factory("x", path)).__name__)

ext = importlib.machinery.ExtensionFileLoader("_no_such_ext", os.path.join(HERE, "_no_such_ext.so"))
try:
    importlib.util.module_from_spec(importlib.util.spec_from_loader("_no_such_ext", ext))
except ImportError as e:
    print(type(e).__name__, e.name)
print(ext.is_package("_no_such_ext"), ext.get_source("_no_such_ext"))
src = importlib.machinery.SourceFileLoader("_helper", os.path.join(HERE, "_helper.py"))
print(src.get_source("_helper").splitlines()[0][:30], type(src.get_code("_helper")).__name__)
print(src.get_filename("_helper") == os.path.join(HERE, "_helper.py"), src.is_package("_helper"))
print(src == importlib.machinery.SourceFileLoader("_helper", os.path.join(HERE, "_helper.py")))
print(isinstance(src.path_stats(src.path)["mtime"], (int, float)))
