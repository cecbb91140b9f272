"""The base64 codec: bytes to bytes, as MIME base64 in lines of 76 characters (57 input bytes each),
every line ended by a newline; decoding ignores characters outside the alphabet.

Not a text encoding: use codecs.encode(data, 'base64') and codecs.decode(text, 'base64').
"""

import binascii
import codecs

_LINE_BYTES = 57  # 76 base64 characters


def _encode_lines(data):
    # Any buffer of single bytes, as base64.encodebytes takes.
    try:
        view = memoryview(data)
    except TypeError as error:
        raise TypeError(f"expected bytes-like object, not {type(data).__name__}") from error
    if view.format not in ('c', 'b', 'B'):
        raise TypeError(f"expected single byte elements, not {view.format!r} from {type(data).__name__}")
    if view.ndim != 1:
        raise TypeError(f"expected 1-D data, not {view.ndim}-D data from {type(data).__name__}")
    data = view.cast('B') if view.format != 'B' else view
    return b''.join(binascii.b2a_base64(data[start:start + _LINE_BYTES])
                    for start in range(0, len(data), _LINE_BYTES))


def base64_encode(input, errors='strict'):
    assert errors == 'strict'
    return (_encode_lines(input), len(input))


def base64_decode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.a2b_base64(input), len(input))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return base64_encode(input, errors)

    def decode(self, input, errors='strict'):
        return base64_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        assert self.errors == 'strict'
        return _encode_lines(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        assert self.errors == 'strict'
        return binascii.a2b_base64(input)


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(name='base64', encode=base64_encode, decode=base64_decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader, _is_text_encoding=False)
