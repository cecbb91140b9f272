// The time module: the clocks (time, monotonic, perf_counter, process_time, thread_time and their _ns
// forms, clock_gettime), sleep, and strftime/asctime/ctime/mktime over 9-tuples.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "import/import.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <ctime>
#include <string>

namespace ginger {

namespace {

// time.struct_time: a 9-tuple whose items are also readable by name (a struct sequence). Two more
// fields, tm_zone and tm_gmtoff, are attributes only: they are stored after the 9 visible items
// (the allocation holds 11, `size` says 9), as CPython keeps a struct sequence's unnamed fields.
TypeObject g_struct_time_type;
constexpr int64_t STRUCT_TIME_VISIBLE = 9;
constexpr int64_t STRUCT_TIME_ALL = 11;

Result<Value> clock_seconds(clockid_t clock)
{
    timespec now;
    if (clock_gettime(clock, &now) != 0)
        return raise_os_error(errno);
    return float_from_double(double(now.tv_sec) + double(now.tv_nsec) * 1e-9);
}

Result<Value> clock_nanoseconds(clockid_t clock)
{
    timespec now;
    if (clock_gettime(clock, &now) != 0)
        return raise_os_error(errno);
    return int_from_int64(int64_t(now.tv_sec) * 1000000000 + now.tv_nsec);
}

#define CLOCK_FUNCTIONS(name, clock)                                                  \
    Result<Value> time_##name(const Val* args, size_t nargs, TupleObject* kwnames)    \
    {                                                                                 \
        TRY(check_positional("time." #name, nargs, kwnames, 0, 0));                   \
        return clock_seconds(clock);                                                  \
    }                                                                                 \
    Result<Value> time_##name##_ns(const Val* args, size_t nargs, TupleObject* kwnames) \
    {                                                                                 \
        TRY(check_positional("time." #name "_ns", nargs, kwnames, 0, 0));             \
        return clock_nanoseconds(clock);                                              \
    }

CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCTIONS(thread_time, CLOCK_THREAD_CPUTIME_ID)

Result<clockid_t> clock_argument(Val v)
{
    Value id = TRY(number_index(v));
    int64_t value;
    if (!int_to_int64(id, value) || value < INT_MIN || value > INT_MAX)
        return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    return clockid_t(value);
}

Result<Value> time_clock_gettime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("time.clock_gettime", nargs, kwnames, 1, 1));
    return clock_seconds(TRY(clock_argument(args[0])));
}

Result<Value> time_clock_gettime_ns(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("time.clock_gettime_ns", nargs, kwnames, 1, 1));
    return clock_nanoseconds(TRY(clock_argument(args[0])));
}

Result<Value> time_clock_getres(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("time.clock_getres", nargs, kwnames, 1, 1));
    timespec resolution;
    if (clock_getres(TRY(clock_argument(args[0])), &resolution) != 0)
        return raise_os_error(errno);
    return float_from_double(double(resolution.tv_sec) + double(resolution.tv_nsec) * 1e-9);
}

// get_clock_info(name): a types.SimpleNamespace describing one of the clocks above.
Result<Value> time_get_clock_info(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("get_clock_info", nargs, kwnames, 1, 1));
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "get_clock_info() argument must be str, not {}", args[0].type()->type_name());
    struct Clock {
        const char* name;
        clockid_t id;
        const char* implementation;
        bool monotonic, adjustable;
    };
    static const Clock clocks[] = {
        { "time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true },
        { "monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false },
        { "perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true, false },
        { "process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false },
        { "thread_time", CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false },
    };
    std::string_view name = args[0].as<StrObject>()->view();
    for (const Clock& clock : clocks) {
        if (name != clock.name)
            continue;
        timespec resolution;
        if (clock_getres(clock.id, &resolution) != 0)
            return raise_os_error(errno);
        Value types = TRY(import_module("types"));
        Value namespace_type = TRY(get_attr_str(types, "SimpleNamespace"));
        Value implementation(str_from_utf8(clock.implementation));
        Value seconds = float_from_double(double(resolution.tv_sec) + double(resolution.tv_nsec) * 1e-9);
        Val values[] = { implementation, bool_value(clock.monotonic), bool_value(clock.adjustable), seconds };
        Ref<TupleObject> names = tuple_of({ Val(str_intern("implementation")), Val(str_intern("monotonic")),
                                            Val(str_intern("adjustable")), Val(str_intern("resolution")) });
        return call(namespace_type, values, 0, names.get());
    }
    return raise(&g_exc_ValueError, "unknown clock");
}

// A duration in seconds (float or int-like) as nanoseconds, with CPython's errors.
Result<int64_t> seconds_argument(Val v)
{
    if (is_float(v)) {
        double seconds = float_value(v);
        if (std::isnan(seconds))
            return raise(&g_exc_ValueError, "Invalid value NaN (not a number)");
        double nanoseconds = seconds * 1e9;
        if (!(nanoseconds >= -9.2e18 && nanoseconds <= 9.2e18))
            return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
        return int64_t(std::ceil(nanoseconds));
    }
    Value integer = TRY(number_index(v));
    int64_t seconds;
    if (!int_to_int64(integer, seconds) || seconds > INT64_MAX / 1000000000 || seconds < INT64_MIN / 1000000000)
        return raise(&g_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return seconds * 1000000000;
}

Result<Value> time_sleep(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("time.sleep", nargs, kwnames, 1, 1));
    int64_t nanoseconds = TRY(seconds_argument(args[0]));
    if (nanoseconds < 0)
        return raise(&g_exc_ValueError, "sleep length must be non-negative");
    timespec remaining { time_t(nanoseconds / 1000000000), long(nanoseconds % 1000000000) };
    // A signal interrupting the sleep runs its Python handler, then the sleep resumes (PEP 475); an
    // exception from the handler ends it.
    while (true) {
        int status;
        {
            GilRelease unlocked;
            status = nanosleep(&remaining, &remaining);
        }
        if (status == 0)
            break;
        if (errno != EINTR)
            return raise_os_error(errno);
        if (g_interrupt_pending)
            TRY(run_pending_signals());
    }
    return none_value();
}

// A 9-tuple (year, month, day, hour, minute, second, weekday, yearday, isdst) as a struct tm.
Result<void> tuple_to_tm(const char* function, Val value, struct tm& out)
{
    if (!is_tuple(value))
        return raise(&g_exc_TypeError, "Tuple or struct_time argument required");
    auto* tuple = value.as<TupleObject>();
    if (tuple->size != 9)
        return raise(&g_exc_TypeError, "{}(): illegal time tuple argument", function);
    int fields[9];
    for (int i = 0; i < 9; ++i) {
        Value item = TRY(number_index(tuple->item(i)));
        int64_t number;
        if (!int_to_int64(item, number) || number < INT_MIN || number > INT_MAX)
            return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
        fields[i] = int(number);
    }
    out = {};
    out.tm_year = fields[0] - 1900;
    out.tm_mon = fields[1] - 1;
    out.tm_mday = fields[2];
    out.tm_hour = fields[3];
    out.tm_min = fields[4];
    out.tm_sec = fields[5];
    out.tm_wday = (fields[6] + 1) % 7;
    out.tm_yday = fields[7] - 1;
    out.tm_isdst = fields[8];
    if (value.type() == &g_struct_time_type) {
        // The zone of a struct_time from localtime() or gmtime(), for %Z and %z.
        static std::string s_zone;
        Val zone = tuple->items[9].get();
        Val offset = tuple->items[10].get();
        if (is_str(zone)) {
            s_zone = std::string(zone.as<StrObject>()->view());
            out.tm_zone = s_zone.c_str();
        }
        int64_t seconds;
        if (is_int(offset) && int_to_int64(offset, seconds))
            out.tm_gmtoff = long(seconds);
    }
    return {};
}

// The checks CPython's strftime and asctime make on a time tuple (after normalizing zeros).
Result<void> check_tm(struct tm& t, bool for_strftime)
{
    if (for_strftime) {
        if (t.tm_mon == -1)
            t.tm_mon = 0;
        if (t.tm_mday == 0)
            t.tm_mday = 1;
        if (t.tm_yday == -1)
            t.tm_yday = 0;
    }
    if (t.tm_mon < 0 || t.tm_mon > 11)
        return raise(&g_exc_ValueError, "month out of range");
    if (t.tm_mday < 1 || t.tm_mday > 31)
        return raise(&g_exc_ValueError, "day of month out of range");
    if (t.tm_hour < 0 || t.tm_hour > 23)
        return raise(&g_exc_ValueError, "hour out of range");
    if (t.tm_min < 0 || t.tm_min > 59)
        return raise(&g_exc_ValueError, "minute out of range");
    if (t.tm_sec < 0 || t.tm_sec > 61)
        return raise(&g_exc_ValueError, "seconds out of range");
    if (t.tm_wday < 0)
        return raise(&g_exc_ValueError, "day of week out of range");
    if (t.tm_yday < 0 || t.tm_yday > 365)
        return raise(&g_exc_ValueError, "day of year out of range");
    return {};
}

Result<struct tm> local_now()
{
    time_t now = ::time(nullptr);
    struct tm result;
    if (!localtime_r(&now, &result))
        return raise_os_error(errno);
    return result;
}

Result<Value> time_strftime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "strftime() takes no keyword arguments");
    if (nargs < 1)
        return raise(&g_exc_TypeError, "strftime() takes at least 1 argument (0 given)");
    if (nargs > 2)
        return raise(&g_exc_TypeError, "strftime() takes at most 2 arguments ({} given)", nargs);
    if (!is_str(args[0]))
        return raise(&g_exc_TypeError, "strftime() argument 1 must be str, not {}", args[0].type()->type_name());
    struct tm t;
    if (nargs == 2) {
        TRY(tuple_to_tm("strftime", args[1], t));
        TRY(check_tm(t, true));
    } else {
        t = TRY(local_now());
    }
    std::string format(args[0].as<StrObject>()->view());
    if (format.empty())
        return Value(str_from_ascii(""));
    // strftime's result length is unknown: grow the buffer until it fits (an empty result is ambiguous,
    // so give up at a generous bound as CPython does).
    std::string buffer;
    for (size_t size = 1024; size <= 256 * format.size() + 1024; size *= 2) {
        buffer.resize(size);
        size_t length = ::strftime(buffer.data(), size, format.c_str(), &t);
        if (length > 0) {
            buffer.resize(length);
            return Value(str_from_utf8(buffer));
        }
    }
    return Value(str_from_ascii(""));
}

std::string asctime_text(const struct tm& t)
{
    static const char* days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char* months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char text[64];
    snprintf(text, sizeof text, "%s %s%3d %.2d:%.2d:%.2d %d", days[t.tm_wday % 7], months[t.tm_mon % 12], t.tm_mday,
             t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
    return text;
}

Result<Value> time_asctime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "asctime() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "asctime() takes at most 1 argument ({} given)", nargs);
    struct tm t;
    if (nargs == 1) {
        TRY(tuple_to_tm("asctime", args[0], t));
        TRY(check_tm(t, false));
    } else {
        t = TRY(local_now());
    }
    return Value(str_from_ascii(asctime_text(t)));
}

Result<Value> time_ctime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "ctime() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "ctime() takes at most 1 argument ({} given)", nargs);
    time_t seconds;
    if (nargs == 0 || is_none(args[0])) {
        seconds = ::time(nullptr);
    } else {
        int64_t nanoseconds = TRY(seconds_argument(args[0]));
        // Seconds are truncated toward zero, not rounded up like a sleep.
        if (is_float(args[0]))
            seconds = time_t(std::trunc(float_value(args[0])));
        else
            seconds = time_t(nanoseconds / 1000000000);
    }
    struct tm t;
    if (!localtime_r(&seconds, &t))
        return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
    return Value(str_from_ascii(asctime_text(t)));
}

Result<Value> time_mktime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("time.mktime", nargs, kwnames, 1, 1));
    struct tm t;
    TRY(tuple_to_tm("mktime", args[0], t));
    t.tm_wday = -1;  // mktime leaves it alone on failure
    time_t result = ::mktime(&t);
    if (result == time_t(-1) && t.tm_wday == -1)
        return raise(&g_exc_OverflowError, "mktime argument out of range");
    return float_from_double(double(result));
}

