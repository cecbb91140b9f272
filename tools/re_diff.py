"""Differential test of Ginger's lib/re against CPython 3.12's own re, both running on CPython's _sre engine.

    $(pyenv prefix 3.12.1)/bin/python3.12 tools/re_diff.py [-k SUBSTRING] [--fuzz N] [--seed S]
    $(pyenv prefix 3.12.1)/bin/python3.12 tools/re_diff.py --ginger build/ginger [--fuzz N]

lib/re is imported as `re` and CPython's Lib/re as `cpython_re`. For each pattern (and flags) of the corpus below,
the script compares the compiled _sre code, the groups, flags and the DEBUG output, or the exception raised
(type, message, pos, lineno, colno); then, for each subject, the results of search, match, fullmatch, findall,
finditer, split, sub and subn (with templates and a function) and the Match API. Warnings are compared too.
Then N (default 2000) random patterns made of pieces of syntax are compiled and matched by both, and N/4 random
replacement templates are used by sub() (seeded by S, default 1, so that every run checks the same ones). -k
limits the run to the corpus patterns whose repr contains SUBSTRING.

With --ginger, lib/re runs on Ginger instead (built with lib/re frozen in), recording what _sre.compile() receives
(with a stand-in for _sre while Ginger has none); the code, flags, groups, errors and DEBUG output of the corpus and
of N random patterns are compared with CPython's re.

It prints each difference and a summary, and exits with status 1 if any check failed.
"""

import contextlib
import importlib.util
import io
import os
import sys
import sysconfig
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
OURS_DIR = os.path.join(HERE, '..', 'lib', 're')
CPYTHON_DIR = os.path.join(sysconfig.get_paths()['stdlib'], 're')


def load_package(name, directory):
    spec = importlib.util.spec_from_file_location(name, os.path.join(directory, '__init__.py'),
                                                  submodule_search_locations=[directory])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


if sys.implementation.name != 'cpython' or sys.version_info[:2] != (3, 12):
    sys.exit('re_diff.py needs CPython 3.12 (its _sre runs both packages)')
if 're' in sys.modules:
    sys.exit('re was imported before re_diff.py could load lib/re')
ours = load_package('re', OURS_DIR)
theirs = load_package('cpython_re', CPYTHON_DIR)
assert os.path.samefile(ours.__file__, os.path.join(OURS_DIR, '__init__.py')), ours.__file__


@contextlib.contextmanager
def acting_as_re(module):
    """_sre looks up re._compile_template through sys.modules['re'] for sub() templates and Match.expand()."""
    saved = sys.modules['re']
    sys.modules['re'] = module
    try:
        yield
    finally:
        sys.modules['re'] = saved


def describe_exception(exc):
    parts = [type(exc).__name__, str(exc)]
    if type(exc).__name__ == 'error':
        parts += [exc.msg, exc.pattern, exc.pos, exc.lineno, exc.colno]
    return ('raises',) + tuple(parts)


def run(module, function):
    """function(module) -> (result, printed output, warnings), with exceptions as results."""
    out = io.StringIO()
    with acting_as_re(module), warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out):
        warnings.simplefilter('always')
        try:
            result = function(module)
        except Exception as exc:
            result = describe_exception(exc)
    return result, out.getvalue(), [(w.category.__name__, str(w.message)) for w in caught]


def describe_match(m):
    if m is None:
        return None
    info = [m.span(), m.group(), m.groups(), m.groups('-'), m.groupdict(), m.lastindex, m.lastgroup,
            [m.span(i) for i in range(m.re.groups + 1)], m.pos, m.endpos]
    for name in m.re.groupindex:
        info.append((name, m.group(name), m.start(name), m[name]))
    return info


