# zipfile: archives written (STORED and DEFLATED, writestr/write/open('w')/mkdir), read back, appended to,
# extracted, with ZipInfo details and CPython's errors.
import io
import os
import zipfile

def info(zi):
    return (zi.filename, zi.compress_type, zi.file_size, zi.compress_size, hex(zi.CRC), zi.date_time,
            oct(zi.external_attr >> 16), zi.flag_bits, zi.extract_version, zi.create_system, zi.header_offset)

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as zf:
    zi = zipfile.ZipInfo("hello.txt", (2020, 5, 17, 13, 45, 31))
    zf.writestr(zi, "hello world\n" * 10)
    zi = zipfile.ZipInfo("deflated.bin", (2001, 1, 2, 3, 4, 5))
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zf.writestr(zi, bytes(range(256)) * 8)
    zi = zipfile.ZipInfo("dir/")
    zi.external_attr = 0o40755 << 16 | 0x10
    zf.writestr(zi, b"")
    zi = zipfile.ZipInfo("dir/ünïcode.txt", (2023, 12, 31, 23, 59, 58))
    with zf.open(zi, "w") as f:
        f.write(b"streamed ")
        f.write(bytearray(b"data"))
    zf.comment = b"archive comment"
    print(repr(zf)[:40])
data = buffer.getvalue()
print(len(data), data[:4], data[-17:], zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"nope")))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment)
    for zi in zf.infolist():
        print(info(zi), zi.is_dir())
        print(repr(zi))
    print(zf.read("hello.txt")[:24], len(zf.read("deflated.bin")), zf.read("dir/ünïcode.txt"))
    with zf.open("hello.txt") as f:
        print(f.read(5), f.readline(), f.tell(), f.seek(-6, 2), f.read(), f.seek(0), len(f.readlines()))
        print(repr(f)[:50])
    print(zf.testzip(), zf.getinfo("dir/").is_dir())
    out = io.StringIO()
    zf.printdir(out)
    print(out.getvalue().splitlines()[0])

buffer = io.BytesIO(data)
with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as zf:
    zi = zipfile.ZipInfo("added.txt", (2010, 10, 10, 10, 10, 10))
    zf.writestr(zi, "appended " * 20)
with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as zf:
    print(zf.namelist(), [info(zi) for zi in zf.infolist()][-1], zf.comment)
    print(zf.read("added.txt")[:18], zf.read("hello.txt")[:5])

name = "_zipfile_tmp.zip"
folder = "_zipfile_tmp_out"
try:
    with open("_zipfile_tmp_src.txt", "w") as f:
        f.write("source file\n")
    with zipfile.ZipFile(name, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.write("_zipfile_tmp_src.txt")
        zf.write("_zipfile_tmp_src.txt", "renamed/copy.txt", zipfile.ZIP_STORED)
        zf.mkdir("empty")
        print(zf.infolist()[0].compress_type, zf.infolist()[1].compress_type, zf.infolist()[2].filename)
    with zipfile.ZipFile(name) as zf:
        print(zf.extract("renamed/copy.txt", folder))
        zf.extractall(folder)
    print(sorted(os.listdir(folder)), open(os.path.join(folder, "renamed", "copy.txt")).read())
    print(os.path.isdir(os.path.join(folder, "empty")), zipfile.is_zipfile(name))
finally:
    for path in (name, "_zipfile_tmp_src.txt", os.path.join(folder, "renamed", "copy.txt"),
                 os.path.join(folder, "_zipfile_tmp_src.txt")):
        if os.path.exists(path):
            os.remove(path)
    for path in (os.path.join(folder, "renamed"), os.path.join(folder, "empty"), folder):
        if os.path.isdir(path):
            os.rmdir(path)

zf = zipfile.ZipFile(io.BytesIO(data))
bad_crc = bytearray(data)
bad_crc[data.index(b"hello world")] ^= 1
for call in [lambda: zipfile.ZipFile(io.BytesIO(b"not a zip file at all, really")),
             lambda: zipfile.ZipFile(io.BytesIO(data), "q"),
             lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=99),
             lambda: zf.getinfo("missing"),
             lambda: zf.read("missing"),
             lambda: zf.open("hello.txt", "rw"),
             lambda: zf.writestr("x", b"y"),
             lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)),
             lambda: zipfile.ZipFile(io.BytesIO(bytes(bad_crc))).read("hello.txt"),
             lambda: zipfile.ZipFile(io.BytesIO(bytes(bad_crc))).testzip(),
             lambda: setattr(zf, "comment", "text"),
             lambda: zf.setpassword("pw"),
             lambda: zf.mkdir(zipfile.ZipInfo("file")),
             ]:
    try:
        print("ok", call())
    except (zipfile.BadZipFile, ValueError, KeyError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
zf.close()
print(repr(zf))
try:
    zf.read("hello.txt")
except ValueError as e:
    print(e)
