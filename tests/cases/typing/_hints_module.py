from typing import List
x: int = 1
y: "List[str]"
