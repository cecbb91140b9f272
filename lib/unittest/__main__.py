"""Main entry point: `ginger -m unittest`."""

import sys
if sys.argv[0].endswith("__main__.py") or sys.argv[0] == "unittest":   # the latter: run frozen
    import os.path
    # Name the program in help messages as it was run.
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
