// _random: the Mersenne Twister (MT19937) behind random.Random, with CPython's seeding, state and getrandbits,
// so that random.seed(n) gives CPython's sequences. The random module's algorithms (randrange, shuffle, gauss,
// ...) are Python code on top (random.py).
#include "modules/modules.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/protocol.h"
#include "objects/runtime.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace ginger {

namespace {

constexpr int N = 624;
constexpr int M = 397;

TypeObject s_random_type;

struct RandomObject : Object {
    uint32_t state[N];
    int index;
};

uint32_t genrand_uint32(RandomObject* r)
{
    uint32_t* mt = r->state;
    if (r->index >= N) {
        // Regenerate the whole block (Matsumoto and Nishimura's algorithm).
        for (int k = 0; k < N; ++k) {
            uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % N] & 0x7fffffffu);
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

void init_genrand(RandomObject* r, uint32_t seed)
{
    r->state[0] = seed;
    for (int i = 1; i < N; ++i)
        r->state[i] = 1812433253u * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + uint32_t(i);
    r->index = N;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key)
{
    init_genrand(r, 19650218u);
    uint32_t* mt = r->state;
    size_t i = 1, j = 0;
    size_t length = key.empty() ? 1 : key.size();
    for (size_t k = std::max<size_t>(N, length); k; --k) {
        uint32_t value = key.empty() ? 0 : key[j];
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + value + uint32_t(j);
        ++i;
        ++j;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= length)
            j = 0;
    }
    for (size_t k = N - 1; k; --k) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
        ++i;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

// The 32-bit words of |n|, least significant first (CPython seeds with them).
Result<std::vector<uint32_t>> int_words(Val n)
{
    Value absolute = TRY(number_absolute(n));
    Value text = TRY(call_method(absolute.get(), str_intern("__format__"), { Val(str_intern("x")) }));
    std::string_view hex = text.as<StrObject>()->view();
    std::vector<uint32_t> words;
    for (size_t end = hex.size(); end > 0;) {
        size_t start = end >= 8 ? end - 8 : 0;
        words.push_back(uint32_t(std::stoul(std::string(hex.substr(start, end - start)), nullptr, 16)));
        end = start;
    }
    while (words.size() > 1 && words.back() == 0)
        words.pop_back();
    if (words.size() == 1 && words[0] == 0)
        words.clear();
    return words;
}

Result<void> seed_random(RandomObject* r, Val arg)
{
    if (!arg || is_none(arg)) {
        // From the operating system's entropy, as CPython.
        std::vector<uint32_t> key(N);
        int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
        ssize_t got = fd >= 0 ? read(fd, key.data(), key.size() * 4) : -1;
        if (fd >= 0)
            close(fd);
        if (got != ssize_t(key.size() * 4)) {
            key.assign(5, 0);
            key[0] = uint32_t(time(nullptr));
            key[1] = uint32_t(getpid());
        }
        init_by_array(r, key);
        return {};
    }
    Value n;
    if (is_int(arg)) {
        n = Value::borrow(arg);
    } else {
        // Other hashable objects seed by their hash (random.py turns str and bytes into ints first).
        n = int_from_int64(TRY(object_hash(arg)));
    }
    init_by_array(r, TRY(int_words(n.get())));
    return {};
}

Result<Value> random_new(TypeObject* type, const Val* args, size_t nargs, TupleObject* kwnames)
{
    if (type == &s_random_type && kwnames && kwnames->size)
        return raise(&g_exc_TypeError, "Random() takes no keyword arguments");
    if (type == &s_random_type && nargs > 1)
        return raise(&g_exc_TypeError, "Random() expected at most 1 argument, got {}", int64_t(nargs));
    auto* r = static_cast<RandomObject*>(alloc_object(type));
    Value object = Value::adopt(Val(r));
    // Subclasses get their arguments in __init__ (random.Random.__init__ seeds again).
    TRY(seed_random(r, type == &s_random_type && nargs ? args[0] : Val()));
    return object;
}

Result<Value> random_random(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("random", nargs - 1, kwnames, 0, 0));
    auto* r = args[0].as<RandomObject>();
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return float_from_double((double(a) * 67108864.0 + double(b)) * (1.0 / 9007199254740992.0));
}

Result<Value> random_seed(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("seed", nargs - 1, kwnames, 0, 1));
    TRY(seed_random(args[0].as<RandomObject>(), nargs > 1 ? args[1] : Val()));
    return none_value();
}

