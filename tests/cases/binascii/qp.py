# binascii.b2a_qp/a2b_qp (quoted-printable): the quoting rules, soft line breaks at 76 columns, CRLF
# data, header mode, and a checksum over many generated inputs in every mode.
import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b"", b"hello world", b"caf\xe9 =", b"trailing space \nand tab\t\nend ", b"x" * 80, b"x" * 75 + b" y",
             b".\n", b"a.\n.", b"one\r\ntwo \r\n", b"a_b c", b"\x00\x01\x7f", b"x" * 74 + b"="]:
    print(data[:20], binascii.b2a_qp(data), binascii.b2a_qp(data, quotetabs=True),
          binascii.b2a_qp(data, istext=False), binascii.b2a_qp(data, header=True))
for text in [b"=41=42", b"soft=\nbreak", b"soft=\r\nbreak", b"=", b"==", b"=4", b"=4g", b"a_b", "=E9t=E9", b"x=  \ny"]:
    print(text, binascii.a2b_qp(text), binascii.a2b_qp(text, header=True))

class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n

rng = Lcg(2024)
alphabet = b"ab =._\t\r\n\x00\xff\x7f~!AZ09"
encoded = []
for _ in range(150):
    data = bytes(alphabet[rng.below(len(alphabet))] for _ in range(rng.below(160)))
    for quotetabs in (False, True):
        for istext in (True, False):
            for header in (False, True):
                e = binascii.b2a_qp(data, quotetabs, istext, header)
                encoded.append(e)
                encoded.append(binascii.a2b_qp(e, header=header))
    encoded.append(binascii.a2b_qp(data))
print(len(encoded), binascii.crc32(b"|".join(encoded)))

show(lambda: binascii.b2a_qp("x"))
show(lambda: binascii.a2b_qp(1))
show(lambda: binascii.b2a_qp())
show(lambda: binascii.a2b_qp())
show(lambda: binascii.a2b_qp("caf\xe9"))
show(lambda: binascii.b2a_qp(b"a", x=1))
