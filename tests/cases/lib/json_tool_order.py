# json.tool reports an input file it cannot open before unrecognized arguments, as argparse does.
import sys
import json.tool
sys.argv = ['json.tool', 'no-such-input.json', 'out.json', 'extra']
json.tool.main()
