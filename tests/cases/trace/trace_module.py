# lib/trace.py: the Trace class (runfunc, runctx, counts, --trace style output, countfuncs,
# countcallers) and CoverageResults.write_results with a coverdir and a summary.
import io
import os
import sys

import trace
import _traced

here = os.path.dirname(os.path.abspath(_traced.__file__))


def captured(function, *args):
    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    try:
        result = function(*args)
    finally:
        sys.stdout = saved
    text = buffer.getvalue().replace(here + os.sep, '<dir>/')
    return result, text


# Counting lines, then the annotated copy and the summary.
tracer = trace.Trace(count=1, trace=0)
result, text = captured(tracer.runfunc, _traced.caller)
print('result', result, repr(text))
counts = {(os.path.basename(f), line): n for (f, line), n in tracer.results().counts.items()}
for key in sorted(counts):
    print(key, counts[key])

coverdir = os.path.join(here, '_coverdir_of_trace_module')
try:
    _, text = captured(tracer.results().write_results, True, True, coverdir)
    print(text)
    print(sorted(os.listdir(coverdir)))
    with open(os.path.join(coverdir, '_traced.cover')) as f:
        print(f.read())
finally:
    for name in os.listdir(coverdir):
        os.remove(os.path.join(coverdir, name))
    os.rmdir(coverdir)

# Printing each line as it runs.
tracer = trace.Trace(count=0, trace=1)
_, text = captured(tracer.runfunc, _traced.loop, 2)
print(text)

# runctx with its own namespace.
tracer = trace.Trace(count=1, trace=0)
namespace = {'loop': _traced.loop}
tracer.runctx('value = loop(4)', namespace, namespace)
print(namespace['value'], sum(n for (f, line), n in tracer.counts.items() if f.endswith('_traced.py')))

# Functions called, and who calls whom.
tracer = trace.Trace(count=0, trace=0, countfuncs=1)
tracer.runfunc(_traced.caller)
_, text = captured(tracer.results().write_results)
print(text)
tracer = trace.Trace(count=0, trace=0, countcallers=1)
tracer.runfunc(_traced.caller)
_, text = captured(tracer.results().write_results)
# The call from trace.py itself names the library's path: leave that block out.
print('\n\n'.join(block.strip('\n') for block in text.split('\n\n') if 'runfunc' not in block))
