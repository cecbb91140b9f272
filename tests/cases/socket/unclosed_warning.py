# A socket dropped while open warns (ResourceWarning), from the code that dropped it; a scandir iterator
# dropped before its end too.
import os
import socket
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    del sock
    with socket.socket() as closed_properly:
        pass
    entries = os.scandir(".")
    next(entries)
    del entries
for w in caught:
    print(w.category.__name__, str(w.message).split(" fd=")[0].split(" object at")[0],
          os.path.basename(w.filename), w.lineno, type(w.source).__name__)
