# Struct sequences (pwd.struct_passwd, os.statvfs_result, ...): T(sequence, dict), __reduce__, __match_args__.
import os, pwd, pickle, copy, sys
T = pwd.struct_passwd
p = pwd.getpwuid(0)
print(p.__reduce__())
for a in [((1,)*3,), ((1,)*7, None), ((1,)*7, {}), ((1,)*8,), ((1,)*7, 5)]:
    try: print(T(*a))
    except TypeError as e: print(e)
for bad in [lambda: T(), lambda: T(x=1), lambda: T(sequence=(2,)*7, dict={'a': 1})]:
    try: print(bad())
    except TypeError as e: print(e)
print(T.__match_args__, T.n_fields)
for v in [p, os.statvfs('.'), os.uname(), os.times()[:0] or os.uname()]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        u = pickle.loads(pickle.dumps(v, proto))
        assert u == v and type(u) is type(v), (proto, v)
    print(type(v).__name__, copy.deepcopy(v) == v)
