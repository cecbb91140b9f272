# Helper module that itself imports _helper, to show that a module body runs only once.
import _helper

print("_second: executing, _helper.counter =", _helper.counter)
_helper.bump()


def double_bump():
    _helper.bump()
    return _helper.bump()
