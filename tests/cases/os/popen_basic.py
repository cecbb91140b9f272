# os.popen: reading and writing a shell command, close() answering the wait status; os.__all__.
import os
def t(label, f, *a, **k):
    try: print(label, repr(f(*a, **k)))
    except Exception as e: print(label, type(e).__name__, e)
with os.popen("echo hello; echo world") as f:
    print(type(f).__name__, f.read().split())
f = os.popen("exit 3")
print(repr(f.read()), f.close())
f = os.popen("cat > /dev/null", "w")
print(f.write("abc"), f.close())
f = os.popen("printf 'a\\nb\\n'")
print(list(f), f.close())
t("bytes cmd", os.popen, b"ls")
t("bad mode", os.popen, "ls", "rb")
t("unbuffered", os.popen, "ls", "r", 0)
t("none buffering", os.popen, "ls", "r", None)
print('open' in os.__all__, 'walk' in os.__all__, 'popen' in os.__all__, 'path' in os.__all__, 'sys' in os.__all__, 'environ' in os.__all__)
