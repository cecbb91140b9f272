# secrets: token sizes and alphabets, randbelow/randbits/choice ranges, compare_digest and the errors.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(4)), set(secrets.token_hex(64)) <= set("0123456789abcdef"))
token = secrets.token_urlsafe(48)
print(len(token), set(token) <= set(string.ascii_letters + string.digits + "-_"), len(secrets.token_urlsafe(5)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(secrets.choice("a") , secrets.choice([1, 2, 3]) in (1, 2, 3))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest(b"x", b"xy"))
print(secrets.compare_digest(bytearray(b"q"), b"q"), secrets.DEFAULT_ENTROPY)
for bad in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-1), lambda: secrets.randbits(-1),
            lambda: secrets.choice([]), lambda: secrets.compare_digest("a", b"a"),
            lambda: secrets.compare_digest(1, 2), lambda: secrets.compare_digest("é", "é")):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(secrets.__all__))