PATTERNS = [
    # literals and escapes
    'abc', 'a', '', 'hello world', r'\a\f\n\r\t\v\\', r'\x41\x7e', r'\u00e9\U0001F600', r'\0', r'\012', r'\07',
    r'\101', r'\1010', r'\N{EM DASH}', r'\N{LATIN SMALL LETTER A}b', r'\.\*\+\?', r'\-\#\ \&\~',
    r'\%', r'\"', '\u00e9t\u00e9', '\U0001F600+', r'a\Z', r'\Aab', r'a{}', r'a{', r'a{1', r'a{1,', r'a{,2}',
    r'{', r'}', r'x{1,2}y', r'a{2}', r'a{2,}', r'a{,}', r'a{0}', r'a{0,0}', r'a{ 1}', r'a{1,2}?', r'a{1,2}+',
    # classes
    '[abc]', '[^abc]', '[a-z]', '[a-zA-Z0-9_]', '[^a-z]', '[]]', '[]a]', '[^]]', '[a-]', '[-a]', '[a\\-z]',
    r'[\d]', r'[\D]', r'[\w.]', r'[\s\S]', r'[^\W\d]', r'[\n\t]', r'[\x00-\x1f]', r'[\u0100-\u017f]',
    r'[\U00010000-\U0010ffff]', r'[a-z\U00010000]', r'[\b]', r'[\0]', r'[\08]', r'[\377]', r'[\1]', r'[.*+?]',
    '[a]', '[^a]', '[aa]', '[ab]', '[a-c]', '[a-cx-z]', '[a-cx-z0]', '[0-9a-fA-F]', '[\u00e0-\u00ff]',
    '[\u0400-\u04ff\u0500]', '[\u4e00-\u9fff]', '[^\u4e00-\u9fff]', r'[a-z\d]', '[' + ''.join(
        chr(c) for c in range(0x100, 0x2000, 7)) + ']',
    '[\u0131s]', '[k\u212a]', '[\u00b5]', '[\u1e9e]', '[\u03c3]', '[\u0390]',
    # anchors, dot, alternation
    '^abc$', '^', '$', 'a.c', '.', '..', 'a|b', 'a|b|c', 'ab|ac', 'abc|abd|aef', 'a|', '|a', '|', 'a||b',
    r'\bfoo\b', r'\Bfoo', r'(?m)^a$', r'(?s)a.b', 'cat|dog|bird', 'x(a|b|c)y', r'\d|[a-c]|x', r'\d+|[a-c]',
    '(a)|b', 'a|(b)', 'ab|a', 'ab|ab', 'a(?:b|c)d', r'\w+\s\w+',
    # repeats
    'a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a*+', 'a++', 'a?+', 'a{2,3}', 'a{2,3}?', '(ab)*', '(ab)+?', '(?:ab)*',
    '(?:a)*', '(?:a|b)*', '(a|b)*c', r'(\d+)-(\d+)', '.*', '.*?x', '(a*)*', '(a*)+', '(a|)*', '(?:)*', r'\d{3}',
    r'[ab]{2,}', r'x*y*z*', 'a{4294967294}', '(?:ab){3}', '(?:ab){1,2}+', '(a)+', '(?:(a)|b)+',
    # groups
    '(a)(b)(c)', '(?P<first>a)(?P<second>b)?', '(?P<x>a)(?P=x)', r'(a)\1', r'(a)(b)\2\1', '(?:a)', '((a)b)c',
    '(?P<name>x)|y', r'(?P<word>\w+)\s(?P=word)', '(?#a comment)a', 'a(?#)b', '(a)(?:b)(c)', r'(a)|\1',
    '(?P<a1>x)(?P<_b>y)', '(\u00e9)', '(?P<\u00e9>x)',
    # lookarounds, conditionals, atomic
    'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '(?<=ab)c', '(?<=a|b)c', '(?<=(a))b', r'(?<=\d{3})x',
    '(?=a)*', '(?!)', '(?=)', '(a)?(?(1)b|c)', '(a)?(?(1)b)', '(?P<g>a)?(?(g)b|c)', '(?>a+)b', '(?>a|ab)c',
    '(?>ab*)+', 'a(?=b(?=c))', '(?<=a(?<=a))b', r'(?<!\w)x', '(?(1)a|b)(x)',
    # flags
    '(?i)abc', '(?i)[a-z]+', '(?x) a b # comment\n c', '(?x)[ a]', '(?x)a\\ b', '(?i:a)b', '(?-i:a)b',
    '(?i)a(?-i:b)c', '(?s:.)', '(?m:^a)', '(?a)\\w', '(?u)\\w', '(?ai)k', '(?x:a b)c', '(?-x:a b)',
    '(?i)\u0130', '(?i)\u212a', '(?i)s', '(?i)\u017f', '(?i)[s]', '(?i)[^s]', '(?i)[a-z\u017f]', '(?i)\u00df',
    '(?i)[\u0390]', '(?i)\u03c3', '(?i)[\u0100-\u0200]', '(?i)[\U00010400-\U0001044f]', '(?i)\U00010400',
    '(?i)[^k]', '(?i)[k-m]', '(?i)[0-9]', '(?i)1', '(?i)(a)\\1', '(?i)[\\w]', '(?i)[^\\d]', '(?t)a',
    '(?x)(?i)a', '(?imsx)a', '(?i)(?m)a', 'a(?i:b(?-i:c)d)e', '(?i:(?a:\\w))',
    # errors
    '(', ')', 'a)', '(a', '((a)', '(?', '(?P', '(?P<', '(?P<a', '(?P<>a)', '(?P<1a>x)', '(?P<a-b>x)',
    '(?P<a>x)(?P<a>y)', '(?P=', '(?P=a', '(?P=a)', '(?P=1)', '(?Px)', '(?<', '(?<x)', '(?<=', '(?#', '(?#abc',
    '(?z)', '(?i', '(?i-', '(?i-:a)', '(?-:a)', '(?--i:a)', '(?i-i:a)', '(?L)a', '(?au)a', '(?a-u:a)',
    '(?-a:a)', '(?t:a)', '(?-t:a)', '(?i)(?L:a)', '(?iz)', '(?i!)', '(?-z:a)', '(?-i!:a)', '(?-ix', 'a(?i)b',
    '*', '+a', '?', '{1}', 'a**', 'a*??', 'a{1}{2}', '^*', r'\b*', r'$+', '(?:)*', 'a|*', '[', '[a', '[^',
    '[a-', '[z-a]', r'[\d-z]', r'[a-\d]', r'[\A]', r'[\Z]', r'[\B]', r'[\9]', r'[\400]', '\\', 'a\\', r'\q',
    r'\8', r'\1', r'(a)\2', r'(a\1)', r'\400', r'\x', r'\x4', r'\xg', r'\u12', r'\U1234567', r'\U00110000',
    r'\N', r'\N{', r'\N{}', r'\N{EM DASH', r'\N{NOT A NAME}', r'\N{LATIN SMALL LETTER A', '\\N{EM DASH}}',
    'a{2,1}', 'a{4294967295}', 'a{1,4294967295}', '(?<=a+)b', '(?<=a*)b', '(?<=a|bc)d', r'(?<=(a)\1)b',
    r'(a)(?<=\1)', '(?(1)a|b|c)', '(?(0)a)', '(?(a)b)', '(?(1a)b)', '(?(2)a)(b)', '(?(', '(?()a)',
    '(?(1)', '(?(1)a', '(?P=x)(?P<x>a)', '(?P<x>(?P=x))', '(a)(?<=(?(1)b|c))', '(?<=(?P<n>a)(?P=n))b',
    'a\n(', '(?x)a\n  )', 'x\ny\n[', '(?i', 'abc)def', '(?P<a>a)(?P<b>b)(?P<a>c)',
    '\u00e9(', '(?P<\u00e9-x>a)', r'\p', r'[\p]', '(?<!a+)b', '(?<=)', 'a{,4294967295}', '(?i)(?a)a',
    '(?x)(?s)a', 'a(?x)', '|(?i)a', '(?i)|(?m)a', '((?i)a)',
    # widths beyond what a code word holds, names the engine's name lookup treats specially
    '(?:x{65536}){65536}', '(?:ab{65535}){65537}c', '(?:a{65536}){65536}|b', '(?<=(?:a{65536}){65536})b',
    '(?:a{65536}){65535}', 'a{4294967294}b{4294967294}', r'\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}',
    r'\N{LATIN CAPITAL LETTER GHA}', r'\N{BYTE ORDER MARK}', r'\N{latin small letter a}', r'\N{EM  DASH}',
    r'[\N{EM DASH}-\N{EN DASH}]', r'[\N{EN DASH}-\N{EM DASH}]', '(?i)[\x00-\uffff]', '(?i)[^\x00-\U0010ffff]',
    '[\x00-\U0010ffff]', '(?i)[\U00010000-\U0010ffff]', '[\U00010000-\U0010ffff\\w]',
]

