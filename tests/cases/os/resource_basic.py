# resource: limits as (soft, hard) tuples, struct_rusage, argument errors.
import os
import resource as r

soft, hard = r.getrlimit(r.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == r.RLIM_INFINITY)
r.setrlimit(r.RLIMIT_NOFILE, (soft, hard))
print(r.getrlimit(r.RLIMIT_NOFILE) == (soft, hard))
r.setrlimit(r.RLIMIT_CORE, [0, r.getrlimit(r.RLIMIT_CORE)[1]])
print(r.getrlimit(r.RLIMIT_CORE)[0])
print(r.prlimit(0, r.RLIMIT_NOFILE) == (soft, hard), r.prlimit(os.getpid(), r.RLIMIT_NOFILE, None) == (soft, hard))
usage = r.getrusage(r.RUSAGE_SELF)
print(type(usage).__name__, len(usage), r.struct_rusage.n_fields, isinstance(usage.ru_utime, float),
      isinstance(usage.ru_maxrss, int), usage.ru_stime == usage[1])
print(r.getpagesize() == os.sysconf("SC_PAGESIZE"), r.error is OSError, r.RLIM_INFINITY)
print(repr(r.getrusage(r.RUSAGE_CHILDREN)).startswith("resource.struct_rusage(ru_utime="))
for function, args in ((r.getrlimit, (99,)), (r.setrlimit, (r.RLIMIT_NOFILE, (1,))), (r.setrlimit, (r.RLIMIT_NOFILE, 5)),
                       (r.getrusage, (99,)), (r.setrlimit, (99, (1, 1))), (r.setrlimit, (r.RLIMIT_NOFILE, (2, 1))),
                       (r.getrlimit, (-1,))):
    try:
        function(*args)
    except Exception as e:
        print(type(e).__name__, e)
