"""Command-line tool to validate and pretty-print JSON: `ginger -m json.tool [options] [infile] [outfile]`.

The options are CPython 3.12's; the command line is read by hand (Ginger ships no argparse yet), with
argparse's usage and error messages.
"""
import json
import sys

USAGE = """\
usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii]
                           [--json-lines]
                           [--indent INDENT | --tab | --no-indent | --compact]
                           [infile] [outfile]
"""

HELP = USAGE + """
A simple command line interface for json module to validate and pretty-print
JSON objects.

positional arguments:
  infile             a JSON file to be validated or pretty-printed
  outfile            write the output of infile to outfile

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the output of dictionaries alphabetically by key
  --no-ensure-ascii  disable escaping of non-ASCII characters
  --json-lines       parse input using the JSON Lines format. Use with --no-
                     indent or --compact to produce valid JSON Lines output.
  --indent INDENT    separate items with newlines and use this number of
                     spaces for indentation
  --tab              separate items with newlines and use tabs for indentation
  --no-indent        separate items with spaces rather than newlines
  --compact          suppress all whitespace separation (most compact)
"""

_LAYOUT_OPTIONS = ('--indent', '--tab', '--no-indent', '--compact')


def _error(message):
    sys.stderr.write(USAGE)
    sys.stderr.write('python -m json.tool: error: %s\n' % message)
    sys.exit(2)


def _parse(argv):
    options = {'sort_keys': False, 'ensure_ascii': True, 'json_lines': False, 'indent': 4,
               'separators': None}
    layout = None
    positional = []
    unknown = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        value = None
        if arg.startswith('--indent='):
            arg, value = '--indent', arg[len('--indent='):]
        if arg in ('-h', '--help'):
            sys.stdout.write(HELP)
            sys.exit(0)
        elif arg == '--sort-keys':
            options['sort_keys'] = True
        elif arg == '--no-ensure-ascii':
            options['ensure_ascii'] = False
        elif arg == '--json-lines':
            options['json_lines'] = True
        elif arg in _LAYOUT_OPTIONS:
            if layout is not None and layout != arg:
                _error('argument %s: not allowed with argument %s' % (arg, layout))
            layout = arg
            if arg == '--indent':
                if value is None:
                    if i >= len(argv) or (argv[i].startswith('-') and argv[i] != '-'):
                        _error('argument --indent: expected one argument')
                    value = argv[i]
                    i += 1
                try:
                    options['indent'] = int(value)
                except ValueError:
                    _error("argument --indent: invalid int value: %r" % value)
            elif arg == '--tab':
                options['indent'] = '\t'
            elif arg == '--no-indent':
                options['indent'] = None
            else:
                options['indent'] = None
                options['separators'] = (',', ':')
        elif arg == '--':
            positional.extend(argv[i:])
            break
        elif arg.startswith('-') and arg != '-':
            unknown.append(arg)
        else:
            positional.append(arg)
    if len(positional) > 2:
        unknown.extend(positional[2:])
    infile = positional[0] if positional else None
    outfile = positional[1] if len(positional) > 1 else None
    return options, infile, outfile, unknown


def _open(name, mode, argument):
    # As argparse.FileType: '-' is the standard stream; the file is opened while parsing.
    if name is None or name == '-':
        return sys.stdin
    try:
        return open(name, mode, encoding='utf-8')
    except OSError as e:
        _error("argument %s: can't open '%s': %s" % (argument, name, e))


def main():
    options, infile_name, outfile_name, unknown = _parse(sys.argv[1:])
    # As with argparse: the input file is opened while parsing, before unrecognized arguments are reported;
    # the output file is opened after the input is read (so an unwritable one only fails then).
    infile = _open(infile_name, 'r', 'infile')
    if unknown:
        _error('unrecognized arguments: %s' % ' '.join(unknown))
    dump_args = {'sort_keys': options['sort_keys'], 'indent': options['indent'],
                 'ensure_ascii': options['ensure_ascii']}
    if options['separators'] is not None:
        dump_args['separators'] = options['separators']
    with infile as infile:
        try:
            if options['json_lines']:
                objs = (json.loads(line) for line in infile)
            else:
                objs = (json.load(infile),)
            if outfile_name is None:
                out = sys.stdout
            else:
                out = open(outfile_name, 'w', encoding='utf-8')
            with out as outfile:
                for obj in objs:
                    json.dump(obj, outfile, **dump_args)
                    outfile.write('\n')
        except ValueError as e:
            raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
