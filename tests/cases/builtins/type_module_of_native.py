# A native type named "module.Name" reports that module in __module__ (CPython derives it from tp_name).
import sys
import time
print(int.__module__, type.__module__, object.__module__)
print(time.struct_time.__module__, time.struct_time.__name__, time.struct_time.__qualname__)
print(type(sys.version_info).__module__, type(sys.version_info).__name__)
print(type(list[int]).__module__, type(int | str).__module__)
print(repr(time.struct_time[int]), repr(dict[str, time.struct_time]))
