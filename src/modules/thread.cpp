// The _thread module: real OS threads (pthreads) that take turns under the global interpreter lock
// (vm/gil.h), locks and reentrant locks over POSIX semaphores, thread-local data, identities.
// A lock wait gives up the GIL; in the main thread a signal interrupts it to run the signal's handler,
// and the wait resumes with the time left (PEP 475), as in CPython.
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/thread_state.h"
#include "vm/tracing.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <ctime>
#include <algorithm>
#include <pthread.h>
#include <semaphore.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ginger {

extern const GetSetDef s_instance_dict_getset[];  // objects/type.cpp: __dict__ at the type's dict_offset

namespace {

// The semaphore counts 1 when the lock is free. `locked` mirrors it for the holder of the GIL: a waiter
// takes the semaphore without the GIL and sets `locked` once it has the GIL back. Any thread may release.
struct LockObject : Object {
    sem_t sem;
    bool locked;
};

// Invariants: count == 0 if and only if owner == 0; only the owner may release; the semaphore is taken
// while count > 0.
struct RLockObject : Object {
    sem_t sem;
    uint64_t owner;
    int64_t count;
};

// Thread-local data: one dict per thread, kept in `dicts` by the thread's serial number. Every attribute
// access first makes `dict` (the instance dict the generic attribute code sees) the current thread's,
// creating it, and running a subclass's __init__ with the construction arguments, on a thread's first use.
struct LocalObject : Object {
    Ref<DictObject> dict;
    Ref<DictObject> dicts;
    Value args;
    Value kwargs;
    uint64_t dict_serial;
};

TypeObject g_lock_type;
TypeObject g_rlock_type;
TypeObject g_local_type;

constexpr int64_t NANOSECONDS = 1000000000;
// PY_TIMEOUT_MAX on Linux, in seconds: the largest timeout a lock accepts.
constexpr double TIMEOUT_MAX = 9223372036.0;
int64_t s_stack_size = 0;

uint64_t current_ident() { return uint64_t(pthread_self()); }

std::string address_text(const void* pointer)
{
    char text[32];
    snprintf(text, sizeof text, "%p", pointer);
    return text;
}

// acquire()'s arguments: blocking and timeout (seconds; -1 for none), with CPython's errors. Returns the
// timeout in nanoseconds, -1 for "wait forever".
Result<int64_t> acquire_timeout(const char* name, const Val* args, size_t nargs, TupleObject* kwnames, bool& blocking)
{
    Val out[2];
    TRY(bind_args(name, args, nargs, kwnames, { "blocking", "timeout" }, 0, out));
    blocking = out[0] ? TRY(is_truthy(out[0])) : true;
    int64_t timeout = -NANOSECONDS;
    if (out[1]) {
        Val v = out[1];
        if (is_float(v)) {
            double seconds = float_value(v);
            if (std::isnan(seconds))
                return raise(&g_exc_ValueError, "Invalid value NaN (not a number)");
            double nanoseconds = std::ceil(seconds * 1e9);
            // The int64 range of nanoseconds (2^63 itself is out), so that TIMEOUT_MAX fits as in CPython.
            if (!(nanoseconds >= -9223372036854775808.0 && nanoseconds < 9223372036854775808.0))
                return raise(&g_exc_OverflowError, "timestamp out of range for platform time_t");
            timeout = int64_t(nanoseconds);
        } else {
            Value integer = TRY(number_index(v));
            int64_t seconds;
            if (!int_to_int64(integer, seconds) || seconds > INT64_MAX / NANOSECONDS || seconds < INT64_MIN / NANOSECONDS)
                return raise(&g_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            timeout = seconds * NANOSECONDS;
        }
    }
    if (!blocking && timeout != -NANOSECONDS)
        return raise(&g_exc_ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -NANOSECONDS)
        return raise(&g_exc_ValueError, "timeout value must be positive");
    if (!blocking)
        return int64_t(0);
    if (timeout == -NANOSECONDS)
        return int64_t(-1);
    if (double(timeout) / 1e9 > TIMEOUT_MAX)
        return raise(&g_exc_OverflowError, "timeout value is too large");
    return timeout;
}

// Takes the semaphore: at once if it is free, else waiting without the GIL for up to `timeout` nanoseconds
// (-1: forever). A signal that interrupts the wait runs its handler (whose exception ends the wait), then
// the wait goes on for the time left. Returns whether it was taken.
Result<bool> take_semaphore(sem_t* sem, int64_t timeout)
{
    if (sem_trywait(sem) == 0)
        return true;
    if (timeout == 0)
        return false;
    timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    if (timeout > 0) {
        deadline.tv_sec += time_t(timeout / NANOSECONDS);
        deadline.tv_nsec += long(timeout % NANOSECONDS);
        if (deadline.tv_nsec >= NANOSECONDS) {
            deadline.tv_nsec -= NANOSECONDS;
            deadline.tv_sec += 1;
        }
    }
    while (true) {
        int status = blocking_call([&] { return timeout < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &deadline); });
        if (status == 0)
            return true;
        if (errno == ETIMEDOUT)
            return false;
        if (errno != EINTR)
            return raise_os_error(errno);
        if (g_interrupt_pending)
            TRY(run_pending_signals());
    }
}

Result<Value> lock_acquire(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* lock = args[0].as<LockObject>();
    bool blocking;
    int64_t timeout = TRY(acquire_timeout("acquire", args + 1, nargs - 1, kwnames, blocking));
    if (!TRY(take_semaphore(&lock->sem, timeout)))
        return bool_value(false);
    lock->locked = true;
    return bool_value(true);
}

Result<Value> lock_enter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("lock.__enter__", nargs - 1, kwnames, 0, 0));
    return lock_acquire(args, 1, nullptr);
}

