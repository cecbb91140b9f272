# getstate/setstate of the incremental encoders and decoders, across the BOM-handling codecs.
import codecs
for enc in ['utf-16', 'utf-32', 'utf-8-sig', 'utf-8', 'utf-16-be']:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, d.getstate(), end=' ')
    data = 'ab'.encode(enc)
    print(ascii(d.decode(data[:3])), d.getstate(), end=' ')
    st = d.getstate()
    d2 = codecs.getincrementaldecoder(enc)()
    d2.setstate(st)
    print(ascii(d2.decode(data[3:], True)), d2.getstate())
    e = codecs.getincrementalencoder(enc)()
    print('  ', e.getstate(), e.encode('x'), e.getstate())
    e.setstate(e.getstate()); print('  ', e.encode('y'))
d = codecs.getincrementaldecoder('utf-16')()
d.decode(b'\xfe\xff\x00'); print(d.getstate())
d.reset(); print(d.getstate())
