# Imports inside functions bind local names; the module object is shared through sys.modules.
def use_helper():
    import _helper
    return _helper.bump()

def use_alias():
    from _helper import bump as b
    return b()

print("_helper" in globals())
print(use_helper(), use_alias(), use_helper())
print("_helper" in globals())
import sys
print(sys.modules["_helper"].counter)
del sys.modules["_helper"]
import _helper
print("re-imported after removal from sys.modules; counter:", _helper.counter)
module = __import__("_helper")
print(module is _helper)
