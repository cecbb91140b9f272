# contextvars: ContextVar get/set/reset, Token, copy_context and Context.run.
import contextvars
var = contextvars.ContextVar("var", default=1)
other = contextvars.ContextVar("other")
print(var.name, var.get(), var.get(5))
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
token = var.set(2)
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
var.set(3)
print(var.get(), ctx[var], ctx.get(other, "none"), var in ctx, len(ctx))
def inside(x):
    var.set(x)
    other.set("o")
    return var.get(), other.get()
print(ctx.run(inside, 10), var.get(), ctx[var], other.get("unset"), sorted(v.name for v in ctx))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError")
t = var.set(4)
var.reset(t)
print(var.get())
try:
    var.reset(t)
except RuntimeError as e:
    print("RuntimeError used")
try:
    other.reset(var.set(9))
except ValueError as e:
    print("ValueError different var")
try:
    class Sub(contextvars.ContextVar): pass
except TypeError as e:
    print(e)
print(contextvars.ContextVar[int], type(contextvars.Context()).__name__, len(contextvars.Context()))
