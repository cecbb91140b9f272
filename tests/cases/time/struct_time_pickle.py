# struct_time(sequence, dict): hidden fields from dict; __reduce__ and pickling as CPython.
import time, pickle, copy
for a in [((1,)*9, None), ((1,)*9, 5), ((1,)*9, {'tm_zone':'Z'}), ((1,)*10, {'tm_zone':'Z', 'tm_gmtoff': 7}), ((1,)*9, {'tm_year': 5}), ((1,)*11,), ((1,)*11, {'tm_zone': 'Q'})]:
    try:
        t = time.struct_time(*a); print(t, t.tm_zone, t.tm_gmtoff)
    except TypeError as e: print(e)
for bad in [lambda: time.struct_time((1,)*9, None, 3), lambda: time.struct_time(), lambda: time.struct_time((1,)*8), lambda: time.struct_time(x=1)]:
    try: bad()
    except TypeError as e: print(e)
print(time.struct_time(sequence=(1,)*9, dict={'tm_zone':'Q'}).tm_zone)
t = time.gmtime(0)
print(t.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(u == t, u.tm_zone, u.tm_gmtoff, type(u).__name__)
c = copy.copy(t); print(c == t, c.tm_zone)
T = time.struct_time
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__, t.n_fields)
match time.gmtime(0):
    case time.struct_time(year, month):
        print(year, month)