Result<Value> lock_release(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("lock.release", nargs - 1, kwnames, 0, 0));
    auto* lock = args[0].as<LockObject>();
    if (!lock->locked)
        return raise(&g_exc_RuntimeError, "release unlocked lock");
    lock->locked = false;
    sem_post(&lock->sem);
    return none_value();
}

Result<Value> lock_exit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "lock.__exit__() takes no keyword arguments");
    return lock_release(args, 1, nullptr);
}

Result<Value> lock_locked(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("lock.locked", nargs - 1, kwnames, 0, 0));
    return bool_value(args[0].as<LockObject>()->locked);
}

Result<Value> lock_at_fork_reinit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("lock._at_fork_reinit", nargs - 1, kwnames, 0, 0));
    auto* lock = args[0].as<LockObject>();
    sem_init(&lock->sem, 0, 1);
    lock->locked = false;
    return none_value();
}

Result<Value> lock_repr(Val self)
{
    auto* lock = self.as<LockObject>();
    return Value(str_from_utf8(std::string("<") + (lock->locked ? "locked" : "unlocked") + " " +
                               std::string(self.type()->type_name()) + " object at " + address_text(lock) + ">"));
}

Ref<LockObject> lock_new()
{
    auto* lock = static_cast<LockObject*>(alloc_object(&g_lock_type));
    if (!lock)
        out_of_memory();
    sem_init(&lock->sem, 0, 1);
    lock->locked = false;
    return Ref<LockObject>::adopt(lock);
}

void lock_destroy(Object* object) { sem_destroy(&static_cast<LockObject*>(object)->sem); }

