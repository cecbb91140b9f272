"""What `ginger -m NAME` and `ginger DIRECTORY` (or ZIPFILE) run as __main__: the part of CPython's runpy
that the command line uses (_run_module_as_main). src/api.cpp calls main_code() and runs the code it returns
in __main__'s namespace; a MainError is printed as "<sys.executable>: <message>" with exit status 1."""
import sys
import importlib.util


class MainError(Exception):
    """The module cannot be run; the message says why, as CPython's runpy says it."""


def _spec_and_code(name):
    if name.startswith('.'):
        raise MainError('Relative module names not supported')
    parent = name.rpartition('.')[0]
    if parent:
        # The parent packages are imported first; only the failure to find them is reported below as the
        # failure to find the module, any other error of their code propagates with its traceback.
        try:
            __import__(parent)
        except ImportError as error:
            missing = error.name
            if missing is None or (missing != parent and not parent.startswith(missing + '.')):
                raise
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, AttributeError, TypeError, ValueError) as error:
        message = f'Error while finding module specification for {name!r} ({type(error).__name__}: {error})'
        if name.endswith('.py'):
            message += f". Try using '{name[:-3]}' instead of '{name}' as the module name."
        raise MainError(message) from error
    if spec is None:
        raise MainError(f'No module named {name}')
    if spec.submodule_search_locations is not None:
        if name == '__main__' or name.endswith('.__main__'):
            raise MainError('Cannot use package as __main__ module')
        try:
            return _spec_and_code(name + '.__main__')
        except MainError as error:
            if name not in sys.modules:
                raise
            raise MainError(f'{error}; {name!r} is a package and cannot be directly executed') from None
    loader = spec.loader
    if loader is None:
        raise MainError(f'{name!r} is a namespace package and cannot be executed')
    try:
        code = loader.get_code(name)
    except ImportError as error:
        raise MainError(str(error)) from error
    if code is None:
        # A native module with a command line of its own (e.g. dis) offers it as _main().
        if spec.origin == 'built-in':
            command = getattr(__import__(name, fromlist=['_main']), '_main', None)
            if command is not None:
                return spec, command
        raise MainError(f'No code object available for {name}')
    return spec, code


def main_code(name, set_argv0):
    """The code of module `name` (or a native module's _main function), with __main__'s namespace set up
    for it: __spec__, __file__, __cached__, __loader__, __package__; sys.argv[0] becomes its file when
    set_argv0 (-m), and stays the directory or zip file given on the command line otherwise."""
    if name == '__main__':
        # The __main__ module of sys.path[0] (the directory or zip file), not the one being set up.
        main = sys.modules.pop('__main__')
        try:
            spec, code = _spec_and_code(name)
        except MainError as error:
            if '__main__' in str(error):
                raise MainError(f"can't find '__main__' module in {sys.path[0]!r}") from error
            raise
        finally:
            sys.modules['__main__'] = main
    else:
        spec, code = _spec_and_code(name)
    namespace = sys.modules['__main__'].__dict__
    location = spec.origin if spec.has_location else None
    namespace.update(__name__='__main__', __file__=location, __cached__=spec.cached, __doc__=None,
                     __loader__=spec.loader, __package__=spec.parent, __spec__=spec)
    if location is None:
        del namespace['__file__']
    if set_argv0:
        # (Ginger's own library has no files: its modules keep the name given on the command line.)
        sys.argv[0] = spec.origin if spec.has_location else name
    return code


def set_stdio_encoding(setting):
    """PYTHONIOENCODING=encoding[:errors]: the encoding of the three standard streams, the error handler of
    stdin and stdout ('strict' when only the encoding is given; stderr keeps backslashreplace)."""
    import codecs
    encoding, colon, errors = setting.partition(':')
    name = codecs.lookup(encoding).name if encoding else None
    if not errors and encoding:
        errors = 'strict'
    for stream in (sys.stdin, sys.stdout):
        if stream is not None:
            stream.reconfigure(encoding=name, errors=errors or None)
    if sys.stderr is not None and name:
        sys.stderr.reconfigure(encoding=name, errors=sys.stderr.errors)
