"""Functions that read and write gzipped files (Ginger's own gzip module).

The user of the file doesn't have to worry about the compression,
but random access is not allowed.

Members are read with zlib.decompressobj on raw deflate data; headers and trailers (RFC 1952) are
parsed and written here. Several concatenated members read as one stream, as with gzip(1).
"""

import builtins
import io
import os
import struct
import time
import zlib
import _compression

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 'rb', 'wb'

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_WRITE_BUFFER_SIZE = 4 * io.DEFAULT_BUFFER_SIZE


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str or bytes object), or
    an existing file object to read from or write to.

    The mode argument can be "r", "rb", "w", "wb", "x", "xb", "a" or "ab" for
    binary mode, or "rt", "wt", "xt" or "at" for text mode. The default mode is
    "rb", and the default compresslevel is 9.

    For binary mode, this function is equivalent to the GzipFile constructor:
    GzipFile(filename, mode, compresslevel). In this case, the encoding, errors
    and newline arguments must not be provided.

    For text mode, a GzipFile object is created, and wrapped in an
    io.TextIOWrapper instance with the specified encoding, error handling
    behavior, and line ending(s).

    """
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if text:
        return io.TextIOWrapper(binary_file, io.text_encoding(encoding), errors, newline)
    return binary_file


def write32u(output, value):
    # The value may be negative; gzip stores it unsigned, little-endian.
    output.write(struct.pack("<L", value))


class _PaddedFile:
    """A file read forwards, with bytes that can be pushed back in front (the input a member
    did not use belongs to the next one)."""

    def __init__(self, f, pushed=b''):
        self.file = f
        self._pushed = pushed

    def read(self, size):
        if not self._pushed:
            return self.file.read(size)
        head, self._pushed = self._pushed[:size], self._pushed[size:]
        if len(head) < size:
            head += self.file.read(size - len(head))
        return head

    def prepend(self, prepend=b''):
        if prepend:
            self._pushed = prepend + self._pushed

    def seek(self, offset):
        self._pushed = b''
        return self.file.seek(offset)

    def seekable(self):
        return True


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        data += more
    return data


def _skip_zero_terminated(fp):
    while True:
        byte = fp.read(1)
        if not byte or byte == b'\0':
            return


def _read_gzip_header(fp):
    """Reads a member header; returns its mtime, or None at the end of the input."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flags, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        extra_length, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_length)
    if flags & FNAME:
        _skip_zero_terminated(fp)
    if flags & FCOMMENT:
        _skip_zero_terminated(fp)
    if flags & FHCRC:
        _read_exact(fp, 2)
    return mtime


class _GzipReader(io.RawIOBase):
    """The decompressed bytes of all the members of a gzip file, as a raw stream."""

    def __init__(self, fp):
        self._fp = _PaddedFile(fp)
        self._decompressor = None   # None between members
        self._pos = 0
        self._size = -1             # known once the end was reached
        self._finished = False
        self._last_mtime = None

    def readable(self):
        return True

    def seekable(self):
        return self._fp.file.seekable()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def _start_member(self):
        mtime = _read_gzip_header(self._fp)
        if mtime is None:
            return False
        self._last_mtime = mtime
        self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = zlib.crc32(b"")
        self._member_size = 0
        return True

    def _end_member(self):
        crc, size = struct.unpack("<II", _read_exact(self._fp, 8))
        if crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if size != (self._member_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        # gzip(1) allows zero bytes of padding between members.
        byte = b"\0"
        while byte == b"\0":
            byte = self._fp.read(1)
        self._fp.prepend(byte)
        self._decompressor = None

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._finished:
            return b""
        while True:
            # A member's trailer is checked on the read after its last data, as CPython does.
            if self._decompressor is not None and self._decompressor.eof:
                self._end_member()
            if self._decompressor is None and not self._start_member():
                self._finished = True
                self._size = self._pos
                return b""
            decompressor = self._decompressor
            chunk = decompressor.unconsumed_tail or self._fp.read(READ_BUFFER_SIZE)
            data = decompressor.decompress(chunk, size)
            self._crc = zlib.crc32(data, self._crc)
            self._member_size += len(data)
            if decompressor.eof:
                self._fp.prepend(decompressor.unused_data)
            if data:
                self._pos += len(data)
                return data
            if not chunk and not decompressor.eof:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")

    def readall(self):
        chunks = []
        while True:
            data = self.read(READ_BUFFER_SIZE)
            if not data:
                return b"".join(chunks)
            chunks.append(data)

    def _rewind(self):
        self._fp.seek(0)
        self._decompressor = None
        self._pos = 0
        self._finished = False

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset += self._size
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        # The data can only be decompressed forwards: going back starts again.
        if offset < self._pos:
            self._rewind()
        while self._pos < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self._pos)):
                break
        return self._pos

    def tell(self):
        return self._pos


class _WriteBufferStream(io.RawIOBase):
    """The raw stream under a GzipFile's write buffer: it compresses what it is given."""

    def __init__(self, gzip_file):
        self.gzip_file = gzip_file

    def write(self, data):
        return self.gzip_file._write_raw(data)

    def seekable(self):
        return False

    def writable(self):
        return True