// The parsing is written in Python, in lib/_strptime.py (as in CPython).
Result<Value> time_strptime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("strptime", nargs, kwnames, 1, 2));
    Value module = TRY(import_module("_strptime"));
    Value function = TRY(get_attr(module, str_intern("_strptime_time")));
    return call(function, args, nargs);
}

const char* const s_struct_time_fields[] = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                             "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff" };

// A struct_time from 9 visible items and the two hidden ones (None when unknown).
Result<Value> struct_time_from(const Val* items, int64_t count)
{
    Val all[STRUCT_TIME_ALL];
    for (int64_t i = 0; i < STRUCT_TIME_ALL; ++i)
        all[i] = i < count ? items[i] : none();
    Ref<TupleObject> source = tuple_from(all, STRUCT_TIME_ALL);
    Val argument(source.get());
    Value result = TRY(g_tuple_type.new_instance(&g_struct_time_type, &argument, 1, nullptr));
    result.as<TupleObject>()->size = STRUCT_TIME_VISIBLE;
    return result;
}

void struct_time_destroy(Object* object)
{
    auto* tuple = static_cast<TupleObject*>(object);
    for (int64_t i = STRUCT_TIME_VISIBLE; i < STRUCT_TIME_ALL; ++i)
        tuple->items[i] = Value();
    g_tuple_type.destroy(object);
}

