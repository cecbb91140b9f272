"""The build-time configuration that sysconfig reports for Ginger (its name follows sysconfig's rule:
_sysconfigdata_{abiflags}_{platform}_{multiarch}, with Ginger's empty abiflags and multiarch).

Ginger cannot build C extension modules, so the compiler settings describe how Ginger itself is built and nothing
more; EXT_SUFFIX names a suffix no file has.
"""

build_time_vars = {
    'ABIFLAGS': '',
    'AR': 'ar',
    'ARFLAGS': 'rcs',
    'CC': 'c++',
    'CCSHARED': '-fPIC',
    'CFLAGS': '-O2',
    'CONFIG_ARGS': '',
    'CXX': 'c++',
    'EXE': '',
    'EXT_SUFFIX': '.ginger-312-none.so',
    'HAVE_FORK': 1,
    'HAVE_GETENTROPY': 1,
    'HAVE_GETRANDOM': 1,
    'HAVE_GETRANDOM_SYSCALL': 1,  # os.urandom uses getrandom(), no file descriptor
    'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
    'LDFLAGS': '',
    'LDLIBRARY': '',
    'LDSHARED': 'c++ -shared',
    'LIBRARY': '',
    'MACHDEP': 'linux',
    'MULTIARCH': '',
    'OPT': '-O2',
    'PY_CFLAGS': '-O2',
    'PY_CFLAGS_NODIST': '',
    'PY_CORE_CFLAGS': '-O2',
    'PY_LDFLAGS': '',
    'PY_LDFLAGS_NODIST': '',
    'PYTHONFRAMEWORK': '',
    'Py_DEBUG': 0,
    'Py_ENABLE_SHARED': 0,
    'Py_HASH_ALGORITHM': 0,
    'Py_TRACE_REFS': 0,
    'SHLIB_SUFFIX': '.so',
    'SIZEOF_DOUBLE': 8,
    'SIZEOF_LONG': 8,
    'SIZEOF_SIZE_T': 8,
    'SIZEOF_VOID_P': 8,
    'SOABI': 'ginger-312',
    'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    'VERSION': '3.12',
    'WITH_DOC_STRINGS': 1,
    'WITH_PYMALLOC': 0,
}
