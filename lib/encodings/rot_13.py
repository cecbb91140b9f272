"""The rot13 codec: str to str, each ASCII letter moved 13 places along the alphabet.

Not a text encoding (str.encode refuses it); use codecs.encode(text, 'rot13').
"""

import codecs


def _make_map():
    table = {}
    for first in (ord('a'), ord('A')):
        for i in range(26):
            table[first + i] = first + (i + 13) % 26
    return table


rot13_map = _make_map()


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot-13'))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return (str.translate(input, rot13_map), len(input))

    def decode(self, input, errors='strict'):
        return (str.translate(input, rot13_map), len(input))


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return str.translate(input, rot13_map)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return str.translate(input, rot13_map)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='rot-13', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader, _is_text_encoding=False)
