# A module on sys.path shadows a standard-library module of the same name (the library directory comes
# after it), but not one that CPython freezes, such as os.
import os
import sys

directory = f"/tmp/ginger_shadow_{os.getpid()}"
os.makedirs(directory, exist_ok=True)
for name in ("operator", "os", "textwrap"):
    with open(f"{directory}/{name}.py", "w") as f:
        f.write(f"print('local {name} imported')\nMARK = '{name}'\n")
sys.path.insert(0, directory)
try:
    sys.modules.pop("operator", None)
    import operator
    print(getattr(operator, "MARK", "library operator"))
    import textwrap
    print(getattr(textwrap, "MARK", "library textwrap"))
    del sys.modules["os"]
    import os as os2
    print(getattr(os2, "MARK", "frozen os"))
finally:
    sys.path.remove(directory)
    for name in ("operator", "os", "textwrap"):
        os.remove(f"{directory}/{name}.py")
    os.rmdir(directory)
