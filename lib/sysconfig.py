"""The configuration of the interpreter (CPython 3.12's sysconfig): installation paths by scheme and the
build-time variables, which for Ginger come from lib/_sysconfigdata__linux_.py."""

import os
import sys

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars", "get_makefile_filename", "get_path",
           "get_path_names", "get_paths", "get_platform", "get_python_version", "get_scheme_names",
           "parse_config_h"]

_ALWAYS_STR = {"MACOSX_DEPLOYMENT_TARGET"}


def _posix_scheme(lib, platlib):
    return {
        "stdlib": "{installed_base}/" + lib,
        "platstdlib": "{platbase}/" + platlib,
        "purelib": "{base}/lib/python{py_version_short}/site-packages",
        "platlib": "{platbase}/{platlibdir}/python{py_version_short}/site-packages",
        "include": "{installed_base}/include/python{py_version_short}{abiflags}",
        "platinclude": "{installed_platbase}/include/python{py_version_short}{abiflags}",
        "scripts": "{base}/bin",
        "data": "{base}",
    }


def _windows_scheme():
    return {"stdlib": "{installed_base}/Lib", "platstdlib": "{base}/Lib", "purelib": "{base}/Lib/site-packages",
            "platlib": "{base}/Lib/site-packages", "include": "{installed_base}/Include",
            "platinclude": "{installed_base}/Include", "scripts": "{base}/Scripts", "data": "{base}"}


_INSTALL_SCHEMES = {
    "posix_prefix": _posix_scheme("{platlibdir}/python{py_version_short}", "{platlibdir}/python{py_version_short}"),
    "posix_home": {
        "stdlib": "{installed_base}/lib/python", "platstdlib": "{base}/lib/python", "purelib": "{base}/lib/python",
        "platlib": "{base}/lib/python", "include": "{installed_base}/include/python",
        "platinclude": "{installed_base}/include/python", "scripts": "{base}/bin", "data": "{base}",
    },
    "nt": _windows_scheme(),
    "posix_venv": _posix_scheme("{platlibdir}/python{py_version_short}", "{platlibdir}/python{py_version_short}"),
    "nt_venv": _windows_scheme(),
}
_INSTALL_SCHEMES["venv"] = _INSTALL_SCHEMES["nt_venv" if os.name == "nt" else "posix_venv"]


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)
    if env_base:
        return env_base
    if sys.platform in {"emscripten", "vxworks", "wasi"}:
        return None
    if os.name == "nt":
        return os.path.expanduser(os.path.join(os.environ.get("APPDATA") or "~", "Python"))
    return os.path.expanduser(os.path.join("~", ".local"))


_HAS_USER_BASE = _getuserbase() is not None

if _HAS_USER_BASE:
    _user_nt = "{userbase}/Python{py_version_nodot_plat}"
    _INSTALL_SCHEMES |= {
        "nt_user": {"stdlib": _user_nt, "platstdlib": _user_nt, "purelib": _user_nt + "/site-packages",
                    "platlib": _user_nt + "/site-packages", "include": _user_nt + "/Include",
                    "scripts": _user_nt + "/Scripts", "data": "{userbase}"},
        "posix_user": {
            "stdlib": "{userbase}/{platlibdir}/python{py_version_short}",
            "platstdlib": "{userbase}/{platlibdir}/python{py_version_short}",
            "purelib": "{userbase}/lib/python{py_version_short}/site-packages",
            "platlib": "{userbase}/lib/python{py_version_short}/site-packages",
            "include": "{userbase}/include/python{py_version_short}", "scripts": "{userbase}/bin",
            "data": "{userbase}"},
        "osx_framework_user": {
            "stdlib": "{userbase}/lib/python", "platstdlib": "{userbase}/lib/python",
            "purelib": "{userbase}/lib/python/site-packages", "platlib": "{userbase}/lib/python/site-packages",
            "include": "{userbase}/include/python{py_version_short}", "scripts": "{userbase}/bin",
            "data": "{userbase}"},
    }
    del _user_nt

