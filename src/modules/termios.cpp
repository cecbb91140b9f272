// The termios module: terminal attributes (tcgetattr/tcsetattr), line control (tcsendbreak, tcdrain,
// tcflush, tcflow) and window size (tcgetwinsize/tcsetwinsize). Failures raise termios.error(errno,
// strerror). The constants are CPython 3.12's on Linux, their values taken once from its termios module.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <cerrno>
#include <cstring>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace ginger {

namespace {

TypeObject g_termios_error_type;

Error raise_termios_error(int error)
{
    Ref<StrObject> message = str_from_utf8(::strerror(error));
    return raise_with_args(&g_termios_error_type, { Val::small_int(error), Val(message.get()) });
}


Result<int64_t> c_int(Val v)
{
    return int_as_int64(TRY(number_index(v)));
}

Result<Value> termios_tcgetattr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcgetattr", nargs, kwnames, 1, 1));
    int fd = TRY(file_descriptor_arg(args[0]));
    struct termios mode;
    if (::tcgetattr(fd, &mode) != 0)
        return raise_termios_error(errno);
    Ref<ListObject> cc = list_new(NCCS);
    for (int i = 0; i < NCCS; ++i) {
        char c = char(mode.c_cc[i]);
        list_append(cc.get(), Value(bytes_from(std::string_view(&c, 1))));
    }
    // In non-canonical mode, VMIN and VTIME are counts, not characters.
    if (!(mode.c_lflag & ICANON)) {
        cc->items[VMIN] = Value::small_int(mode.c_cc[VMIN]);
        cc->items[VTIME] = Value::small_int(mode.c_cc[VTIME]);
    }
    Ref<ListObject> result = list_new(7);
    list_append(result.get(), int_from_int64(int64_t(mode.c_iflag)));
    list_append(result.get(), int_from_int64(int64_t(mode.c_oflag)));
    list_append(result.get(), int_from_int64(int64_t(mode.c_cflag)));
    list_append(result.get(), int_from_int64(int64_t(mode.c_lflag)));
    list_append(result.get(), int_from_int64(int64_t(::cfgetispeed(&mode))));
    list_append(result.get(), int_from_int64(int64_t(::cfgetospeed(&mode))));
    list_append(result.get(), Value(std::move(cc)));
    return Value(std::move(result));
}

Result<Value> termios_tcsetattr(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcsetattr", nargs, kwnames, 3, 3));
    int fd = TRY(file_descriptor_arg(args[0]));
    int when = int(TRY(c_int(args[1])));
    if (!is_list(args[2]) || args[2].as<ListObject>()->size != 7)
        return raise(&g_exc_TypeError, "tcsetattr, arg 3: must be 7 element list");
    auto* attributes = args[2].as<ListObject>();
    struct termios mode;
    // Start from the current settings, so that fields Python does not see keep their values.
    if (::tcgetattr(fd, &mode) != 0)
        return raise_termios_error(errno);
    mode.c_iflag = tcflag_t(TRY(c_int(attributes->item(0))));
    mode.c_oflag = tcflag_t(TRY(c_int(attributes->item(1))));
    mode.c_cflag = tcflag_t(TRY(c_int(attributes->item(2))));
    mode.c_lflag = tcflag_t(TRY(c_int(attributes->item(3))));
    speed_t ispeed = speed_t(TRY(c_int(attributes->item(4))));
    speed_t ospeed = speed_t(TRY(c_int(attributes->item(5))));
    Val cc = attributes->item(6);
    if (!is_list(cc) || cc.as<ListObject>()->size != NCCS)
        return raise(&g_exc_TypeError, "tcsetattr: attributes[6] must be {} element list", NCCS);
    for (int i = 0; i < NCCS; ++i) {
        Val item = cc.as<ListObject>()->item(i);
        if (is_bytes(item) && item.as<BytesObject>()->size == 1)
            mode.c_cc[i] = cc_t(item.as<BytesObject>()->data[0]);
        else if (is_int(item))
            mode.c_cc[i] = cc_t(TRY(c_int(item)));
        else
            return raise(&g_exc_TypeError, "tcsetattr: elements of attributes must be characters or integers");
    }
    if (::cfsetispeed(&mode, ispeed) != 0 || ::cfsetospeed(&mode, ospeed) != 0)
        return raise_termios_error(errno);
    if (::tcsetattr(fd, when, &mode) != 0)
        return raise_termios_error(errno);
    return none_value();
}

