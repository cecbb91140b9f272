# Helper for warnings_native.py: frames in this file are skipped by skip_file_prefixes.
import _warnings

def inner(message, prefixes, stacklevel=1):
    _warnings.warn(message, UserWarning, stacklevel, skip_file_prefixes=prefixes)

def outer(message, prefixes, stacklevel=1):
    inner(message, prefixes, stacklevel)
