// The pwd and grp modules: the password and group databases (getpwnam, getpwuid, getpwall; getgrnam,
// getgrgid, getgrall), as struct sequences named as CPython names them. Ginger runs one thread at a time,
// so the plain (non-reentrant) C library calls are enough.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/structseq.h"

#include <grp.h>
#include <pwd.h>
#include <string>

namespace ginger {

namespace {

TypeObject* g_struct_passwd_type = nullptr;
TypeObject* g_struct_group_type = nullptr;

Result<Value> passwd_entry(const struct passwd& entry)
{
    Ref<StrObject> name = str_from_utf8(entry.pw_name);
    Ref<StrObject> password = str_from_utf8(entry.pw_passwd ? entry.pw_passwd : "");
    Value uid = int_from_int64(int64_t(entry.pw_uid));
    Value gid = int_from_int64(int64_t(entry.pw_gid));
    Ref<StrObject> gecos = str_from_utf8(entry.pw_gecos ? entry.pw_gecos : "");
    Ref<StrObject> dir = str_from_utf8(entry.pw_dir ? entry.pw_dir : "");
    Ref<StrObject> shell = str_from_utf8(entry.pw_shell ? entry.pw_shell : "");
    return structseq_new(g_struct_passwd_type, { Val(name.get()), Val(password.get()), uid, gid, Val(gecos.get()),
                                                 Val(dir.get()), Val(shell.get()) });
}

Result<Value> group_entry(const struct group& entry)
{
    Ref<StrObject> name = str_from_utf8(entry.gr_name);
    Ref<StrObject> password = str_from_utf8(entry.gr_passwd ? entry.gr_passwd : "");
    Value gid = int_from_int64(int64_t(entry.gr_gid));
    Ref<ListObject> members = list_new();
    for (char** member = entry.gr_mem; member && *member; ++member)
        list_append(members.get(), Value(str_from_utf8(*member)));
    return structseq_new(g_struct_group_type, { Val(name.get()), Val(password.get()), gid, Val(members.get()) });
}

// A uid or gid argument: an int (CPython also takes objects with __index__); `kind` is "uid" or "gid".
Result<int64_t> id_arg(Val v, const char* kind)
{
    if (!is_int(v))
        return raise(&g_exc_TypeError, "{} should be integer, not {}", kind, v.type()->type_name());
    if (int_bit_length(v) > 62)
        return int64_t(-1);  // out of range: "not found", as in CPython
    return int_as_int64(v);
}

Result<std::string> name_arg(const char* function, Val v)
{
    if (!is_str(v))
        return raise(&g_exc_TypeError, "{}() argument must be str, not {}", function, v.type()->type_name());
    std::string name(v.as<StrObject>()->view());
    if (name.find('\0') != std::string::npos)
        return raise(&g_exc_ValueError, "embedded null byte");
    return name;
}

Result<Value> pwd_getpwuid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getpwuid", nargs, kwnames, 1, 1));
    int64_t uid = TRY(id_arg(args[0], "uid"));
    if (uid < -1 || uid > int64_t(uid_t(-1) - 1) || (uid == -1 && int_bit_length(args[0]) > 62))
        return raise(&g_exc_KeyError, "getpwuid(): uid not found");
    const struct passwd* entry = ::getpwuid(uid_t(uid));
    if (!entry)
        return raise(&g_exc_KeyError, "getpwuid(): uid not found: {}", uid);
    return passwd_entry(*entry);
}

Result<Value> pwd_getpwnam(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getpwnam", nargs, kwnames, 1, 1));
    std::string name = TRY(name_arg("getpwnam", args[0]));
    const struct passwd* entry = ::getpwnam(name.c_str());
    if (!entry)
        return raise(&g_exc_KeyError, "getpwnam(): name not found: {}", TRY(repr_utf8(args[0])));
    return passwd_entry(*entry);
}

Result<Value> pwd_getpwall(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getpwall", nargs, kwnames, 0, 0));
    Ref<ListObject> result = list_new();
    ::setpwent();
    while (const struct passwd* entry = ::getpwent()) {
        Result<Value> item = passwd_entry(*entry);
        if (item.is_error()) {
            ::endpwent();
            return Error {};
        }
        list_append(result.get(), item.value());
    }
    ::endpwent();
    return Value(std::move(result));
}

Result<Value> grp_getgrgid(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("getgrgid", args, nargs, kwnames, { "id" }, 1, out));
    int64_t gid = TRY(id_arg(out[0], "gid"));
    if (gid < -1 || gid > int64_t(gid_t(-1) - 1) || (gid == -1 && int_bit_length(out[0]) > 62))
        return raise(&g_exc_KeyError, "getgrgid(): gid not found");
    const struct group* entry = ::getgrgid(gid_t(gid));
    if (!entry)
        return raise(&g_exc_KeyError, "getgrgid(): gid not found: {}", gid);
    return group_entry(*entry);
}

Result<Value> grp_getgrnam(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("getgrnam", args, nargs, kwnames, { "name" }, 1, out));
    std::string name = TRY(name_arg("getgrnam", out[0]));
    const struct group* entry = ::getgrnam(name.c_str());
    if (!entry)
        return raise(&g_exc_KeyError, "getgrnam(): name not found: {}", TRY(repr_utf8(out[0])));
    return group_entry(*entry);
}

Result<Value> grp_getgrall(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getgrall", nargs, kwnames, 0, 0));
    Ref<ListObject> result = list_new();
    ::setgrent();
    while (const struct group* entry = ::getgrent()) {
        Result<Value> item = group_entry(*entry);
        if (item.is_error()) {
            ::endgrent();
            return Error {};
        }
        list_append(result.get(), item.value());
    }
    ::endgrent();
    return Value(std::move(result));
}

const MethodDef s_pwd_functions[] = {
    { "getpwuid", pwd_getpwuid, METHOD_STATIC, "Return the password database entry for the given numeric user ID." },
    { "getpwnam", pwd_getpwnam, METHOD_STATIC, "Return the password database entry for the given user name." },
    { "getpwall", pwd_getpwall, METHOD_STATIC, "Return a list of all available password database entries, in arbitrary order." },
    { nullptr, nullptr, 0, nullptr },
};

const MethodDef s_grp_functions[] = {
    { "getgrgid", grp_getgrgid, METHOD_STATIC, "Return the group database entry for the given numeric group ID." },
    { "getgrnam", grp_getgrnam, METHOD_STATIC, "Return the group database entry for the given group name." },
    { "getgrall", grp_getgrall, METHOD_STATIC, "Return a list of all available group entries, in arbitrary order." },
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> pwd_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("pwd"));
    if (!g_struct_passwd_type)
        g_struct_passwd_type = structseq_new_type("pwd.struct_passwd", { "pw_name", "pw_passwd", "pw_uid", "pw_gid",
                                                                         "pw_gecos", "pw_dir", "pw_shell" });
    module_add_functions(module.get(), s_pwd_functions);
    module_set(module.get(), "struct_passwd", Val(g_struct_passwd_type));
    return module;
}

Ref<ModuleObject> grp_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("grp"));
    if (!g_struct_group_type)
        g_struct_group_type = structseq_new_type("grp.struct_group", { "gr_name", "gr_passwd", "gr_gid", "gr_mem" });
    module_add_functions(module.get(), s_grp_functions);
    module_set(module.get(), "struct_group", Val(g_struct_group_type));
    return module;
}

}  // namespace ginger
