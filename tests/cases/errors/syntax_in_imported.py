# A SyntaxError in an imported module is raised at the import, after earlier output.
print("before the import")
try:
    import _bad_syntax
except SyntaxError as e:
    print("caught:", e.msg, "| line", e.lineno, "| file", e.filename.rsplit("/", 1)[-1])
print("now without a handler")
import _bad_syntax