Result<Value> termios_tcsendbreak(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcsendbreak", nargs, kwnames, 2, 2));
    int fd = TRY(file_descriptor_arg(args[0]));
    int duration = int(TRY(c_int(args[1])));
    if (::tcsendbreak(fd, duration) != 0)
        return raise_termios_error(errno);
    return none_value();
}

Result<Value> termios_tcdrain(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcdrain", nargs, kwnames, 1, 1));
    int fd = TRY(file_descriptor_arg(args[0]));
    if (::tcdrain(fd) != 0)
        return raise_termios_error(errno);
    return none_value();
}

Result<Value> termios_tcflush(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcflush", nargs, kwnames, 2, 2));
    int fd = TRY(file_descriptor_arg(args[0]));
    int queue = int(TRY(c_int(args[1])));
    if (::tcflush(fd, queue) != 0)
        return raise_termios_error(errno);
    return none_value();
}

Result<Value> termios_tcflow(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcflow", nargs, kwnames, 2, 2));
    int fd = TRY(file_descriptor_arg(args[0]));
    int action = int(TRY(c_int(args[1])));
    if (::tcflow(fd, action) != 0)
        return raise_termios_error(errno);
    return none_value();
}

Result<Value> termios_tcgetwinsize(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcgetwinsize", nargs, kwnames, 1, 1));
    int fd = TRY(file_descriptor_arg(args[0]));
    struct winsize size;
    if (::ioctl(fd, TIOCGWINSZ, &size) != 0)
        return raise_termios_error(errno);
    return Value(tuple_of({ Val::small_int(size.ws_row), Val::small_int(size.ws_col) }));
}

