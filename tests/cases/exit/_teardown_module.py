# Imported by module_teardown.py: what this module holds is finalized when the interpreter exits.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stdout.write(f"__del__ of {self.name} (module still has Noisy: {Noisy is not None})\n")


alone = Noisy("an object only this module holds")
cycle = [Noisy("an object in a cycle")]
cycle.append(cycle)
