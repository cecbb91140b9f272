"""The utf-32 codec: a BOM first, then the machine's byte order; decoding follows the BOM it finds."""

import codecs
import sys

encode = codecs.utf_32_encode


def decode(input, errors='strict'):
    return codecs.utf_32_decode(input, errors, True)


def _native_encoder():
    return codecs.utf_32_le_encode if sys.byteorder == 'little' else codecs.utf_32_be_encode


def _decoder_for(byteorder):
    if byteorder == -1:
        return codecs.utf_32_le_decode
    if byteorder == 1:
        return codecs.utf_32_be_decode
    return None


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.encoder = None  # None until the BOM has been written

    def encode(self, input, final=False):
        if self.encoder is None:
            result = codecs.utf_32_encode(input, self.errors)[0]
            self.encoder = _native_encoder()
            return result
        return self.encoder(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.encoder = None

    def getstate(self):
        # 2: the BOM is still to come; 0: it has been written.
        return 2 if self.encoder is None else 0

    def setstate(self, state):
        self.encoder = None if state else _native_encoder()


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None  # None until the byte order is known

    def _buffer_decode(self, input, errors, final):
        if self.decoder is None:
            output, consumed, byteorder = codecs.utf_32_ex_decode(input, errors, 0, final)
            self.decoder = _decoder_for(byteorder)
            if self.decoder is None and consumed >= 4:
                raise UnicodeError("UTF-32 stream does not start with BOM")
            return (output, consumed)
        return self.decoder(input, self.errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None

    def getstate(self):
        state = codecs.BufferedIncrementalDecoder.getstate(self)[0]
        if self.decoder is None:
            return (state, 2)
        addstate = int((sys.byteorder == "big") != (self.decoder is codecs.utf_32_be_decode))
        return (state, addstate)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        state = state[1]
        if state == 0:
            self.decoder = codecs.utf_32_be_decode if sys.byteorder == "big" else codecs.utf_32_le_decode
        elif state == 1:
            self.decoder = codecs.utf_32_le_decode if sys.byteorder == "big" else codecs.utf_32_be_decode
        else:
            self.decoder = None


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def encode(self, input, errors='strict'):
        if self.encoder is None:
            result = codecs.utf_32_encode(input, errors)
            self.encoder = _native_encoder()
            return result
        return self.encoder(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors='strict'):
        output, consumed, byteorder = codecs.utf_32_ex_decode(input, errors, 0, False)
        chosen = _decoder_for(byteorder)
        if chosen is not None:
            self.decode = chosen
        elif consumed >= 4:
            raise UnicodeError("UTF-32 stream does not start with BOM")
        return (output, consumed)


def getregentry():
    return codecs.CodecInfo(name='utf-32', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
