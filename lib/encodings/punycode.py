"""The punycode codec (RFC 3492, Bootstring for IDNA): str to ASCII bytes, the basic code points first, then
"-" and the insertions of the others, each as a generalized variable-length integer in base 36."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, points, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // points
    shift = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        shift += _BASE
    return shift + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    return max(_TMIN, min(_TMAX, k - bias))


def punycode_encode(text):
    points = [ord(c) for c in text]
    out = bytearray(c for c in points if c < 0x80)
    basic = handled = len(out)
    if basic:
        out.append(0x2D)
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    while handled < len(points):
        m = min(c for c in points if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in points:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _read_number(extended, at, bias, errors):
    """One delta from extended[at:]: (position after it, value), or (position, None) on bad input when not strict."""
    value, weight, k = 0, 1, _BASE
    while True:
        if at >= len(extended):
            if errors == "strict":
                raise UnicodeError("incomplete punicode string")  # sic: CPython 3.12's spelling
            return at + 1, None
        ch = extended[at]
        at += 1
        if "A" <= ch <= "Z":
            digit = ord(ch) - ord("A")
        elif "0" <= ch <= "9":
            digit = ord(ch) - ord("0") + 26
        elif errors == "strict":
            raise UnicodeError("Invalid extended code point '%s'" % ch)
        else:
            return at, None
        value += digit * weight
        t = _threshold(k, bias)
        if digit < t:
            return at, value
        weight *= _BASE - t
        k += _BASE


def punycode_decode(text, errors):
    if isinstance(text, str):
        text = text.encode("ascii")
    if isinstance(text, memoryview):
        text = bytes(text)
    dash = text.rfind(b"-")
    if dash < 0:
        result, extended = "", str(text, "ascii").upper()
    else:
        result, extended = str(text[:dash], "ascii", errors), str(text[dash + 1:], "ascii").upper()
    n, index, bias, at = _INITIAL_N, -1, _INITIAL_BIAS, 0
    while at < len(extended):
        after, delta = _read_number(extended, at, bias, errors)
        if delta is None:
            return result  # the rest cannot be resynchronized
        index += delta + 1
        n += index // (len(result) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        index %= len(result) + 1
        result = result[:index] + chr(n) + result[index:]
        bias = _adapt(delta, len(result), at == 0)
        at = after
    return result


def _check_errors(errors):
    if errors not in ("strict", "replace", "ignore"):
        raise UnicodeError(f"Unsupported error handling {errors}")


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        _check_errors(errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        _check_errors(self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
