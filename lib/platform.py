"""Information about the platform: the system (uname), the C library, and the Python implementation
(CPython 3.12's platform, reporting Ginger as the implementation, as sys.implementation does).

Where CPython runs a command (`uname -p`, `file`) or calls os.uname/os.confstr, Ginger reads /proc and
the ELF headers of files itself.
"""

import collections
import os
import re
import sys

__copyright__ = ""
__version__ = "1.0.8"

_uname_cache = None
_platform_cache = {}


def _read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().strip()
    except OSError:
        return ""


def _os_uname():
    """(sysname, nodename, release, version, machine): os.uname() or, without it, /proc/sys/kernel."""
    if hasattr(os, "uname"):
        return tuple(os.uname())
    if sys.platform.startswith("linux"):
        return (_read("/proc/sys/kernel/ostype") or "Linux", _read("/proc/sys/kernel/hostname"),
                _read("/proc/sys/kernel/osrelease"), _read("/proc/sys/kernel/version"),
                _read("/proc/sys/kernel/arch") or _machine_from_elf(sys.executable))
    return ()


def _elf_header(path):
    try:
        with open(path, "rb") as f:
            return f.read(64)
    except OSError:
        return b""


def _machine_from_elf(path):
    header = _elf_header(path)
    if header[:4] != b"\x7fELF":
        return ""
    machine = int.from_bytes(header[18:20], "little" if header[5] == 1 else "big")
    return {3: "i686", 62: "x86_64", 40: "armv7l", 183: "aarch64", 243: "riscv64", 21: "ppc64le", 22: "s390x"}.get(
        machine, "")


# ---------------------------------------------------------------- the C library

_libc_search = re.compile(rb"(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)", re.ASCII)


def _comparable_version(version):
    component_re = re.compile(r"([0-9]+|[._+-])")
    result = []
    for v in component_re.split(version):
        if v not in "._+-":
            try:
                v = int(v, 10)
                t = 100
            except ValueError:
                t = {"dev": 10, "alpha": 20, "a": 20, "beta": 30, "b": 30, "c": 40, "RC": 50, "rc": 50}.get(v, 0)
            result.extend((t, v))
    return result


