import unittest
import no_such_module_here   # the loader reports this as a failed import