BYTES_PATTERNS = [
    b'abc', b'[a-z]+', b'\\d+', b'\\w+', b'(?i)abc', b'(?L)abc', b'(?a)\\w', b'\\xff', b'[\\x80-\\xff]', b'\\u1234',
    b'\\U00012345', b'\\N{EM DASH}', b'a\n(', b'(?x)a #c\n)', b'(?u)a', b'(?P<\xe9>a)', b'(?P<n>a)(?P=n)',
    b'\xe9(', b'[\xe9-\xff]',
    b'(?i)\xe9', b'a\\', b'(?L)(?i)k', b'(?aL)a', b'(?i)[^a]', b'\\s+', b'(?P<a\xff>x)', b'(\\w+)@(\\w+)',
]

# (pattern, flags) pairs whose flags come from the caller.
FLAGGED = [
    ('abc', 'I'), ('[a-z]', 'I'), ('a.b', 'S'), ('^a$', 'M'), ('a b # c', 'X'), ('\\w+', 'A'), ('\\w+', 'U'),
    ('a', 'L'), ('a', 'A|U'), (b'a', 'U'), (b'a', 'L|A'), (b'\\w', 'L'), (b'\\w', 'L|I'), ('(?i)a', 'DEBUG'),
    ('a(b)c|d[e-f]*', 'DEBUG'), ('(?P<n>a)(?P=n)(?(n)x|y)(?<=a)(?!b)(?>c)\\b', 'DEBUG'),
    ('[\u0100-\u0200\u4e00]', 'DEBUG'), ('(?i)s[k-m]+?\\d{2,}+', 'DEBUG'), ('a*', 'T'), ('a', 'T'),
    ('\\bx\\B', 'I|A'), ('[^abc]', 'I|A'), ('(a)\\1', 'I|A'), (b'(a)\\1', 'I|L'), (b'[a-z]', 'I|L'),
    ('\u00e9', 'I|A'), ('I\u0130', 'I'), ('ab|cd', 'I'), ('a|b', 'I'), ('[ab]c', 'I'), ('(?-i:a)b', 'I'),
    ('(a)(?i:b)', 'I'), ('x(?:a)', 'M|S'), ('a', 'I|M|S|X'), ('(?x)a', 'X'), ('a', 'DEBUG|I'),
]

