# os.stat_result(sequence, dict), __reduce__ and pickling, structseq attributes, as CPython.
import os, pickle, copy
T = os.stat_result
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
s = os.stat_result(tuple(range(10)), {'st_atime': 1.5}); print(s.st_atime, s.st_mtime, s.st_blksize, s[7], s)
s = os.stat_result(tuple(range(10))); print(s.st_atime, s.st_mtime_ns)
for bad in [lambda: os.stat_result(tuple(range(10)), 3), lambda: os.stat_result(), lambda: os.stat_result(tuple(range(5))), lambda: os.stat_result(x=1)]:
    try: bad()
    except TypeError as e: print(e)
st = os.stat('.')
r = st.__reduce__(); print(r[0], len(r[1][0]), list(r[1][1]))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(st, proto))
    print(u == st, u.st_mtime == st.st_mtime, u.st_mtime_ns == st.st_mtime_ns, u.st_rdev == st.st_rdev)
print(copy.copy(st) == st)
