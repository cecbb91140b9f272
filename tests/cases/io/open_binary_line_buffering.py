# open(..., "b", buffering=1) warns that binary files have no line buffering (RuntimeWarning at the caller).
import io, warnings
with warnings.catch_warnings(record=True) as c:
    warnings.simplefilter("always")
    f = open("/dev/null", "rb", 1)
    print(type(f).__name__, f.line_buffering if hasattr(f, "line_buffering") else None)
    f.close()
    f = io.open("/dev/null", "wb", buffering=1)
    f.close()
    f = open("/dev/null", "r", 1)
    print(f.line_buffering)
    f.close()
print([(w.category.__name__, str(w.message), w.filename.endswith("open_binary_line_buffering.py")) for w in c])
