# Helper: counts its runs in sys, then fails.
import sys
sys._failing_runs = getattr(sys, "_failing_runs", 0) + 1
raise ValueError("failing on purpose")
