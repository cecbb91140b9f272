# sys.displayhook without sys.stdout (deleted or None) raises RuntimeError('lost sys.stdout'), after setting
# builtins._ to None.
import builtins
import sys

saved = sys.stdout
for lose in (lambda: delattr(sys, 'stdout'), lambda: setattr(sys, 'stdout', None)):
    builtins._ = 'before'
    lose()
    try:
        sys.__displayhook__(42)
    except RuntimeError as e:
        error = repr(e)
    finally:
        sys.stdout = saved
    print(error, builtins._)
sys.displayhook(7)
print(builtins._)
