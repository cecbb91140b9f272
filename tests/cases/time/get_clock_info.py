# time.get_clock_info: how each clock is implemented on Linux.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, 0 < info.resolution < 1)
print(type(time.get_clock_info("monotonic")).__name__)
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError", e)