const MethodDef s_lock_methods[] = {
    { "acquire_lock", lock_acquire, METHOD_INSTANCE, "An obsolete synonym of acquire()." },
    { "acquire", lock_acquire, METHOD_INSTANCE, "Lock the lock; return whether it was acquired." },
    { "release_lock", lock_release, METHOD_INSTANCE, "An obsolete synonym of release()." },
    { "release", lock_release, METHOD_INSTANCE, "Release the lock, allowing another thread to acquire it." },
    { "locked_lock", lock_locked, METHOD_INSTANCE, "An obsolete synonym of locked()." },
    { "locked", lock_locked, METHOD_INSTANCE, "Return whether the lock is in the locked state." },
    { "_at_fork_reinit", lock_at_fork_reinit, METHOD_INSTANCE, "Reset the lock after a fork." },
    { "__enter__", lock_enter, METHOD_INSTANCE, "Lock the lock." },
    { "__exit__", lock_exit, METHOD_INSTANCE, "Release the lock." },
    { nullptr, nullptr, 0, nullptr },
};

Result<Value> rlock_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    auto* rlock = static_cast<RLockObject*>(alloc_object(type));
    if (!rlock)
        return raise_memory_error();
    sem_init(&rlock->sem, 0, 1);
    rlock->owner = 0;
    rlock->count = 0;
    return Value::adopt(Val(rlock));
}

void rlock_destroy(Object* object) { sem_destroy(&static_cast<RLockObject*>(object)->sem); }

Result<Value> rlock_acquire(const Val* args, size_t nargs, TupleObject* kwnames)
{
    auto* rlock = args[0].as<RLockObject>();
    bool blocking;
    int64_t timeout = TRY(acquire_timeout("acquire", args + 1, nargs - 1, kwnames, blocking));
    uint64_t me = current_ident();
    if (rlock->count > 0 && rlock->owner == me) {
        if (rlock->count == INT64_MAX)
            return raise(&g_exc_OverflowError, "Internal lock count overflowed");
        ++rlock->count;
        return bool_value(true);
    }
    if (!TRY(take_semaphore(&rlock->sem, timeout)))
        return bool_value(false);
    rlock->owner = me;
    rlock->count = 1;
    return bool_value(true);
}

Result<Value> rlock_enter(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("RLock.__enter__", nargs - 1, kwnames, 0, 0));
    return rlock_acquire(args, 1, nullptr);
}

bool rlock_is_owned(RLockObject* rlock) { return rlock->count > 0 && rlock->owner == current_ident(); }

Result<Value> rlock_release(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("RLock.release", nargs - 1, kwnames, 0, 0));
    auto* rlock = args[0].as<RLockObject>();
    if (!rlock_is_owned(rlock))
        return raise(&g_exc_RuntimeError, "cannot release un-acquired lock");
    if (--rlock->count == 0) {
        rlock->owner = 0;
        sem_post(&rlock->sem);
    }
    return none_value();
}

Result<Value> rlock_exit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "RLock.__exit__() takes no keyword arguments");
    return rlock_release(args, 1, nullptr);
}

Result<Value> rlock_is_owned_method(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("RLock._is_owned", nargs - 1, kwnames, 0, 0));
    return bool_value(rlock_is_owned(args[0].as<RLockObject>()));
}

Result<Value> rlock_recursion_count(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("RLock._recursion_count", nargs - 1, kwnames, 0, 0));
    auto* rlock = args[0].as<RLockObject>();
    return Value::small_int(rlock_is_owned(rlock) ? rlock->count : 0);
}

Result<Value> rlock_release_save(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("RLock._release_save", nargs - 1, kwnames, 0, 0));
    auto* rlock = args[0].as<RLockObject>();
    if (rlock->count == 0)
        return raise(&g_exc_RuntimeError, "cannot release un-acquired lock");
    Value state = Value(tuple_of({ Val::small_int(rlock->count), int_from_uint64(rlock->owner) }));
    rlock->count = 0;
    rlock->owner = 0;
    sem_post(&rlock->sem);
    return state;
}

// Thread identities are C unsigned longs: Python ints reduced modulo 2^64, as CPython's "k" format does.
Result<uint64_t> unsigned_long_mask(Val v)
{
    static const Value* s_mask = new Value(int_from_uint64(UINT64_MAX));  // never freed
    static const Value* s_half = new Value(int_from_uint64(uint64_t(1) << 63));
    Value masked = TRY(int_binary(v, *s_mask, BinaryOp::And));
    int64_t low;
    if (int_to_int64(masked, low))
        return uint64_t(low);
    Value rest = TRY(int_binary(masked, *s_half, BinaryOp::Sub));
    int_to_int64(rest, low);
    return uint64_t(low) + (uint64_t(1) << 63);
}

