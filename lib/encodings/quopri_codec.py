"""The quopri codec: bytes to bytes in quoted-printable form (binascii.b2a_qp with tabs and spaces quoted).

Not a text encoding: use codecs.encode(data, 'quopri') and codecs.decode(data, 'quopri').
"""

import binascii
import codecs


def quopri_encode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.b2a_qp(bytes(input), quotetabs=True), len(input))


def quopri_decode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.a2b_qp(bytes(input)), len(input))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return quopri_encode(input, errors)

    def decode(self, input, errors='strict'):
        return quopri_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return quopri_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return quopri_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(name='quopri', encode=quopri_encode, decode=quopri_decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader, _is_text_encoding=False)
