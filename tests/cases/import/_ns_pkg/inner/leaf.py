# Helper: a module inside namespace packages (no __init__.py anywhere above it).
VALUE = "leaf"
