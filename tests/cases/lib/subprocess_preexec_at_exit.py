# A Popen with a preexec_fn made while the interpreter shuts down (here from an atexit callback) raises
# RuntimeError, which the atexit machinery reports on stderr; the exit status stays 0.
import atexit
import subprocess


def dummy():
    pass


def exit_handler():
    subprocess.Popen(["true"], preexec_fn=dummy)
    print("shouldn't be printed")


atexit.register(exit_handler)
print("main done")
