"""UUID objects (RFC 4122) and uuid1(), uuid3(), uuid4(), uuid5() (CPython 3.12's uuid).

uuid3 and uuid5 need hashlib's md5 and sha1: without hashlib they raise NotImplementedError. getnode()
reads the network interfaces' addresses from /sys/class/net (CPython asks libuuid or runs `ip`).
"""

import os
import sys
from enum import Enum

__author__ = "Ka-Ping Yee <ping@zesty.ca>"

_LINUX = sys.platform == "linux"

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    "reserved for NCS compatibility", "specified in RFC 4122", "reserved for Microsoft compatibility",
    "reserved for future definition"]

int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


class UUID:
    """An immutable UUID: 128 bits, shown as '12345678-1234-5678-1234-567812345678'.

    Made from exactly one of: hex (a string of 32 hexadecimal digits; braces, hyphens and a 'urn:uuid:'
    prefix are ignored), bytes (16 bytes, big-endian), bytes_le (16 bytes, first three fields
    little-endian), fields (six integers of 32, 16, 16, 8, 8 and 48 bits) or int (a 128-bit integer).
    With version (1 to 5), the variant and version bits are set as RFC 4122 says.
    """

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = fields
            limits = ((time_low, 32, "1", "a 32-bit"), (time_mid, 16, "2", "a 16-bit"),
                      (time_hi_version, 16, "3", "a 16-bit"), (clock_seq_hi_variant, 8, "4", "an 8-bit"),
                      (clock_seq_low, 8, "5", "an 8-bit"), (node, 48, "6", "a 48-bit"))
            for value, width, number, description in limits:
                if not 0 <= value < 1 << width:
                    raise ValueError("field %s out of range (need %s value)" % (number, description))
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = (time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (clock_seq << 48) | node
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", SafeUUID(state["is_safe"]) if "is_safe" in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        hex = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        bytes = self.bytes
        return bytes[3::-1] + bytes[5:3:-1] + bytes[7:5:-1] + bytes[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)
        return None


def _random_bits(count):
    import random
    return random.getrandbits(count)


def _sysfs_getnode():
    """The first universally administered MAC address in /sys/class/net (loopback and zero ones skipped)."""
    try:
        names = sorted(os.listdir("/sys/class/net"))
    except OSError:
        return None
    first_local = None
    for name in names:
        try:
            with open(os.path.join("/sys/class/net", name, "address")) as f:
                text = f.read().strip()
        except OSError:
            continue
        try:
            mac = int(text.replace(":", ""), 16)
        except ValueError:
            continue
        if mac == 0 or mac >= 1 << 48:
            continue
        if not mac & (1 << 41):
            return mac
        if first_local is None:
            first_local = mac
    return first_local


_MAC_DELIM = b":"
_MAC_OMITS_LEADING_ZEROES = False


def _is_universal(mac):
    return not mac & (1 << 41)


def _get_command_stdout(command, *args):
    """The output of a command as a bytes stream, or None (no subprocess module, no such command, failure)."""
    try:
        import io
        import shutil
        import subprocess
    except ImportError:
        return None
    try:
        path_dirs = os.environ.get("PATH", os.defpath).split(os.pathsep)
        path_dirs.extend(["/sbin", "/usr/sbin"])
        executable = shutil.which(command, path=os.pathsep.join(path_dirs))
        if executable is None:
            return None
        env = dict(os.environ)
        env["LC_ALL"] = "C"
        if args != ("",):
            command_line = (executable, *args)
        else:
            command_line = (executable,)
        process = subprocess.Popen(command_line, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        if not process:
            return None
        stdout, stderr = process.communicate()
        return io.BytesIO(stdout)
    except (OSError, subprocess.SubprocessError):
        return None


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    """A MAC address from a command's output: the word get_word_index(i) of a line whose word i is a keyword."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    first_local_mac = None
    for line in stdout:
        words = line.lower().rstrip().split()
        for i in range(len(words)):
            if words[i] in keywords:
                try:
                    mac = int(words[get_word_index(i)].replace(_MAC_DELIM, b""), 16)
                except (ValueError, IndexError):
                    continue
                if _is_universal(mac):
                    return mac
                first_local_mac = first_local_mac or mac
    return first_local_mac or None


def _parse_mac(word):
    """The int of a 'HH:HH:HH:HH:HH:HH' MAC address (bytes), or None."""
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(part) <= 2 for part in parts):
            return None
        text = b"".join(part.rjust(2, b"0") for part in parts)
    else:
        if not all(len(part) == 2 for part in parts):
            return None
        text = b"".join(parts)
    try:
        return int(text, 16)
    except ValueError:
        return None


def _find_mac_under_heading(command, args, heading):
    """A MAC address from a command's output: the words in the column whose first-line word is heading."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    keywords = stdout.readline().rstrip().split()
    try:
        column = keywords.index(heading)
    except ValueError:
        return None
    first_local_mac = None
    for line in stdout:
        words = line.rstrip().split()
        try:
            word = words[column]
        except IndexError:
            continue
        mac = _parse_mac(word)
        if mac is None:
            continue
        if _is_universal(mac):
            return mac
        if first_local_mac is None:
            first_local_mac = mac
    return first_local_mac


def _ifconfig_getnode():
    for args in ("", "-a", "-av"):
        mac = _find_mac_near_keyword("ifconfig", args, (b"hwaddr", b"ether", b"address:", b"lladdr"), lambda i: i + 1)
        if mac:
            return mac
    return None


def _ip_getnode():
    return _find_mac_near_keyword("ip", "link", [b"link/ether"], lambda i: i + 1) or None


def _arp_getnode():
    try:
        import socket
        ip_addr = socket.gethostbyname(socket.gethostname())
    except (ImportError, AttributeError, OSError):
        return None
    for keyword, index in ((os.fsencode(ip_addr), lambda i: -1), (os.fsencode(ip_addr), lambda i: i + 1),
                           (os.fsencode("(%s)" % ip_addr), lambda i: i + 2)):
        mac = _find_mac_near_keyword("arp", "-an", [keyword], index)
        if mac:
            return mac
    return None


def _lanscan_getnode():
    return _find_mac_near_keyword("lanscan", "-ai", [b"lan0"], lambda i: 0)


def _netstat_getnode():
    return _find_mac_under_heading("netstat", "-ian", b"Address")


def _ipconfig_getnode():
    return _windll_getnode()


def _netbios_getnode():
    return _windll_getnode()


# There is no _uuid module (libuuid) in Ginger.
_uuid = None
_generate_time_safe = None
_UuidCreate = None
_has_uuid_generate_time_safe = None


def _load_system_functions():
    """[DEPRECATED] Platform-specific functions loaded at import time."""


def _unix_getnode():
    if _generate_time_safe:
        uuid_time, _ = _generate_time_safe()
        return UUID(bytes=uuid_time).node
    return None


def _windll_getnode():
    if _UuidCreate:
        return UUID(bytes_le=_UuidCreate()).node
    return None


def _random_getnode():
    """A random 48-bit node with the multicast bit set, as RFC 4122 recommends."""
    return _random_bits(48) | (1 << 40)


_GETTERS = [_unix_getnode, _sysfs_getnode, _ip_getnode, _ifconfig_getnode] if _LINUX else [_unix_getnode]
_node = None


def getnode():
    """The hardware address as a 48-bit int (a random one, with the multicast bit set, if none is found)."""
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except Exception:
            continue
        if _node is not None and 0 <= _node < 1 << 48:
            return _node
    assert False, "_random_getnode() returned invalid value: {}".format(_node)


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the current time, a sequence number (random if not given) and the host (getnode())."""
    global _last_timestamp
    import time
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _random_bits(14)
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    clock_seq_low = clock_seq & 0xff
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3f
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node), version=1)


def _hash(name, data):
    try:
        import hashlib
    except ImportError as e:
        raise NotImplementedError(f"uuid needs hashlib.{name}, which Ginger does not have yet") from e
    if name == "md5":
        return hashlib.md5(data, usedforsecurity=False).digest()
    return hashlib.sha1(data).digest()


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    return UUID(bytes=_hash("md5", namespace.bytes + name)[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    return UUID(bytes=_hash("sha1", namespace.bytes + name)[:16], version=5)


def main():
    """ginger -m uuid [-u uuid1|uuid3|uuid4|uuid5] [-n NAMESPACE] [-N NAME]: print a new UUID."""
    functions = {"uuid1": uuid1, "uuid3": uuid3, "uuid4": uuid4, "uuid5": uuid5}
    namespaces = {"@dns": NAMESPACE_DNS, "@url": NAMESPACE_URL, "@oid": NAMESPACE_OID, "@x500": NAMESPACE_X500}
    import argparse
    parser = argparse.ArgumentParser(description="Generates a uuid using the selected uuid function.")
    parser.add_argument("-u", "--uuid", choices=functions.keys(), default="uuid4",
                        help="The function to use to generate the uuid. By default uuid4 function is used.")
    parser.add_argument("-n", "--namespace",
                        help="The namespace is a UUID, or '@ns' where 'ns' is a well-known predefined UUID "
                             "addressed by namespace name. Such as @dns, @url, @oid, and @x500. Only required "
                             "for uuid3/uuid5 functions.")
    parser.add_argument("-N", "--name",
                        help="The name used as part of generating the uuid. Only required for uuid3/uuid5 "
                             "functions.")
    args = parser.parse_args()
    function = functions[args.uuid]
    if args.uuid in ("uuid3", "uuid5"):
        if not args.namespace or not args.name:
            parser.error("Incorrect number of arguments. "
                         f"{args.uuid} requires a namespace and a name. "
                         "Run 'python -m uuid -h' for more information.")
        namespace = namespaces.get(args.namespace) or UUID(args.namespace)
        print(function(namespace, args.name))
    else:
        print(function())


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")

if __name__ == "__main__":
    main()
