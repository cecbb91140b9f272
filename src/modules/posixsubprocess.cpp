// The _posixsubprocess module: fork_exec, the child-process half of CPython's subprocess.Popen on POSIX.
// Everything the child needs is converted before fork(); the child then only makes system calls (and
// calls preexec_fn, if given). Failures before or at exec are reported through errpipe_write in the form
// subprocess.py parses: "OSError:<hex errno>:", then "noexec" when the failure came before preexec_fn.
// TODO: allow_vfork (always fork).
#include "modules/modules.h"
#include "modules/codecs.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <string>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace ginger {

namespace {

Result<std::string> text_arg(Val v)
{
    std::string_view view;
    std::string encoded;
    if (is_str(v)) {
        // os.fsencode: lone surrogates U+DC80..U+DCFF (UTF-8 0xED ...) stand for undecodable bytes.
        view = v.as<StrObject>()->view();
        if (view.find('\xED') != std::string_view::npos) {
            encoded = TRY(codecs::encode_text(v.as<StrObject>(), "utf-8", "surrogateescape"));
            view = encoded;
        }
    } else if (!bytes_like_view(v, view)) {
        Value path = TRY(call_special(v, str_intern("__fspath__"), {}));
        if (!path)
            return raise(&g_exc_TypeError, "expected str, bytes or os.PathLike object, not {}", v.type()->type_name());
        return text_arg(path);
    }
    if (view.find('\0') != std::string_view::npos)
        return raise(&g_exc_ValueError, "embedded null byte");
    return std::string(view);
}

Result<std::vector<std::string>> text_list(Val v)
{
    std::vector<std::string> out;
    Ref<TupleObject> items = TRY(sequence_tuple(v));
    for (int64_t i = 0; i < items->size; ++i)
        out.push_back(TRY(text_arg(items->item(i))));
    return out;
}

Result<int> int_arg(Val v)
{
    int64_t value = TRY(index_as_ssize(v));
    return int(value);
}

// A uid or gid: -1 up to 2**32 - 1, with the messages of CPython's _Py_Uid_Converter (a value that fits a
// C long but not a uid is "less than minimum" there).
Result<int64_t> id_arg(Val v, const char* kind)
{
    Value index = TRY(number_index(v));
    int64_t id = 0;
    if (!int_to_int64(index, id))
        return raise(&g_exc_OverflowError, int_sign(index) < 0 ? "{} is less than minimum" : "{} is greater than maximum", kind);
    if (id < -1 || id > int64_t(0xffffffffLL))
        return raise(&g_exc_OverflowError, "{} is less than minimum", kind);
    return id;
}

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> out;
    for (std::string& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

void write_all(int fd, const char* data, size_t size)
{
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        data += n;
        size -= size_t(n);
    }
}

[[noreturn]] void child_fail(int errpipe, int error, const char* what)
{
    char text[64];
    int n = snprintf(text, sizeof text, "OSError:%x:%s", error, what);
    write_all(errpipe, text, size_t(n));
    _exit(255);
}

// Makes `fd` the descriptor `target` in the child, inheritable.
int move_fd(int fd, int target)
{
    if (fd == target) {
        int flags = fcntl(fd, F_GETFD);
        return flags < 0 ? -1 : fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    }
    return dup2(fd, target) < 0 ? -1 : 0;
}

// Closes the descriptors in [low, high], with close_range(2) where the kernel has it.
void close_range_of(int low, unsigned high)
{
    if (syscall(SYS_close_range, unsigned(low), high, 0) == 0)
        return;
    long max = std::min(sysconf(_SC_OPEN_MAX), 65536L);
    for (long fd = low; fd < max && fd <= long(high); ++fd)
        ::close(int(fd));
}

// Closes every descriptor from 3 up, except those in keep (sorted).
void close_fds(const std::vector<int>& keep)
{
    int low = 3;
    for (int fd : keep) {
        if (fd < low)
            continue;
        if (fd > low)
            close_range_of(low, unsigned(fd - 1));
        low = fd + 1;
    }
    close_range_of(low, ~0U);
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite,
//           errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set,
//           gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork)
Result<Value> posixsubprocess_fork_exec(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("fork_exec", nargs, kwnames, 23, 23));
    std::vector<std::string> argv_strings;
    if (!is_none(args[0]))
        argv_strings = TRY(text_list(args[0]));
    std::vector<std::string> executables = TRY(text_list(args[1]));
    bool close = TRY(is_truthy(args[2]));
    std::vector<int> keep;
    Ref<TupleObject> pass = TRY(sequence_tuple(args[3]));
    for (int64_t i = 0; i < pass->size; ++i) {
        int fd = TRY(int_arg(pass->item(i)));
        if (fd < 0)
            return raise(&g_exc_ValueError, "bad value(s) in fds_to_keep");
        keep.push_back(fd);
    }
    bool has_cwd = !is_none(args[4]);
    std::string cwd = has_cwd ? TRY(text_arg(args[4])) : std::string();
    bool has_env = !is_none(args[5]);
    std::vector<std::string> env_strings;
    if (has_env)
        env_strings = TRY(text_list(args[5]));
    int fds[8];
    for (int i = 0; i < 8; ++i)
        fds[i] = TRY(int_arg(args[6 + i]));
    int p2cread = fds[0], c2pwrite = fds[3], errwrite = fds[5], errpipe_write = fds[7];
    bool restore_signals = TRY(is_truthy(args[14]));
    bool call_setsid = TRY(is_truthy(args[15]));
    int pgid = TRY(int_arg(args[16]));
    bool has_groups = !is_none(args[18]);
    std::vector<gid_t> groups;
    if (has_groups) {
        Ref<TupleObject> items = TRY(sequence_tuple(args[18]));
        for (int64_t i = 0; i < items->size; ++i) {
            Result<int64_t> id = id_arg(items->item(i), "gid");
            if (id.is_error()) {
                clear_error();
                return raise(&g_exc_ValueError, "invalid group id");
            }
            groups.push_back(gid_t(id.value()));
        }
    }
    bool has_gid = !is_none(args[17]), has_uid = !is_none(args[19]);
    int64_t gid = has_gid ? TRY(id_arg(args[17], "gid")) : -1;
    int64_t uid = has_uid ? TRY(id_arg(args[19], "uid")) : -1;
    int child_umask = TRY(int_arg(args[20]));
    Val preexec = is_none(args[21]) ? Val() : args[21];
    if (preexec && g_exiting)
        return raise(&g_exc_RuntimeError, "preexec_fn not supported at interpreter shutdown");
    std::sort(keep.begin(), keep.end());  // the caller lists errpipe_write here, as subprocess.py does

    std::vector<char*> argv = pointers(argv_strings);
    std::vector<char*> envp = pointers(env_strings);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0)
        return raise_os_error(errno);
    if (pid > 0)
        return int_from_int64(pid);

