# Helper for syntax_in_imported.py: deliberately invalid.
def broken(:
    pass
