# Decoding error handlers that replace exc.object: decoding goes on in the new object, from the position the
# handler returns (utf-8, ascii, latin-1 via charmap tables, utf-16, utf-32); bad objects and positions.
import codecs


def restart(exc):
    # Once: the rest of the input after the bad bytes, behind a prefix, decoded from its start.
    if exc.object.startswith(b"ok"):
        return ("!", exc.end)
    exc.object = b"ok" + bytes(exc.object[exc.end:])
    return ("<", 0)


def shorter(exc):
    exc.object = b"xy"
    return ("?", 2)


def not_bytes(exc):
    exc.object = "text"
    return ("?", 0)


def out_of_range(exc):
    exc.object = b"ab"
    return ("?", 5)


for name, handler in [("t.restart", restart), ("t.shorter", shorter), ("t.notbytes", not_bytes), ("t.range", out_of_range)]:
    codecs.register_error(name, handler)
    for data, enc in [(b"a\xffbc", "utf-8"), (b"a\xffbc", "ascii"), (b"a\x81bc", "cp1252"), (b"a\x00\x00\xdcb\x00", "utf-16-le"),
                      (b"a\x00\x00\x00\x00\x00\x11\x00", "utf-32-le")]:
        try:
            print(name, enc, ascii(data.decode(enc, name)))
        except Exception as e:
            print(name, enc, type(e).__name__, e)
    try:
        print(name, ascii(codecs.utf_16_le_decode(b"a\x00\x00\xdcb\x00", name, True)))
    except Exception as e:
        print(name, type(e).__name__, e)
