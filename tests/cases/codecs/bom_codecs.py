# The BOM-led utf-16 and utf-32 codecs: incremental and stream forms, state, and a stream without a BOM.
import codecs
import io

text = "h\xe9\u20ac\U0001f600!"
for name in ["utf-16", "utf-32"]:
    info = codecs.lookup(name)
    print(info.name, info.incrementalencoder.__module__, info.incrementaldecoder.__name__)
    encoder = info.incrementalencoder()
    print(" encoder state", encoder.getstate())
    parts = [encoder.encode(ch) for ch in text]
    print(" parts", parts[:2], "state", encoder.getstate())
    encoder.reset()
    print(" after reset", encoder.encode("a"), encoder.getstate())
    encoder.setstate(0)
    print(" setstate(0)", encoder.encode("a"))
    data = b"".join(parts)
    decoder = info.incrementaldecoder()
    print(" decoder state", decoder.getstate())
    out = "".join(decoder.decode(data[i:i + 1]) for i in range(len(data)))
    print(" decoded", ascii(out), decoder.getstate())
    decoder.reset()
    print(" reset state", decoder.getstate())
    other = info.incrementaldecoder()
    other.setstate((b"", 1))
    swapped = "ab".encode(name + ("-be" if codecs.BOM_LE == codecs.BOM_UTF16_LE else "-le"))
    print(" swapped", ascii(other.decode(swapped, True)), other.getstate())
    for bom in [codecs.BOM_UTF16_BE if name == "utf-16" else codecs.BOM_UTF32_BE,
                codecs.BOM_UTF16_LE if name == "utf-16" else codecs.BOM_UTF32_LE]:
        payload = bom + "xy".encode(name + ("-be" if bom[0] in (0, 0xFE) else "-le"))
        print(" bom", payload, ascii(info.incrementaldecoder().decode(payload, True)))
    stream = io.BytesIO()
    writer = info.streamwriter(stream)
    writer.write("ab")
    writer.write("cd")
    print(" stream bytes", stream.getvalue())
    reader = info.streamreader(io.BytesIO(stream.getvalue()))
    print(" stream read", reader.read(1), reader.read())
    reader.reset()
    print(" truncated", ascii(codecs.decode(stream.getvalue()[:-1], name, "replace")))
    try:
        codecs.decode(stream.getvalue()[:-1], name)
    except UnicodeDecodeError as e:
        print(" error", e.reason, e.start, e.end)
import encodings.utf_16, encodings.utf_32
print(encodings.utf_16.IncrementalEncoder, encodings.utf_32.StreamReader, encodings.utf_32.getregentry.__qualname__)