_SCHEME_KEYS = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = f"{sys.version_info[0]}.{sys.version_info[1]}"
_PY_VERSION_SHORT_NO_DOT = f"{sys.version_info[0]}{sys.version_info[1]}"
_PREFIX = os.path.normpath(sys.prefix)
_BASE_PREFIX = os.path.normpath(sys.base_prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_BASE_EXEC_PREFIX = os.path.normpath(sys.base_exec_prefix)
_CONFIG_VARS = None
_CONFIG_VARS_INITIALIZED = False
_USER_BASE = None

_variable_rx = r"([a-zA-Z][a-zA-Z0-9_]+)\s*=\s*(.*)"
_findvar1_rx = r"\$\(([A-Za-z][A-Za-z0-9_]*)\)"
_findvar2_rx = r"\${([A-Za-z][A-Za-z0-9_]*)}"


def _safe_realpath(path):
    try:
        return os.path.realpath(path)
    except OSError:
        return path


if sys.executable:
    _PROJECT_BASE = os.path.dirname(_safe_realpath(sys.executable))
else:
    _PROJECT_BASE = _safe_realpath(os.getcwd())
if "_PYTHON_PROJECT_BASE" in os.environ:
    _PROJECT_BASE = _safe_realpath(os.environ["_PYTHON_PROJECT_BASE"])


def is_python_build(check_home=None):
    """Whether the interpreter runs from a CPython source tree (never for Ginger)."""
    if check_home is not None:
        import warnings
        warnings.warn("check_home argument is deprecated and ignored.", DeprecationWarning, stacklevel=2)
    return any(os.path.isfile(os.path.join(_PROJECT_BASE, "Modules", name)) for name in ("Setup", "Setup.local"))


_PYTHON_BUILD = is_python_build()


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError as var:
        try:
            return s.format(**os.environ)
        except KeyError:
            raise AttributeError(f"{var}") from None


def _extend_dict(target, other):
    for key, value in other.items():
        if key not in target:
            target[key] = value


def _expand_vars(scheme, vars):
    result = {}
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    if os.name == "nt":
        vars = vars | {"platlibdir": "lib"}
    for key, value in _INSTALL_SCHEMES[scheme].items():
        if os.name in ("posix", "nt"):
            value = os.path.expanduser(value)
        result[key] = os.path.normpath(_subst_vars(value, vars))
    return result


def _get_preferred_schemes():
    if os.name == "nt":
        return {"prefix": "nt", "home": "posix_home", "user": "nt_user"}
    return {"prefix": "posix_prefix", "home": "posix_home", "user": "posix_user"}


def get_preferred_scheme(key):
    """The scheme name for 'prefix', 'home' or 'user' installations."""
    if key == "prefix" and sys.prefix != sys.base_prefix:
        return "venv"
    scheme = _get_preferred_schemes()[key]
    if scheme not in _INSTALL_SCHEMES:
        raise ValueError(f"{key!r} returned {scheme!r}, which is not a valid scheme on this platform")
    return scheme


def get_default_scheme():
    return get_preferred_scheme("prefix")


def _parse_makefile(filename, vars=None, keep_unresolved=True):
    """The variables of a Makefile, with $(NAME) and ${NAME} references resolved, added to vars."""
    import re
    if vars is None:
        vars = {}
    done = {}
    notdone = {}
    with open(filename, encoding=sys.getfilesystemencoding(), errors="surrogateescape") as f:
        lines = f.readlines()
    for line in lines:
        if line.startswith("#") or line.strip() == "":
            continue
        m = re.match(_variable_rx, line)
        if m:
            name, value = m.group(1, 2)
            value = value.strip()
            if "$" in value.replace("$$", ""):
                notdone[name] = value
            else:
                try:
                    if name in _ALWAYS_STR:
                        raise ValueError
                    done[name] = int(value)
                except ValueError:
                    done[name] = value.replace("$$", "$")
    renamed = ("CFLAGS", "LDFLAGS", "CPPFLAGS")
    pending = list(notdone)
    while pending:
        for name in tuple(pending):
            value = notdone[name]
            m1 = re.search(_findvar1_rx, value)
            m2 = re.search(_findvar2_rx, value)
            m = (m1 if m1.start() < m2.start() else m2) if m1 and m2 else (m1 or m2)
            if m is None:
                if keep_unresolved:
                    done[name] = value
                pending.remove(name)
                continue
            ref = m.group(1)
            found = True
            if ref in done:
                item = str(done[ref])
            elif ref in notdone:
                found = False
            elif ref in os.environ:
                item = os.environ[ref]
            elif ref in renamed:
                if name.startswith("PY_") and name[3:] in renamed:
                    item = ""
                elif "PY_" + ref in notdone:
                    found = False
                else:
                    item = str(done["PY_" + ref])
            else:
                done[ref] = item = ""
            if found:
                after = value[m.end():]
                value = value[:m.start()] + item + after
                if "$" in after:
                    notdone[name] = value
                else:
                    try:
                        if name in _ALWAYS_STR:
                            raise ValueError
                        done[name] = int(value)
                    except ValueError:
                        done[name] = value.strip()
                    pending.remove(name)
                    if name.startswith("PY_") and name[3:] in renamed and name[3:] not in done:
                        done[name[3:]] = done[name]
    for key, value in done.items():
        if isinstance(value, str):
            done[key] = value.strip()
    vars.update(done)
    return vars


def get_makefile_filename():
    if _PYTHON_BUILD:
        return os.path.join(_PROJECT_BASE, "Makefile")
    directory = f"config-{_PY_VERSION_SHORT}{getattr(sys, 'abiflags', '')}"
    if hasattr(sys.implementation, "_multiarch"):
        directory += f"-{sys.implementation._multiarch}"
    return os.path.join(get_path("stdlib"), directory, "Makefile")


def _get_sysconfigdata_name():
    multiarch = getattr(sys.implementation, "_multiarch", "")
    return os.environ.get("_PYTHON_SYSCONFIGDATA_NAME", f"_sysconfigdata_{sys.abiflags}_{sys.platform}_{multiarch}")


def _init_posix(vars):
    module = __import__(_get_sysconfigdata_name(), globals(), locals(), ["build_time_vars"], 0)
    vars.update(module.build_time_vars)


def parse_config_h(fp, vars=None):
    """The #define NAME VALUE (and commented-out #undef NAME, as 0) lines of a pyconfig.h file."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            name, value = m.group(1, 2)
            try:
                if name in _ALWAYS_STR:
                    raise ValueError
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars


def get_config_h_filename():
    directory = _PROJECT_BASE if _PYTHON_BUILD else get_path("platinclude")
    return os.path.join(directory, "pyconfig.h")


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The installation paths of a scheme, with the {variables} expanded (unless expand is false)."""
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def _init_config_vars():
    global _CONFIG_VARS, _CONFIG_VARS_INITIALIZED
    _CONFIG_VARS = {
        "prefix": _PREFIX, "exec_prefix": _EXEC_PREFIX, "py_version": _PY_VERSION,
        "py_version_short": _PY_VERSION_SHORT, "py_version_nodot": _PY_VERSION_SHORT_NO_DOT,
        "installed_base": _BASE_PREFIX, "base": _PREFIX, "installed_platbase": _BASE_EXEC_PREFIX,
        "platbase": _EXEC_PREFIX, "projectbase": _PROJECT_BASE, "platlibdir": sys.platlibdir,
        "abiflags": getattr(sys, "abiflags", ""),
        "py_version_nodot_plat": getattr(sys, "winver", "").replace(".", ""),
    }
    if os.name == "posix":
        _init_posix(_CONFIG_VARS)
    if _HAS_USER_BASE:
        _CONFIG_VARS["userbase"] = _getuserbase()
    srcdir = _CONFIG_VARS.get("srcdir", _PROJECT_BASE)
    if os.name == "posix":
        if _PYTHON_BUILD:
            srcdir = os.path.join(os.path.dirname(get_makefile_filename()), srcdir)
        else:
            srcdir = os.path.dirname(get_makefile_filename())
    _CONFIG_VARS["srcdir"] = _safe_realpath(srcdir)
    _CONFIG_VARS_INITIALIZED = True


def get_config_vars(*args):
    """The dict of configuration variables, or the values of the names given (None for unknown ones)."""
    if _CONFIG_VARS is None:
        _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def _uname():
    if hasattr(os, "uname"):
        return tuple(os.uname())
    import platform
    return platform._os_uname()


def get_platform():
    """The platform tag of binary distributions, e.g. 'linux-x86_64'."""
    if os.name == "nt":
        return sys.platform
    if "_PYTHON_HOST_PLATFORM" in os.environ:
        return os.environ["_PYTHON_HOST_PLATFORM"]
    infos = _uname()
    if os.name != "posix" or not infos:
        return sys.platform
    osname, host, release, version, machine = infos
    osname = osname.lower().replace("/", "")
    machine = machine.replace(" ", "_").replace("/", "-")
    if osname[:5] == "linux":
        return f"{osname}-{machine}"
    if osname[:5] == "sunos" and release[0] >= "5":
        osname = "solaris"
        release = f"{int(release[0]) - 3}.{release[2:]}"
        machine += ".%s" % {2147483647: "32bit", 9223372036854775807: "64bit"}[sys.maxsize]
    elif osname[:6] == "cygwin":
        import re
        m = re.compile(r"[\d.]+").match(release)
        if m:
            release = m.group()
    return f"{osname}-{release}-{machine}"


def get_python_version():
    return _PY_VERSION_SHORT


def expand_makefile_vars(s, vars):
    """s with $(NAME) and ${NAME} replaced by the values in vars (unknown names become '')."""
    import re
    while True:
        m = re.search(_findvar1_rx, s) or re.search(_findvar2_rx, s)
        if not m:
            return s
        begin, end = m.span()
        s = s[0:begin] + vars.get(m.group(1)) + s[end:]


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print(f"{title}: ")
        print(f'\t{key} = "{value}"')


def _main():
    """ginger -m sysconfig: the platform, version, scheme and paths and all the variables."""
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_dict("Paths", get_paths())
    print()
    _print_dict("Variables", get_config_vars())


if __name__ == "__main__":
    _main()