template<int I>
Result<Value> struct_time_field(Val self)
{
    return Value::borrow(self.as<TupleObject>()->items[I].get());
}

Result<Value> struct_time_repr(Val self)
{
    auto* tuple = self.as<TupleObject>();
    std::string text = "time.struct_time(";
    for (int64_t i = 0; i < STRUCT_TIME_VISIBLE; ++i) {
        if (i)
            text += ", ";
        text += s_struct_time_fields[i];
        text += '=';
        text += TRY(repr_utf8(tuple->item(i)));
    }
    text += ')';
    return Value(str_from_utf8(text));
}

// struct_time(sequence, dict=None), as CPython's structseq_new: tm_zone and tm_gmtoff come from the
// sequence when it is long enough, else from dict (None when missing).
Result<Value> struct_time_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    bool has_sequence = nargs > 0;
    for (int64_t i = 0; kwnames && i < kwnames->size; ++i)
        has_sequence |= kwnames->item(i).as<StrObject>()->view() == "sequence";
    if (!has_sequence)  // Argument Clinic reports the missing argument before unknown keywords
        return raise(&g_exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    Val bound[2];
    TRY(bind_args("structseq", args, nargs, kwnames, { "sequence", "dict" }, 1, bound));
    Val extra = bound[1];
    if (extra && !is_dict(extra))
        return raise(&g_exc_TypeError, "time.struct_time() takes a dict as second arg, if any");
    Ref<TupleObject> items = TRY(sequence_tuple(bound[0]));
    if (items->size < STRUCT_TIME_VISIBLE)
        return raise(&g_exc_TypeError, "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
                     items->size);
    if (items->size > STRUCT_TIME_ALL)
        return raise(&g_exc_TypeError, "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
                     items->size);
    if (!extra || items->size == STRUCT_TIME_ALL)
        return struct_time_from(items->data(), items->size);
    Value all[STRUCT_TIME_ALL];
    for (int64_t i = 0; i < STRUCT_TIME_ALL; ++i) {
        if (i < items->size) {
            all[i] = Value::borrow(items->item(i));
        } else {
            Val found = TRY(dict_get(extra.as<DictObject>(), Val(str_intern(s_struct_time_fields[i]))));
            all[i] = Value::borrow(found ? found : none());
        }
    }
    return struct_time_from(reinterpret_cast<const Val*>(all), STRUCT_TIME_ALL);
}

