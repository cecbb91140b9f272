# input() writes its prompt to sys.stdout (flush errors ignored) and reads sys.stdin.readline(); EOF.
import io
import sys


class Out:
    def write(self, s):
        sys.__stdout__.write("[" + s + "]")


sys.stdout = Out()
first = input("prompt> ")
sys.stdout = sys.__stdout__
print(repr(first))
sys.stdin = io.StringIO("from a StringIO\nsecond")
print(repr(input()), repr(input("> ")))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = sys.__stdin__
print(repr(input()))
