# try/except/else/finally and which clauses run.
def attempt(x):
    try:
        result = 10 // x
    except ZeroDivisionError:
        print("  except: division by zero")
        return "failed"
    except TypeError as e:
        print("  except TypeError:", e)
        return "bad type"
    else:
        print("  else: no exception, result", result)
        return result
    finally:
        print("  finally for", repr(x))

for arg in [2, 0, "s"]:
    print("attempt", repr(arg))
    print("returned", attempt(arg))

try:
    int("12")
except ValueError:
    print("not printed")
else:
    print("conversion fine")

try:
    [][0]
except (KeyError, IndexError) as e:
    print("caught tuple:", type(e).__name__, e)

try:
    {}["k"]
except LookupError as e:
    print("caught base class:", type(e).__name__, repr(e))

try:
    raise ValueError("custom message")
except Exception as e:
    print(type(e).__name__, e.args, str(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler")
        raise
except ZeroDivisionError as e:
    print("re-raised to outer:", e)

e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def bare():
    try:
        raise RuntimeError("anything")
    except:
        return "bare except caught it"

print(bare())
