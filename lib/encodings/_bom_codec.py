"""The parts the utf-16 and utf-32 codecs share: a BOM first, then the machine's byte order; decoding
follows the BOM it finds. build() makes one codec's functions and classes from its four primitives."""

import codecs
import sys


def build(module, name, width):
    """Return (encode, decode, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader,
    getregentry) for the codec `name` ("utf-16" or "utf-32") whose code units are `width` bytes."""
    prefix = name.replace('-', '_')
    bom_encode = getattr(codecs, prefix + '_encode')
    bom_decode = getattr(codecs, prefix + '_decode')
    ex_decode = getattr(codecs, prefix + '_ex_decode')
    le_encode, be_encode = getattr(codecs, prefix + '_le_encode'), getattr(codecs, prefix + '_be_encode')
    le_decode, be_decode = getattr(codecs, prefix + '_le_decode'), getattr(codecs, prefix + '_be_decode')
    native_encode = le_encode if sys.byteorder == 'little' else be_encode
    native_decode, swapped_decode = (le_decode, be_decode) if sys.byteorder == 'little' else (be_decode, le_decode)
    no_bom = name.upper() + " stream does not start with BOM"

    def decode(input, errors='strict'):
        return bom_decode(input, errors, True)

    def decoder_for(byteorder):
        return le_decode if byteorder == -1 else be_decode if byteorder == 1 else None

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.encoder = None  # None until the BOM has been written

        def encode(self, input, final=False):
            if self.encoder is None:
                self.encoder = native_encode
                return bom_encode(input, self.errors)[0]
            return self.encoder(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            # 2: the BOM is still to come; 0: it has been written.
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else native_encode

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None  # None until the byte order is known

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                output, consumed, byteorder = ex_decode(input, errors, 0, final)
                self.decoder = decoder_for(byteorder)
                if self.decoder is None and consumed >= width:
                    raise UnicodeError(no_bom)
                return (output, consumed)
            return self.decoder(input, self.errors, final)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            # The second item: 2 while the byte order is unknown, 0 for the native order, 1 for the other.
            state = codecs.BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (state, 2)
            return (state, int(self.decoder is not native_decode))

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            self.decoder = {0: native_decode, 1: swapped_decode}.get(state[1])

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            codecs.StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                self.encoder = native_encode
                return bom_encode(input, errors)
            return self.encoder(input, errors)

    class StreamReader(codecs.StreamReader):
        def reset(self):
            codecs.StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors='strict'):
            output, consumed, byteorder = ex_decode(input, errors, 0, False)
            chosen = decoder_for(byteorder)
            if chosen is not None:
                self.decode = chosen
            elif consumed >= width:
                raise UnicodeError(no_bom)
            return (output, consumed)

    def getregentry():
        return codecs.CodecInfo(name=name, encode=bom_encode, decode=decode,
                                incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                                streamreader=StreamReader, streamwriter=StreamWriter)

    parts = (bom_encode, decode, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader, getregentry)
    for part in parts[1:]:  # as if each had been defined at the top of `module`
        part.__module__ = module
        part.__qualname__ = part.__name__
    return parts