// Pickling: (struct_time, (the 9 visible items, {'tm_zone': ..., 'tm_gmtoff': ...})).
Result<Value> struct_time_reduce(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("__reduce__", nargs - 1, kwnames, 0, 0));
    return structseq_reduce_value(args[0], STRUCT_TIME_VISIBLE, STRUCT_TIME_ALL, s_struct_time_fields + STRUCT_TIME_VISIBLE);
}

const MethodDef s_struct_time_methods[] = {
    { "__reduce__", struct_time_reduce, METHOD_INSTANCE, nullptr },
    {},
};

const GetSetDef s_struct_time_getsets[] = {
    { "tm_year", struct_time_field<0>, nullptr, "year, for example, 1993" },
    { "tm_mon", struct_time_field<1>, nullptr, "month of year, range [1, 12]" },
    { "tm_mday", struct_time_field<2>, nullptr, "day of month, range [1, 31]" },
    { "tm_hour", struct_time_field<3>, nullptr, "hours, range [0, 23]" },
    { "tm_min", struct_time_field<4>, nullptr, "minutes, range [0, 59]" },
    { "tm_sec", struct_time_field<5>, nullptr, "seconds, range [0, 61])" },
    { "tm_wday", struct_time_field<6>, nullptr, "day of week, range [0, 6], Monday is 0" },
    { "tm_yday", struct_time_field<7>, nullptr, "day of year, range [1, 366]" },
    { "tm_isdst", struct_time_field<8>, nullptr, "1 if summer time is in effect, 0 if not, and -1 if unknown" },
    { "tm_zone", struct_time_field<9>, nullptr, "abbreviation of timezone name" },
    { "tm_gmtoff", struct_time_field<10>, nullptr, "offset from UTC in seconds" },
    { nullptr, nullptr, nullptr, nullptr },
};