    // The child. A failure before preexec_fn is reported with "noexec": subprocess.py then names cwd (the
    // program was not tried). The descriptors to keep become inheritable (pass_fds may hold non-inheritable ones).
    for (int fd : keep) {
        int flags = fd == errpipe_write ? 0 : fcntl(fd, F_GETFD);
        if (flags < 0 || (fd != errpipe_write && (flags & FD_CLOEXEC) && fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC) < 0))
            child_fail(errpipe_write, errno, "noexec");
    }
    if (c2pwrite == 0)
        c2pwrite = fcntl(c2pwrite, F_DUPFD_CLOEXEC, 3);
    while (errwrite == 0 || errwrite == 1)
        errwrite = fcntl(errwrite, F_DUPFD_CLOEXEC, 3);
    if ((p2cread >= 0 && move_fd(p2cread, 0) < 0) || (c2pwrite >= 0 && move_fd(c2pwrite, 1) < 0) ||
        (errwrite >= 0 && move_fd(errwrite, 2) < 0))
        child_fail(errpipe_write, errno, "noexec");
    if (has_cwd && chdir(cwd.c_str()) != 0)
        child_fail(errpipe_write, errno, "noexec");
    if (child_umask >= 0)
        umask(mode_t(child_umask));
    if (restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if (call_setsid && setsid() < 0)
        child_fail(errpipe_write, errno, "noexec");
    if (pgid >= 0 && setpgid(0, pgid) < 0)
        child_fail(errpipe_write, errno, "noexec");
    if (has_groups && setgroups(groups.size(), groups.data()) < 0)
        child_fail(errpipe_write, errno, "noexec");
    if (has_gid && setregid(gid_t(gid), gid_t(gid)) < 0)
        child_fail(errpipe_write, errno, "noexec");
    if (has_uid && setreuid(uid_t(uid), uid_t(uid)) < 0)
        child_fail(errpipe_write, errno, "noexec");
    if (preexec) {
        Result<Value> result = call(preexec, {});
        if (result.is_error()) {
            const char message[] = "SubprocessError:0:Exception occurred in preexec_fn.";
            write_all(errpipe_write, message, sizeof message - 1);
            _exit(255);
        }
    }
    if (close)
        close_fds(keep);
    int saved = 0;
    for (std::string& executable : executables) {
        execve(executable.c_str(), argv.data(), has_env ? envp.data() : environ);
        if (errno != ENOENT && errno != ENOTDIR && saved == 0)
            saved = errno;
    }
    child_fail(errpipe_write, saved ? saved : errno, "");
}

const MethodDef s_posixsubprocess_functions[] = {
    { "fork_exec", posixsubprocess_fork_exec, METHOD_STATIC, "Spawn a fresh new child process." },
    {},
};

}  // namespace

Ref<ModuleObject> posixsubprocess_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("_posixsubprocess"));
    module_add_functions(module.get(), s_posixsubprocess_functions);
    return module;
}

}  // namespace ginger
