# platform: uname and its parts, platform() strings, architecture, libc_ver, python_version*, the helpers.
# (Machine-dependent values are checked for consistency and shape, not printed.)
import platform
import re
import sys

u = platform.uname()
print(type(u).__name__, len(u), u._fields, u.system == platform.system() == u[0], u.processor == platform.processor())
print(u.node == platform.node(), u.release == platform.release(), u.version == platform.version())
print(u.machine == platform.machine(), platform.uname() is u, u.system, u[-1] == u.processor)
print(re.sub(r"system='.*'\)", "...)", repr(u)).startswith("uname_result("))
print(platform.architecture(), platform.architecture(sys.executable)[0])
name, version = platform.libc_ver()
print(name, bool(re.fullmatch(r"\d+\.\d+", version)))
text = platform.platform()
print(text == platform.platform(aliased=True), text.startswith("Linux-" + u.release), text.endswith(name + version))
print(platform.platform(terse=True) == text, "-with-" in text)
print(platform.python_version(), platform.python_version_tuple(), platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.system_alias("SunOS", "5.8", "x"), platform.system_alias("win32", "1", "2"), platform.system_alias("Linux", "r", "v"))
print(platform._platform("a b", "unknown", "c(d)", "", "e:f"))
release = platform.freedesktop_os_release()
print(all(key in release for key in ("NAME", "ID", "PRETTY_NAME")))
print(platform._parse_os_release(['NAME="Foo \\"Bar\\""', "ID=foo", "# comment", "BAD LINE"]))
print(platform._comparable_version("2.36") > platform._comparable_version("2.4"))
for text in ("3.12.1 (main, May  9 2026, 07:36:11) [GCC 12.2.0]", "2.4.3 (#1, Jun 21 2006, 13:54:21) \n[GCC 3.3.4 (pre 3.3.5 20040809)]",
             "3.10.8 (7.3.11+, Dec 30 2022, 12:00:00)\n[PyPy 7.3.11 with GCC 10.2.1 20210110]", "3.11 (tags/v3.11:0, Oct 24 2022) [MSC]"):
    result = platform._sys_version(text)
    print(result[0], result[1], result[4:])
try:
    platform._sys_version("nonsense")
except ValueError as e:
    print("ValueError", e)
print(type(platform._sys_version_cache).__name__)