Result<Value> rlock_acquire_restore(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("RLock._acquire_restore", nargs - 1, kwnames, 1, 1));
    Val state = args[1];
    if (!is_tuple(state) && !is_list(state))
        return raise(&g_exc_TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not {}", state.type()->type_name());
    Ref<TupleObject> items = TRY(sequence_tuple(state));
    if (items->size != 2)
        return raise(&g_exc_TypeError, "_acquire_restore() argument 1 must be sequence of length 2, not {}", items->size);
    for (int64_t i = 0; i < 2; ++i) {
        if (!is_int(items->item(i)))
            return raise(&g_exc_TypeError, "_acquire_restore() argument 1, item {} must be int, not {}", i,
                         items->item(i).type()->type_name());
    }
    int64_t count = TRY(int_as_ssize(items->item(0)));
    uint64_t owner = TRY(unsigned_long_mask(items->item(1)));
    auto* rlock = args[0].as<RLockObject>();
    TRY(take_semaphore(&rlock->sem, -1));
    rlock->count = count;
    rlock->owner = uint64_t(owner);
    return none_value();
}

Result<Value> rlock_at_fork_reinit(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("RLock._at_fork_reinit", nargs - 1, kwnames, 0, 0));
    auto* rlock = args[0].as<RLockObject>();
    sem_init(&rlock->sem, 0, 1);
    rlock->count = 0;
    rlock->owner = 0;
    return none_value();
}

Result<Value> rlock_repr(Val self)
{
    auto* rlock = self.as<RLockObject>();
    return Value(str_from_utf8(std::string("<") + (rlock->count ? "locked" : "unlocked") + " " +
                               std::string(self.type()->type_name()) + " object owner=" + std::to_string(int64_t(rlock->owner)) +
                               " count=" + std::to_string(rlock->count) + " at " + address_text(rlock) + ">"));
}

const MethodDef s_rlock_methods[] = {
    { "acquire", rlock_acquire, METHOD_INSTANCE, "Lock the lock; an owner may lock it again (recursively)." },
    { "release", rlock_release, METHOD_INSTANCE, "Release the lock once; it is unlocked when the count reaches zero." },
    { "_is_owned", rlock_is_owned_method, METHOD_INSTANCE, "For internal use by `threading.Condition`." },
    { "_recursion_count", rlock_recursion_count, METHOD_INSTANCE, "For internal use by reentrancy checks." },
    { "_release_save", rlock_release_save, METHOD_INSTANCE, "For internal use by `threading.Condition`." },
    { "_acquire_restore", rlock_acquire_restore, METHOD_INSTANCE, "For internal use by `threading.Condition`." },
    { "_at_fork_reinit", rlock_at_fork_reinit, METHOD_INSTANCE, "Reset the lock after a fork." },
    { "__enter__", rlock_enter, METHOD_INSTANCE, "Lock the lock." },
    { "__exit__", rlock_exit, METHOD_INSTANCE, "Release the lock." },
    { nullptr, nullptr, 0, nullptr },
};

// Calls callable(*args, **kwargs) (args a tuple, kwargs a dict or null).
Result<Value> call_with_tuple(Val callable, TupleObject* args, DictObject* kwargs)
{
    if (!kwargs || kwargs->used == 0)
        return call(callable, args->data(), size_t(args->size), nullptr);
    std::vector<Val> all(args->data(), args->data() + args->size);
    Ref<TupleObject> names = tuple_new(kwargs->used);
    int64_t k = 0;
    Val key, value;
    for (int64_t position = 0; dict_next(kwargs, position, key, value);) {
        if (!is_str(key))
            return raise(&g_exc_TypeError, "keywords must be strings");
        names->items[k++] = Value::borrow(key);
        all.push_back(value);
    }
    return call(callable, all.data(), size_t(args->size), names.get());
}

