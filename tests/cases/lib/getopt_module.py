# getopt: short and long options, GNU style, errors.
import getopt

print(getopt.getopt("-a -b -cfoo -d bar a1 a2".split(), "abc:d:"))
print(getopt.getopt("--condition=foo --testing --output-file abc.def -x a1 a2".split(), "x", ["condition=", "output-file=", "testing"]))
print(getopt.getopt(["-a", "--", "-b"], "ab"), getopt.getopt(["-", "-a"], "a"), getopt.getopt(["--he"], "", "help"))
print(getopt.gnu_getopt(["a", "-x", "b", "--long", "c", "--", "-y"], "xy", ["long"]))
print(getopt.gnu_getopt(["a", "-x"], "+x"), getopt.getopt(["--opt=", "x"], "", ["opt="]))
for args, short, long in [(["-z"], "a", []), (["-a"], "a:", []), (["--nope"], "", ["help"]), (["--help=x"], "", ["help"]),
                          (["--o"], "", ["one", "other"]), (["--req"], "", ["req="])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print("GetoptError:", e, repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError)
