# A module that deletes itself from sys.modules while it runs: the import fails and says so.
try:
    import _vanish
except Exception as e:
    print(type(e).__name__, e)
