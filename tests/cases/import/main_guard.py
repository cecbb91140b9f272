# `if __name__ == "__main__":` in the script vs. in an imported module.
print("script __name__:", __name__)
import _helper
print("imported module __name__:", _helper.__name__)


def main():
    print("main() called because this file is the script")
    return 0


if __name__ == "__main__":
    main()
else:
    print("not printed")
print(__name__ == "__main__", _helper.__name__ == "__main__")
import __main__
print(__main__.main is main, hasattr(__main__, "_helper"))
