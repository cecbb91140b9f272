"""Read and write ZIP files (Ginger's own zipfile module).

Members are STORED or DEFLATED (through zlib). Archives are read from their central directory (ZIP64
end records included); written archives have CPython's layout: a local header, the data, then the
central directory and the end record. Encrypted members (the traditional PKWARE
scheme) can be read. Not supported yet, with an error naming them: bzip2 and lzma members, AES
encryption, ZIP64 when writing, and PyZipFile.writepy.
"""

import binascii
import io
import os
import _stat as stat   # filemode and S_ISDIR (the native half of stat)
import struct
import sys
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """
    Raised when writing a zipfile, the zipfile requires ZIP64 extensions
    and those extensions are disabled.
    """


error = BadZipfile = BadZipFile      # Pre-3.2 compatibility names

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode',
    7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma',
    18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# The record layouts (PKWARE's APPNOTE.TXT).
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11


def _check_zipfile(fp):
    try:
        return _find_end_record(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number.

    The filename argument may be a file or file-like object too.
    """
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


def _find_end_record(fp):
    """The end-of-central-directory record as a dict, or None if there is none.

    The record is the last 22 bytes unless the archive has a comment, which can be up to 64 KiB.
    """
    fp.seek(0, 2)
    file_size = fp.tell()
    if file_size < sizeEndCentDir:
        return None
    start = max(file_size - sizeEndCentDir - ZIP_MAX_COMMENT, 0)
    fp.seek(start)
    tail = fp.read()
    position = tail.rfind(stringEndArchive)
    while position >= 0:
        record = tail[position:position + sizeEndCentDir]
        if len(record) == sizeEndCentDir:
            fields = struct.unpack(structEndArchive, record)
            comment = tail[position + sizeEndCentDir:position + sizeEndCentDir + fields[7]]
            if len(comment) == fields[7]:
                break
        position = tail.rfind(stringEndArchive, 0, position)
    else:
        return None
    _, disk, disk_with_dir, count_here, count, dir_size, dir_offset, _ = fields
    end = {"disk": disk, "count": count, "size": dir_size, "offset": dir_offset,
           "comment": comment, "position": start + position, "zip64": False}
    # A ZIP64 locator just before the record points to the ZIP64 end record.
    locator_at = start + position - sizeEndCentDir64Locator
    if locator_at >= 0:
        fp.seek(locator_at)
        locator = fp.read(sizeEndCentDir64Locator)
        if len(locator) == sizeEndCentDir64Locator and locator[:4] == stringEndArchive64Locator:
            _, disk_number, record_offset, disks = struct.unpack(structEndArchive64Locator, locator)
            if disks > 1:
                raise BadZipFile("zipfiles that span multiple disks are not supported")
            fp.seek(locator_at - sizeEndCentDir64)
            record = fp.read(sizeEndCentDir64)
            if len(record) == sizeEndCentDir64 and record[:4] == stringEndArchive64:
                (_, _, _, _, disk, disk_with_dir, count_here, count, dir_size,
                 dir_offset) = struct.unpack(structEndArchive64, record)
                end.update(disk=disk, count=count, size=dir_size, offset=dir_offset, zip64=True,
                           position=locator_at - sizeEndCentDir64)
    if end["disk"] != 0:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    return end


def _sanitize_filename(filename):
    # Names stop at a NUL; the separator is always '/'.
    nul = filename.find(chr(0))
    if nul >= 0:
        filename = filename[:nul]
    if os.sep != "/" and os.sep in filename:
        filename = filename.replace(os.sep, "/")
    if os.altsep and os.altsep != "/" and os.altsep in filename:
        filename = filename.replace(os.altsep, "/")
    return filename


class ZipInfo(object):
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _sanitize_filename(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        # header_offset and CRC are set when the member is written or read.

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                   self.compress_type))
        mode = self.external_attr >> 16
        dos = self.external_attr & 0xFFFF
        if mode:
            parts.append(' filemode=%r' % stat.filemode(mode))
        if dos:
            parts.append(' external_attr=%#x' % dos)
        is_dir = self.is_dir()
        if not is_dir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not is_dir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _dos_time(self):
        year, month, day, hour, minute, second = self.date_time[:6]
        return ((year - 1980) << 9 | month << 5 | day), (hour << 11 | minute << 5 | second // 2)

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def FileHeader(self, zip64=None):
        """Return the per-file header as a bytes object."""
        dosdate, dostime = self._dos_time()
        if self.flag_bits & 0x08:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        name, flags = self._encoded_name()
        header = struct.pack(structFileHeader, stringFileHeader, self.extract_version,
                             self.reserved, flags, self.compress_type, dostime, dosdate, crc,
                             compress_size, file_size, len(name), len(self.extra))
        return header + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct an appropriate ZipInfo for a file on the filesystem.

        filename should be the path to a file or directory on the filesystem.

        arcname is the name which it will have within the archive (by default,
        this will be the same as filename, but without a drive letter and with
        leading path separators removed).
        """
        filename = os.fspath(filename)
        st = os.stat(filename)
        is_dir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps:
            if date_time[0] < 1980:
                date_time = (1980, 1, 1, 0, 0, 0)
            elif date_time[0] > 2107:
                date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if is_dir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if is_dir:
            info.file_size = 0
            info.external_attr |= 0x10    # the MS-DOS directory flag
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename.endswith('/')


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _compress(compress_type, level, data):
    if compress_type == ZIP_DEFLATED:
        compressor = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush()
    return data


def _decompress(info, data):
    if info.compress_type == ZIP_STORED:
        return data
    if info.compress_type == ZIP_DEFLATED:
        decompressor = zlib.decompressobj(-15)
        result = decompressor.decompress(data) + decompressor.flush()
        if not decompressor.eof:
            raise EOFError
        return result
    descr = compressor_names.get(info.compress_type)
    if descr:
        raise NotImplementedError("compression type %d (%s)" % (info.compress_type, descr))
    raise NotImplementedError("compression type %d" % (info.compress_type,))


_CRC_TABLE = None


def _zipcrypto_decrypt(info, pwd, data):
    """Decrypts a member in the traditional PKWARE encryption (APPNOTE section 6.1): a 12-byte
    header, then the data, under three keys updated with every plain byte."""
    global _CRC_TABLE
    if _CRC_TABLE is None:
        table = []
        for i in range(256):
            crc = i
            for _ in range(8):
                crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
            table.append(crc)
        _CRC_TABLE = table
    crc_table = _CRC_TABLE
    key0, key1, key2 = 305419896, 591751049, 878082192

    def update(byte):
        nonlocal key0, key1, key2
        key0 = (key0 >> 8) ^ crc_table[(key0 ^ byte) & 0xFF]
        key1 = (key1 + (key0 & 0xFF)) & 0xFFFFFFFF
        key1 = (key1 * 134775813 + 1) & 0xFFFFFFFF
        key2 = (key2 >> 8) ^ crc_table[(key2 ^ (key1 >> 24)) & 0xFF]

    for byte in pwd:
        update(byte)
    plain = bytearray(len(data))
    for i, byte in enumerate(data):
        k = key2 | 2
        byte ^= ((k * (k ^ 1)) >> 8) & 0xFF
        update(byte)
        plain[i] = byte
    header = plain[:12]
    if len(header) < 12:
        raise EOFError
    # The last header byte repeats the high byte of the CRC (or of the time, with a data descriptor).
    check = (info._raw_time >> 8) & 0xFF if info.flag_bits & 0x8 else (info.CRC >> 24) & 0xFF
    if header[11] != check:
        raise RuntimeError("Bad password for file %r" % info.orig_filename)
    return bytes(plain[12:])


class ZipExtFile(io.BufferedIOBase):
    """File-like object for reading an archive member.
       Is returned by ZipFile.open().
    """

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        # The member is decompressed whole when first read; its CRC is checked on reaching its end.
        self._fileobj = fileobj
        self._zinfo = zipinfo
        self._close_fileobj = close_fileobj
        self._data = None
        self._offset = 0
        self._crc_checked = False
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None

    def _load(self):
        if self._data is None:
            self._data = _decompress(self._zinfo, self._fileobj.read(self._zinfo.compress_size))

    def _advance(self, count):
        self._load()
        chunk = self._data[self._offset:self._offset + count]
        self._offset += len(chunk)
        if self._offset >= len(self._data) and not self._crc_checked:
            self._crc_checked = True
            if zlib.crc32(self._data) != self._zinfo.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return chunk

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._zinfo.compress_type != ZIP_STORED:
                result.append(' compress_type=%s' % compressor_names.get(
                    self._zinfo.compress_type, self._zinfo.compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _check_open(self, what):
        if self.closed:
            raise ValueError(what)

    def readable(self):
        self._check_open("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        """Read and return up to n bytes.
        If the argument is omitted, None, or negative, data is read and returned until EOF is reached.
        """
        self._check_open("read from closed file.")
        if n is None or n < 0:
            n = sys.maxsize
        return self._advance(n)

    def read1(self, n):
        """Read up to n bytes with at most one read() system call."""
        if n is None or n < 0:
            n = io.DEFAULT_BUFFER_SIZE
        return self.read(n)

    def peek(self, n=1):
        """Returns buffered bytes without advancing the position."""
        self._check_open("I/O operation on closed file.")
        self._load()
        return self._data[self._offset:self._offset + max(n, 512)]

    def readline(self, limit=-1):
        """Read and return a line from the stream.

        If limit is specified, at most limit bytes will be read.
        """
        self._check_open("I/O operation on closed file.")
        self._load()
        end = self._data.find(b'\n', self._offset) + 1
        if end <= 0:
            end = len(self._data)
        if limit is not None and limit >= 0:
            end = min(end, self._offset + limit)
        return self._advance(end - self._offset)

    def seekable(self):
        self._check_open("I/O operation on closed file.")
        return True

    def seek(self, offset, whence=os.SEEK_SET):
        self._check_open("seek on closed file.")
        self._load()
        if whence == os.SEEK_SET:
            position = offset
        elif whence == os.SEEK_CUR:
            position = self._offset + offset
        elif whence == os.SEEK_END:
            position = len(self._data) + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        self._offset = min(max(position, 0), len(self._data))
        return self._offset

    def tell(self):
        self._check_open("tell on closed file.")
        return self._offset

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """What ZipFile.open(name, 'w') returns: the data is collected, then compressed and written
    with its header on close (so the header holds the real sizes and CRC)."""

    def __init__(self, zipfile, zinfo):
        self._zipfile = zipfile
        self._zinfo = zinfo
        self._chunks = []
        self._size = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = bytes(data)
        self._chunks.append(data)
        self._size += len(data)
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._zipfile._write_member(self._zinfo, b"".join(self._chunks))
        finally:
            self._zipfile._writing = False


class _Tellable:
    """An unseekable output that counts what is written, so that tell() works and seeking to the
    current position is allowed (members are written whole, so nothing seeks back)."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        written = self.fp.write(data)
        self.offset += len(data)
        return written

    def tell(self):
        return self.offset

    def seek(self, offset, whence=0):
        if whence != 0 or offset != self.offset:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return offset

    def truncate(self):
        raise io.UnsupportedOperation("underlying stream is not seekable")

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipFile:
    """ Class with methods to open, read, write, close, list zip files.

    z = ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True,
                compresslevel=None)

    file: Either the path to the file, or a file-like object.
          If it is a path, the file will be opened and closed by ZipFile.
    mode: The mode can be either read 'r', write 'w', exclusive create 'x',
          or append 'a'.
    compression: ZIP_STORED (no compression), ZIP_DEFLATED (requires zlib),
                 ZIP_BZIP2 (requires bz2) or ZIP_LZMA (requires lzma).
    allowZip64: if True ZipFile will create files with ZIP64 extensions when
                needed, otherwise it will raise an exception when this would
                be necessary.
    compresslevel: None (default for the given compression type) or an integer
                   specifying the level to pass to the compressor.
                   When using ZIP_STORED or ZIP_LZMA this keyword has no effect.
                   When using ZIP_DEFLATED integers 0 through 9 are accepted.
                   When using ZIP_BZIP2 integers 1 through 9 are accepted.

    """

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        """Open the ZIP file with mode read 'r', write 'w', exclusive create 'x',
        or append 'a'."""
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if self.metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._writing = False

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except OSError:
                if mode != 'a':
                    raise
                mode = self.mode = 'w'
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)

        try:
            if mode == 'r':
                self._read_central_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    # An unseekable output (a pipe): positions are counted here.
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
            else:
                try:
                    self._read_central_directory()
                    # New members overwrite the old central directory.
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not a zip file: the archive is appended to its end.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_central_directory(self):
        fp = self.fp
        try:
            end = _find_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not end:
            raise BadZipFile("File is not a zip file")
        self._comment = end["comment"]
        # Data may precede the archive (a self-extracting stub): offsets are shifted by its size.
        concat = end["position"] - end["size"] - end["offset"]
        if end["zip64"]:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = end["offset"] + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(end["size"])
        position = 0
        while position < len(data):
            header = data[position:position + sizeCentralDir]
            if len(header) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            fields = struct.unpack(structCentralDir, header)
            if fields[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            (_, create_version, create_system, extract_version, reserved, flag_bits,
             compress_type, dostime, dosdate, crc, compress_size, file_size, name_length,
             extra_length, comment_length, volume, internal_attr, external_attr,
             header_offset) = fields
            if extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (extract_version / 10))
            position += sizeCentralDir
            raw_name = data[position:position + name_length]
            position += name_length
            extra = data[position:position + extra_length]
            position += extra_length
            comment = data[position:position + comment_length]
            position += comment_length
            if flag_bits & _MASK_UTF_FILENAME:
                name = raw_name.decode('utf-8')
            else:
                name = raw_name.decode(self.metadata_encoding or 'cp437')
            info = ZipInfo(name)
            info.extra = extra
            info.comment = comment
            info.header_offset = header_offset
            info.create_version, info.create_system = create_version, create_system
            info.extract_version, info.reserved = extract_version, reserved
            info.flag_bits, info.compress_type = flag_bits, compress_type
            info.CRC, info.compress_size, info.file_size = crc, compress_size, file_size
            info.volume, info.internal_attr, info.external_attr = volume, internal_attr, external_attr
            info._raw_time = dostime
            info.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                              dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
            self._decode_zip64_extra(info)
            info.header_offset += concat
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    @staticmethod
    def _decode_zip64_extra(info):
        # The ZIP64 extra field (id 1) holds the 64-bit values of the fields saturated at 0xFFFFFFFF.
        extra = info.extra
        while len(extra) >= 4:
            kind, length = struct.unpack('<HH', extra[:4])
            if length + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (kind, length))
            if kind == 0x0001:
                values = extra[4:length + 4]
                for field in ('file_size', 'compress_size', 'header_offset'):
                    if getattr(info, field) == 0xFFFFFFFF:
                        if len(values) < 8:
                            raise BadZipFile("Corrupt zip64 extra field. "
                                             f"{field.replace('_', ' ').title()} not found.")
                        setattr(info, field, struct.unpack('<Q', values[:8])[0])
                        values = values[8:]
            extra = extra[length + 4:]

    def namelist(self):
        """Return a list of file names in the archive."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """Return a list of class ZipInfo instances for files in the
        archive."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    def testzip(self):
        """Read all the files and check the CRC.

        Return None if all files could be read successfully, or the name
        of the offending file otherwise."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """Set default password for encrypted files."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        """The comment text associated with the ZIP file."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """Return file bytes for name. 'pwd' is the password to decrypt
        encrypted files."""
        with self.open(name, "r", pwd) as f:
            return f.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return file-like object for 'name'.

        name is a string for the file name within the ZIP file, or a ZipInfo
        object.

        mode should be 'r' to read a file already in the ZIP file, or 'w' to
        write to a file newly added to the archive.

        pwd is the password to decrypt files (only used for reading).
        """
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")

        self.fp.seek(info.header_offset)
        header = self.fp.read(sizeFileHeader)
        if len(header) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fields = struct.unpack(structFileHeader, header)
        if fields[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        raw_name = self.fp.read(fields[10])
        self.fp.read(fields[11])   # the local extra field
        if info.flag_bits & _MASK_COMPRESSED_PATCH:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if info.flag_bits & _MASK_STRONG_ENCRYPTION:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if fields[3] & _MASK_UTF_FILENAME:
            name_text = raw_name.decode('utf-8')
        else:
            name_text = raw_name.decode(self.metadata_encoding or "cp437")
        if name_text != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw_name))
        if info.flag_bits & _MASK_ENCRYPTED:
            if not pwd:
                pwd = self.pwd
            if pwd and not isinstance(pwd, bytes):
                raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
            if not pwd:
                raise RuntimeError("File %r is encrypted, password "
                                   "required for extraction" % name)
            data = self.fp.read(info.compress_size)
            data = _zipcrypto_decrypt(info, pwd, data)
        else:
            data = self.fp.read(info.compress_size)
        return ZipExtFile(io.BytesIO(data), mode, info, None, True)

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        self._writecheck(zinfo)
        self._didModify = True
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=4)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)

    def _write_member(self, zinfo, data):
        # The whole member is known: header (with CRC and sizes), then the data.
        zinfo.flag_bits = 0
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16   # ?rw-------
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        body = _compress(zinfo.compress_type, zinfo._compresslevel, data)
        zinfo.compress_size = len(body)
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Ginger's zipfile cannot write ZIP64 members yet")
        self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        if zinfo.header_offset > ZIP64_LIMIT:
            raise LargeZipFile("Ginger's zipfile cannot write ZIP64 archives yet")
        self.fp.write(zinfo.FileHeader(False))
        self.fp.write(body)
        self.start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def extract(self, member, path=None, pwd=None):
        """Extract a member from the archive to the current working directory,
           using its full name. Its file information is extracted as accurately
           as possible. `member' may be a filename or a ZipInfo object. You can
           specify a different directory using `path'. You can specify the
           password to decrypt the file using 'pwd'.
        """
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members from the archive to the current working
           directory. `path' specifies a different directory to extract to.
           `members' is optional and must be a subset of the list returned
           by namelist(). You can specify the password to decrypt all files
           using 'pwd'.
        """
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    def _extract_member(self, member, target, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # Absolute names become relative, and '', '.' and '..' parts are dropped, so that
        # nothing is written outside the target directory.
        name = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            name = name.replace(os.path.altsep, os.path.sep)
        name = os.path.splitdrive(name)[1]
        parts = [part for part in name.split(os.path.sep) if part not in ('', os.curdir, os.pardir)]
        name = os.path.sep.join(parts)
        if not name:
            raise ValueError("Empty filename.")
        target = os.path.normpath(os.path.join(target, name))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(member, pwd=pwd) as source, open(target, "wb") as destination:
            while chunk := source.read(1 << 20):
                destination.write(chunk)
        return target

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the bytes from filename into the archive under the name
        arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source:
            data = source.read()
        self._writecheck(info)
        self._didModify = True
        self._write_member(info, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write a file into the archive.  The contents is 'data', which
        may be either a 'str' or a 'bytes' instance; if it is a 'str',
        it is encoded as UTF-8 first.
        'zinfo_or_arcname' is either a ZipInfo instance or
        the name of the file in the archive."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            info = ZipInfo(filename=zinfo_or_arcname,
                           date_time=time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.filename.endswith('/'):
                info.external_attr = 0o40775 << 16   # drwxrwxr-x
                info.external_attr |= 0x10           # MS-DOS directory flag
            else:
                info.external_attr = 0o600 << 16     # ?rw-------
        else:
            info = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        self._writecheck(info)
        self._didModify = True
        self._write_member(info, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory inside the zip archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        info.compress_type = ZIP_STORED
        self._writecheck(info)
        self._didModify = True
        self._write_member(info, b"")

    def __del__(self):
        """Call the "close()" method in case the user forgot."""
        self.close()

    def close(self):
        """Close the file, and for mode 'w', 'x' and 'a' write the ending
        records."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        if len(self.filelist) > ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Ginger's zipfile cannot write ZIP64 archives yet")
        directory = bytearray()
        for info in self.filelist:
            dosdate, dostime = info._dos_time()
            name, flags = info._encoded_name()
            directory += struct.pack(structCentralDir, stringCentralDir, info.create_version,
                                     info.create_system, info.extract_version, info.reserved,
                                     flags, info.compress_type, dostime, dosdate, info.CRC,
                                     info.compress_size, info.file_size, len(name),
                                     len(info.extra), len(info.comment), 0, info.internal_attr,
                                     info.external_attr, info.header_offset)
            directory += name + info.extra + info.comment
        self.fp.write(bytes(directory))
        count = len(self.filelist)
        end = struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count,
                          len(directory), self.start_dir, len(self._comment))
        self.fp.write(end + self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    """Class to create ZIP archives with Python library files and packages."""

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("Ginger's zipfile does not have PyZipFile.writepy yet")


# zipfile.Path: a pathlib-like view of an archive. Directories that only appear inside member names
# ("a/b.txt" implies "a/") are listed too.

def _ancestors(path):
    """'a/b/c/' -> 'a/b', 'a' (the path itself excluded)."""
    import posixpath
    path = posixpath.dirname(path.rstrip('/'))
    while path and path != '/':
        yield path
        path = posixpath.dirname(path)


class _InitializedState:
    """Remembers the constructor's arguments, so that the archive object can be pickled."""

    def __init__(self, *args, **kwargs):
        self._init_args = (args, kwargs)
        super().__init__(*args, **kwargs)

    def __getstate__(self):
        return self._init_args

    def __setstate__(self, state):
        args, kwargs = state
        self._init_args = state
        super().__init__(*args, **kwargs)


class CompleteDirs(_InitializedState, ZipFile):
    """
    A ZipFile subclass that ensures that implied directories
    are always included in the namelist.
    """

    @staticmethod
    def _implied_dirs(names):
        present = set(names)
        implied = {}
        for name in names:
            for parent in _ancestors(name):
                directory = parent + '/'
                if directory not in present:
                    implied[directory] = None
        return implied

    def namelist(self):
        names = super().namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """
        If the name represents a directory, return that name
        as a directory (with the trailing slash).
        """
        names = self._name_set()
        as_dir = name + '/'
        return as_dir if name not in names and as_dir in names else name

    def getinfo(self, name):
        """
        Supplement getinfo for implied dirs.
        """
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith('/') or name not in self._name_set():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        """
        Given a source (filename or zipfile), return an
        appropriate CompleteDirs subclass.
        """
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        # An open ZipFile changes class in place (CPython does the same); one being written to
        # gets no cached name list.
        if 'r' not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """
    ZipFile subclass to ensure implicit
    dirs exist and are resolved rapidly.
    """

    def namelist(self):
        cached = self.__dict__.get('_fast_names')
        if cached is None:
            cached = self._fast_names = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get('_fast_name_set')
        if cached is None:
            cached = self._fast_name_set = super()._name_set()
        return cached


def _glob_to_regex(pattern):
    # '**' crosses directories, '*' and '?' do not cross '/', '[...]' is a character set.
    import re
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith('**', i):
            out.append('.*')
            i += 2
        elif pattern[i] == '*':
            out.append('[^/]*')
            i += 1
        elif pattern[i] == '?':
            out.append('.')
            i += 1
        elif pattern[i] == '[':
            end = pattern.find(']', i + 1)
            if end < 0:
                out.append(re.escape(pattern[i:]))
                break
            out.append(pattern[i:end + 1])
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return ''.join(out)


class Path:
    """
    A pathlib-compatible interface for zip files.

    Path accepts the zipfile object itself or a filename; at is the member path inside it
    (directories end with '/').
    """

    def __init__(self, root, at=""):
        """
        Construct a Path from a ZipFile or filename.

        Note: When the source is an existing ZipFile object,
        its type (__class__) will be mutated to a
        specialized type. If the caller wishes to retain the
        original type, the caller should either create a
        separate ZipFile object or pass a filename.
        """
        self.root = FastLookup.make(root)
        self.at = at

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """
        Open this entry as text or binary following the semantics
        of ``pathlib.Path.open()`` by passing arguments through
        to io.TextIOWrapper().
        """
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _text_encoding(*args, **kwargs)
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    def _base_name(self):
        import posixpath
        # An archive without a filename has no name (TypeError, as pathlib gives for None).
        base = self.at or os.fspath(self.root.filename)
        return posixpath.basename(base.rstrip('/'))

    @property
    def name(self):
        return self._base_name()

    @property
    def suffix(self):
        suffixes = self.suffixes
        return suffixes[-1] if suffixes else ''

    @property
    def suffixes(self):
        name = self._base_name()
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + part for part in name.split('.')[1:]]

    @property
    def stem(self):
        name = self._base_name()
        suffix = self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _text_encoding(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _is_child(self, path):
        import posixpath
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self.root.namelist()))

    def match(self, path_pattern):
        import pathlib
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        """
        Return whether this path is a symlink. Always false (python/cpython#82102).
        """
        return False

    def glob(self, pattern):
        import re
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        matches = re.compile(re.escape(self.at) + _glob_to_regex(pattern)).fullmatch
        return map(self._next, filter(matches, self.root.namelist()))

    def rglob(self, pattern):
        return self.glob(f'**/{pattern}')

    def relative_to(self, other, *extra):
        import posixpath
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        import posixpath
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def joinpath(self, *other):
        import posixpath
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        import posixpath
        if not self.at:
            return self.filename.parent
        parent = posixpath.dirname(self.at.rstrip('/'))
        return self._next(parent + '/' if parent else parent)


def _text_encoding(encoding=None, *args, **kwargs):
    return io.text_encoding(encoding, 3), args, kwargs
