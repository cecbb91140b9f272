# At exit, the modules are torn down after __main__ and the collector finalizes what they held, so __del__
# runs for the objects of imported modules too, while their namespaces are still intact.
import _teardown_module

print("end of the program")
