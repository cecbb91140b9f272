# pathlib: an uncaught FileNotFoundError names the path as a string
from pathlib import Path

print(Path('/nonexistent-ginger-dir').exists())
Path('/nonexistent-ginger-dir/f.txt').read_text()
