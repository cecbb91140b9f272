# isinstance() and issubclass() against io's abstract base classes; the class hierarchy and module contents.
import io
import sys

streams = {
    "FileIO": io.FileIO, "BytesIO": io.BytesIO, "StringIO": io.StringIO, "BufferedReader": io.BufferedReader,
    "BufferedWriter": io.BufferedWriter, "BufferedRandom": io.BufferedRandom, "BufferedRWPair": io.BufferedRWPair,
    "TextIOWrapper": io.TextIOWrapper,
}
for name, cls in streams.items():
    print(name, cls.__module__, cls.__name__, [abc.__name__ for abc in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase) if issubclass(cls, abc)])
print([c.__name__ for c in io.RawIOBase.__mro__])
print([c.__name__ for c in io.TextIOWrapper.__mro__])
print([c.__name__ for c in io.UnsupportedOperation.__mro__], io.UnsupportedOperation.__module__)
print(io.BlockingIOError is BlockingIOError, io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdin, io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(42, io.IOBase), issubclass(int, io.IOBase))
print(io.text_encoding(None), io.text_encoding("latin-1"))
print(sorted(name for name in io.__all__))


class Mine:
    pass


io.RawIOBase.register(Mine)
print(issubclass(Mine, io.RawIOBase), issubclass(Mine, io.IOBase), isinstance(Mine(), io.BufferedIOBase))
with open(__file__, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f.raw, io.RawIOBase), isinstance(f, io.RawIOBase))
with open(__file__) as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedReader))
