# A codec that is not a text encoding is refused by TextIOWrapper (uncaught: LookupError, exit status 1).
import io

t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
print(t.encoding)
io.TextIOWrapper(io.BytesIO(), encoding="base64")
print("not reached")
