# Replacement text from a registered handler must fit the codec (ASCII for utf-8/16/32).
import codecs
codecs.register_error('eacute', lambda e: ('\xe9', e.end))
codecs.register_error('euro', lambda e: ('\u20ac', e.end))
for s, enc in [('a\ud800', 'utf-8'), ('a\ud800', 'utf-16-le'), ('a\ud800', 'utf-32'), ('a\u0100', 'latin-1'), ('a\u0100', 'cp1252'), ('a\u0100', 'ascii')]:
    for h in ['eacute', 'euro']:
        try: print(s.encode(enc, h))
        except Exception as ex: print(enc, h, type(ex).__name__, ex)
codecs.register_error('bad', lambda e: ('x', e.end))
print(b'\xff'.decode('utf-7', 'bad'), b'\\x4'.decode('unicode_escape', 'bad'), b'\\u12'.decode('raw_unicode_escape', 'bad'))
