# codecs.register/unregister, the lookup cache, _forget_codec and what search functions receive.
import codecs

seen = []
def recorder(name):
    seen.append(name)
    return None

codecs.register(recorder)
for name in ["My-Codec", "my codec", "MY__CODEC", "  a.b-c  ", "x+y", "caf\xe9-1", "-lead-"]:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print("LookupError:", e)
print(seen)

def fixed(name):
    if name == "fixed":
        return codecs.CodecInfo(lambda s, errors="strict": (b"F", len(s)), lambda b, errors="strict": ("f", len(b)), name="fixed")
    return None
codecs.register(fixed)
first = codecs.lookup("Fixed")
print(first.name, first is codecs.lookup("FIXED"), "X".encode("fixed"), b"x".decode("fixed"))
codecs.unregister(fixed)
try:
    codecs.lookup("fixed")
except LookupError as e:
    print("LookupError:", e)
codecs.unregister(fixed)

def bad(name):
    return ("only", "three", "items") if name == "bad3" else ["a", "b", "c", "d"] if name == "badlist" else None
codecs.register(bad)
for name in ["bad3", "badlist"]:
    try:
        codecs.lookup(name)
    except TypeError as e:
        print("TypeError:", e)

for args in [(1,), ()]:
    try:
        codecs.register(*args)
    except TypeError as e:
        print("TypeError:", e)

import encodings
print(encodings.normalize_encoding("Latin 1"), encodings.normalize_encoding("  utf--8 "), encodings.normalize_encoding(b"x-y"))
print(encodings.search_function("no_such_thing"), encodings.search_function("latin_1").name)
print(encodings.aliases.aliases["latin1"], encodings.aliases.aliases["u8"])
print(issubclass(encodings.CodecRegistryError, LookupError), issubclass(encodings.CodecRegistryError, SystemError))