bool has_own_init(TypeObject* type)
{
    return !type_lookup(type, str_intern("__init__")).is(type_lookup(&g_object_type, str_intern("__init__")));
}

Result<Value> local_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    // Arguments are for a subclass's __init__, which runs again with them in each thread.
    if ((nargs || (kwnames && kwnames->size)) && !has_own_init(type))
        return raise(&g_exc_TypeError, "Initialization arguments are not supported");
    size_t positional = nargs - (kwnames ? size_t(kwnames->size) : 0);
    Ref<DictObject> kwargs;
    if (kwnames && kwnames->size) {
        kwargs = dict_new();
        for (int64_t i = 0; i < kwnames->size; ++i)
            TRY(dict_set(kwargs.get(), kwnames->item(i), args[positional + size_t(i)]));
    }
    auto* local = static_cast<LocalObject*>(alloc_object(type));
    if (!local)
        return raise_memory_error();
    Value result = Value::adopt(Val(local));
    new (&local->dict) Ref<DictObject>(dict_new());
    new (&local->dicts) Ref<DictObject>(dict_new());
    new (&local->args) Value(tuple_from(args, int64_t(positional)));
    new (&local->kwargs) Value(kwargs ? Value(std::move(kwargs)) : Value());
    local->dict_serial = g_thread->serial;
    TRY(dict_set(local->dicts.get(), int_from_uint64(g_thread->serial).get(), Val(local->dict.get())));
    g_thread->locals.push_back(local);
    return result;
}

// Makes `dict` the current thread's (see LocalObject).
Result<void> local_select(Val self)
{
    auto* local = static_cast<LocalObject*>(self.object());
    ThreadState* ts = g_thread;
    if (local->dict && local->dict_serial == ts->serial) [[likely]]
        return {};
    Value key = int_from_uint64(ts->serial);
    if (Val found = TRY(dict_get(local->dicts.get(), key))) {
        local->dict = Ref<DictObject>(found.as<DictObject>());
        local->dict_serial = ts->serial;
        return {};
    }
    Ref<DictObject> dict = dict_new();
    TRY(dict_set(local->dicts.get(), key, Val(dict.get())));
    ts->locals.push_back(local);
    local->dict = std::move(dict);
    local->dict_serial = ts->serial;
    TypeObject* type = self.type();
    if (has_own_init(type)) {
        Value init = TRY(get_attr(self, str_intern("__init__")));
        Value args = local->args;
        Value kwargs = local->kwargs;
        TRY(call_with_tuple(init, args.as<TupleObject>(), kwargs ? kwargs.as<DictObject>() : nullptr));
    }
    return {};
}

Result<Value> local_getattr(Val self, StrObject* name)
{
    TRY(local_select(self));
    return generic_getattr(self, name);
}

Result<void> local_setattr(Val self, StrObject* name, Val value)
{
    TRY(local_select(self));
    if (name == str_intern("__dict__"))
        return raise(&g_exc_AttributeError, "'{}' object attribute '__dict__' is read-only", self.type()->type_name());
    return generic_setattr(self, name, value);
}

void local_destroy(Object* object)
{
    auto* local = static_cast<LocalObject*>(object);
    for (ThreadState* ts : all_thread_states())
        std::erase(ts->locals, object);
    local->dict.~Ref<DictObject>();
    local->dicts.~Ref<DictObject>();
    local->args.~Value();
    local->kwargs.~Value();
}

void local_traverse(Object* object, VisitFn visit, void* context)
{
    auto* local = static_cast<LocalObject*>(object);
    if (DictObject* dict = local->dict.get())
        visit(dict, context);
    if (DictObject* dicts = local->dicts.get())
        visit(dicts, context);
    if (local->args)
        visit(local->args.object(), context);
    if (local->kwargs)
        visit(local->kwargs.object(), context);
}

