# json.tool's main() as `python -m json.tool --sort-keys --indent 2 --no-ensure-ascii` runs it (input on stdin).
import sys
import json.tool
sys.argv = ['json.tool', '--sort-keys', '--indent', '2', '--no-ensure-ascii']
json.tool.main()