Result<Value> struct_time_of(const struct tm& t)
{
    Value fields[STRUCT_TIME_ALL] = {
        int_from_int64(int64_t(t.tm_year) + 1900), Value::small_int(t.tm_mon + 1), Value::small_int(t.tm_mday),
        Value::small_int(t.tm_hour), Value::small_int(t.tm_min), Value::small_int(t.tm_sec),
        Value::small_int((t.tm_wday + 6) % 7), Value::small_int(t.tm_yday + 1), Value::small_int(t.tm_isdst),
        Value(str_from_utf8(t.tm_zone ? t.tm_zone : "")), int_from_int64(t.tm_gmtoff),
    };
    Val items[STRUCT_TIME_ALL];
    for (int64_t i = 0; i < STRUCT_TIME_ALL; ++i)
        items[i] = fields[i];
    return struct_time_from(items, STRUCT_TIME_ALL);
}

// A timestamp argument (None: now) as whole seconds, rounded toward minus infinity.
Result<time_t> timestamp_argument(const Val* args, size_t nargs)
{
    if (nargs == 0 || is_none(args[0]))
        return ::time(nullptr);
    Val v = args[0];
    if (is_float(v)) {
        double seconds = float_value(v);
        if (std::isnan(seconds))
            return raise(&g_exc_ValueError, "Invalid value NaN (not a number)");
        double floored = std::floor(seconds);
        if (!(floored >= -9.2e18 && floored <= 9.2e18))
            return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
        return time_t(floored);
    }
    Value integer = TRY(number_index(v));
    int64_t seconds;
    if (!int_to_int64(integer, seconds))
        return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
    return time_t(seconds);
}

Result<Value> time_gmtime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "gmtime() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "gmtime() takes at most 1 argument ({} given)", nargs);
    time_t seconds = TRY(timestamp_argument(args, nargs));
    struct tm t;
    if (!gmtime_r(&seconds, &t))
        return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_of(t);
}

Result<Value> time_localtime(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "localtime() takes no keyword arguments");
    if (nargs > 1)
        return raise(&g_exc_TypeError, "localtime() takes at most 1 argument ({} given)", nargs);
    time_t seconds = TRY(timestamp_argument(args, nargs));
    struct tm t;
    if (!localtime_r(&seconds, &t))
        return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_of(t);
}

#define FUNCTION(name, doc) { #name, time_##name, METHOD_STATIC, doc }

const MethodDef s_time_functions[] = {
    FUNCTION(asctime, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."),
    FUNCTION(clock_getres, "Return the resolution (precision) of the specified clock clk_id."),
    FUNCTION(clock_gettime, "Return the time of the specified clock clk_id as a float."),
    FUNCTION(clock_gettime_ns, "Return the time of the specified clock clk_id as nanoseconds (int)."),
    FUNCTION(ctime, "Convert a time in seconds since the Epoch to a string in local time."),
    FUNCTION(get_clock_info, "Get information of the specified clock."),
    FUNCTION(gmtime, "Convert seconds since the Epoch to a time tuple expressing UTC."),
    FUNCTION(localtime, "Convert seconds since the Epoch to a time tuple expressing local time."),
    FUNCTION(mktime, "Convert a time tuple in local time to seconds since the Epoch."),
    FUNCTION(monotonic, "Monotonic clock, cannot go backward."),
    FUNCTION(monotonic_ns, "Monotonic clock, cannot go backward, as nanoseconds."),
    FUNCTION(perf_counter, "Performance counter for benchmarking."),
    FUNCTION(perf_counter_ns, "Performance counter for benchmarking as nanoseconds."),
    FUNCTION(process_time, "Process time for profiling: sum of the kernel and user-space CPU time."),
    FUNCTION(process_time_ns, "Process time for profiling as nanoseconds."),
    FUNCTION(sleep, "Delay execution for a given number of seconds."),
    FUNCTION(strftime, "Convert a time tuple to a string according to a format specification."),
    FUNCTION(strptime, "Parse a string to a time tuple according to a format specification."),
    FUNCTION(thread_time, "Thread time for profiling: sum of the kernel and user-space CPU time."),
    FUNCTION(thread_time_ns, "Thread time for profiling as nanoseconds."),
    FUNCTION(time, "Return the current time in seconds since the Epoch."),
    FUNCTION(time_ns, "Return the current time in nanoseconds since the Epoch."),
    { nullptr, nullptr, 0, nullptr },
};

}  // namespace

