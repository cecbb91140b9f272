# Helper: a second portion of the _ns_pkg namespace package, on a directory added to sys.path later.
EXTRA = "extra"