def _loaded_libc():
    """The path of the C library mapped into this process, from /proc/self/maps."""
    for line in _read("/proc/self/maps").splitlines():
        path = line.split()[-1] if line.split() else ""
        if re.search(r"/libc[.-][^/]*so", path):
            return path
    return None


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(library name, version) of the C library the executable is linked with, e.g. ('glibc', '2.36')."""
    if not executable:
        if hasattr(os, "confstr"):
            try:
                ver = os.confstr("CS_GNU_LIBC_VERSION")
                parts = ver.split(maxsplit=1)
            except (AttributeError, ValueError, OSError):
                pass
            else:
                if len(parts) == 2:
                    return tuple(parts)
        # Without os.confstr: the glibc loaded in this process defines every GLIBC_x.y up to its own.
        loaded = _loaded_libc()
        if loaded:
            name, found = libc_ver(loaded, lib, version, chunksize)
            if name == "glibc":
                return name, found
        executable = sys.executable
        if not executable:
            return lib, version
    executable = os.path.realpath(executable)
    ver = _comparable_version
    with open(executable, "rb") as f:
        binary = f.read(chunksize)
        pos = 0
        while pos < len(binary):
            if b"libc" in binary or b"GLIBC" in binary:
                m = _libc_search.search(binary, pos)
            else:
                m = None
            if not m or m.end() == len(binary):
                chunk = f.read(chunksize)
                if chunk:
                    binary = binary[max(pos, len(binary) - 1000):] + chunk
                    pos = 0
                    continue
                if not m:
                    break
            libcinit, glibc, glibcversion, so, threads, soversion = [
                s.decode("latin1") if s is not None else s for s in m.groups()]
            if libcinit and not lib:
                lib = "libc"
            elif glibc:
                if lib != "glibc":
                    lib = "glibc"
                    version = glibcversion
                elif ver(glibcversion) > ver(version):
                    version = glibcversion
            elif so:
                if lib != "glibc":
                    lib = "libc"
                    if soversion and (not version or ver(soversion) > ver(version)):
                        version = soversion
                    if threads and version[-len(threads):] != threads:
                        version = version + threads
            pos = m.end()
    return lib, version


# ---------------------------------------------------------------- other systems (not Ginger's)

def win32_is_iot():
    return win32_edition() in ("IoTUAP", "NanoServer", "WindowsCoreHeadless", "IoTEdgeOS")


def win32_edition():
    return None


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """(system, release, version) with marketing names: SunOS 5 is Solaris 2, win32 is Windows."""
    if system == "SunOS":
        if release < "5":
            return system, release, version
        parts = release.split(".")
        if parts:
            try:
                parts[0] = str(int(parts[0]) - 3)
            except ValueError:
                pass
            else:
                release = ".".join(parts)
        system = "Solaris"
    elif system in ("win32", "win16"):
        system = "Windows"
    return system, release, version


def _platform(*args):
    """Join the non-empty parts with '-' into a string safe in file names."""
    text = "-".join(x.strip() for x in filter(len, args))
    for character in ' /\\:;"()':
        text = text.replace(character, "_" if character == " " else "-")
    text = text.replace("unknown", "")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def _node(default=""):
    try:
        import socket
        return socket.gethostname()
    except (ImportError, OSError, AttributeError):
        return default


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of an executable, e.g. ('64bit', 'ELF'); the interpreter's by default."""
    import struct
    if not bits:
        bits = str(struct.calcsize("P") * 8) + "bit"
    header = _elf_header(executable) if executable else b""
    if header[:4] != b"\x7fELF":
        return bits, linkage
    if header[4] == 1:
        bits = "32bit"
    elif header[4] == 2:
        bits = "64bit"
    return bits, "ELF"


class _Processor:
    @classmethod
    def get(cls):
        # CPython asks `uname -p`, which says 'unknown' on Linux (shown as '').
        return ""


def _unknown_as_blank(value):
    return "" if value == "unknown" else value


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """(system, node, release, version, machine, processor); processor is computed when first asked for."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return _unknown_as_blank(_Processor.get())

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        result = cls.__new__(cls, *iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields) - 1} arguments, got {len(result)}")
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __repr__(self):
        fields = ("system", "node", "release", "version", "machine")
        return "uname_result(%s)" % ", ".join("%s=%r" % (name, value) for name, value in zip(fields, tuple.__iter__(self)))

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def uname():
    """uname_result(system, node, release, version, machine, processor); unknown entries are ''."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    infos = _os_uname()
    if infos:
        system, node, release, version, machine = infos
    else:
        system, node, release, version, machine = sys.platform, _node(), "", "", ""
    _uname_cache = uname_result(*map(_unknown_as_blank, (system, node, release, version, machine)))
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


# ---------------------------------------------------------------- the Python implementation

_sys_version_cache = {}

# "3.12.1 (main, May  9 2026, 07:36:11) [GCC 12.2.0]": version, (#build number, date, time), [compiler].
_sys_version_parser = re.compile(r"([\w.+]+)\s*\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*\[([^\]]+)\]?",
                                 re.ASCII)
_ginger_version_parser = re.compile(r"([\w.+]+)\s*\(Ginger [^)]*\)\s*(?:\[([^\]]+)\]?)?", re.ASCII)


