"""Python 2 <-> Python 3 names of modules and globals, for pickle's fix_imports (Ginger's own table).

IMPORT_MAPPING / NAME_MAPPING turn a Python 2 name read from a protocol 0-2 pickle into the Python 3
one; REVERSE_IMPORT_MAPPING / REVERSE_NAME_MAPPING do the opposite when writing one.
"""

# Modules renamed one-to-one (Python 2 name, Python 3 name); both directions.
_RENAMED = """
__builtin__ builtins | copy_reg copyreg | Queue queue | SocketServer socketserver
ConfigParser configparser | repr reprlib | tkFileDialog tkinter.filedialog
tkSimpleDialog tkinter.simpledialog | tkColorChooser tkinter.colorchooser
tkCommonDialog tkinter.commondialog | Dialog tkinter.dialog | Tkdnd tkinter.dnd | tkFont tkinter.font
tkMessageBox tkinter.messagebox | ScrolledText tkinter.scrolledtext | Tkconstants tkinter.constants
Tix tkinter.tix | ttk tkinter.ttk | Tkinter tkinter | markupbase _markupbase | _winreg winreg
thread _thread | dummy_thread _dummy_thread | dbhash dbm.bsd | dumbdbm dbm.dumb | dbm dbm.ndbm
gdbm dbm.gnu | xmlrpclib xmlrpc.client | SimpleXMLRPCServer xmlrpc.server | httplib http.client
htmlentitydefs html.entities | HTMLParser html.parser | Cookie http.cookies | cookielib http.cookiejar
BaseHTTPServer http.server | test.test_support test.support | commands subprocess
urlparse urllib.parse | robotparser urllib.robotparser | urllib2 urllib.request | anydbm dbm
_abcoll collections.abc
"""

# Python 2 modules merged into a Python 3 one (read direction only).
_MERGED = """
cPickle pickle | _elementtree xml.etree.ElementTree | FileDialog tkinter.filedialog
SimpleDialog tkinter.simpledialog | DocXMLRPCServer xmlrpc.server | SimpleHTTPServer http.server
CGIHTTPServer http.server | UserDict collections | UserList collections | UserString collections
whichdb dbm | StringIO io | cStringIO io
"""

# Python 3 accelerator modules written under their Python 2 name (write direction only).
_ACCELERATORS = "_bz2 bz2 | _dbm dbm | _functools functools | _gdbm gdbm | _pickle pickle"

# Globals that moved (Python 2 module.name, Python 3 module.name); both directions.
_MOVED = """
__builtin__.xrange builtins.range | __builtin__.reduce functools.reduce | __builtin__.intern sys.intern
__builtin__.unichr builtins.chr | __builtin__.unicode builtins.str | __builtin__.long builtins.int
itertools.izip builtins.zip | itertools.imap builtins.map | itertools.ifilter builtins.filter
itertools.ifilterfalse itertools.filterfalse | itertools.izip_longest itertools.zip_longest
UserDict.IterableUserDict collections.UserDict | UserList.UserList collections.UserList
UserString.UserString collections.UserString | whichdb.whichdb dbm.whichdb | _socket.fromfd socket.fromfd
_multiprocessing.Connection multiprocessing.connection.Connection
multiprocessing.process.Process multiprocessing.context.Process
multiprocessing.forking.Popen multiprocessing.popen_fork.Popen
urllib.ContentTooShortError urllib.error.ContentTooShortError | urllib.getproxies urllib.request.getproxies
urllib.pathname2url urllib.request.pathname2url | urllib.quote_plus urllib.parse.quote_plus
urllib.quote urllib.parse.quote | urllib.unquote_plus urllib.parse.unquote_plus
urllib.unquote urllib.parse.unquote | urllib.url2pathname urllib.request.url2pathname
urllib.urlcleanup urllib.request.urlcleanup | urllib.urlencode urllib.parse.urlencode
urllib.urlopen urllib.request.urlopen | urllib.urlretrieve urllib.request.urlretrieve
urllib2.HTTPError urllib.error.HTTPError | urllib2.URLError urllib.error.URLError
multiprocessing.AuthenticationError multiprocessing.context.AuthenticationError
multiprocessing.BufferTooShort multiprocessing.context.BufferTooShort
multiprocessing.ProcessError multiprocessing.context.ProcessError
multiprocessing.TimeoutError multiprocessing.context.TimeoutError
"""

