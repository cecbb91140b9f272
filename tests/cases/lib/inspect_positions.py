# inspect.getframeinfo(...).positions for a frame and a traceback (from co_positions).
import inspect
def f():
    x = 1
    return inspect.currentframe()
fr = f()
print(inspect.getframeinfo(fr).positions)
print(inspect.getframeinfo(inspect.currentframe()).positions)
try:
    1/0
except ZeroDivisionError as e:
    print(inspect.getframeinfo(e.__traceback__).positions)