SUBJECTS = [
    '', 'abc', 'xabcx', 'ABC', 'aaa', 'aAbBcC', 'a b c', 'hello world', 'abcabc', 'a\nb\nc', 'ab\nab\n',
    '123-456', 'foo foo bar', 'xaby', '\u00e9t\u00e9', 'caf\u00c9', 'S\u017fs\u1e9e\u00df', 'k\u212aK',
    '\u0130i\u0131I', '\U0001F600\U0001F600', 'cat dog bird', 'aab', 'abb', 'ac', 'bc', 'abd', 'abcd', 'a-z',
    '\u03a3\u03c3\u03c2', 'name_1 x2', '\t \n', 'x', 'abababab', '\U00010400\U00010428', 'a1b2c3',
]

BYTES_SUBJECTS = [b'', b'abc', b'ABC xyz', b'\xe9\xff', b'123 abc', b'a@b c@d', b'aa', b'K k']

TEMPLATES = [r'<\g<0>>', r'[\1]', r'\g<1>\g<1>', r'\g<name>', r'\n\t\\', r'\0\07\101', r'x\g<2>', r'\\1', r'\&',
             r'\q', r'\g<', r'\g<>', r'\g<a-b>', r'\g<99>', r'\99', r'\400', '', 'plain', r'\g<first>', '\\',
             r'\g<0', r'\11', r'\1a', r'\b']

FLAG_NAMES = {'I': 'IGNORECASE', 'S': 'DOTALL', 'M': 'MULTILINE', 'X': 'VERBOSE', 'A': 'ASCII', 'U': 'UNICODE',
              'L': 'LOCALE', 'T': 'TEMPLATE', 'DEBUG': 'DEBUG'}


def flag_value(module, text):
    value = 0
    for name in text.split('|'):
        value |= getattr(module, FLAG_NAMES[name])
    return value


class Differ:
    def __init__(self, verbose):
        self.verbose = verbose
        self.checks = self.failures = 0
        self.by_kind = {}

    def compare(self, kind, label, function):
        self.checks += 1
        passed, failed = self.by_kind.get(kind, (0, 0))
        mine, reference = run(ours, function), run(theirs, function)
        mine, reference = normalize(mine), normalize(reference)
        if mine == reference:
            self.by_kind[kind] = (passed + 1, failed)
            return True
        self.by_kind[kind] = (passed, failed + 1)
        self.failures += 1
        print(f'DIFF {kind} {label}')
        print(f'    ours:    {mine!r}'[:2000])
        print(f'    CPython: {reference!r}'[:2000])
        return False


def normalize(value):
    """Makes results comparable across the two modules: their Pattern and Match types are the same, but error
    classes and flag enums are not."""
    if isinstance(value, (list, tuple)):
        return type(value)(normalize(v) for v in value)
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if type(value).__name__ == 'RegexFlag':
        value = ('RegexFlag', int(value), repr(value), str(value))
        return normalize(value)
    if isinstance(value, str):
        return value.replace('cpython_re.', 're.')
    return value


def check_pattern(differ, pattern, flags_text=None):
    label = repr(pattern) + (f' flags={flags_text}' if flags_text else '')

    def flags_of(module):
        return flag_value(module, flags_text) if flags_text else 0

    def compiled(module):
        tree = module._parser.parse(pattern, flags_of(module))
        code = module._compiler._code(tree, flags_of(module))
        p = module.compile(pattern, flags_of(module))
        return [code, p.flags, p.groups, dict(p.groupindex), p.pattern, repr(p)]

    ok = differ.compare('compile', label, compiled)
    if not ok or (flags_text and 'DEBUG' in flags_text):
        return
    if isinstance(pattern, str):
        subjects, templates = SUBJECTS, TEMPLATES
    else:
        subjects = BYTES_SUBJECTS
        templates = [t.encode('latin1') for t in TEMPLATES]
    for subject in subjects:
        def matching(module, subject=subject):
            p = module.compile(pattern, flags_of(module))
            return [describe_match(p.search(subject)), describe_match(p.match(subject)),
                    describe_match(p.fullmatch(subject)), describe_match(p.search(subject, 1, 3)),
                    p.findall(subject), [describe_match(m) for m in p.finditer(subject)],
                    p.split(subject), p.split(subject, 1)]
        differ.compare('match', f'{label} on {subject!r}', matching)

        def substitute(module, subject=subject):
            p = module.compile(pattern, flags_of(module))
            results = [p.sub(lambda m: '(' + m.group() + ')' if isinstance(subject, str)
                             else b'(' + m.group() + b')', subject)]
            for template in templates:
                try:
                    results.append(p.subn(template, subject))
                    results.append(p.sub(template, subject, count=1))
                except Exception as exc:
                    results.append(describe_exception(exc))
                m = p.search(subject)
                if m is not None:
                    try:
                        results.append(m.expand(template))
                    except Exception as exc:
                        results.append(describe_exception(exc))
            return results
        if subject in subjects[:12] or isinstance(subject, bytes):
            differ.compare('sub', f'{label} on {subject!r}', substitute)