# Read direction only.
_MOVED_READ = """
__builtin__.basestring builtins.str | exceptions.StandardError builtins.Exception
UserDict.UserDict collections.UserDict | socket._socketobject socket.SocketType
"""

# Write direction only.
_MOVED_WRITE = """
_functools.reduce __builtin__.reduce | _socket.socket socket._socketobject
tkinter.filedialog.FileDialog FileDialog.FileDialog | tkinter.filedialog.LoadFileDialog FileDialog.LoadFileDialog
tkinter.filedialog.SaveFileDialog FileDialog.SaveFileDialog
tkinter.simpledialog.SimpleDialog SimpleDialog.SimpleDialog
xmlrpc.server.ServerHTMLDoc DocXMLRPCServer.ServerHTMLDoc
xmlrpc.server.XMLRPCDocGenerator DocXMLRPCServer.XMLRPCDocGenerator
xmlrpc.server.DocXMLRPCRequestHandler DocXMLRPCServer.DocXMLRPCRequestHandler
xmlrpc.server.DocXMLRPCServer DocXMLRPCServer.DocXMLRPCServer
xmlrpc.server.DocCGIXMLRPCRequestHandler DocXMLRPCServer.DocCGIXMLRPCRequestHandler
http.server.SimpleHTTPRequestHandler SimpleHTTPServer.SimpleHTTPRequestHandler
http.server.CGIHTTPRequestHandler CGIHTTPServer.CGIHTTPRequestHandler
"""

# Built-in exceptions of Python 2's `exceptions` module, now in builtins (both directions).
_EXCEPTIONS = """ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning
DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning GeneratorExit
IOError ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt LookupError
MemoryError NameError NotImplementedError OSError OverflowError PendingDeprecationWarning ReferenceError
RuntimeError RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError
TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError""".split()

# Python 3 exceptions with no Python 2 counterpart, written as their Python 2 base class.
_NEW_OS_ERRORS = """ChildProcessError ConnectionError BrokenPipeError ConnectionAbortedError
ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError InterruptedError
IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError""".split()


def _pairs(text):
    for item in text.replace('\n', ' | ').split('|'):
        if item.strip():
            old, new = item.split()
            yield old, new


def _dotted(name):
    module, _, attr = name.rpartition('.')
    return module, attr


IMPORT_MAPPING = {}
REVERSE_IMPORT_MAPPING = {}
for _old, _new in _pairs(_RENAMED):
    IMPORT_MAPPING[_old] = _new
    REVERSE_IMPORT_MAPPING[_new] = _old
for _old, _new in _pairs(_MERGED):
    IMPORT_MAPPING[_old] = _new
for _new, _old in _pairs(_ACCELERATORS):
    REVERSE_IMPORT_MAPPING[_new] = _old

NAME_MAPPING = {}
REVERSE_NAME_MAPPING = {}
for _old, _new in _pairs(_MOVED):
    NAME_MAPPING[_dotted(_old)] = _dotted(_new)
    REVERSE_NAME_MAPPING[_dotted(_new)] = _dotted(_old)
for _name in _EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
for _old, _new in _pairs(_MOVED_READ):
    NAME_MAPPING[_dotted(_old)] = _dotted(_new)
for _new, _old in _pairs(_MOVED_WRITE):
    REVERSE_NAME_MAPPING[_dotted(_new)] = _dotted(_old)
for _name in _NEW_OS_ERRORS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _old, _new, _name
