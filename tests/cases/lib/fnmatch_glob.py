# fnmatch (translate, filter, case) and glob (patterns, recursive, hidden, root_dir, escape).
import fnmatch, glob, os, tempfile, shutil

for pat in ["*.py", "a?c", "[abc]", "[!abc]", "[a-z]*", "*a*b*", "[]]", "[!]]", "[", "a[b", "**", "[z-a]", "[!z-a]", "[a-c-e]", "x&&y[&~|]", "\\", "[\\]"]:
    print(repr(pat), fnmatch.translate(pat))
print(fnmatch.fnmatch("file.PY", "*.py"), fnmatch.fnmatchcase("file.PY", "*.py"), fnmatch.fnmatch("a.b", "a.?"))
print(fnmatch.filter(["a.py", "b.txt", ".c.py", "d.py"], "*.py"), fnmatch.filter([b"x.c", b"y.h"], b"*.c"))
print(fnmatch.fnmatch("a\nb", "a*b"), fnmatch.fnmatchcase("[", "["))

base = tempfile.mkdtemp()
try:
    for path in ["a.txt", "b.txt", "c.py", ".hidden.txt", "sub/d.txt", "sub/deep/e.txt", "sub/.h/f.txt", "x[1].txt"]:
        full = os.path.join(base, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w").close()
    os.chdir(base)
    print(sorted(glob.glob("*.txt")), sorted(glob.glob("*")), sorted(glob.glob(".*")))
    print(sorted(glob.glob("**/*.txt", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob("**/*.txt", recursive=True, include_hidden=True)))
    print(sorted(glob.glob("*/*.txt")), sorted(glob.glob("sub/*")), glob.glob("nope*"), glob.glob("a.txt"), glob.glob("zz.txt"))
    print(sorted(glob.glob("*.txt", root_dir="sub")), sorted(glob.glob("sub/*/", recursive=False)))
    print(glob.escape("x[1].txt"), glob.glob(glob.escape("x[1].txt")), glob.glob("x[1].txt"))
    print(sorted(glob.iglob(b"*.py")), glob.has_magic("a*"), glob.has_magic("abc"))
    print(sorted(glob.glob(os.path.join(base, "s*", "d.txt")))[0].replace(base, "BASE"))
finally:
    os.chdir("/")
    shutil.rmtree(base)
print(os.path.exists(base))
