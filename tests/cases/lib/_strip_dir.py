# Imported first by cases whose output names their own file: removes the case's directory from what they print,
# so that the expectations do not depend on where the checkout is.
import os
import sys

import __main__


class _StripDir:
    def __init__(self, stream, prefix):
        self._stream = stream
        self._prefix = prefix

    def write(self, text):
        return self._stream.write(text.replace(self._prefix, ""))

    def flush(self):
        self._stream.flush()


sys.stdout = _StripDir(sys.stdout, os.path.dirname(os.path.abspath(__main__.__file__)) + "/")
