import csv, io
def show(**kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    w.writerow(['a', 'b,c', 'd"e', 'f\ng', 1, 2.5, None, ''])
    w.writerow([])
    w.writerow([''])
    w.writerow([None, ''])
    print(repr(s.getvalue()))
    return s.getvalue()
for kw in ({}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_STRINGS}, {'quoting': csv.QUOTE_NOTNULL},
           {'delimiter': ';', 'lineterminator': '\n'}, {'dialect': 'unix'}, {'dialect': 'excel-tab'}, {'escapechar': '\\', 'doublequote': False}):
    text = show(**kw)
    print(list(csv.reader(io.StringIO(text, newline=''), **kw)))
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a,b', 'c"d', 'e\\f']); print(repr(s.getvalue()))
data = 'name, age ,"quoted ""x"", y"\r\n"multi\nline",2,\r\n\r\n  spaced,  3 , z\n'
print(list(csv.reader(io.StringIO(data, newline=''))))
print(list(csv.reader(io.StringIO(data, newline=''), skipinitialspace=True)))
print(list(csv.reader(['a;b;"c;d"', "'x';y"], delimiter=';')), list(csv.reader(["'x';y"], delimiter=';', quotechar="'")))
print(list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)
print(list(csv.reader(['a,"b"x,c'])), list(csv.reader(['a,b\\'], escapechar='\\')))
f = io.StringIO('name,age\nAda,36\n\nBob\nCy,1,extra,more\n')
dr = csv.DictReader(f, restkey='rest', restval='?')
print(dr.fieldnames, list(dr), dr.line_num)
print(list(csv.DictReader(['a,b,c', '1,2,3'], fieldnames=iter(['x', 'y', 'z']))))
out = io.StringIO()
dw = csv.DictWriter(out, ['x', 'y'], restval='-', lineterminator='\n')
print(dw.writeheader(), dw.writerow({'x': 1}), dw.writerows([{'y': 2}, {'x': 'a,b', 'y': None}]))
print(repr(out.getvalue()))
for bad in (lambda: dw.writerow({'z': 1}), lambda: csv.DictWriter(out, ['x'], extrasaction='drop'), lambda: csv.writer(out, dialect='nope'),
            lambda: csv.register_dialect('bad', delimiter=''), lambda: csv.reader([], quoting=99)):
    try:
        bad()
    except (ValueError, TypeError, csv.Error) as e:
        print(type(e).__name__, e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, csv.get_dialect('pipes').quoting)
csv.unregister_dialect('pipes')
class MyDialect(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
s = io.StringIO(); csv.writer(s, MyDialect).writerow(["a:b", "c'd"]); print(repr(s.getvalue()))
class Broken(csv.Dialect):
    delimiter = ':'
try:
    Broken()
except csv.Error as e:
    print('Error', e)
sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'x;y;z\n"a;b";2;3\n4;5;6\n', 'name\tage\nann\t3\nbob\t4\n', "'a', 'b'\n'c', 'd'\n", 'a|b|c\n1|2|3\n', 'one two three\n1 2 3\n4 5 6\n']:
    d = sn.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, sn.has_header(sample))
try:
    sn.sniff('abc')
except csv.Error as e:
    print('Error', e)
print(csv.Sniffer().sniff('a,b;c\n1,2;3\n', delimiters=';').delimiter, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.field_size_limit())
