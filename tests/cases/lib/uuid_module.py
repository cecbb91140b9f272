# uuid: the UUID constructors and their errors, fields, variants and versions, comparisons, uuid1/uuid4,
# the namespaces and SafeUUID.
import copy
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe, int(u))
same = [uuid.UUID("12345678123456781234567812345678"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
        uuid.UUID(bytes=b"\x12\x34\x56\x78" * 4), uuid.UUID(bytes_le=u.bytes_le),
        uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print(all(x == u for x in same), len({hash(x) for x in same}), u != uuid.NAMESPACE_DNS, u == "x")
print(sorted([uuid.NAMESPACE_X500, uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.NAMESPACE_URL]))
print(u < uuid.NAMESPACE_DNS, u >= u, uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant)
print(uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0, version=4), uuid.UUID(int=0, version=4).version)
for kwargs in ({}, {"hex": "x", "int": 1}, {"hex": "123"}, {"bytes": b"12"}, {"bytes_le": b"1"},
               {"fields": (1, 2)}, {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 0, 0, 256, 0, 0)},
               {"fields": (0, 0, 0, 0, 0, 1 << 48)}, {"int": -1}, {"int": 1 << 128}, {"int": 0, "version": 6}):
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
try:
    uuid.UUID("1" * 32) < 1
except TypeError as e:
    print("TypeError", e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), 0 <= t.clock_seq < 1 << 14, uuid.uuid1() > t)
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(t2.node), hex(t2.clock_seq), t2.time > 0x01b21dd213814000)
print(list(uuid.SafeUUID), uuid.SafeUUID(0), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
print(copy.copy(u) == u, copy.deepcopy(u) is not u, u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.unsafe).__getstate__())
print(0 <= uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())
