"""CSV parsing and writing: the _csv module that CPython writes in C, here in Python, with its messages.

reader(), writer(), Dialect, the dialect registry, field_size_limit() and the QUOTE_* constants.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

__doc__ = __doc__


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024

_DIALECT_KEYWORDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
                     'skipinitialspace', 'strict')


def _char(name, value, default, allow_none):
    if value is None and allow_none:
        return None
    if value is _UNSET:
        return default
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()


class Dialect:
    """CSV dialect

    The Dialect type records CSV parsing and generation options.
    """
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar', '_quoting',
                 '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for name in kwargs:
            if name not in _DIALECT_KEYWORDS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # An existing Dialect without overrides is shared, as CPython does.
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect
        values = {}
        for name in _DIALECT_KEYWORDS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
            else:
                values[name] = _UNSET
        self = object.__new__(cls)
        set_ = object.__setattr__
        set_(self, '_delimiter', _char('delimiter', values['delimiter'], ',', False))
        set_(self, '_doublequote', True if values['doublequote'] is _UNSET else bool(values['doublequote']))
        set_(self, '_escapechar', _char('escapechar', values['escapechar'], None, True))
        # The order of the checks is CPython's: each value's type, then the combinations.
        lineterminator = values['lineterminator']
        if lineterminator is _UNSET:
            lineterminator = '\r\n'
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, '_lineterminator', lineterminator)
        quotechar = values['quotechar']
        set_(self, '_quotechar', _char('quotechar', quotechar, '"', True))
        quoting = values['quoting']
        if quoting is _UNSET:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        set_(self, '_skipinitialspace',
             False if values['skipinitialspace'] is _UNSET else bool(values['skipinitialspace']))
        set_(self, '_strict', False if values['strict'] is _UNSET else bool(values['strict']))
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        if quotechar is None and 'quoting' not in kwargs:
            # CPython 3.12 compat: quotechar None without a quoting argument means QUOTE_NONE.
            quoting = QUOTE_NONE
        set_(self, '_quoting', int(quoting))
        if self._quotechar is None and self._quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _readonly(name):
        def get(self):
            return getattr(self, '_' + name)

        def set_(self, value):
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        return property(get, set_)

    delimiter = _readonly('delimiter')
    doublequote = _readonly('doublequote')
    escapechar = _readonly('escapechar')
    lineterminator = _readonly('lineterminator')
    quotechar = _readonly('quotechar')
    quoting = _readonly('quoting')
    skipinitialspace = _readonly('skipinitialspace')
    strict = _readonly('strict')
    del _readonly

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments" if 'new_limit' not in kwargs
                        else "field_size_limit() takes at most 1 argument")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# The reader's states (those of CPython's C parser).
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end of each line, after its characters


class Reader:
    """CSV reader

    Reader objects are responsible for reading and parsing tabular data in CSV format.
    """

    def __init__(self, iterable, dialect, fmtparams):
        self._iterator = iter(iterable)
        self.dialect = Dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._reset()
        dialect = self.dialect
        while True:
            try:
                line = next(self._iterator)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c, dialect)
            self._process(_EOL, dialect)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c, dialect):
        state = self._state
        newline = c == '\n' or c == '\r'
        if state == START_RECORD:
            if c is _EOL:
                return
            if newline:
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if newline or c is _EOL:
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == dialect.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and dialect.skipinitialspace:
                pass
            elif c == dialect.delimiter:
                self._save_field()
            else:
                if dialect.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is _EOL else c)
            self._state = IN_FIELD
        elif state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
            if state == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if newline or c is _EOL:
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == dialect.escapechar:
                self._state = ESCAPED_CHAR
            elif c == dialect.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
                self._state = IN_FIELD
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == dialect.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if dialect.doublequote else IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if dialect.quoting != QUOTE_NONE and c == dialect.quotechar:
                self._add_char(c)  # "" inside quotes is one "
                self._state = IN_QUOTED_FIELD
            elif c == dialect.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif newline or c is _EOL:
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not dialect.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (dialect.delimiter, dialect.quotechar))
        elif state == EAT_CRNL:
            if newline:
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in "
                            "universal-newline mode?")


Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def _is_number(value):
    # CPython's PyNumber_Check: ints, floats, complex and anything with __index__, __int__ or __float__.
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return hasattr(cls, '__index__') or hasattr(cls, '__int__') or hasattr(cls, '__float__')


class Writer:
    """CSV writer

    Writer objects are responsible for generating tabular data in CSV format from sequence input.
    """

    def __init__(self, fileobj, dialect, fmtparams):
        write = getattr(fileobj, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = Dialect(dialect, **fmtparams)

    def _field_text(self, field, quoted):
        dialect = self.dialect
        out = []
        for c in field:
            if (c == dialect.delimiter or c == dialect.escapechar or c == dialect.quotechar
                    or c in dialect.lineterminator):
                want_escape = False
                if dialect.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == dialect.quotechar:
                        if dialect.doublequote:
                            out.append(dialect.quotechar)
                        else:
                            want_escape = True
                    elif c == dialect.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if dialect.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(dialect.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            text = dialect.quotechar + text + dialect.quotechar
        return text

    def writerow(self, row):
        """writerow(iterable)

        Construct and write a CSV record from an iterable of fields. Non-string elements will be
        converted to string.
        """
        dialect = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        texts = []
        for field in fields:
            quoting = dialect.quoting
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            texts.append(self._field_text(field, quoted))
        if len(texts) == 1 and texts[0] == '':
            # A lone empty field must be quoted, or the record would read back as no fields.
            if dialect.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            texts[0] = dialect.quotechar * 2
        return self._write(dialect.delimiter.join(texts) + dialect.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

        Construct and write a series of iterables to a csv file. Non-string elements will be converted
        to string.
        """
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def reader(iterable, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])

    The returned object is an iterator over the rows of iterable (lists of strings).
    """
    return Reader(iterable, dialect, fmtparams)


def writer(fileobj, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])

    The returned object has writerow() and writerows() methods writing CSV records to fileobj.
    """
    return Writer(fileobj, dialect, fmtparams)