Result<Value> termios_tcsetwinsize(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("tcsetwinsize", nargs, kwnames, 2, 2));
    int fd = TRY(file_descriptor_arg(args[0]));
    if (is_str(args[1]) || is_bytes(args[1]))
        return raise(&g_exc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
    Result<Ref<TupleObject>> items = sequence_tuple(args[1]);
    if (items.is_error()) {
        clear_error();
        return raise(&g_exc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
    }
    if (items.value()->size != 2)
        return raise(&g_exc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
    struct winsize size;
    if (::ioctl(fd, TIOCGWINSZ, &size) != 0)
        return raise_termios_error(errno);
    int64_t rows = TRY(c_int(items.value()->item(0)));
    int64_t columns = TRY(c_int(items.value()->item(1)));
    if (rows < 0 || rows > 0xffff || columns < 0 || columns > 0xffff)
        return raise(&g_exc_OverflowError, "winsize value(s) out of range.");
    size.ws_row = (unsigned short)rows;
    size.ws_col = (unsigned short)columns;
    if (::ioctl(fd, TIOCSWINSZ, &size) != 0)
        return raise_termios_error(errno);
    return none_value();
}

const MethodDef s_termios_functions[] = {
    { "tcgetattr", termios_tcgetattr, METHOD_STATIC, "Get the tty attributes for file descriptor fd." },
    { "tcsetattr", termios_tcsetattr, METHOD_STATIC, "Set the tty attributes for file descriptor fd." },
    { "tcsendbreak", termios_tcsendbreak, METHOD_STATIC, "Send a break on file descriptor fd." },
    { "tcdrain", termios_tcdrain, METHOD_STATIC, "Wait until all output written to file descriptor fd has been transmitted." },
    { "tcflush", termios_tcflush, METHOD_STATIC, "Discard queued data on file descriptor fd." },
    { "tcflow", termios_tcflow, METHOD_STATIC, "Suspend or resume input or output on file descriptor fd." },
    { "tcgetwinsize", termios_tcgetwinsize, METHOD_STATIC, "Get the tty winsize for file descriptor fd." },
    { "tcsetwinsize", termios_tcsetwinsize, METHOD_STATIC, "Set the tty winsize for file descriptor fd." },
    { nullptr, nullptr, 0, nullptr },
};

const std::pair<const char*, int64_t> s_termios_constants[] = {
    { "B0", 0 }, { "B1000000", 4104 }, { "B110", 3 }, { "B115200", 4098 }, { "B1152000", 4105 }, { "B1200", 9 },
    { "B134", 4 }, { "B150", 5 }, { "B1500000", 4106 }, { "B1800", 10 }, { "B19200", 14 }, { "B200", 6 },
    { "B2000000", 4107 }, { "B230400", 4099 }, { "B2400", 11 }, { "B2500000", 4108 }, { "B300", 7 },
    { "B3000000", 4109 }, { "B3500000", 4110 }, { "B38400", 15 }, { "B4000000", 4111 }, { "B460800", 4100 },
    { "B4800", 12 }, { "B50", 1 }, { "B500000", 4101 }, { "B57600", 4097 }, { "B576000", 4102 }, { "B600", 8 },
    { "B75", 2 }, { "B921600", 4103 }, { "B9600", 13 }, { "BRKINT", 2 }, { "BS0", 0 }, { "BS1", 8192 },
    { "BSDLY", 8192 }, { "CBAUD", 4111 }, { "CBAUDEX", 4096 }, { "CDSUSP", 25 }, { "CEOF", 4 }, { "CEOL", 0 },
    { "CEOT", 4 }, { "CERASE", 127 }, { "CFLUSH", 15 }, { "CIBAUD", 269418496 }, { "CINTR", 3 }, { "CKILL", 21 },
    { "CLNEXT", 22 }, { "CLOCAL", 2048 }, { "CQUIT", 28 }, { "CR0", 0 }, { "CR1", 512 }, { "CR2", 1024 },
    { "CR3", 1536 }, { "CRDLY", 1536 }, { "CREAD", 128 }, { "CRPRNT", 18 }, { "CRTSCTS", 2147483648 }, { "CS5", 0 },
    { "CS6", 16 }, { "CS7", 32 }, { "CS8", 48 }, { "CSIZE", 48 }, { "CSTART", 17 }, { "CSTOP", 19 },
    { "CSTOPB", 64 }, { "CSUSP", 26 }, { "CWERASE", 23 }, { "ECHO", 8 }, { "ECHOCTL", 512 }, { "ECHOE", 16 },
    { "ECHOK", 32 }, { "ECHOKE", 2048 }, { "ECHONL", 64 }, { "ECHOPRT", 1024 }, { "EXTA", 14 }, { "EXTB", 15 },
    { "FF0", 0 }, { "FF1", 32768 }, { "FFDLY", 32768 }, { "FIOASYNC", 21586 }, { "FIOCLEX", 21585 },
    { "FIONBIO", 21537 }, { "FIONCLEX", 21584 }, { "FIONREAD", 21531 }, { "FLUSHO", 4096 }, { "HUPCL", 1024 },
    { "ICANON", 2 }, { "ICRNL", 256 }, { "IEXTEN", 32768 }, { "IGNBRK", 1 }, { "IGNCR", 128 }, { "IGNPAR", 4 },
    { "IMAXBEL", 8192 }, { "INLCR", 64 }, { "INPCK", 16 }, { "IOCSIZE_MASK", 1073676288 }, { "IOCSIZE_SHIFT", 16 },
    { "ISIG", 1 }, { "ISTRIP", 32 }, { "IUCLC", 512 }, { "IXANY", 2048 }, { "IXOFF", 4096 }, { "IXON", 1024 },
    { "NCC", 8 }, { "NCCS", 32 }, { "NL0", 0 }, { "NL1", 256 }, { "NLDLY", 256 }, { "NOFLSH", 128 },
    { "N_MOUSE", 2 }, { "N_PPP", 3 }, { "N_SLIP", 1 }, { "N_STRIP", 4 }, { "N_TTY", 0 }, { "OCRNL", 8 },
    { "OFDEL", 128 }, { "OFILL", 64 }, { "OLCUC", 2 }, { "ONLCR", 4 }, { "ONLRET", 32 }, { "ONOCR", 16 },
    { "OPOST", 1 }, { "PARENB", 256 }, { "PARMRK", 8 }, { "PARODD", 512 }, { "PENDIN", 16384 }, { "TAB0", 0 },
    { "TAB1", 2048 }, { "TAB2", 4096 }, { "TAB3", 6144 }, { "TABDLY", 6144 }, { "TCFLSH", 21515 },
    { "TCGETA", 21509 }, { "TCGETS", 21505 }, { "TCIFLUSH", 0 }, { "TCIOFF", 2 }, { "TCIOFLUSH", 2 },
    { "TCION", 3 }, { "TCOFLUSH", 1 }, { "TCOOFF", 0 }, { "TCOON", 1 }, { "TCSADRAIN", 1 }, { "TCSAFLUSH", 2 },
    { "TCSANOW", 0 }, { "TCSBRK", 21513 }, { "TCSBRKP", 21541 }, { "TCSETA", 21510 }, { "TCSETAF", 21512 },
    { "TCSETAW", 21511 }, { "TCSETS", 21506 }, { "TCSETSF", 21508 }, { "TCSETSW", 21507 }, { "TCXONC", 21514 },
    { "TIOCCONS", 21533 }, { "TIOCEXCL", 21516 }, { "TIOCGETD", 21540 }, { "TIOCGICOUNT", 21597 },
    { "TIOCGLCKTRMIOS", 21590 }, { "TIOCGPGRP", 21519 }, { "TIOCGSERIAL", 21534 }, { "TIOCGSOFTCAR", 21529 },
    { "TIOCGWINSZ", 21523 }, { "TIOCINQ", 21531 }, { "TIOCLINUX", 21532 }, { "TIOCMBIC", 21527 },
    { "TIOCMBIS", 21526 }, { "TIOCMGET", 21525 }, { "TIOCMIWAIT", 21596 }, { "TIOCMSET", 21528 },
    { "TIOCM_CAR", 64 }, { "TIOCM_CD", 64 }, { "TIOCM_CTS", 32 }, { "TIOCM_DSR", 256 }, { "TIOCM_DTR", 2 },
    { "TIOCM_LE", 1 }, { "TIOCM_RI", 128 }, { "TIOCM_RNG", 128 }, { "TIOCM_RTS", 4 }, { "TIOCM_SR", 16 },
    { "TIOCM_ST", 8 }, { "TIOCNOTTY", 21538 }, { "TIOCNXCL", 21517 }, { "TIOCOUTQ", 21521 }, { "TIOCPKT", 21536 },
    { "TIOCPKT_DATA", 0 }, { "TIOCPKT_DOSTOP", 32 }, { "TIOCPKT_FLUSHREAD", 1 }, { "TIOCPKT_FLUSHWRITE", 2 },
    { "TIOCPKT_NOSTOP", 16 }, { "TIOCPKT_START", 8 }, { "TIOCPKT_STOP", 4 }, { "TIOCSCTTY", 21518 },
    { "TIOCSERCONFIG", 21587 }, { "TIOCSERGETLSR", 21593 }, { "TIOCSERGETMULTI", 21594 },
    { "TIOCSERGSTRUCT", 21592 }, { "TIOCSERGWILD", 21588 }, { "TIOCSERSETMULTI", 21595 }, { "TIOCSERSWILD", 21589 },
    { "TIOCSER_TEMT", 1 }, { "TIOCSETD", 21539 }, { "TIOCSLCKTRMIOS", 21591 }, { "TIOCSPGRP", 21520 },
    { "TIOCSSERIAL", 21535 }, { "TIOCSSOFTCAR", 21530 }, { "TIOCSTI", 21522 }, { "TIOCSWINSZ", 21524 },
    { "TOSTOP", 256 }, { "VDISCARD", 13 }, { "VEOF", 4 }, { "VEOL", 11 }, { "VEOL2", 16 }, { "VERASE", 2 },
    { "VINTR", 0 }, { "VKILL", 3 }, { "VLNEXT", 15 }, { "VMIN", 6 }, { "VQUIT", 1 }, { "VREPRINT", 12 },
    { "VSTART", 8 }, { "VSTOP", 9 }, { "VSUSP", 10 }, { "VSWTC", 7 }, { "VSWTCH", 7 }, { "VT0", 0 },
    { "VT1", 16384 }, { "VTDLY", 16384 }, { "VTIME", 5 }, { "VWERASE", 14 }, { "XCASE", 4 }, { "XTABS", 6144 },
};

}  // namespace

Ref<ModuleObject> termios_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("termios"));
    if (!g_termios_error_type.has_flag(TYPE_READY)) {
        type_init_static(g_termios_error_type, "termios.error", sizeof(BaseExceptionObject), &g_exc_Exception,
                         TYPE_BASETYPE | TYPE_GC | TYPE_EXCEPTION_SUBCLASS);
        type_ready(g_termios_error_type);
    }
    module_add_functions(module.get(), s_termios_functions);
    module_set(module.get(), "error", Val(&g_termios_error_type));
    for (const auto& [name, value] : s_termios_constants)
        module_set(module.get(), name, Val::small_int(value));
    return module;
}

}  // namespace ginger
