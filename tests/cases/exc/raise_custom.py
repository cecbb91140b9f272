# Raising, custom exception classes, chaining with from, and exception attributes.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad config {key!r}: {reason}")
        self.key = key
        self.reason = reason

def load(key):
    if key == "port":
        raise ConfigError(key, "not a number")
    if key == "host":
        raise AppError("host unreachable")
    return "ok"

for key in ["name", "port", "host"]:
    try:
        print(key, load(key))
    except ConfigError as e:
        print("ConfigError:", e, "| key =", e.key, "| reason =", e.reason)
    except AppError as e:
        print("AppError:", e)

print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("translated") from e
except ValueError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden context") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")

err = ValueError("a", 2)
print(err.args, str(err), repr(err))
print(repr(Exception()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))

def check(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    return n

try:
    check("x")
except TypeError as e:
    print(e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
