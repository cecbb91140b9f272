# logging: the logger hierarchy, levels, handlers, formatters in the three styles, filters, LogRecord
# attributes, LoggerAdapter, lastResort, exc_info and stack_info output, basicConfig errors.
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s"))
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root, root.level)
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
print(a, abc.parent is ab, ab.parent is a, a.parent is root, logging.getLogger("a") is a)
print(a.getChild("b") is ab, sorted(l.name for l in a.getChildren()), ab.getEffectiveLevel())
a.addHandler(handler)
a.setLevel(logging.INFO)
print(a, abc, abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))


def emit():
    abc.debug("hidden")
    abc.info("info %s %d", "x", 5)
    abc.warning("dict %(k)s", {"k": "v"})
    abc.log(35, "custom")
    ab.error("error")
    ab.critical("critical")
    a.fatal("fatal")


emit()
print(stream.getvalue(), end="")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(35), logging.getLevelName("X"))
logging.addLevelName(35, "NOTICE")
print(logging.getLevelName(35), logging.getLevelName("NOTICE"), logging.getLevelNamesMapping()["NOTICE"])
for bad in ("LOUD", 1.5):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

stream.seek(0)
stream.truncate()
for style, fmt in (("{", "{levelname:<8}{name}: {message}"), ("$", "${levelname} ${name} $message"),
                   ("%", "%(levelno)d %(message)s")):
    handler.setFormatter(logging.Formatter(fmt, style=style))
    ab.warning("style %s", style)
handler.setFormatter(logging.Formatter("%(message)s %(extra_field)s", defaults={"extra_field": "dflt"}))
ab.warning("defaults")
ab.warning("explicit", extra={"extra_field": "given"})
print(stream.getvalue(), end="")
for args in (("%(message)", "%"), ("{x!z}", "{"), ("no fields", "{"), ("$", "$"), ("x", "?"), ("%(asctime)", "%")):
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    ab.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

stream.seek(0)
stream.truncate()
handler.setFormatter(logging.Formatter("%(name)s:%(message)s"))
handler.addFilter(logging.Filter("a.b"))
a.info("filtered out")
ab.info("passes")
abc.info("passes too")
handler.filters.clear()
handler.addFilter(lambda record: record.getMessage() != "drop")
a.info("drop")
a.info("keep")


def upper(record):
    record.msg = record.msg.upper()
    return record


a.addFilter(upper)
a.info("shout")
a.removeFilter(upper)
ab.propagate = False
ab.info("not propagated")
ab.propagate = True
logging.disable(logging.INFO)
a.info("disabled")
logging.disable(logging.NOTSET)
a.info("enabled")
print(stream.getvalue(), end="")

stream.seek(0)
stream.truncate()
adapter = logging.LoggerAdapter(a, {"user": "bob"})
handler.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapter.info("adapted %d", 1)
print(adapter, adapter.name, adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel())
handler.setFormatter(logging.Formatter("%(message)s"))
try:
    raise ValueError("boom")
except ValueError:
    a.exception("caught")
a.error("with exc", exc_info=KeyError("k"))
print(stream.getvalue().replace(__file__, "FILE"), end="")

record = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 20})
print(record.getMessage(), record.levelno, record.name, record.threadName, record.processName, record.taskName)
record = logging.LogRecord("n", logging.INFO, "/p/mod.py", 7, "m %s", ("a",), None, "f")
print(record, record.filename, record.module, record.funcName, record.levelname, record.exc_text,
      record.stack_info, isinstance(record.msecs, float), record.relativeCreated > 0)
print(repr(handler), repr(logging.NullHandler()), repr(logging.Handler()), repr(logging.lastResort))

old_stderr = sys.stderr
sys.stderr = io.StringIO()
logging.getLogger("lonely").warning("to last resort")
logging.getLogger("lonely").info("dropped")
captured = sys.stderr.getvalue()
sys.stderr = old_stderr
print(repr(captured))
print(logging.BASIC_FORMAT, logging.WARN, logging.FATAL)
for kwargs in ({"stream": sys.stdout, "filename": "x"}, {"handlers": [], "stream": sys.stdout},
               {"style": "?"}, {"bogus": 1}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError", e)
    for h in root.handlers[:]:
        root.removeHandler(h)