def _sys_version(sys_version=None):
    """(name, version, branch, revision, build number, build date, compiler) parsed from sys.version.

    Knows CPython's, PyPy's, Jython's and Ginger's forms ("3.12.1 (Ginger 0.1)"); ValueError for others.
    """
    if sys_version is None:
        sys_version = sys.version
    result = _sys_version_cache.get(sys_version)
    if result is not None:
        return result
    if sys.platform.startswith("java"):
        name = "Jython"
        match = _sys_version_parser.match(sys_version)
        if match is None:
            raise ValueError("failed to parse Jython sys.version: %s" % repr(sys_version))
        version, buildno, builddate, buildtime, _ = match.groups()
        builddate = builddate or ""
        compiler = sys.platform
    elif "PyPy" in sys_version:
        name = "PyPy"
        match = re.match(r"([\w.+]+)\s*\(#?([^,]+),\s*([\w ]+),\s*([\w :]+)\)\s*\[PyPy [^\]]+\]?", sys_version)
        if match is None:
            raise ValueError("failed to parse PyPy sys.version: %s" % repr(sys_version))
        version, buildno, builddate, buildtime = match.groups()
        compiler = ""
    elif "(Ginger " in sys_version:
        name = "Ginger"
        match = _ginger_version_parser.match(sys_version)
        if match is None:
            raise ValueError("failed to parse Ginger sys.version: %s" % repr(sys_version))
        version, compiler = match.groups()
        buildno = builddate = ""
        compiler = compiler or ""
    else:
        name = "CPython"
        match = _sys_version_parser.match(sys_version)
        if match is None:
            raise ValueError("failed to parse CPython sys.version: %s" % repr(sys_version))
        version, buildno, builddate, buildtime, compiler = match.groups()
        if builddate is None:
            builddate = ""
        elif buildtime:
            builddate = builddate + " " + buildtime
    if hasattr(sys, "_git"):
        _, branch, revision = sys._git
    elif hasattr(sys, "_mercurial"):
        _, branch, revision = sys._mercurial
    else:
        branch = revision = ""
    parts = version.split(".")
    if len(parts) == 2:
        version += ".0"
    result = (name, version, branch, revision, buildno, builddate, compiler)
    _sys_version_cache[sys_version] = result
    return result


def python_implementation():
    """The implementation's name: 'Ginger' here (sys.implementation.name is 'ginger'), 'CPython', 'PyPy'..."""
    return _sys_version()[0]


def python_version():
    """'major.minor.patchlevel' of the language version implemented."""
    return _sys_version()[1]


def python_version_tuple():
    return tuple(_sys_version()[1].split("."))


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    """(build number, build date) from sys.version (both '' for Ginger)."""
    return _sys_version()[4:6]


def python_compiler():
    """The compiler named in sys.version ('' for Ginger, whose sys.version names none)."""
    return _sys_version()[6]


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    result = _platform_cache.get((aliased, terse))
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ""
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == "Darwin":
        macos_release = mac_ver()[0]
        if macos_release:
            system = "macOS"
            release = macos_release
    if system == "Windows":
        rel, vers, csd, ptype = win32_ver(version)
        result = _platform(system, release) if terse else _platform(system, release, version, csd)
    elif system == "Java":
        r, v, vminfo, (os_name, os_version, os_arch) = java_ver()
        if terse or not os_name:
            result = _platform(system, release, version)
        else:
            result = _platform(system, release, version, "on", os_name, os_version, os_arch)
    elif system == "Linux":
        libcname, libcversion = libc_ver()
        result = _platform(system, release, machine, processor, "with", libcname + libcversion)
    elif terse:
        result = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[(aliased, terse)] = result
    return result


_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    line_re = re.compile("^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
    unescape_re = re.compile(r"\\([\\\$\"\'`])")
    for line in lines:
        m = line_re.match(line)
        if m is not None:
            info[m.group("name")] = unescape_re.sub(r"\1", m.group("value"))
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, f"Unable to read files {', '.join(_os_release_candidates)}")
    return _os_release_cache.copy()


if __name__ == "__main__":
    terse = "terse" in sys.argv or "--terse" in sys.argv
    aliased = "nonaliased" not in sys.argv and "--nonaliased" not in sys.argv
    print(platform(aliased, terse))
    sys.exit(0)
