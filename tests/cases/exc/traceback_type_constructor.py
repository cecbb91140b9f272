import types, sys
f = sys._getframe()
for args in [('no', f, 1, 2), (None, 'no', 1, 2), (None, f, 'no', 2), (None, f, 1, 'x')]:
    try: types.TracebackType(*args)
    except TypeError as e: print(e)
tb = types.TracebackType(None, f, 1, 2); print(tb.tb_lasti, tb.tb_lineno, tb.tb_frame is f, tb.tb_next)
tb2 = types.TracebackType(tb_next=tb, tb_frame=f, tb_lasti=8, tb_lineno=3); print(tb2.tb_next is tb, tb2.tb_lasti)
