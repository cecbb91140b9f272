"""The path-based half of the import system seen from Python: PathFinder, FileFinder, the file
loaders and the __pycache__ naming rules (CPython's importlib._bootstrap_external, frozen as
_frozen_importlib_external). Ginger's C++ search does the same work for the default hooks;
these classes are used when a program adds its own path hooks or calls importlib directly."""

import sys
import _imp
import posix as _os

_bootstrap = None  # _frozen_importlib, set by _set_bootstrap_module()

path_sep = '/'
path_separators = '/'
_pathseps_with_colon = {f':{s}' for s in path_separators}

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES  # deprecated aliases, as in CPython
# Ginger cannot load C extension modules, so no file name marks one.
EXTENSION_SUFFIXES = _imp.extension_suffixes()

_PYCACHE = '__pycache__'
_OPT = 'opt-'

# The first four bytes of Ginger's .pyc files (docs/PYC_FORMAT.md), and the key of their source hashes.
MAGIC_NUMBER = _imp._ginger_magic_number
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')


def _set_bootstrap_module(module):
    global _bootstrap
    _bootstrap = module


def _pack_uint32(x):
    return (int(x) & 0xFFFFFFFF).to_bytes(4, 'little')


def _unpack_uint64(data):
    return int.from_bytes(data, 'little')


def _unpack_uint32(data):
    return int.from_bytes(data, 'little')


def _unpack_uint16(data):
    return int.from_bytes(data, 'little')


def _path_join(*parts):
    if not parts:
        return ''
    if len(parts) == 1:
        return parts[0]
    root = ''
    joined = []
    for part in parts:
        if not part:
            continue
        if part.startswith(path_sep):
            root = path_sep
            joined = [part.strip(path_sep)]
        else:
            joined.append(part.rstrip(path_sep))
    return root + path_sep.join(p for p in joined if p)


def _path_split(path):
    i = path.rfind(path_sep)
    if i < 0:
        return '', path
    return path[:i], path[i + 1:]


def _path_stat(path):
    return _os.stat(path)


def _path_is_mode_type(path, mode):
    try:
        stat_info = _path_stat(path)
    except OSError:
        return False
    return (stat_info.st_mode & 0o170000) == mode


def _path_isfile(path):
    return _path_is_mode_type(path, 0o100000)


def _path_isdir(path):
    if not path:
        path = _os.getcwd()
    return _path_is_mode_type(path, 0o040000)


def _path_isabs(path):
    return path.startswith(path_sep)


def _path_abspath(path):
    if not _path_isabs(path):
        path = _path_join(_os.getcwd(), path)
    return path


def _write_atomic(path, data, mode=0o666):
    """Writes a whole file under a temporary name, then renames it over `path`: a reader (or another
    writer) sees the old file or the new one, never a part of one."""
    temporary = f'{path}.{_os.getpid()}.{id(path)}'
    fd = _os.open(temporary, _os.O_EXCL | _os.O_CREAT | _os.O_WRONLY, mode & 0o666)
    try:
        view = bytes(data)
        while view:
            view = view[_os.write(fd, view):]
        _os.close(fd)
        fd = -1
        _os.replace(temporary, path)
    except OSError:
        if fd >= 0:
            _os.close(fd)
        try:
            _os.unlink(temporary)
        except OSError:
            pass
        raise


def _calc_mode(path):
    """The mode of a .pyc file: its source's, always writable by its owner."""
    try:
        mode = _path_stat(path).st_mode
    except OSError:
        mode = 0o666
    return mode | 0o200


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the .pyc file for a source file (PEP 3147 and PEP 488)."""
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _os.fspath(path)
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    stem = ''.join([(base if base else rest), sep, tag])
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        stem = f'{stem}.{_OPT}{optimization}'
    filename = stem + BYTECODE_SUFFIXES[0]
    if sys.pycache_prefix is not None:
        head = _path_abspath(head)
        # The whole absolute directory is rebuilt under the prefix.
        return _path_join(sys.pycache_prefix, head.lstrip(path_sep), filename)
    return _path_join(head, _PYCACHE, filename)


def source_from_cache(path):
    """The source path of a .pyc path made by cache_from_source()."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = _os.fspath(path)
    head, pycache_filename = _path_split(path)
    in_prefix = False
    if sys.pycache_prefix is not None:
        prefix = sys.pycache_prefix.rstrip(path_separators)
        if head.startswith(prefix + path_sep):
            head = head[len(prefix):]
            in_prefix = True
    if not in_prefix:
        head, pycache = _path_split(head)
        if pycache != _PYCACHE:
            raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dots = pycache_filename.count('.')
    if dots not in (2, 3):
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    if dots == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith(_OPT):
            raise ValueError(f'optimization portion of filename does not start with {_OPT!r}')
        level = optimization[len(_OPT):]
        if not level.isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric value')
    base = pycache_filename.partition('.')[0]
    return _path_join(head, base + SOURCE_SUFFIXES[0])


