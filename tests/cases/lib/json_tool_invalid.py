# json.tool exits with status 1 and the decoder's message for invalid input.
import sys
import json.tool
sys.argv = ['json.tool']
json.tool.main()
