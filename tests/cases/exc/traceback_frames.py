# Traceback entries carry their frames (tb_frame): code, locals and line of each level.
import sys
def f():
    x = 42
    1/0
try:
    f()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_locals, tb.tb_next.tb_lineno)
