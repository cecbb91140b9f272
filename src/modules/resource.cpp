// The resource module: resource limits (getrlimit, setrlimit, prlimit), usage (getrusage, struct_rusage)
// and getpagesize, with CPython 3.12's Linux constants. RLIM_INFINITY is -1, as in CPython.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"

#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>

namespace ginger {

namespace {

TypeObject* g_struct_rusage_type = nullptr;

Value limit_value(rlim_t value)
{
    if (value == RLIM_INFINITY)
        return Value::small_int(-1);
    return int_from_int64(int64_t(value));
}

Result<int> resource_arg(Val v)
{
    int64_t resource = TRY(int_as_int64(TRY(number_index(v))));
    if (resource < 0 || resource >= RLIM_NLIMITS)
        return raise(&g_exc_ValueError, "invalid resource specified");
    return int(resource);
}

Result<struct rlimit> limits_arg(Val v)
{
    Ref<TupleObject> items = TRY(sequence_tuple(v));
    if (items->size != 2)
        return raise(&g_exc_ValueError, "expected a tuple of 2 integers");
    struct rlimit limits;
    limits.rlim_cur = rlim_t(TRY(int_as_int64(TRY(number_index(items->item(0))))));
    limits.rlim_max = rlim_t(TRY(int_as_int64(TRY(number_index(items->item(1))))));
    return limits;
}

Value limits_tuple(const struct rlimit& limits)
{
    Value current = limit_value(limits.rlim_cur);
    Value maximum = limit_value(limits.rlim_max);
    return Value(tuple_of({ current, maximum }));
}

Error raise_setrlimit_error(int error)
{
    if (error == EINVAL)
        return raise(&g_exc_ValueError, "current limit exceeds maximum limit");
    if (error == EPERM)
        return raise(&g_exc_ValueError, "not allowed to raise maximum limit");
    return raise_os_error(error);
}

Result<Value> resource_getrlimit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getrlimit", nargs, kwnames, 1, 1));
    int resource = TRY(resource_arg(args[0]));
    struct rlimit limits;
    if (::getrlimit(__rlimit_resource(resource), &limits) != 0)
        return raise_os_error(errno);
    return limits_tuple(limits);
}

Result<Value> resource_setrlimit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setrlimit", nargs, kwnames, 2, 2));
    int resource = TRY(resource_arg(args[0]));
    struct rlimit limits = TRY(limits_arg(args[1]));
    if (::setrlimit(__rlimit_resource(resource), &limits) != 0)
        return raise_setrlimit_error(errno);
    return none_value();
}

Result<Value> resource_prlimit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("prlimit", nargs, kwnames, 2, 3));
    int64_t pid = TRY(int_as_int64(TRY(number_index(args[0]))));
    int resource = TRY(resource_arg(args[1]));
    struct rlimit new_limits;
    if (nargs == 3 && !is_none(args[2]))
        new_limits = TRY(limits_arg(args[2]));
    struct rlimit old_limits;
    if (::prlimit(pid_t(pid), __rlimit_resource(resource), nargs == 3 && !is_none(args[2]) ? &new_limits : nullptr,
                  &old_limits) != 0)
        return raise_setrlimit_error(errno);
    return limits_tuple(old_limits);
}

Result<Value> resource_getrusage(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getrusage", nargs, kwnames, 1, 1));
    int64_t who = TRY(int_as_int64(TRY(number_index(args[0]))));
    struct rusage usage;
    if (::getrusage(int(who), &usage) != 0) {
        if (errno == EINVAL)
            return raise(&g_exc_ValueError, "invalid who parameter");
        return raise_os_error(errno);
    }
    auto seconds = [](const struct timeval& t) { return float_from_double(double(t.tv_sec) + double(t.tv_usec) * 1e-6); };
    Value user = seconds(usage.ru_utime);
    Value system = seconds(usage.ru_stime);
    auto n = [](long value) { return int_from_int64(value); };
    Value fields[] = { n(usage.ru_maxrss), n(usage.ru_ixrss), n(usage.ru_idrss), n(usage.ru_isrss),
                       n(usage.ru_minflt), n(usage.ru_majflt), n(usage.ru_nswap), n(usage.ru_inblock),
                       n(usage.ru_oublock), n(usage.ru_msgsnd), n(usage.ru_msgrcv), n(usage.ru_nsignals),
                       n(usage.ru_nvcsw), n(usage.ru_nivcsw) };
    return structseq_new(g_struct_rusage_type, { user, system, fields[0], fields[1], fields[2], fields[3], fields[4],
                                                 fields[5], fields[6], fields[7], fields[8], fields[9], fields[10],
                                                 fields[11], fields[12], fields[13] });
}

Result<Value> resource_getpagesize(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getpagesize", nargs, kwnames, 0, 0));
    return Value::small_int(::sysconf(_SC_PAGESIZE));
}

const MethodDef s_resource_functions[] = {
    { "getrlimit", resource_getrlimit, METHOD_STATIC, nullptr },
    { "setrlimit", resource_setrlimit, METHOD_STATIC, nullptr },
    { "prlimit", resource_prlimit, METHOD_STATIC, nullptr },
    { "getrusage", resource_getrusage, METHOD_STATIC, nullptr },
    { "getpagesize", resource_getpagesize, METHOD_STATIC, nullptr },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> resource_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("resource"));
    if (!g_struct_rusage_type)
        g_struct_rusage_type = structseq_new_type(
            "resource.struct_rusage",
            { "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
              "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw",
              "ru_nivcsw" });
    module_add_functions(module.get(), s_resource_functions);
    module_set(module.get(), "struct_rusage", Val(g_struct_rusage_type));
    module_set(module.get(), "error", Val(&g_exc_OSError));
    const std::pair<const char*, int64_t> constants[] = {
        { "RLIMIT_AS", RLIMIT_AS }, { "RLIMIT_CORE", RLIMIT_CORE }, { "RLIMIT_CPU", RLIMIT_CPU },
        { "RLIMIT_DATA", RLIMIT_DATA }, { "RLIMIT_FSIZE", RLIMIT_FSIZE }, { "RLIMIT_MEMLOCK", RLIMIT_MEMLOCK },
        { "RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE }, { "RLIMIT_NICE", RLIMIT_NICE }, { "RLIMIT_NOFILE", RLIMIT_NOFILE },
        { "RLIMIT_NPROC", RLIMIT_NPROC }, { "RLIMIT_OFILE", RLIMIT_OFILE }, { "RLIMIT_RSS", RLIMIT_RSS },
        { "RLIMIT_RTPRIO", RLIMIT_RTPRIO }, { "RLIMIT_RTTIME", RLIMIT_RTTIME },
        { "RLIMIT_SIGPENDING", RLIMIT_SIGPENDING }, { "RLIMIT_STACK", RLIMIT_STACK }, { "RLIM_INFINITY", -1 },
        { "RUSAGE_CHILDREN", RUSAGE_CHILDREN }, { "RUSAGE_SELF", RUSAGE_SELF }, { "RUSAGE_THREAD", RUSAGE_THREAD },
    };
    for (const auto& [name, value] : constants)
        module_set(module.get(), name, Val::small_int(value));
    return module;
}

}  // namespace ginger
