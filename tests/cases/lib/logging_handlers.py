# logging.handlers (rotating files, memory/buffering, queue handler) and logging.config.dictConfig.
import io
import logging
import logging.config
import logging.handlers
import os
import queue
import sys

base = "/tmp/ginger_logging_handlers_%d" % os.getpid()
names = [base + suffix for suffix in ("", ".1", ".2", ".3")]
try:
    rotating = logging.handlers.RotatingFileHandler(base, maxBytes=20, backupCount=2)
    rotating.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("rot")
    logger.propagate = False
    logger.addHandler(rotating)
    for i in range(6):
        logger.warning("message number %d", i)
    rotating.close()
    for name in names:
        if os.path.exists(name):
            with open(name) as f:
                print(name[len(base):] or "base", repr(f.read()))
        else:
            print(name[len(base):], "missing")
    print(rotating.rotation_filename("x"), repr(rotating).replace(base, "BASE"))
    timed = logging.handlers.TimedRotatingFileHandler(base, when="midnight", backupCount=1, delay=True)
    print(timed.when, timed.interval, timed.suffix, timed.rolloverAt > 0, timed.shouldRollover(None))
    timed.close()
    for when in ("W7", "W", "X"):
        try:
            logging.handlers.TimedRotatingFileHandler(base, when=when, delay=True)
        except ValueError as e:
            print("ValueError", e)
finally:
    for name in names:
        if os.path.exists(name):
            os.remove(name)

stream = io.StringIO()
target = logging.StreamHandler(stream)
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
memory = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(memory)
mlog.warning("one")
mlog.warning("two")
print(len(memory.buffer), repr(stream.getvalue()))
mlog.error("three")
print(len(memory.buffer), repr(stream.getvalue()))
mlog.warning("four")
memory.close()
print(repr(stream.getvalue()), memory.target)
buffering = logging.handlers.BufferingHandler(2)
buffering.emit(logging.makeLogRecord({"msg": "a"}))
print(len(buffering.buffer), buffering.shouldFlush(None))
buffering.emit(logging.makeLogRecord({"msg": "b"}))
print(len(buffering.buffer))

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("q")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("queued %s", "arg")
record = q.get_nowait()
print(record.msg, record.args, record.message, record.exc_info)
listener = logging.handlers.QueueListener(q, target)
q.put(record)
listener.handle(listener.dequeue(False))
print(repr(stream.getvalue().splitlines()[-1]))

config = {
    "version": 1,
    "formatters": {"brief": {"format": "%(name)s %(levelname)s: %(message)s"},
                   "braces": {"format": "{name}|{message}", "style": "{"}},
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout",
                "level": "INFO"},
        "braced": {"class": "logging.StreamHandler", "formatter": "braces", "stream": "ext://sys.stdout",
                   "filters": ["only_app"]},
    },
    "loggers": {"app": {"handlers": ["braced"], "level": "DEBUG"}},
    "root": {"handlers": ["out"], "level": "WARNING"},
}
old = logging.getLogger("old.logger")
logging.config.dictConfig(config)
print(old.disabled, logging.getLogger("app").level, [h.name for h in logging.root.handlers])
logging.getLogger("app").debug("debug from app")
logging.getLogger("app.sub").info("info from app.sub")
logging.getLogger("other").warning("warning from other")
print(logging.getHandlerByName("out").level, sorted(logging.getHandlerNames()))
for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Class"}}},
            {"version": 1, "formatters": {"f": {"format": "%(x", "style": "?"}}},
            {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e, "|", type(e.__cause__).__name__)
logging.config.dictConfig(config)
logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"out": {"level": "ERROR"}}})
print(logging.getHandlerByName("out").level)
try:
    logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"nope": {}}})
except ValueError as e:
    print("ValueError", e)
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print("ValueError", e)
