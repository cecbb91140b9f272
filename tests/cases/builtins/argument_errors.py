# Error messages of the builtins called with wrong arguments (types, counts, keywords), as CPython 3.12 words them.
calls = '''abs() abs(1,2) abs('a') all() all(1) any(1) ascii() bin(1.5) bin('a') callable() chr(-1) chr(0x110000) chr('a') chr(1.5)
delattr(1) delattr(1,'x') delattr(1,2) dir(1,2) divmod(1) divmod(1,0) divmod('a',1) format(1,2) format(1,'q') getattr(1) getattr(1,2) getattr(1,'x')
hasattr(1) hasattr(1,2) hash([]) hex(1.5) id() isinstance(1) isinstance(1,2) isinstance(1,(int,2)) issubclass(1,int) issubclass(int,1) iter() iter(1) iter(1,2)
len() len(1) max() max(1) max([]) max([],default=3) max(1,2,default=3) max([1],key=1) min([],key=len) next(1) next(iter([])) next(iter([]),5) oct('a') ord('') ord('ab') ord(1) ord(b'')
pow() pow(2) pow(2,3,0) pow(2,-1,5) pow(2.0,3,5) pow(0,-1) pow(0.0,-1) repr() round() round('a') round(1.5,'a') setattr(1,'x') setattr(1,2,3) setattr(1,'x',2) sorted() sorted(1) sorted([],1)
sum() sum(1) sum(['a'],'') sum([],[]) sum([[1]],[]) sum([b'a'],b'') vars(1) vars(1,2) zip(1) zip([1],strict=1) map() map(len) filter() filter(1) filter(None,1) enumerate() enumerate(1) enumerate([],'a')
reversed() reversed(1) range() range('a') range(1,2,0) slice() slice(1,2,3,4) int('x') int(1,2) float('x') complex('x') str(1,2) bytes(1,2) bytes('a') list(1) tuple(1) dict(1) dict([1]) set(1) frozenset(1)
object(1) type(1,2) property(1,2,3,4,5) super(1) staticmethod() classmethod() memoryview(1) bytearray('a') bool(1,2) print(sep=1) print(end=1) print(file=1) input(1,2) open() open(1.5) compile() hash(1,2)
divmod(1.5,0) divmod(1,0.0) pow(1,2,3,4) round(1,2,3) sorted([1,'a']) min(1,2,key=3) max(1,2,foo=1) zip([1],[1,2],strict=True).__next__() list(zip([1],[1,2],strict=True))'''.split()
for c in calls:
    try:
        r = eval(c)
        print(c, '->', repr(r)[:60] if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
