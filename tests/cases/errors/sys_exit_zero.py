# sys.exit() and sys.exit(None) exit with status 0; sys.exit(True) is status 1 (checked via caught codes).
import sys

for arg in [(), (None,), (0,), (True,), ("text",)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code))
print("now a real sys.exit()")
sys.exit()
