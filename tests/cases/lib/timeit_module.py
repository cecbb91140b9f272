# timeit: Timer with string and callable statements, timeit/repeat/autorange, the template, errors, and
# main() (the command line) with a fake timer so that its output is deterministic.
import io
import sys
import timeit


class FakeTimer:
    def __init__(self, step=0.5):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


calls = []
t = timeit.Timer("calls.append(1)", globals={"calls": calls}, timer=FakeTimer())
print(t.timeit(5), len(calls), t.repeat(3, 2), len(calls))
print(timeit.timeit("x = 1", number=10, timer=FakeTimer(0.25)), timeit.repeat("pass", repeat=2, number=1, timer=FakeTimer()))
print(timeit.Timer(lambda: None, setup=lambda: None, timer=FakeTimer(0.25)).autorange())
seen = []
counter = {"n": 0}
loops = timeit.Timer("counter['n'] += 1", globals={"counter": counter}, timer=lambda: counter["n"] / 100)
print(loops.autorange(lambda n, dt: seen.append(n)), seen)
print(type(timeit.timeit("pass", number=100)).__name__, timeit.default_timer is __import__("time").perf_counter)
print(timeit.Timer("a\nb", "s = 1\nt = 2").src)
print(timeit.reindent("a\nb", 4), timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
for stmt, setup in (("return 1", "pass"), ("pass", "yield 1"), (1, "pass"), ("pass", 2), ("x = (", "pass")):
    try:
        timeit.Timer(stmt, setup)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.args[0])


def run(args, step=0.5):
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        status = timeit.main(args, _wrap_timer=lambda timer: FakeTimer(step))
    finally:
        sys.stdout = old
    print(repr(status), repr(out.getvalue()))


run(["-n", "10", "-r", "3", "pass"])
run(["-n", "1", "-u", "msec", "x = 1"])
run(["--number=2", "--repeat=2", "--unit=nsec", "-s", "a = 1", "-s", "b = 2", "a + b"])
run(["-v", "-n", "3", "-r", "2", "pass"])
run(["-vv", "-r", "1", "pass"], step=0.3)
run(["-n", "5", "-r", "0", "pass"], step=3.0)
run(["-x"])
run(["--bogus"])
run(["-n"])
run(["-u", "years", "pass"])
