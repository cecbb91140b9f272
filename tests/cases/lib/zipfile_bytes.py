# An archive written by zipfile is byte for byte the one CPython writes.
import io, zipfile, hashlib
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", (2020, 5, 17, 13, 45, 31)), "hello world\n" * 10)
    zi = zipfile.ZipInfo("b/ü.bin", (2001, 1, 2, 3, 4, 5)); zi.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(zi, bytes(range(256)) * 8, compresslevel=3)
    with zf.open(zipfile.ZipInfo("c"), "w") as f: f.write(b"x" * 1000)
print(hashlib.sha256(buffer.getvalue()).hexdigest(), len(buffer.getvalue()))