void local_clear(Object* object)
{
    auto* local = static_cast<LocalObject*>(object);
    local->dict = nullptr;
    local->dicts = nullptr;
    local->args = Value();
    local->kwargs = Value();
}

// When a thread ends: its data in every thread-local object goes.
void locals_forget_thread(ThreadState* ts)
{
    // Held while their data goes, whose destructors may drop other references to them.
    std::vector<Value> locals;
    for (Object* object : ts->locals)
        locals.push_back(Value::borrow(Val(object)));
    ts->locals.clear();
    Value key = int_from_uint64(ts->serial);
    for (const Value& held : locals) {
        auto* local = static_cast<LocalObject*>(held.object());
        if (local->dict_serial == ts->serial) {
            local->dict = nullptr;
            local->dict_serial = UINT64_MAX;
        }
        if (local->dicts && dict_delete(local->dicts.get(), key).is_error())
            write_unraisable("while deleting thread-local data", Val(local));
    }
}

Result<Value> thread_allocate_lock(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread.allocate_lock", nargs, kwnames, 0, 0));
    return Value(lock_new());
}

Result<Value> thread_set_sentinel(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread._set_sentinel", nargs, kwnames, 0, 0));
    Ref<LockObject> lock = lock_new();
    g_thread->sentinel = Value::borrow(Val(lock.get()));
    return Value(std::move(lock));
}

Result<Value> thread_get_ident(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread.get_ident", nargs, kwnames, 0, 0));
    return int_from_uint64(current_ident());
}

Result<Value> thread_get_native_id(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread.get_native_id", nargs, kwnames, 0, 0));
    return int_from_int64(int64_t(syscall(SYS_gettid)));
}

uint64_t s_last_serial = 0;

Result<Value> thread_count(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread._count", nargs, kwnames, 0, 0));
    // The threads started by start_new_thread and still running.
    return int_from_int64(int64_t(all_thread_states().size()) - 1);
}

Result<Value> thread_daemon_threads_allowed(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread.daemon_threads_allowed", nargs, kwnames, 0, 0));
    return bool_value(true);
}

Result<Value> thread_is_main_interpreter(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread._is_main_interpreter", nargs, kwnames, 0, 0));
    return bool_value(true);
}

Result<Value> thread_stack_size(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("stack_size", nargs, kwnames, 0, 1));
    // As CPython: no argument means 0 (the default size), which is set too.
    int64_t size = nargs == 1 ? TRY(index_as_ssize(args[0])) : 0;
    if (size < 0)
        return raise(&g_exc_ValueError, "size must be 0 or a positive value");
    if (size != 0 && size < 32768)
        return raise(&g_exc_ValueError, "size not valid: {} bytes", size);
    int64_t old = s_stack_size;
    s_stack_size = size;
    return Value::small_int(old);
}

// What a new thread runs, handed over by start_new_thread.
struct ThreadBoot {
    Value function;
    Value args;
    Value kwargs;
    ThreadState* state;
};

// The end of a thread's life, with the GIL held: its exception was reported; now its thread-local data goes,
// its sentinel lock is released (threading's join() waits on it) and its state is dropped.
void thread_finish(ThreadState* ts)
{
    locals_forget_thread(ts);
    if (Value sentinel = std::move(ts->sentinel)) {
        auto* lock = sentinel.as<LockObject>();
        if (lock->locked) {
            lock->locked = false;
            sem_post(&lock->sem);
        }
    }
    ts->current_exception = Value();
    ts->handled_exception = Value();
    ts->context = Value();
    ts->trace_function = Value();
    ts->profile_function = Value();
    vm::update_trace_wanted();
    std::erase(all_thread_states(), ts);
}

