# A def or class whose name the enclosing function or class declares `global` gets a module-level
# __qualname__ (and its own nested names start from it).
def make():
    global G, helper

    class G:
        class Inner:
            def method(self):
                pass

    def helper():
        def local():
            pass
        return local

    class NotGlobal:
        pass

    return NotGlobal


class Holder:
    global from_class

    def from_class():
        pass


print(make().__qualname__)
print(G.__qualname__, G.Inner.__qualname__, G.Inner.method.__qualname__)
print(helper.__qualname__, helper().__qualname__)
print(from_class.__qualname__)