def warning_location(module):
    # The parser's warnings are attributed to the code that called re, as CPython's are.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        module.compile('[[nested]')
        module.search('[a--b]', 'x')
        module.compile('(?:[a&&b])')
    return [(w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno) for w in caught]


def check_api(differ):
    """Module-level functions, the flag enum, escape(), the cache and misuse of the API."""
    cases = {
        'flags repr': lambda re: [repr(re.I), str(re.I), repr(re.I | re.M), repr(re.RegexFlag(0)), repr(~re.I),
                                  repr(re.RegexFlag(1 << 20)), repr(re.I | (1 << 20)), format(re.I), int(re.X),
                                  repr(re.A | re.I), [repr(f) for f in re.RegexFlag], re.NOFLAG, re.U, re.T,
                                  sorted(re.RegexFlag.__members__)],
        'all': lambda re: sorted(re.__all__),
        'escape': lambda re: [re.escape(s) for s in ('a.b*c', 'x y\tz\n', '()[]{}?*+-|^$\\.&~#', '\u00e9-1',
                                                     b'a.b\xff c', '', '_!"%\',/:;<=>@`')],
        'escape roundtrip': lambda re: [bool(re.fullmatch(re.escape(s), s)) for s in ('a.b', '[x]', '\\d', ' # ')],
        'functions': lambda re: [re.search('b+', 'abbc').span(), re.match('a', 'ba'), re.fullmatch('a+', 'aa')[0],
                                 re.findall(r'\d', 'a1b22'), re.split(r'[,;]\s*', 'a, b;c'),
                                 re.sub('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa'),
                                 [m.span() for m in re.finditer('a*', 'baac')], re.split('x*', 'axbc'),
                                 re.sub('x*', '-', 'abxd'), re.findall('(a)(b)?', 'ab a'),
                                 re.split('(a)|b', 'xaybz', maxsplit=1)],
        'flags args': lambda re: [re.search('A', 'a', re.I).group(), re.search('A', 'a', flags=2).group(),
                                  re.compile('a', re.I | re.M).flags, re.compile(b'a').flags,
                                  re.compile('(?i)a').flags, re.compile('a', re.NOFLAG).flags],
        'compiled pattern arg': lambda re: [re.compile(re.compile('a')).pattern,
                                            re.search(re.compile('a'), 'ba').span()],
        'compiled pattern with flags': lambda re: re.compile(re.compile('a'), re.I),
        'bad pattern type': lambda re: re.compile(1),
        'bad pattern list': lambda re: re.compile(['a']),
        'str flags on bytes': lambda re: re.compile(b'a', re.U),
        'locale on str': lambda re: re.compile('a', re.L),
        'ascii and unicode': lambda re: re.compile('a', re.A | re.U),
        'ascii and locale': lambda re: re.compile(b'a', re.A | re.L),
        'mixed types': lambda re: re.search('a', b'a'),
        'mixed types 2': lambda re: re.search(b'a', 'a'),
        'cache identity': lambda re: [re.compile('cached') is re.compile('cached'),
                                      re.compile('cached', re.I) is re.compile('cached', 2)],
        'purge': lambda re: [re.compile('purged'), re.purge(), re.compile('purged').pattern],
        'error class': lambda re: [re.error.__module__, re.error.__name__, issubclass(re.error, Exception),
                                   re.error('m').msg, str(re.error('m', 'pat', 1)), re.error('x', 'a\nb', 2).lineno,
                                   str(re.error('x', 'a\nb', 2)), str(re.error('x', b'a\nb', 3)),
                                   re.error('x').pos, re.error('x', 'p').lineno],
        'types': lambda re: [re.Pattern.__name__, re.Match.__name__, type(re.compile('a')) is re.Pattern],
        'template deprecated': lambda re: re.template('a').pattern,
        'template repeat': lambda re: re.template('a*'),
        'T flag': lambda re: re.compile('ab', re.T).flags,
        'scanner': lambda re: re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None),
                                          (r'[a-z]+', lambda s, t: t.upper())]).scan('12 ab 3 c!'),
        'nested set warning': lambda re: re.compile('[[a]'),
        'set op warnings': lambda re: [re.compile(p) for p in ('[a--b]', '[a&&b]', '[a~~b]', '[a||b]', '[a-b--c]')],
        'group name warning': lambda re: re.compile('(a)(?(\u0661)b)'),
        'template unknown group': lambda re: re.sub('(?P<a>x)', r'\g<b>', 'x'),
        'template bad name': lambda re: re.sub('(x)', r'\g<1x>', 'x'),
        'template str with bytes': lambda re: re.sub(b'x', 'y', b'x'),
        'sub callable bytes': lambda re: re.sub(b'(.)', lambda m: m.group(1).upper(), b'ab'),
        'expand': lambda re: re.match('(?P<a>x)(y)?', 'x').expand(r'[\g<a>][\2]'),
        'big repeat': lambda re: re.compile('a{4294967295}'),
        'too many ranges': lambda re: re.compile('[' + ''.join(chr(c) for c in range(0, 0x30000, 513)) + ']').
        search('\u0201\U00020a02').span(),
        'parser api': lambda re: [str(re._parser.parse('a(b)c').getwidth()), len(re._parser.parse('ab|cd')),
                                  re._parser.parse_template(r'a\1b', re.compile('(x)'))],
        'constants': lambda re: [int(re._constants.MAXREPEAT), re._constants.MAGIC, repr(re._constants.LITERAL),
                                 str(re._constants.AT_END), len(re._constants.OPCODES)],
        'pickle': lambda re: [(q.pattern, q.flags, q is re.compile('p(i)ckle', re.I))
                              for q in [__import__('pickle').loads(__import__('pickle').dumps(
                                  re.compile('p(i)ckle', re.I)))]],
        'warning location': lambda re: warning_location(re),
        'casefix': lambda re: (getattr(re, '_casefix')._EXTRA_CASES if hasattr(re._casefix, '_EXTRA_CASES')
                               else re._casefix.EXTRA_CASES),
    }
    for label, function in cases.items():
        differ.compare('api', label, function)


