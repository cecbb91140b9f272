# Helper for reload.py: counts how many times its body ran.
import sys
sys._reload_runs = getattr(sys, "_reload_runs", 0) + 1
RUNS = sys._reload_runs
