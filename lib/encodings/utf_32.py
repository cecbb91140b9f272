"""The utf-32 codec: a BOM first, then the machine's byte order; decoding follows the BOM it finds."""

from encodings._bom_codec import build

(encode, decode, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader,
 getregentry) = build(__name__, 'utf-32', 32 // 8)
