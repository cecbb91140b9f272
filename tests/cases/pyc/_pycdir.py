# A scratch directory for the .pyc cases (Ginger's library has no tempfile or shutil): made fresh under /tmp,
# removed by clean().
import os

DIR = "/tmp/ginger-pyc-case-%d" % os.getpid()


def rmtree(path):
    if os.path.isdir(path) and not os.path.islink(path):
        for name in os.listdir(path):
            rmtree(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.lexists(path):
        os.remove(path)


def fresh():
    rmtree(DIR)
    os.makedirs(DIR)
    return DIR


def write(name, text):
    path = os.path.join(DIR, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def clean():
    rmtree(DIR)
