# Each thread has its own current context, empty when it starts.
import contextvars, threading
v = contextvars.ContextVar("v", default=0)
v.set(5)
out = []
def f():
    out.append(v.get())
    v.set(7)
    out.append(v.get())
t = threading.Thread(target=f); t.start(); t.join()
print(out, v.get())
ctx = contextvars.copy_context()
print(ctx.run(v.get), list(ctx.items()) == [(v, 5)])
