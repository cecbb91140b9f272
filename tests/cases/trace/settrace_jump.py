# Setting f_lineno from a line event jumps; forbidden jumps raise ValueError with CPython's messages.
import sys


def jump(function, source, target, event='line'):
    """Runs function(output) and, at relative line `source`, sets f_lineno to relative line `target`."""
    first = function.__code__.co_firstlineno
    outcome = []

    def tracer(frame, ev, arg):
        if frame.f_code is function.__code__ and ev == event and frame.f_lineno == first + source and not outcome:
            try:
                frame.f_lineno = first + target if isinstance(target, int) else target
                outcome.append('jumped')
            except ValueError as e:
                outcome.append('ValueError: %s' % e)
        return tracer

    output = []
    sys.settrace(tracer)
    try:
        function(output)
    finally:
        sys.settrace(None)
    print(function.__name__, outcome, output)


def forwards(output):
    output.append(1)
    output.append(2)
    output.append(3)


def backwards(output):
    output.append(1)
    if len(output) < 3:
        output.append(3)
    output.append(4)


def into_loop(output):
    output.append(1)
    for i in range(2):
        output.append(3)
    output.append(4)


def out_of_loop(output):
    for i in range(3):
        output.append(2)
        output.append(3)
    output.append(4)


def into_except(output):
    try:
        output.append(2)
    except ValueError:
        output.append(4)
    output.append(5)


def into_with(output):
    output.append(1)
    with open(__file__) as f:
        output.append(3)
    output.append(4)


jump(forwards, 1, 3)
jump(backwards, 4, 1)
jump(into_loop, 1, 3)
jump(out_of_loop, 2, 4)
jump(into_except, 2, 4)
jump(into_with, 1, 3)
jump(forwards, 1, -5)
jump(forwards, 1, 100)
jump(forwards, 1, 'x')
jump(forwards, 0, 2, event='call')
jump(forwards, 3, 1, event='return')

frame = sys._getframe()
try:
    frame.f_lineno = 1
except ValueError as e:
    print(e)
