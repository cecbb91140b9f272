# A failing import statement: CPython 3.12 shows the line without carets.
import os, no_such_module_for_traceback
