// The syslog module: openlog, syslog, closelog, setlogmask, LOG_MASK/LOG_UPTO and the priority, facility
// and option constants. The ident string given to openlog is kept alive here, since the C library keeps
// the pointer.
#include "import/import.h"
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"

#include <string>
#include <syslog.h>

namespace ginger {

namespace {

std::string s_ident;
bool s_opened = false;

Result<int64_t> c_int(Val v)
{
    return int_as_int64(TRY(number_index(v)));
}

// The default ident: the last component of sys.argv[0], as CPython does.
Result<std::string> default_ident()
{
    Value sys = TRY(import_module("sys"));
    Value argv = TRY(get_attr_maybe(sys, str_intern("argv")));
    if (!argv || !is_list(argv) || argv.as<ListObject>()->size == 0)
        return std::string();
    Val first = argv.as<ListObject>()->items[0].get();
    if (!is_str(first))
        return std::string();
    std::string text(first.as<StrObject>()->view());
    size_t slash = text.rfind('/');
    return slash == std::string::npos ? text : text.substr(slash + 1);
}

Result<Value> syslog_openlog(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[3];
    TRY(bind_args("openlog", args, nargs, kwnames, { "ident", "logoption", "facility" }, 0, out));
    if (out[0] && !is_none(out[0])) {
        if (!is_str(out[0]))
            return raise(&g_exc_TypeError, "openlog() argument 'ident' must be str, not {}",
                         out[0].type()->type_name());
        s_ident = std::string(out[0].as<StrObject>()->view());
    } else {
        s_ident = TRY(default_ident());
    }
    int option = out[1] ? int(TRY(c_int(out[1]))) : 0;
    int facility = out[2] ? int(TRY(c_int(out[2]))) : LOG_USER;
    ::openlog(s_ident.empty() ? nullptr : s_ident.c_str(), option, facility);
    s_opened = true;
    return none_value();
}

Result<Value> syslog_syslog(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if ((kwnames && kwnames->size) || nargs < 1 || nargs > 2)
        return raise(&g_exc_TypeError, "syslog.syslog requires 1 to 2 arguments");
    int priority = LOG_INFO;
    Val message = args[nargs - 1];
    if (nargs == 2)
        priority = int(TRY(c_int(args[0])));
    if (!is_str(message))
        return raise(&g_exc_TypeError, "syslog() argument {} must be str, not {}", nargs, message.type()->type_name());
    if (!s_opened) {
        Val none_args[1] = { none() };
        TRY(syslog_openlog(none_args, 0, nullptr));
    }
    std::string text(message.as<StrObject>()->view());
    ::syslog(priority, "%s", text.c_str());
    return none_value();
}

Result<Value> syslog_closelog(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("closelog", nargs, kwnames, 0, 0));
    if (s_opened) {
        ::closelog();
        s_opened = false;
    }
    return none_value();
}

Result<Value> syslog_setlogmask(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setlogmask", nargs, kwnames, 1, 1));
    int mask = int(TRY(c_int(args[0])));
    return Value::small_int(::setlogmask(mask));
}

Result<Value> syslog_LOG_MASK(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("LOG_MASK", nargs, kwnames, 1, 1));
    int priority = int(TRY(c_int(args[0])));
    return Value::small_int(LOG_MASK(priority));
}

Result<Value> syslog_LOG_UPTO(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("LOG_UPTO", nargs, kwnames, 1, 1));
    int priority = int(TRY(c_int(args[0])));
    return Value::small_int(LOG_UPTO(priority));
}

const MethodDef s_syslog_functions[] = {
    { "openlog", syslog_openlog, METHOD_STATIC, "Set logging options of subsequent syslog() calls." },
    { "syslog", syslog_syslog, METHOD_STATIC, "Send the string message to the system logger." },
    { "closelog", syslog_closelog, METHOD_STATIC, "Reset the syslog module values and call the system library closelog()." },
    { "setlogmask", syslog_setlogmask, METHOD_STATIC, "Set the priority mask to maskpri and return the previous mask value." },
    { "LOG_MASK", syslog_LOG_MASK, METHOD_STATIC, "Calculates the mask for the individual priority pri." },
    { "LOG_UPTO", syslog_LOG_UPTO, METHOD_STATIC, "Calculates the mask for all priorities up to and including pri." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> syslog_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("syslog"));
    module_add_functions(module.get(), s_syslog_functions);
    const std::pair<const char*, int> constants[] = {
        { "LOG_ALERT", LOG_ALERT }, { "LOG_AUTH", LOG_AUTH }, { "LOG_AUTHPRIV", LOG_AUTHPRIV }, { "LOG_CONS", LOG_CONS },
        { "LOG_CRIT", LOG_CRIT }, { "LOG_CRON", LOG_CRON }, { "LOG_DAEMON", LOG_DAEMON }, { "LOG_DEBUG", LOG_DEBUG },
        { "LOG_EMERG", LOG_EMERG }, { "LOG_ERR", LOG_ERR }, { "LOG_INFO", LOG_INFO }, { "LOG_KERN", LOG_KERN },
        { "LOG_LOCAL0", LOG_LOCAL0 }, { "LOG_LOCAL1", LOG_LOCAL1 }, { "LOG_LOCAL2", LOG_LOCAL2 },
        { "LOG_LOCAL3", LOG_LOCAL3 }, { "LOG_LOCAL4", LOG_LOCAL4 }, { "LOG_LOCAL5", LOG_LOCAL5 },
        { "LOG_LOCAL6", LOG_LOCAL6 }, { "LOG_LOCAL7", LOG_LOCAL7 }, { "LOG_LPR", LOG_LPR }, { "LOG_MAIL", LOG_MAIL },
        { "LOG_NDELAY", LOG_NDELAY }, { "LOG_NEWS", LOG_NEWS }, { "LOG_NOTICE", LOG_NOTICE },
        { "LOG_NOWAIT", LOG_NOWAIT }, { "LOG_ODELAY", LOG_ODELAY }, { "LOG_PERROR", LOG_PERROR },
        { "LOG_PID", LOG_PID }, { "LOG_SYSLOG", LOG_SYSLOG }, { "LOG_USER", LOG_USER }, { "LOG_UUCP", LOG_UUCP },
        { "LOG_WARNING", LOG_WARNING },
    };
    for (const auto& [name, value] : constants)
        module_set(module.get(), name, Val::small_int(value));
    return module;
}

}  // namespace ginger
