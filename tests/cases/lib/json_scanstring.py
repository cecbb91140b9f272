# json's string scanner and escapers directly (the _json accelerator in CPython and in Ginger).
import json.decoder, json.encoder
scan = json.decoder.scanstring
for s, end in [('"abc"', 1), ('"a\\"b" tail', 1), ('x"\\u00e9\\ud83d\\ude00\\ud800\\u0041"', 2), ('"\\ud800"', 1), ('"\\udc00\\ud800x"', 1), ('"\\ud800\\u12"', 1),
               ('"\\ud800\\ud800"', 1), ('"\\u12"', 1), ('"\\u', 1), ('"\\u12345', 1), ('"\\', 1), ('"abc', 1), ('"a\x01"', 1), ('"a\tb"', 1), ('"\\q"', 1), ('"\\/\\b\\f"', 1), ('""', 1), ('"x"', 3), ('"x"', 0)]:
    for strict in (True, False):
        try:
            print(repr(s), end, strict, repr(scan(s, end, strict)))
        except json.JSONDecodeError as e:
            print(repr(s), end, strict, 'JSONDecodeError', e.msg, e.pos)
        except ValueError as e:
            print(repr(s), end, strict, 'ValueError', e)
for bad in [lambda: scan('"x"', 5), lambda: scan('"x"', -1), lambda: scan(b'"x"', 1), lambda: scan('"x"', '1'), lambda: json.encoder.encode_basestring_ascii(5), lambda: json.encoder.encode_basestring(None)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ['', 'plain', 'q"uote\\back', '\x00\x1f\x7f\x80\u2028\ud800\U0010ffff', '\b\f\n\r\t']:
    print(json.encoder.encode_basestring_ascii(s), json.encoder.encode_basestring(s).encode('utf-8', 'surrogatepass'))
