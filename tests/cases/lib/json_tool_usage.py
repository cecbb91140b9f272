# A bad option: argparse's usage on stderr, exit status 2.
import sys
import json.tool
sys.argv = ['json.tool', '--compact', '--tab']
json.tool.main()
