# sys._base_executable: the same as sys.executable outside a virtual environment.
import sys
print(type(sys._base_executable).__name__, sys._base_executable == sys.executable)
