import os, collections.abc
print(isinstance(os.environ, collections.abc.MutableMapping), isinstance(os.environb, collections.abc.Mapping))
os.environ['GINGER_T'] = 'v1'
print(os.environb[b'GINGER_T'], os.getenvb(b'GINGER_T'), b'GINGER_T' in os.environb)
os.environb[b'GINGER_T'] = b'v2'
print(os.environ['GINGER_T'])
del os.environb[b'GINGER_T']
print('GINGER_T' in os.environ)
for bad in ('x', 1):
    try: os.environb[bad] = b'1'
    except TypeError as e: print(e)
try: os.environb[b'NOPE_GINGER']
except KeyError as e: print(repr(e))
print(type(os.environb[b'PATH']) is bytes, len(os.environb) == len(os.environ))
