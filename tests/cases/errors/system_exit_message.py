# raise SystemExit("msg"): the message goes to stderr and the exit status is 1.
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("exiting with a message")
raise SystemExit("fatal: configuration missing")
