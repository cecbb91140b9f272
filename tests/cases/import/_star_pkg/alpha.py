# Helper submodule.
NAME = "alpha"