Result<Value> random_getstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getstate", nargs - 1, kwnames, 0, 0));
    auto* r = args[0].as<RandomObject>();
    Ref<TupleObject> state = tuple_new(N + 1);
    for (int i = 0; i < N; ++i)
        state->items[i] = int_from_int64(r->state[i]);
    state->items[N] = int_from_int64(r->index);
    return Value(std::move(state));
}

Result<Value> random_setstate(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("setstate", nargs - 1, kwnames, 1, 1));
    Val state = args[1];
    if (!is_tuple(state))
        return raise(&g_exc_TypeError, "state vector must be a tuple");
    auto* t = state.as<TupleObject>();
    if (t->size != N + 1)
        return raise(&g_exc_ValueError, "state vector is the wrong size");
    uint32_t words[N];
    for (int i = 0; i < N; ++i) {
        Val item = t->item(i);
        int64_t value;
        if (!is_int(item))
            return raise(&g_exc_TypeError, "state vector items must be integers");
        if (!int_to_int64(item, value) || value < 0 || value > 0xffffffffLL)
            return raise(&g_exc_OverflowError, "Python int too large to convert to C unsigned long");
        words[i] = uint32_t(value);
    }
    int64_t index = TRY(int_as_int64(t->item(N)));
    if (index < 0 || index > N)
        return raise(&g_exc_ValueError, "invalid state");
    auto* r = args[0].as<RandomObject>();
    memcpy(r->state, words, sizeof words);
    r->index = int(index);
    return none_value();
}

Result<Value> random_getrandbits(const Val* args, size_t nargs, TupleObject* kwnames)
{
    TRY(check_positional("getrandbits", nargs - 1, kwnames, 1, 1));
    int64_t k = TRY(index_as_ssize(args[1]));
    if (k < 0)
        return raise(&g_exc_ValueError, "number of bits must be non-negative");
    auto* r = args[0].as<RandomObject>();
    if (k == 0)
        return int_from_int64(0);
    if (k <= 32)
        return int_from_int64(genrand_uint32(r) >> (32 - k));
    // Little-endian 32-bit words, the last one truncated to the remaining bits, as CPython fills them.
    std::vector<uint32_t> words;
    for (int64_t remaining = k; remaining > 0; remaining -= 32) {
        uint32_t word = genrand_uint32(r);
        if (remaining < 32)
            word >>= 32 - remaining;
        words.push_back(word);
    }
    std::string hex;
    static const char digits[] = "0123456789abcdef";
    for (size_t i = words.size(); i-- > 0;) {
        for (int shift = 28; shift >= 0; shift -= 4)
            hex.push_back(digits[(words[i] >> shift) & 15]);
    }
    return int_from_string(hex, 16);
}

const MethodDef s_random_methods[] = {
    { "random", random_random, METHOD_INSTANCE, "random() -> x in the interval [0, 1)." },
    { "seed", random_seed, METHOD_INSTANCE, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier." },
    { "getstate", random_getstate, METHOD_INSTANCE, "getstate() -> tuple containing the current state." },
    { "setstate", random_setstate, METHOD_INSTANCE, "setstate(state) -> None.  Restores generator state." },
    { "getrandbits", random_getrandbits, METHOD_INSTANCE, "getrandbits(k) -> x.  Generates an int with k random bits." },
    {},
};

}  // namespace

Ref<ModuleObject> random_module_create()
{
    if (!s_random_type.has_flag(TYPE_READY)) {
        type_init_static(s_random_type, "_random.Random", sizeof(RandomObject), &g_object_type, TYPE_BASETYPE);
        s_random_type.new_instance = random_new;
        s_random_type.methods = s_random_methods;
        s_random_type.doc = "Random() -> create a random number generator with its own internal state.";
        type_ready(s_random_type);
    }
    Ref<ModuleObject> module = module_new(str_intern("_random"));
    module_set(module.get(), "Random", Val(&s_random_type));
    return module;
}

}  // namespace ginger