void* thread_main(void* argument)
{
    auto* boot = static_cast<ThreadBoot*>(argument);
    ThreadState* ts = boot->state;
    // Asynchronous signals go to the main thread, which runs their handlers (and whose blocking calls
    // they interrupt).
    sigset_t blocked;
    sigfillset(&blocked);
    for (int synchronous : { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP })
        sigdelset(&blocked, synchronous);
    pthread_sigmask(SIG_BLOCK, &blocked, nullptr);
    gil_acquire(ts);
    ts->ident = current_ident();
    auto result = call_with_tuple(boot->function, boot->args.as<TupleObject>(),
                                  boot->kwargs ? boot->kwargs.as<DictObject>() : nullptr);
    if (result.is_error()) {
        if (error_matches(&g_exc_SystemExit))
            clear_error();
        else
            write_unraisable("in thread started by", boot->function);
    }
    result = Value();
    delete boot;
    thread_finish(ts);
    delete ts;
    gil_release();
    return nullptr;
}

Result<Value> thread_start_new_thread(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("start_new_thread", nargs, kwnames, 2, 3));
    if (!is_callable(args[0]))
        return raise(&g_exc_TypeError, "first arg must be callable");
    if (!is_tuple(args[1]))
        return raise(&g_exc_TypeError, "2nd arg must be a tuple");
    if (nargs == 3 && !is_dict(args[2]))
        return raise(&g_exc_TypeError, "optional 3rd arg must be a dictionary");
    if (g_thread_creation_closed)
        return raise(&g_exc_RuntimeError, "can't create new thread at interpreter shutdown");
    auto* ts = new ThreadState;
    ts->serial = ++s_last_serial;
    ts->recursion_limit = g_thread->recursion_limit;
    auto* boot = new ThreadBoot { Value::borrow(args[0]), Value::borrow(args[1]),
                                  nargs == 3 ? Value::borrow(args[2]) : Value(), ts };
    // The interpreter's C++ recursion (nested eval loops, deep reprs) needs room beyond the usual 8 MiB;
    // the pages are only reserved until used. A larger threading.stack_size() is honoured.
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, size_t(std::max<int64_t>(s_stack_size, int64_t(256) << 20)));
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    g_threads_started = true;
    all_thread_states().push_back(ts);
    pthread_t thread;
    int error = pthread_create(&thread, &attributes, thread_main, boot);
    pthread_attr_destroy(&attributes);
    if (error != 0) {
        std::erase(all_thread_states(), ts);
        delete boot;
        delete ts;
        return raise(&g_exc_RuntimeError, "can't start new thread");
    }
    return int_from_uint64(uint64_t(thread));
}

Result<Value> thread_exit(const Val*, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("_thread.exit", nargs, kwnames, 0, 0));
    raise_with_args(&g_exc_SystemExit, {});
    return Error {};
}