# Pieces that random patterns are made of: tokens, fragments of syntax and characters with unusual case rules.
FUZZ_PIECES = [
    'a', 'b', 'c', 'ab', 'A', '.', '\\d', '\\w', '\\s', '\\W', '[a-c]', '[^b]', '[', ']', '^]', '-', '(', ')', '(?:',
    '(?P<n>', '(?P<m>', '(?P=n)', '|', '*', '+', '?', '{1,2}', '{2}', '{,1}', '{', '}', ',', '*?', '+?', '?+',
    '*+', '^', '$', '\\b', '\\B', '\\A', '\\Z', '(?=', '(?!', '(?<=', '(?<!', '(?>', '(?(1)', '(?(n)', '\\1',
    '\\2', '(?i)', '(?i:', '(?-i:', '(?x)', '(?s:', '(?m)', '(?a:', '\\', '\\x4', '\\x41', '\\u00e9',
    '\\N{EM DASH}', '\\0', '\\08', '#', ' ', '\n', '(?#c)', '\u00e9', 'K', 'k', 's', '\u017f', '\u212a',
    '\u0130', '\u03c3', '\U0001F600', '[\\d-]', '[a-]', '[\u0100-\u0300]', '\\.', '\\-', '\\q', '\\8',
    '[\u0100-\uffff]', '[\U00010400-\U00010500]', 'abab', 'aab(a)ab', '{0,4294967294}', '{4294967295}',
    '[^\u4e00-\u9fff\\d]', '(?L:', '[\\x00-\\xff]', '[a-z\u0101\u0103\u0105]', '(?P<n>ab)c', '\u1e9e', '\u00df',
    '\u0345',
]
FUZZ_SUBJECTS = ['', 'abc', 'aAbB c\n', 'ab1ab2', 'k\u212aKs\u017fS', '\u00e9\u00c9 \u0130i', 'aaa bbb', 'cba']


FUZZ_ATOMS = ['a', 'b', 'c', 'A', 'k', 's', 'S', '\u212a', '\u017f', '\u00e9', '\u0130', '\u03c3', '.', '\\d',
              '\\w', '\\W', '\\s', '[a-c]', '[^b]', '[ab]', '[a-cK]', '[\\w-]', '[^\\d\\s]', '[k-m]',
              '[\u0100-\u0200]', '\\x41', '\\n', ' ', '\\b', '\\B', '^', '$', '\\A', '\\Z', '\\1', '(?P=n)',
              'abc', 'aab', '[\u0100-\uffff]', '[^\U00010400-\U00010500]', '[\u0101\u0103\u0105]', '\u1e9e',
              '\u0345', '[a-z\u0131]', '\u03b9', '[\\x00-\\xff]']


def random_tree(rng, depth=0):
    """A random pattern that is usually valid (a group reference may come before its group)."""
    choice = rng.random() if depth < 4 else 0
    if choice < 0.35:
        return rng.choice(FUZZ_ATOMS)
    if choice < 0.55:
        return ''.join(random_tree(rng, depth + 1) for _ in range(rng.randint(2, 4)))
    if choice < 0.65:
        return '|'.join(random_tree(rng, depth + 1) for _ in range(rng.randint(2, 3)))
    body = random_tree(rng, depth + 1)
    if choice < 0.85:
        quantifier = rng.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}'])
        atom = body if len(body) == 1 else '(?:' + body + ')'
        return atom + quantifier + rng.choice(['', '', '?', '+'])
    opening = rng.choice(['(', '(?:', '(?P<n>', '(?>', '(?=', '(?!', '(?<=', '(?<!', '(?i:', '(?-i:', '(?s:',
                          '(?x:', '(?a:', '(?(1)', '(?(n)'])
    if opening.startswith('(?('):
        body += '|' + random_tree(rng, depth + 1)
    return opening + body + ')'


