# Helper for lazy_loader.py: records when its body runs.
import sys
sys._lazy_target_ran = True
VALUE = "loaded"