def _classify_pyc(data, name, exc_details):
    """The flags of a .pyc file's header, after checking its magic number and length (PEP 552)."""
    magic = data[:4]
    if magic != MAGIC_NUMBER:
        raise ImportError(f'bad magic number in {name!r}: {magic!r}', **exc_details)
    if len(data) < 16:
        raise EOFError(f'reached EOF while reading pyc header of {name!r}')
    flags = _unpack_uint32(data[4:8])
    if flags & ~0b11:
        raise ImportError(f'invalid flags {flags!r} in {name!r}', **exc_details)
    return flags


def _validate_timestamp_pyc(data, source_mtime, source_size, name, exc_details):
    """Raises ImportError if a timestamp-based .pyc does not carry the source's mtime and size."""
    if _unpack_uint32(data[8:12]) != (int(source_mtime) & 0xFFFFFFFF):
        raise ImportError(f'bytecode is stale for {name!r}', **exc_details)
    if source_size is not None and _unpack_uint32(data[12:16]) != (source_size & 0xFFFFFFFF):
        raise ImportError(f'bytecode is stale for {name!r}', **exc_details)


def _validate_hash_pyc(data, source_hash, name, exc_details):
    """Raises ImportError if a hash-based .pyc does not carry the source's hash."""
    if data[8:16] != source_hash:
        raise ImportError(f"hash in bytecode doesn't match hash of source {name!r}", **exc_details)


def _compile_bytecode(data, name=None, bytecode_path=None, source_path=None):
    """The code in the body of a .pyc file (what follows its 16-byte header)."""
    return _imp._ginger_code_from_pyc(MAGIC_NUMBER + bytes(12) + bytes(data), bytecode_path, name)


def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
    """The bytes of a timestamp-based .pyc file for a code object."""
    return _imp._ginger_pyc_data(code, 0, _pack_uint32(mtime) + _pack_uint32(source_size))


def _code_to_hash_pyc(code, source_hash, checked=True):
    """The bytes of a hash-based .pyc file for a code object (PEP 552)."""
    assert len(source_hash) == 8
    return _imp._ginger_pyc_data(code, 0b1 | (checked << 1), source_hash)


def _get_sourcefile(bytecode_path):
    if len(bytecode_path) == 0:
        return None
    rest, _, extension = bytecode_path.rpartition('.')
    if not rest or extension.lower()[-3:-1] != 'py':
        return bytecode_path
    try:
        source_path = source_from_cache(bytecode_path)
    except (NotImplementedError, ValueError):
        source_path = bytecode_path[:-1]
    return source_path if _path_isfile(source_path) else bytecode_path


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


def decode_source(source_bytes):
    """Decodes source bytes as the tokenizer would (coding cookie or UTF-8) with universal newlines."""
    encoding = 'utf-8'
    data = bytes(source_bytes)
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
        encoding = 'utf-8'
    else:
        for line in data.split(b'\n', 2)[:2]:
            stripped = line.lstrip(b' \t\f')
            if stripped.startswith(b'#'):
                at = stripped.find(b'coding')
                if at >= 0 and stripped[at + 6:at + 7] in (b':', b'='):
                    name = stripped[at + 7:].lstrip(b' \t')
                    end = 0
                    while end < len(name) and (chr(name[end]).isalnum() or name[end] in b'-_.'):
                        end += 1
                    if end:
                        encoding = name[:end].decode('ascii')
                    break
            elif stripped.strip():
                break
    text = data.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


