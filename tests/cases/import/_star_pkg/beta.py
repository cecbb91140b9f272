# Helper submodule.
NAME = "beta"