class GzipFile(_compression.BaseStream):
    """The GzipFile class simulates most of the methods of a file object with
    the exception of the truncate() method.

    This class only supports opening files in binary mode. If you need to open a
    compressed file in text mode, use the gzip.open() function.

    """

    # Overridden with internal file object to be closed, if only a filename
    # is passed in
    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        """Constructor for the GzipFile class.

        At least one of fileobj and filename must be given a
        non-trivial value.
        """
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        given_mode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BufferedReader(_GzipReader(fileobj))
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if given_mode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.writebuf = []
            self.bufsize = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._buffer_size = _WRITE_BUFFER_SIZE
            self._buffer = io.BufferedWriter(_WriteBufferStream(self),
                                             buffer_size=self._buffer_size)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._buffer.raw._last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def tell(self):
        self._check_not_closed()
        self._buffer.flush()
        return super().tell()

    def _write_gzip_header(self, compresslevel):
        try:
            name = os.path.basename(self.name)
            if not isinstance(name, bytes):
                name = name.encode('latin-1')
            if name.endswith(b'.gz'):
                name = name[:-3]
        except UnicodeEncodeError:
            name = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        header = bytearray(b'\037\213\010')
        header.append(FNAME if name else 0)
        header += struct.pack("<L", int(mtime))
        header.append(_extra_flags(compresslevel))
        header.append(255)   # the operating system: unknown
        if name:
            header += name + b'\0'
        self.fileobj.write(bytes(header))

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        return self._buffer.write(data)

    def _write_raw(self, data):
        length = len(data)
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        return self._buffer.read(size)

    def read1(self, size=-1):
        """Implements BufferedIOBase.read1()

        Reads up to a buffer's worth of data if size is negative."""
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read1() on write-only GzipFile object")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def peek(self, n):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "peek() on write-only GzipFile object")
        return self._buffer.peek(n)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                self._buffer.flush()
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
            elif self.mode == READ:
                self._buffer.close()
        finally:
            self.fileobj = None
            own = self.myfileobj
            if own:
                self.myfileobj = None
                own.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self._buffer.flush()
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        """Invoke the underlying file object's fileno() method.

        This will raise AttributeError if the underlying file object
        doesn't support fileno().
        """
        return self.fileobj.fileno()

    def rewind(self):
        '''Return the uncompressed stream file position indicator to the
        beginning of the file'''
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._check_not_closed()
            self._buffer.flush()
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            # Seeking forwards writes zeros.
            remaining = offset - self.offset
            while remaining > 0:
                step = min(remaining, self._buffer_size)
                self.write(b'\0' * step)
                remaining -= step
        elif self.mode == READ:
            self._check_not_closed()
            return self._buffer.seek(offset, whence)
        return self.offset

    def readline(self, size=-1):
        self._check_not_closed()
        return self._buffer.readline(size)


def _extra_flags(compresslevel):
    # The XFL header byte: 2 for the best compression, 4 for the fastest.
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string.

    compresslevel sets the compression level in range of 0-9.
    mtime can be used to set the modification time. The modification time is
    set to the current time by default.
    """
    if mtime == 0:
        # zlib writes the gzip wrapper itself (mtime 0, no name).
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), _extra_flags(compresslevel), 255)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot.
    Return the decompressed string.
    """
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        decompressor = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        member = decompressor.decompress(data[fp.tell():])
        rest = decompressor.unused_data
        if not decompressor.eof or len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream "
                           "marker was reached")
        crc, size = struct.unpack("<II", rest[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != (len(member) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(member)
        data = rest[8:].lstrip(b"\x00")


def main():
    # gzip [--fast | --best | -d] [file ...]: like gzip(1), but the input file is kept; "-" is stdin/stdout.
    import sys
    usage = "usage: gzip.py [-h] [--fast | --best | -d] [file ...]"
    arguments = sys.argv[1:]
    options = [a for a in arguments if a.startswith('-') and a != '-']
    files = [a for a in arguments if not a.startswith('-') or a == '-'] or ['-']
    names = {'--fast': '--fast', '--best': '--best', '-d': '-d/--decompress', '--decompress': '-d/--decompress'}
    if '-h' in options or '--help' in options:
        print(usage)
        return
    for option in options:
        if option not in names:
            print(f"{usage}\ngzip.py: error: unrecognized arguments: {option}", file=sys.stderr)
            sys.exit(2)
    chosen = [names[o] for o in options]
    if len(set(chosen)) > 1:
        print(f"{usage}\ngzip.py: error: argument {chosen[1]}: not allowed with argument {chosen[0]}",
              file=sys.stderr)
        sys.exit(2)
    level = _COMPRESS_LEVEL_TRADEOFF
    if '--fast' in options:
        level = _COMPRESS_LEVEL_FAST
    elif '--best' in options:
        level = _COMPRESS_LEVEL_BEST
    decompress = '-d/--decompress' in chosen
    for name in files:
        if decompress:
            if name == "-":
                source = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                target = sys.stdout.buffer
            else:
                if name[-3:] != ".gz":
                    sys.exit(f"filename doesn't end in .gz: {name!r}")
                source = open(name, "rb")
                target = builtins.open(name[:-3], "wb")
        else:
            if name == "-":
                source = sys.stdin.buffer
                target = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer,
                                  compresslevel=level)
            else:
                source = builtins.open(name, "rb")
                target = open(name + ".gz", "wb", compresslevel=level)
        while chunk := source.read(READ_BUFFER_SIZE):
            target.write(chunk)
        if target is not sys.stdout.buffer:
            target.close()
        if source is not sys.stdin.buffer:
            source.close()


if __name__ == '__main__':
    main()
