// The errno module: the system's error numbers by name, and errorcode mapping numbers to names.
// The list of names is CPython 3.12's on Linux (generated once from its errno module); the values come
// from the C library's headers.
#include "modules/modules.h"
#include "objects/exceptions.h"
#include "objects/int.h"

#include <cerrno>

namespace ginger {

namespace {

struct ErrnoName {
    const char* name;
    int value;
};

#define ERRNO(name) { #name, name }

// In CPython's order: where two names share a number (EAGAIN/EWOULDBLOCK, EDEADLK/EDEADLOCK,
// ENOTSUP/EOPNOTSUPP), errorcode keeps the later one, as CPython's does.
const ErrnoName s_errno_names[] = {
    ERRNO(ENODEV), ERRNO(ENOCSI), ERRNO(EHOSTUNREACH), ERRNO(ENOMSG), ERRNO(EUCLEAN), ERRNO(EL2NSYNC),
    ERRNO(EL2HLT), ERRNO(ENODATA), ERRNO(ENOTBLK), ERRNO(ENOSYS), ERRNO(EPIPE), ERRNO(EINVAL), ERRNO(EOVERFLOW),
    ERRNO(EADV), ERRNO(EINTR), ERRNO(EUSERS), ERRNO(ENOTEMPTY), ERRNO(ENOBUFS), ERRNO(EPROTO), ERRNO(EREMOTE),
    ERRNO(ENAVAIL), ERRNO(ECHILD), ERRNO(ELOOP), ERRNO(EXDEV), ERRNO(E2BIG), ERRNO(ESRCH), ERRNO(EMSGSIZE),
    ERRNO(EAFNOSUPPORT), ERRNO(EBADR), ERRNO(EHOSTDOWN), ERRNO(EPFNOSUPPORT), ERRNO(ENOPROTOOPT), ERRNO(EBUSY),
    ERRNO(EWOULDBLOCK), ERRNO(EBADFD), ERRNO(EDOTDOT), ERRNO(EISCONN), ERRNO(ENOANO), ERRNO(ESHUTDOWN),
    ERRNO(ECHRNG), ERRNO(ELIBBAD), ERRNO(ENONET), ERRNO(EBADE), ERRNO(EBADF), ERRNO(EMULTIHOP), ERRNO(EIO),
    ERRNO(EUNATCH), ERRNO(EPROTOTYPE), ERRNO(ENOSPC), ERRNO(ENOEXEC), ERRNO(EALREADY), ERRNO(ENETDOWN),
    ERRNO(ENOTNAM), ERRNO(EACCES), ERRNO(ELNRNG), ERRNO(EILSEQ), ERRNO(ENOTDIR), ERRNO(ENOTUNIQ), ERRNO(EPERM),
    ERRNO(EDOM), ERRNO(EXFULL), ERRNO(ECONNREFUSED), ERRNO(EISDIR), ERRNO(EPROTONOSUPPORT), ERRNO(EROFS),
    ERRNO(EADDRNOTAVAIL), ERRNO(EIDRM), ERRNO(ECOMM), ERRNO(ESRMNT), ERRNO(EREMOTEIO), ERRNO(EL3RST),
    ERRNO(EBADMSG), ERRNO(ENFILE), ERRNO(ELIBMAX), ERRNO(ESPIPE), ERRNO(ENOLINK), ERRNO(ENETRESET),
    ERRNO(ETIMEDOUT), ERRNO(ENOENT), ERRNO(EEXIST), ERRNO(EDQUOT), ERRNO(ENOSTR), ERRNO(EBADSLT), ERRNO(EBADRQC),
    ERRNO(ELIBACC), ERRNO(EFAULT), ERRNO(EFBIG), ERRNO(EDEADLK), ERRNO(ENOTCONN), ERRNO(EDESTADDRREQ),
    ERRNO(ELIBSCN), ERRNO(ENOLCK), ERRNO(EISNAM), ERRNO(ECONNABORTED), ERRNO(ENETUNREACH), ERRNO(ESTALE),
    ERRNO(ENOSR), ERRNO(ENOMEM), ERRNO(ENOTSOCK), ERRNO(ESTRPIPE), ERRNO(EMLINK), ERRNO(ERANGE), ERRNO(ELIBEXEC),
    ERRNO(EL3HLT), ERRNO(ECONNRESET), ERRNO(EADDRINUSE), ERRNO(EOPNOTSUPP), ERRNO(EREMCHG), ERRNO(EAGAIN),
    ERRNO(ENAMETOOLONG), ERRNO(ENOTTY), ERRNO(ERESTART), ERRNO(ESOCKTNOSUPPORT), ERRNO(ETIME), ERRNO(EBFONT),
    ERRNO(EDEADLOCK), ERRNO(ETOOMANYREFS), ERRNO(EMFILE), ERRNO(ETXTBSY), ERRNO(EINPROGRESS), ERRNO(ENXIO),
    ERRNO(ENOPKG), ERRNO(ENOMEDIUM), ERRNO(EMEDIUMTYPE), ERRNO(ECANCELED), ERRNO(ENOKEY), ERRNO(EKEYEXPIRED),
    ERRNO(EKEYREVOKED), ERRNO(EKEYREJECTED), ERRNO(EOWNERDEAD), ERRNO(ENOTRECOVERABLE), ERRNO(ERFKILL),
    ERRNO(ENOTSUP),
};

#undef ERRNO

}  // namespace

Ref<ModuleObject> errno_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("errno"));
    module_set(module.get(), "__doc__",
               Val(str_from_utf8("This module makes available standard errno system symbols.\n\n"
                                 "The value of each symbol is the corresponding integer value,\n"
                                 "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
                                 "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
                                 "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
                                 "Symbols that are not relevant to the underlying system are not defined.\n\n"
                                 "To map error codes to error messages, use the function os.strerror(),\n"
                                 "e.g. os.strerror(2) could return 'No such file or directory'.")
                       .get()));
    Ref<DictObject> errorcode = dict_new();
    for (const ErrnoName& entry : s_errno_names) {
        StrObject* name = str_intern(entry.name);
        module_set(module.get(), entry.name, Val::small_int(entry.value));
        MUST(dict_set(errorcode.get(), Val::small_int(entry.value), Val(name)));
    }
    module_set(module.get(), "errorcode", Val(errorcode.get()));
    return module;
}

}  // namespace ginger
