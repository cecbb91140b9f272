# sys.excepthook writes to sys.stderr (a replaced one too), not to the process's stderr.
import io
import sys

original = sys.stderr
sys.stderr = io.StringIO()
sys.excepthook(1, "1", 1)
sys.excepthook(ValueError, ValueError("shown"), None)
captured = sys.stderr.getvalue()
sys.stderr = original
print(repr(captured))

