# "Did you mean" suggestions of the default exception display.
import io
import sys

def report(fn):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn()
    except BaseException:
        sys.excepthook(*sys.exc_info())
    text = sys.stderr.getvalue()
    sys.stderr = old
    print(text.splitlines()[-1])

class A:
    value = 1
    def __init__(self):
        self.blech = 2
    def method(self):
        return blech

lenght = 1
valu = 1

def local_first():
    vaxxe = 2
    return value

report(lambda: A().valeu)
report(lambda: sys.argvv)
report(lambda: lengh)
report(local_first)
report(lambda: A().method())
report(lambda: sys_missing)
report(lambda: os)
report(lambda: A.valeu)
report(lambda: (1).bit_lenght)
report(lambda: A().completely_unrelated_name_here)
class Sub(AttributeError): pass
def raise_sub():
    raise Sub("custom", name="valeu", obj=A())
report(raise_sub)
def from_import():
    from collections import OrderDict
try:
    A().valeu
except AttributeError as e:
    print(e.name, type(e.obj).__name__, str(e))
try:
    from collections import OrderDict
except ImportError as e:
    print(e.name, e.name_from)
print(ImportError("m", name_from="x").name_from)