def fuzz(differ, count, seed=1):
    """Random patterns: their compilation (code or error) and their matches must agree. Half of them are token
    soup (mostly errors), half random trees (mostly valid)."""
    import random
    rng = random.Random(seed)
    for number in range(count):
        if number % 2:
            pattern = random_tree(rng)
        else:
            pattern = ''.join(rng.choice(FUZZ_PIECES) for _ in range(rng.randint(1, 8)))
        flags = rng.choice(['', 'I', 'X', 'M|S', 'I|A', 'I|M'])
        if number % 5 == 4:
            # Every fifth pattern as bytes, where it can be.
            try:
                pattern = pattern.encode('latin1')
            except UnicodeEncodeError:
                pass
            else:
                flags = rng.choice(['', 'I', 'L', 'I|L', 'A|I', 'X'])

        def flags_of(module):
            return flag_value(module, flags) if flags else 0

        def compiled(module):
            tree = module._parser.parse(pattern, flags_of(module))
            return [module._compiler._code(tree, flags_of(module)), module.compile(pattern, flags_of(module)).flags]
        label = f'{pattern!r} flags={flags}'
        if not differ.compare('fuzz', label, compiled):
            continue

        def matching(module):
            try:
                p = module.compile(pattern, flags_of(module))
            except Exception as exc:
                return describe_exception(exc)
            subjects = FUZZ_SUBJECTS
            template = r'<\g<0>>'
            if isinstance(pattern, bytes):
                subjects = [s.encode('latin1', 'replace') for s in FUZZ_SUBJECTS]
                template = template.encode()
            return [[describe_match(p.search(s)) for s in subjects], [p.findall(s) for s in subjects],
                    [p.sub(template, s) for s in subjects]]
        differ.compare('fuzz', label + ' matching', matching)


# --ginger: the same package running on Ginger, recording what re passes to _sre.compile(), with a stand-in for
# _sre as long as Ginger has none. It checks that the parser and compiler behave the same on Ginger's interpreter as
# on CPython's; the stand-in's case mappings come from Ginger's str.lower() and str.upper().
GINGER_STUB_SRE = """
MAGIC = 20221023
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


# CPython's _sre uses the first character of a full case mapping ('SS' for the uppercase of 'ß').
def unicode_tolower(code):
    return ord(chr(code).lower()[0])


def unicode_iscased(code):
    return code != unicode_tolower(code) or code != ord(chr(code).upper()[0])


def ascii_tolower(code):
    return code + 32 if 65 <= code <= 90 else code


def ascii_iscased(code):
    return code < 128 and chr(code).isalpha()


class Match:
    pass


class Pattern:
    def __init__(self, *args):
        self.args = args

    def match(self, string):
        return Match()


def compile(*args):
    return Pattern(*args)


def template(pattern, parts):
    return parts
"""

GINGER_RUNNER = """
import sys
import re


class Recording:
    # Wraps the _sre that re imported (the stand-in, or Ginger's own once it exists): compile() returns its arguments.
    def __init__(self, real):
        self.real = real

    def __getattr__(self, name):
        return getattr(self.real, name)

    def compile(self, *args):
        return args


re._compiler._sre = Recording(re._compiler._sre)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def run(pattern, flags):
    saved = sys.stdout
    sys.stdout = capture = Capture()
    try:
        try:
            args = re._compiler.compile(pattern, flags)
        except Exception as exc:
            result = ('raises', type(exc).__name__, str(exc), getattr(exc, 'msg', None), getattr(exc, 'pos', None),
                      getattr(exc, 'lineno', None), getattr(exc, 'colno', None))
        else:
            result = ('compiled', args[0], args[1], [int(word) for word in args[2]], args[3], dict(args[4]),
                      args[5])
    finally:
        sys.stdout = saved
    return result + (''.join(capture.parts),)


with open(sys.argv[1], encoding='utf-8') as cases:
    for line in cases:
        pattern, flags = eval(line)
        print(repr(run(pattern, flags)))
"""


class RecordingSre:
    """Wraps CPython's _sre so that compile() returns its arguments, like GINGER_STUB_SRE."""

    def __init__(self, real):
        self.real = real

    def __getattr__(self, name):
        return getattr(self.real, name)

    def compile(self, *args):
        return ('compiled', args[0], args[1], [int(word) for word in args[2]], args[3], dict(args[4]), args[5])


def reference_compile(pattern, flags):
    real = theirs._compiler._sre
    theirs._compiler._sre = RecordingSre(real)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                result = theirs._compiler.compile(pattern, flags)
            except Exception as exc:
                result = ('raises', type(exc).__name__, str(exc), getattr(exc, 'msg', None),
                          getattr(exc, 'pos', None), getattr(exc, 'lineno', None), getattr(exc, 'colno', None))
    finally:
        theirs._compiler._sre = real
    return result + (out.getvalue(),)


