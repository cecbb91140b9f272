# ord() takes a length-1 bytes or bytearray too (datetime's pickle state relies on it).
print(ord(b'a'), ord(bytearray(b'\xff')), ord('\u20ac'))
for bad in (b'', b'ab', bytearray(), 5):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
