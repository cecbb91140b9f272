# uuid.uuid3 and uuid.uuid5 (they need hashlib's md5 and sha1).
import uuid

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, b"bytes").version, uuid.uuid5(uuid.NAMESPACE_OID, "x").version)
