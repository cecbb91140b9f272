# File names that are not UTF-8: str paths carry the bytes as lone surrogates (surrogateescape) both ways,
# through os functions and open(); other lone surrogates cannot be encoded.
import os
import tempfile

old = os.getcwd()
top = tempfile.TemporaryDirectory()
os.chdir(top.name)
os.mkdir("d-\udcff")
print(os.listdir(b"."), os.listdir("."))
print(os.fsencode("d-\udcff"), os.path.exists(b"d-\xff"), os.path.isdir("d-\udcff"))
with open("d-\udcff/f\udce9", "w") as f:
    f.write("x")
print(os.listdir("d-\udcff"), os.listdir(b"d-\xff"))
print(os.stat("d-\udcff/f\udce9").st_size, [e.name for e in os.scandir("d-\udcff")])
fd = os.open("d-\udcff/f\udce9", os.O_RDONLY)
print(os.read(fd, 10))
os.close(fd)
os.rename("d-\udcff/f\udce9", "d-\udcff/g\udcc3")
print(os.listdir("d-\udcff"), os.listdir("d-\udcff")[0] == "g\udcc3")
with open("caf\u00e9", "w"):
    pass
print(sorted(os.listdir(".")), sorted(os.listdir(b".")))
for bad in ("x\ud800", "\udc7f"):
    for fn in (os.stat, os.mkdir, open):
        try:
            fn(bad)
        except UnicodeEncodeError as e:
            print(fn.__name__, type(e).__name__, e.reason, e.start, e.end)
os.unlink("d-\udcff/g\udcc3")
os.rmdir("d-\udcff")
os.unlink("caf\u00e9")
os.chdir(old)
top.cleanup()
