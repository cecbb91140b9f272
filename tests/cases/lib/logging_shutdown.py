# logging.shutdown runs at exit: handlers are flushed and closed, newest first (a MemoryHandler passes its
# buffered records on when it closes).
import logging
import logging.handlers
import sys


class Reporting(logging.StreamHandler):
    def close(self):
        print("closing", self.name)
        super().close()


target = Reporting(sys.stdout)
target.name = "target"
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
memory = logging.handlers.MemoryHandler(100, target=target)
logger = logging.getLogger("at.exit")
logger.propagate = False
logger.addHandler(memory)
logger.warning("buffered one")
logger.warning("buffered two")
print("end of script")
