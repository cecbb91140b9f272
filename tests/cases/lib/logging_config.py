# logging.basicConfig with format, datefmt, style, level, stream, handlers and force; the module-level
# functions; stack_info; formatTime; NullHandler; FileHandler.
import io
import logging
import os
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("debug %s", 1)
logging.info("info")
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.log(25, "level 25")
print(logging.root.handlers[0].formatter._fmt, logging.root.level)
logging.basicConfig(format="ignored")
logging.info("still the first configuration")
logging.basicConfig(stream=sys.stdout, format="{levelname}-{message}", style="{", force=True)
logging.warning("forced")
logging.info("below WARNING")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("custom: %(message)s"))
logging.basicConfig(handlers=[handler], force=True, level="INFO")
logging.info("with handlers")


def inner():
    logging.getLogger("stack").warning("here", stack_info=True)


handler.setFormatter(logging.Formatter("%(message)s"))
buffer = io.StringIO()
handler.setStream(buffer)
inner()
print(buffer.getvalue().replace(__file__, "FILE"), end="")
handler.setStream(sys.stdout)
formatter = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
record = logging.makeLogRecord({"msg": "m", "created": 0.5, "msecs": 500.0})
formatter.converter = time.gmtime
print(formatter.format(record), formatter.formatTime(record), logging.Formatter.default_msec_format)
print(logging.Formatter().format(record), logging.Formatter().usesTime(), formatter.usesTime())
logging.getLogger("quiet").addHandler(logging.NullHandler())
logging.getLogger("quiet").propagate = False
logging.getLogger("quiet").error("nothing")
path = "/tmp/ginger_logging_config_%d.txt" % os.getpid()
try:
    file_handler = logging.FileHandler(path, mode="w", delay=True)
    print(file_handler.stream, os.path.exists(path))
    file_logger = logging.getLogger("file")
    file_logger.addHandler(file_handler)
    file_logger.propagate = False
    file_logger.warning("to file %d", 1)
    file_logger.warning("to file %d", 2)
    file_handler.close()
    with open(path) as f:
        print(repr(f.read()))
    logging.basicConfig(filename=path, filemode="a", force=True, format="%(message)s")
    logging.warning("appended")
    logging.shutdown()
    with open(path) as f:
        print(repr(f.read()))
    logging.root.handlers.clear()
finally:
    os.remove(path)
print(logging.getHandlerByName("nope"), type(logging.getHandlerNames()).__name__)
named = logging.StreamHandler(sys.stdout)
named.name = "mine"
print(logging.getHandlerByName("mine") is named, "mine" in logging.getHandlerNames())
named.close()
print(logging.getHandlerByName("mine"))
