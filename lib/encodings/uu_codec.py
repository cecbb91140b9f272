"""The uu codec: bytes to bytes in uuencode form, a "begin <mode> <name>" line, lines of up to 45 bytes
each (binascii.b2a_uu), then " " and "end".

Not a text encoding: use codecs.encode(data, 'uu') and codecs.decode(data, 'uu').
"""

import binascii
import codecs

_LINE_BYTES = 45


def _lines(data):
    # Lines ending in b"\n" (the last one may not), as a binary file's readline() gives them.
    start = 0
    while start < len(data):
        end = data.find(b'\n', start)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def uu_encode(input, errors='strict', filename='<data>', mode=0o666):
    assert errors == 'strict'
    data = bytes(input)
    name = filename.replace('\n', '\\n').replace('\r', '\\r')
    parts = [('begin %o %s\n' % (mode & 0o777, name)).encode('ascii')]
    for start in range(0, len(data), _LINE_BYTES):
        parts.append(binascii.b2a_uu(data[start:start + _LINE_BYTES]))
    parts.append(b' \nend\n')
    return (b''.join(parts), len(input))


def uu_decode(input, errors='strict'):
    assert errors == 'strict'
    lines = _lines(bytes(input))
    for line in lines:
        if line[:5] == b'begin':
            break
    else:
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines:
        if line == b'end\n':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Some encoders pad lines with garbage: keep the bytes the length character announces.
            length = ((line[0] - 32) & 63) * 4 + 5
            out.append(binascii.a2b_uu(line[:length // 3]))
    else:
        raise ValueError('Truncated input data')
    return (b''.join(out), len(input))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return uu_encode(input, errors)

    def decode(self, input, errors='strict'):
        return uu_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return uu_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return uu_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(name='uu', encode=uu_encode, decode=uu_decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader, _is_text_encoding=False)