def ginger_cases(fuzz_count):
    import random
    cases = [(p, 0) for p in PATTERNS + BYTES_PATTERNS]
    cases += [(p, int(flag_value(theirs, f))) for p, f in FLAGGED if 'T' not in f.split('|')]
    rng = random.Random(2)
    for number in range(fuzz_count):
        if number % 2:
            pattern = random_tree(rng)
        else:
            pattern = ''.join(rng.choice(FUZZ_PIECES) for _ in range(rng.randint(1, 8)))
        flags = rng.choice(['I', 'X', 'M|S', 'I|A', 'I|M', 'S'])
        if number % 5 == 4:
            try:
                pattern = pattern.encode('latin1')
            except UnicodeEncodeError:
                pass
            else:
                flags = rng.choice(['I', 'L', 'I|L', 'A|I', 'X'])
        cases.append((pattern, int(flag_value(theirs, flags))))
    return cases


def check_ginger(ginger, fuzz_count):
    import subprocess
    import tempfile
    cases = ginger_cases(fuzz_count)
    with tempfile.TemporaryDirectory() as directory:
        for name, text in (('_sre.py', GINGER_STUB_SRE), ('runner.py', GINGER_RUNNER),
                           ('cases.txt', ''.join(repr(case) + '\n' for case in cases))):
            with open(os.path.join(directory, name), 'w', encoding='utf-8') as f:
                f.write(text)
        run = subprocess.run([os.path.abspath(ginger), '-B', 'runner.py', 'cases.txt'], cwd=directory,
                             capture_output=True, text=True, encoding='utf-8', errors='backslashreplace')
    lines = run.stdout.splitlines()
    if run.returncode != 0 or len(lines) != len(cases):
        print(f'ginger exited with status {run.returncode} after {len(lines)} of {len(cases)} cases')
        print(run.stderr[-3000:])
    failures = 0
    import ast
    for (pattern, flags), line in zip(cases, lines):
        expected = reference_compile(pattern, flags)
        try:
            got = ast.literal_eval(line)
        except (ValueError, SyntaxError):
            got = line
        if got != expected:
            failures += 1
            print(f'DIFF ginger {pattern!r} flags={flags}')
            print(f'    Ginger:  {got!r}'[:2000])
            print(f'    CPython: {expected!r}'[:2000])
    failures += len(cases) - len(lines)
    print(f'ginger   {len(cases) - failures:6} passed {failures:4} failed')
    return failures


TEMPLATE_PIECES = ['\\', 'g', '<', '>', '1', '2', '0', '7', '8', 'n', 'x', 'a', '-', ' ', '\\g<', '\\1', '\\0', '\\n',
                   '\\q', '\\400', '\\g<n>', '\\g<2>', '\\g<0>', '\\\\', '\\&', '\u00e9', '\\g<\u0661>', '\\10',
                   '\\01', '\\177', '\\778', '\\t']


def fuzz_templates(differ, count, seed=1):
    """Random replacement templates for sub() and Match.expand(), with their errors."""
    import random
    rng = random.Random(seed)
    for _ in range(count):
        template = ''.join(rng.choice(TEMPLATE_PIECES) for _ in range(rng.randint(1, 6)))

        def substitute(module):
            results = []
            for pattern, subject in (('(?P<n>a)(b)?', 'xaby'), ('(x)', 'x'), ('', 'ab')):
                try:
                    results.append(module.subn(pattern, template, subject))
                except Exception as exc:
                    results.append(describe_exception(exc))
            try:
                results.append(module.sub(b'(a)', template.encode('latin1', 'replace'), b'ab'))
            except Exception as exc:
                results.append(describe_exception(exc))
            return results
        differ.compare('template', repr(template), substitute)


def main():
    if '--ginger' in sys.argv:
        index = sys.argv.index('--ginger')
        fuzz_count = int(sys.argv[sys.argv.index('--fuzz') + 1]) if '--fuzz' in sys.argv else 2000
        sys.exit(1 if check_ginger(sys.argv[index + 1], fuzz_count) else 0)
    verbose = '-v' in sys.argv
    only = sys.argv[sys.argv.index('-k') + 1] if '-k' in sys.argv else None
    fuzz_count = int(sys.argv[sys.argv.index('--fuzz') + 1]) if '--fuzz' in sys.argv else 2000
    seed = int(sys.argv[sys.argv.index('--seed') + 1]) if '--seed' in sys.argv else 1
    differ = Differ(verbose)
    patterns = [(p, None) for p in PATTERNS + BYTES_PATTERNS] + FLAGGED
    for pattern, flags_text in patterns:
        if only is None or only in repr(pattern):
            check_pattern(differ, pattern, flags_text)
    if only is None:
        check_api(differ)
        fuzz(differ, fuzz_count, seed)
        fuzz_templates(differ, fuzz_count // 4, seed)
    print()
    for kind, (passed, failed) in sorted(differ.by_kind.items()):
        print(f'{kind:8} {passed:6} passed {failed:4} failed')
    print(f'{len(patterns)} patterns; {differ.checks} checks, {differ.failures} failed')
    sys.exit(1 if differ.failures else 0)


if __name__ == '__main__':
    main()
