# A real argparse error: usage and message on stderr, exit status 2.
import argparse
import os

os.environ["COLUMNS"] = "80"
parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("count", type=int)
print("before parsing")
parser.parse_args(["many"])
print("not reached")