_POPULATE = object()  # "not given" marker for submodule_search_locations


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for a module in a file (a loader is picked by the file's suffix if none is given)."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _os.fspath(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = _bootstrap.ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _get_supported_file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(_path_split(location)[0])
    return spec


class _LoaderBasics:
    """is_package(), create_module(), exec_module() and load_module() for the file loaders."""

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _bootstrap._load_module_shim(self, fullname)


class SourceLoader(_LoaderBasics):
    """Loads source given get_data() and get_filename() (and optionally path_stats()/set_data())."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def _cache_bytecode(self, source_path, cache_path, data):
        return self.set_data(cache_path, data)

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(source_path), source_path)


class FileLoader:
    """The base of the loaders of files: a module name and the path of its file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def load_module(self, fullname=None):
        return _bootstrap._load_module_shim(self, self.name if fullname is None else fullname)

    def get_filename(self, fullname=None):
        if fullname is not None and fullname != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {fullname}', name=fullname)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as file:
            return file.read()


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from a .py file, through the __pycache__ .pyc cache."""

    def path_stats(self, path):
        st = _path_stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def set_data(self, path, data, *, _mode=0o666):
        parent, filename = _path_split(path)
        parts = []
        while parent and not _path_isdir(parent):
            parent, part = _path_split(parent)
            parts.append(part)
        for part in reversed(parts):
            parent = _path_join(parent, part)
            try:
                _os.mkdir(parent)
            except FileExistsError:
                continue
            except OSError:
                return
        try:
            _write_atomic(path, data, _mode)
        except OSError:
            pass

    def get_code(self, fullname):
        cls = type(self)
        if (cls.get_data is FileLoader.get_data and cls.source_to_code is SourceLoader.source_to_code
                and cls.get_filename is FileLoader.get_filename):
            # The C++ loader: the same compiler, with the .pyc cache read and written.
            return _imp._ginger_source_code(self.get_filename(fullname))
        return SourceLoader.get_code(self, fullname)


class SourcelessFileLoader(FileLoader, _LoaderBasics):
    """Loads a module from a Ginger .pyc file with no source beside it."""

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return _imp._ginger_code_from_pyc(self.get_data(path), path, fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """C extension modules: Ginger cannot load them, and says so."""

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def create_module(self, spec):
        raise ImportError(f'Ginger cannot load C extension modules: {self.path!r}', name=spec.name, path=self.path)

    def exec_module(self, module):
        raise ImportError(f'Ginger cannot load C extension modules: {self.path!r}', name=self.name, path=self.path)

    def is_package(self, fullname):
        filename = _path_split(self.path)[1]
        return any(filename == '__init__' + suffix for suffix in EXTENSION_SUFFIXES)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class _NamespacePath:
    """The __path__ of a namespace package (PEP 420): its directories, found again whenever the
    path it was found on (sys.path, or the parent package's __path__) has changed."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = list(path)
        self._path_finder = path_finder
        self._searched = self._parent_path()

    def _parent_path(self):
        parent = self._name.rpartition('.')[0]
        if not parent:
            return tuple(sys.path)
        return tuple(getattr(sys.modules[parent], '__path__', ()))

    def _recalculate(self):
        searched = self._parent_path()
        if searched != self._searched:
            spec = self._path_finder(self._name, searched)
            if spec is not None and spec.loader is None and spec.submodule_search_locations:
                self._path = list(spec.submodule_search_locations)
            self._searched = searched
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    """The loader of namespace packages: there is nothing to execute."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _bootstrap._load_module_shim(self, fullname)


_NamespaceLoader = NamespaceLoader


class PathFinder:
    """Finds modules on sys.path (or a package's __path__) through sys.path_hooks."""

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not _path_isabs(name):
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            try:
                path = _os.getcwd()
            except FileNotFoundError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        stdlib = _imp._ginger_stdlib_dir()
        frozen = None if _imp._ginger_frozen_before_path(fullname) else _imp.find_frozen(fullname)
        for entry in path:
            if not isinstance(entry, str):
                continue
            if frozen is not None and entry == stdlib:
                # Ginger's own library comes just before the CPython library it stands in for.
                return _bootstrap.FrozenImporter._spec(fullname)
            finder = cls._path_importer_cache(entry)
            if finder is None or not hasattr(finder, 'find_spec'):
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError('spec missing loader')
            namespace_path.extend(portions)
        if frozen is not None:
            return _bootstrap.FrozenImporter._spec(fullname)
        spec = _bootstrap.ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec is None:
            return None
        if spec.loader is None:
            namespace_path = spec.submodule_search_locations
            if namespace_path:
                spec.origin = None
                spec.submodule_search_locations = _NamespacePath(fullname, namespace_path, cls._get_spec)
                return spec
            return None
        return spec

    @staticmethod
    def find_distributions(*args, **kwargs):
        raise NotImplementedError('importlib.metadata is not supported by Ginger yet')


class FileFinder:
    """Finds modules in one directory, by trying each loader's suffixes."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == '.':
            self.path = _os.getcwd()
        else:
            self.path = _path_abspath(path)

    def invalidate_caches(self):
        pass  # no directory listing is cached: each lookup asks the file system

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader, submodule_search_locations=smsl)

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        if not tail:
            return None
        base_path = _path_join(self.path, tail)
        is_namespace = False
        if _path_isdir(base_path):
            for suffix, loader_class in self._loaders:
                init_filename = '__init__' + suffix
                full_path = _path_join(base_path, init_filename)
                if _path_isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, [base_path], target)
            is_namespace = True
        for suffix, loader_class in self._loaders:
            full_path = _path_join(self.path, tail + suffix)
            if _path_isfile(full_path):
                return self._get_spec(loader_class, fullname, full_path, None, target)
        if is_namespace:
            spec = _bootstrap.ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base_path]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        """A path hook that makes a FileFinder for a directory (and refuses anything else)."""
        def path_hook_for_FileFinder(path):
            if not _path_isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f'FileFinder({self.path!r})'


def _get_supported_file_loaders():
    """(loader, suffixes) pairs, in the order FileFinder tries them."""
    extensions = ExtensionFileLoader, EXTENSION_SUFFIXES
    source = SourceFileLoader, SOURCE_SUFFIXES
    bytecode = SourcelessFileLoader, BYTECODE_SUFFIXES
    return [extensions, source, bytecode]