Ref<ModuleObject> time_module_create()
{
    Ref<ModuleObject> module = module_new(str_intern("time"));
    if (!g_struct_time_type.has_flag(TYPE_READY)) {
        type_init_static(g_struct_time_type, "time.struct_time", sizeof(TupleObject), &g_tuple_type, TYPE_GC);
        g_struct_time_type.destroy = struct_time_destroy;
        g_struct_time_type.repr = struct_time_repr;
        g_struct_time_type.new_instance = struct_time_new;
        g_struct_time_type.getsets = s_struct_time_getsets;
        g_struct_time_type.methods = s_struct_time_methods;
        g_struct_time_type.doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                                 "accepted by asctime(), mktime() and strftime().";
        type_ready(g_struct_time_type);
        DictObject* dict = g_struct_time_type.dict.get();
        dict_set_str(dict, str_intern("n_sequence_fields"), Val::small_int(STRUCT_TIME_VISIBLE));
        dict_set_str(dict, str_intern("n_fields"), Val::small_int(STRUCT_TIME_ALL));
        dict_set_str(dict, str_intern("n_unnamed_fields"), Val::small_int(0));
        Val names[STRUCT_TIME_VISIBLE];
        for (int64_t i = 0; i < STRUCT_TIME_VISIBLE; ++i)
            names[i] = Val(str_intern(s_struct_time_fields[i]));
        dict_set_str(dict, str_intern("__match_args__"), Val(tuple_from(names, STRUCT_TIME_VISIBLE).get()));
    }
    module_add_functions(module.get(), s_time_functions);
    module_set(module.get(), "struct_time", Val(&g_struct_time_type));
    module_set(module.get(), "CLOCK_REALTIME", Val::small_int(CLOCK_REALTIME));
    module_set(module.get(), "CLOCK_MONOTONIC", Val::small_int(CLOCK_MONOTONIC));
    module_set(module.get(), "CLOCK_MONOTONIC_RAW", Val::small_int(CLOCK_MONOTONIC_RAW));
    module_set(module.get(), "CLOCK_PROCESS_CPUTIME_ID", Val::small_int(CLOCK_PROCESS_CPUTIME_ID));
    module_set(module.get(), "CLOCK_THREAD_CPUTIME_ID", Val::small_int(CLOCK_THREAD_CPUTIME_ID));
    module_set(module.get(), "CLOCK_BOOTTIME", Val::small_int(CLOCK_BOOTTIME));
    module_set(module.get(), "CLOCK_TAI", Val::small_int(CLOCK_TAI));
    // The local time zone, as CPython computes it at import: offsets west of UTC in January and July.
    tzset();
    time_t now = ::time(nullptr);
    struct tm january {}, july {};
    localtime_r(&now, &january);
    january.tm_mon = 0;
    january.tm_mday = 1;
    july = january;
    july.tm_mon = 6;
    time_t january_time = ::mktime(&january);
    time_t july_time = ::mktime(&july);
    localtime_r(&january_time, &january);
    localtime_r(&july_time, &july);
    int64_t january_offset = -int64_t(january.tm_gmtoff);
    int64_t july_offset = -int64_t(july.tm_gmtoff);
    std::string january_name = january.tm_zone ? january.tm_zone : "";
    std::string july_name = july.tm_zone ? july.tm_zone : "";
    // In the southern hemisphere, January is summer time.
    bool january_is_dst = january_offset < july_offset;
    module_set(module.get(), "timezone", Val::small_int(january_is_dst ? july_offset : january_offset));
    module_set(module.get(), "altzone", Val::small_int(january_is_dst ? january_offset : july_offset));
    module_set(module.get(), "daylight", Val::small_int(january_offset != july_offset));
    Ref<StrObject> standard = str_from_utf8(january_is_dst ? july_name : january_name);
    Ref<StrObject> summer = str_from_utf8(january_is_dst ? january_name : july_name);
    module_set(module.get(), "tzname", tuple_of({ standard, summer }));
    return module;
}

}  // namespace ginger
