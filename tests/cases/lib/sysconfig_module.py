# sysconfig: schemes, path names, expanded paths with given variables, config variables, platform,
# parse_config_h, the makefile helpers.
import io
import os
import sys
import sysconfig

print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names(), sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user"))
print(sysconfig.get_paths("posix_prefix", expand=False)["purelib"], sysconfig.get_path("stdlib", "posix_home", expand=False))
vars = {"base": "/b", "platbase": "/p", "installed_base": "/i", "installed_platbase": "/ip", "userbase": "/u"}
for scheme in ("posix_prefix", "posix_home", "posix_user", "venv"):
    print(scheme, sysconfig.get_paths(scheme, dict(vars)))
print(sysconfig.get_path("scripts", vars=dict(vars)), sysconfig.get_path("data", "posix_prefix", dict(vars)))
print(sysconfig.get_platform(), sysconfig.get_python_version())
print(sysconfig.get_config_var("VERSION"), sysconfig.get_config_var("SIZEOF_VOID_P"), sysconfig.get_config_var("nope"))
print(sysconfig.get_config_vars("py_version_short", "nope", "abiflags", "platlibdir"))
config = sysconfig.get_config_vars()
print(config is sysconfig.get_config_vars(), config["prefix"] == os.path.normpath(sys.prefix), config["py_version"])
print(sysconfig.get_config_var("EXT_SUFFIX").endswith(".so"), type(sysconfig.get_config_var("SOABI")).__name__)
print(sysconfig.get_path("purelib") == sysconfig.get_paths()["purelib"], os.path.isabs(sysconfig.get_path("stdlib")))
print(sysconfig.parse_config_h(io.StringIO("#define HAVE_X 1\n#define NAME \"v\"\n/* #undef HAVE_Y */\nother\n")))
print(sysconfig.expand_makefile_vars("$(A)-${B}-$(A)", {"A": "1", "B": "2"}), sysconfig.is_python_build())
path = "/tmp/ginger_sysconfig_%d.mk" % os.getpid()
try:
    with open(path, "w") as f:
        f.write("# comment\nA = 1\nB = $(A)x\nC = ${B}-$$HOME\nD = $(UNDEFINED_THING)\nPY_CFLAGS = -O2 $(X)\nX=-g\n")
    print(sorted(sysconfig._parse_makefile(path).items()))
finally:
    os.remove(path)
try:
    sysconfig.get_paths("nope")
except KeyError as e:
    print("KeyError", e)
try:
    sysconfig.get_path("nope", "posix_prefix")
except KeyError as e:
    print("KeyError", e)
try:
    sysconfig.get_path("stdlib", "posix_prefix", {"base": "/b"}, expand=True) and sysconfig._subst_vars("{zz}", {})
except AttributeError as e:
    print("AttributeError", e)
