# shutil.make_archive/unpack_archive with the zip format; registering a format of one's own.
import shutil, os, zipfile, tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs("src/sub")
with open("src/a.txt", "w") as f:
    f.write("hi")
with open("src/sub/b.txt", "w") as f:
    f.write("yo")
name = shutil.make_archive("out", "zip", root_dir="src")
print(os.path.basename(name), sorted(zipfile.ZipFile(name).namelist()))
name2 = shutil.make_archive("out2", "zip", base_dir="src")
print(name2, sorted(zipfile.ZipFile(name2).namelist()))
shutil.unpack_archive(name, "dest")
print(sorted(os.path.relpath(os.path.join(r, f), "dest") for r, d, fs in os.walk("dest") for f in fs))
print(open("dest/sub/b.txt").read())
for args in [("src/a.txt", "x", "zip"), ("src/a.txt", "x")]:
    try:
        shutil.unpack_archive(*args)
    except shutil.ReadError as e:
        print("ReadError", e)
try:
    shutil.unpack_archive("a.txt", "x", "nosuch")
except ValueError as e:
    print("ValueError", e)
def mine(base_name, base_dir, **kwargs):
    print("mine", base_name, base_dir, sorted(kwargs))
    return base_name + ".mine"
shutil.register_archive_format("mine", mine, [("extra", 1)], "my format")
print(("mine", "my format") in shutil.get_archive_formats(), shutil.make_archive("x", "mine"))
shutil.unregister_archive_format("mine")
try:
    shutil.register_archive_format("bad", 42)
except TypeError as e:
    print("TypeError", e)
shutil.register_unpack_format("myzip", [".myz"], lambda f, d: print("unpack", f, d))
shutil.unpack_archive("file.myz", "d")
try:
    shutil.register_unpack_format("again", [".myz"], print)
except shutil.RegistryError as e:
    print("RegistryError", e)
shutil.unregister_unpack_format("myzip")
os.chdir("/")
shutil.rmtree(base)
