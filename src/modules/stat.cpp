// The _stat module: the file mode bits and their tests (S_ISDIR, ...), filemode(), and the index of
// each field in os.stat()'s result. CPython's stat.py uses it when present.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"

#include <sys/stat.h>

namespace ginger {

namespace {

// A mode argument as CPython converts it (an int that fits an unsigned 32-bit mode_t).
Result<uint32_t> mode_argument(Val v)
{
    if (!is_int(v))
        return raise(&g_exc_TypeError, "an integer is required");
    if (int_sign(v) < 0)
        return raise(&g_exc_OverflowError, "can't convert negative value to unsigned int");
    int64_t mode;
    if (!int_to_int64(v, mode) || mode > int64_t(UINT32_MAX))
        return raise(&g_exc_OverflowError, "mode out of range");
    return uint32_t(mode);
}

#define MODE_TEST(name, test)                                                         \
    Result<Value> stat_##name(const Val* args, size_t nargs, TupleObject* kwnames)    \
    {                                                                                 \
        TRY(check_positional("_stat." #name, nargs, kwnames, 1, 1));                  \
        uint32_t mode = TRY(mode_argument(args[0]));                                  \
        return bool_value(test);                                                      \
    }

MODE_TEST(S_ISDIR, S_ISDIR(mode))
MODE_TEST(S_ISCHR, S_ISCHR(mode))
MODE_TEST(S_ISBLK, S_ISBLK(mode))
MODE_TEST(S_ISREG, S_ISREG(mode))
MODE_TEST(S_ISFIFO, S_ISFIFO(mode))
MODE_TEST(S_ISLNK, S_ISLNK(mode))
MODE_TEST(S_ISSOCK, S_ISSOCK(mode))
// Solaris doors, event ports and BSD whiteouts do not exist on Linux.
MODE_TEST(S_ISDOOR, (void(mode), false))
MODE_TEST(S_ISPORT, (void(mode), false))
MODE_TEST(S_ISWHT, (void(mode), false))

Result<Value> stat_S_IMODE(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_stat.S_IMODE", nargs, kwnames, 1, 1));
    uint32_t mode = TRY(mode_argument(args[0]));
    return Value::small_int(mode & 07777);
}

Result<Value> stat_S_IFMT(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_stat.S_IFMT", nargs, kwnames, 1, 1));
    uint32_t mode = TRY(mode_argument(args[0]));
    return Value::small_int(mode & S_IFMT);
}

Result<Value> stat_filemode(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_stat.filemode", nargs, kwnames, 1, 1));
    uint32_t mode = TRY(mode_argument(args[0]));
    char text[11];
    char kind = '?';
    if (S_ISLNK(mode))
        kind = 'l';
    else if (S_ISSOCK(mode))
        kind = 's';
    else if (S_ISREG(mode))
        kind = '-';
    else if (S_ISDIR(mode))
        kind = 'd';
    else if (S_ISCHR(mode))
        kind = 'c';
    else if (S_ISBLK(mode))
        kind = 'b';
    else if (S_ISFIFO(mode))
        kind = 'p';
    text[0] = kind;
    // Each class of user: read, write, then execute combined with its special bit.
    auto triple = [&](int at, uint32_t read, uint32_t write, uint32_t execute, uint32_t special, char set, char unset) {
        text[at] = (mode & read) ? 'r' : '-';
        text[at + 1] = (mode & write) ? 'w' : '-';
        if (mode & special)
            text[at + 2] = (mode & execute) ? set : unset;
        else
            text[at + 2] = (mode & execute) ? 'x' : '-';
    };
    triple(1, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S');
    triple(4, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S');
    triple(7, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T');
    text[10] = '\0';
    return Value(str_from_utf8(text));
}

#define FUNCTION(name, doc) { #name, stat_##name, METHOD_STATIC, doc }

const MethodDef s_stat_functions[] = {
    FUNCTION(S_ISDIR, "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory."),
    FUNCTION(S_ISCHR, "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file."),
    FUNCTION(S_ISBLK, "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file."),
    FUNCTION(S_ISREG, "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file."),
    FUNCTION(S_ISFIFO, "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe)."),
    FUNCTION(S_ISLNK, "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link."),
    FUNCTION(S_ISSOCK, "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket."),
    FUNCTION(S_ISDOOR, "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door."),
    FUNCTION(S_ISPORT, "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port."),
    FUNCTION(S_ISWHT, "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout."),
    FUNCTION(S_IMODE, "Return the portion of the file's mode that can be set by os.chmod()."),
    FUNCTION(S_IFMT, "Return the portion of the file's mode that describes the file type."),
    FUNCTION(filemode, "Convert a file's mode to a string of the form '-rwxrwxrwx'"),
    { nullptr, nullptr, 0, nullptr },
};

struct NamedConstant {
    const char* name;
    int64_t value;
};

// In CPython's order. The flags (UF_*, SF_*) are BSD's values, defined everywhere as CPython does.
const NamedConstant s_constants[] = {
    { "S_IFDIR", S_IFDIR }, { "S_IFCHR", S_IFCHR }, { "S_IFBLK", S_IFBLK }, { "S_IFREG", S_IFREG },
    { "S_IFIFO", S_IFIFO }, { "S_IFLNK", S_IFLNK }, { "S_IFSOCK", S_IFSOCK }, { "S_IFDOOR", 0 }, { "S_IFPORT", 0 },
    { "S_IFWHT", 0 }, { "S_ISUID", S_ISUID }, { "S_ISGID", S_ISGID }, { "S_ISVTX", S_ISVTX }, { "S_ENFMT", S_ISGID },
    { "S_IREAD", S_IRUSR }, { "S_IWRITE", S_IWUSR }, { "S_IEXEC", S_IXUSR }, { "S_IRWXU", S_IRWXU },
    { "S_IRUSR", S_IRUSR }, { "S_IWUSR", S_IWUSR }, { "S_IXUSR", S_IXUSR }, { "S_IRWXG", S_IRWXG },
    { "S_IRGRP", S_IRGRP }, { "S_IWGRP", S_IWGRP }, { "S_IXGRP", S_IXGRP }, { "S_IRWXO", S_IRWXO },
    { "S_IROTH", S_IROTH }, { "S_IWOTH", S_IWOTH }, { "S_IXOTH", S_IXOTH }, { "UF_NODUMP", 0x1 },
    { "UF_IMMUTABLE", 0x2 }, { "UF_APPEND", 0x4 }, { "UF_OPAQUE", 0x8 }, { "UF_NOUNLINK", 0x10 },
    { "UF_COMPRESSED", 0x20 }, { "UF_HIDDEN", 0x8000 }, { "SF_ARCHIVED", 0x10000 }, { "SF_IMMUTABLE", 0x20000 },
    { "SF_APPEND", 0x40000 }, { "SF_NOUNLINK", 0x100000 }, { "SF_SNAPSHOT", 0x200000 }, { "ST_MODE", 0 },
    { "ST_INO", 1 }, { "ST_DEV", 2 }, { "ST_NLINK", 3 }, { "ST_UID", 4 }, { "ST_GID", 5 }, { "ST_SIZE", 6 },
    { "ST_ATIME", 7 }, { "ST_MTIME", 8 }, { "ST_CTIME", 9 },
};

}  // namespace

Ref<ModuleObject> stat_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_stat"));
    module_add_functions(module.get(), s_stat_functions);
    for (const NamedConstant& constant : s_constants)
        module_set(module.get(), constant.name, Val::small_int(constant.value));
    return module;
}

}  // namespace ginger
