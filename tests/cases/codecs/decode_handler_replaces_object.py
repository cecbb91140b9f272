import codecs
def replace_with_long(exc):
    exc.object = b"\x00" * 8
    return ('\ufffd', exc.start)
codecs.register_error("t.long", replace_with_long)
print(ascii(b'\x00'.decode('utf-16', 't.long')))
print(ascii(b'\x00'.decode('utf-32', 't.long')))