Result<Value> thread_interrupt_main(const Val* args, size_t nargs, TupleObject* kwnames)
{
    Val out[1];
    TRY(bind_args("interrupt_main", args, nargs, kwnames, { "signum" }, 0, out));
    int64_t signum = SIGINT;
    if (out[0]) {
        Value number = TRY(number_index(out[0]));
        if (!int_to_int64(number, signum) || signum < INT_MIN || signum > INT_MAX)
            return raise(&g_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (signum < 1 || signum >= SIGNAL_COUNT)
        return raise(&g_exc_ValueError, "signal number out of range");
    // As if the signal had arrived, unless it is ignored or has its default action (as CPython).
    struct sigaction current;
    if (sigaction(int(signum), nullptr, &current) == 0 && current.sa_handler == signal_trip) {
        signal_trip(int(signum));
        // CPython 3.12 compat: the handler runs before the call returns (CPython's CALL checks the eval
        // breaker after a builtin), so KeyboardInterrupt comes from the interrupt_main() call itself.
        TRY(run_pending_signals());
    }
    return none_value();
}

const MethodDef s_thread_functions[] = {
    { "allocate_lock", thread_allocate_lock, METHOD_STATIC, "Create a new lock object." },
    { "allocate", thread_allocate_lock, METHOD_STATIC, "An obsolete synonym of allocate_lock()." },
    { "start_new_thread", thread_start_new_thread, METHOD_STATIC, "Start a new thread and return its identifier." },
    { "start_new", thread_start_new_thread, METHOD_STATIC, "An obsolete synonym of start_new_thread()." },
    { "get_ident", thread_get_ident, METHOD_STATIC, "Return a non-zero integer that uniquely identifies the current thread." },
    { "get_native_id", thread_get_native_id, METHOD_STATIC, "Return the native integral Thread ID assigned by the kernel." },
    { "_count", thread_count, METHOD_STATIC, "Return the number of currently running Python threads, excluding the main thread." },
    { "daemon_threads_allowed", thread_daemon_threads_allowed, METHOD_STATIC, "Return True if daemon threads are allowed." },
    { "_is_main_interpreter", thread_is_main_interpreter, METHOD_STATIC, "Return True if the current interpreter is the main one." },
    { "stack_size", thread_stack_size, METHOD_STATIC, "Return the thread stack size used when creating new threads." },
    { "_set_sentinel", thread_set_sentinel, METHOD_STATIC, "Set a sentinel lock that will be released when the thread ends." },
    { "exit", thread_exit, METHOD_STATIC, "Raise SystemExit." },
    { "exit_thread", thread_exit, METHOD_STATIC, "An obsolete synonym of exit()." },
    { "interrupt_main", thread_interrupt_main, METHOD_STATIC, "Simulate the arrival of the given signal in the main thread." },
    { nullptr, nullptr, 0, nullptr },
};

Result<Value> lock_type_new(TypeObject* type, const Val*, size_t, TupleObject*)
{
    return raise(&g_exc_TypeError, "cannot create '{}' instances", type->type_name());
}

void init_types()
{
    type_init_static(g_lock_type, "_thread.lock", sizeof(LockObject), &g_object_type, TYPE_WEAKREFABLE);
    g_lock_type.repr = lock_repr;
    g_lock_type.destroy = lock_destroy;
    g_lock_type.new_instance = lock_type_new;
    g_lock_type.methods = s_lock_methods;
    g_lock_type.doc = "A lock object is a synchronization primitive.";
    type_ready(g_lock_type);

    type_init_static(g_rlock_type, "_thread.RLock", sizeof(RLockObject), &g_object_type, TYPE_BASETYPE | TYPE_WEAKREFABLE);
    g_rlock_type.new_instance = rlock_new;
    g_rlock_type.repr = rlock_repr;
    g_rlock_type.destroy = rlock_destroy;
    g_rlock_type.methods = s_rlock_methods;
    type_ready(g_rlock_type);

    type_init_static(g_local_type, "_thread._local", sizeof(LocalObject), &g_object_type, TYPE_BASETYPE | TYPE_GC);
    g_local_type.new_instance = local_new;
    g_local_type.destroy = local_destroy;
    g_local_type.traverse = local_traverse;
    g_local_type.clear = local_clear;
    g_local_type.getattr = local_getattr;
    g_local_type.setattr = local_setattr;
    g_local_type.dict_offset = offsetof(LocalObject, dict);
    g_local_type.getsets = s_instance_dict_getset;
    g_local_type.doc = "Thread-local data";
    type_ready(g_local_type);
}

}  // namespace

Ref<ModuleObject> thread_module_create()
{
    if (!g_lock_type.has_flag(TYPE_READY))
        init_types();
    Ref<ModuleObject> module = module_new(str_intern("_thread"));
    module_add_functions(module.get(), s_thread_functions);
    module_set(module.get(), "LockType", Val(&g_lock_type));
    module_set(module.get(), "RLock", Val(&g_rlock_type));
    module_set(module.get(), "_local", Val(&g_local_type));
    module_set(module.get(), "error", Val(&g_exc_RuntimeError));
    module_set(module.get(), "TIMEOUT_MAX", Val(float_from_double(TIMEOUT_MAX).get()));
    return module;
}

}  // namespace ginger
