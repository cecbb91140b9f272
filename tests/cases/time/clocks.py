# The clocks (only their types and ordering are deterministic), sleep, and its errors.
import time

for f in (time.time, time.monotonic, time.perf_counter, time.process_time, time.thread_time):
    a = f()
    b = f()
    print(f.__name__, type(a).__name__, b >= a, a >= 0)
for f in (time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns):
    a = f()
    b = f()
    print(f.__name__, type(a).__name__, b >= a, a >= 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1.0)
print(type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_REALTIME) > 0)

start = time.monotonic()
print(time.sleep(0.02), time.sleep(0), time.sleep(False))
elapsed = time.monotonic() - start
print(elapsed >= 0.019, elapsed < 5)
start = time.perf_counter_ns()
time.sleep(0.01)
print(time.perf_counter_ns() - start >= 9_000_000)

for args, kwargs in (((-1,), {}), ((-0.5,), {}), ((float("nan"),), {}), (("x",), {}), ((), {}), ((1, 2), {}),
                     ((), {"secs": 1}), ((1e300,), {}), ((None,), {})):
    try:
        time.sleep(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
for f in (time.time, time.monotonic_ns, time.perf_counter):
    try:
        f(1)
    except TypeError as e:
        print(e)
