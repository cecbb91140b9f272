# importlib.util.cache_from_source / source_from_cache, sys.pycache_prefix, and the suffix lists.
import importlib.util
import importlib.machinery as machinery
import sys

tag = sys.implementation.cache_tag
cached = importlib.util.cache_from_source("/src/pkg/mod.py")
print(cached.replace(tag, "TAG"))
print(importlib.util.cache_from_source("mod.py").replace(tag, "TAG"))
print(importlib.util.cache_from_source("/src/pkg/mod.py", optimization=2).replace(tag, "TAG"))
print(importlib.util.cache_from_source("/src/pkg/mod.py", optimization="").replace(tag, "TAG"))
print(importlib.util.cache_from_source("/src/noext").replace(tag, "TAG"))
print(importlib.util.source_from_cache(cached))
print(importlib.util.source_from_cache("/src/__pycache__/mod.x.opt-1.pyc"))

for bad in ("/src/mod.pyc", "/src/__pycache__/mod.pyc", "/src/__pycache__/a.b.c.d.pyc", "/src/__pycache__/mod.x.o1.pyc"):
    try:
        importlib.util.source_from_cache(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    importlib.util.cache_from_source("/a.py", optimization="-")
except ValueError as e:
    print("ValueError:", e)

sys.pycache_prefix = "/tmp/prefix"
cached = importlib.util.cache_from_source("/src/pkg/mod.py")
print(cached.replace(tag, "TAG"))
print(importlib.util.source_from_cache(cached))
sys.pycache_prefix = None

print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES)
print(machinery.DEBUG_BYTECODE_SUFFIXES, machinery.OPTIMIZED_BYTECODE_SUFFIXES)
print(machinery.all_suffixes()[:2], isinstance(machinery.EXTENSION_SUFFIXES, list))
print(importlib.util.MAGIC_NUMBER.endswith(b"\r\n"))
