"""CPython keeps its pure-Python datetime here; in Ginger the datetime module itself is pure Python."""
import datetime as _datetime_module
from datetime import *
from datetime import __all__, __doc__

globals().update({name: value for name, value in vars(_datetime_module).items()
                  if name.startswith('_') and not name.startswith('__')})
del _datetime_module
